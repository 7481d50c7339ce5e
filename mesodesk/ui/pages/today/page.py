"""The Today page: the day's sessions for reception, their status, and their aftercare sheets."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.session_rules import ARRIVABLE, DONEABLE, NO_SHOWABLE
from mesodesk.services import aftercare
from mesodesk.services import sessions as session_service
from mesodesk.services.dto import SessionSummary
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.bus import Change, bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.locale_format import long_date
from mesodesk.ui.models.today import status_label
from mesodesk.ui.ops import failure_reason, report_failure, run_op
from mesodesk.ui.pages.today.day_list import TodayList
from mesodesk.ui.pages.today.sheets import BACKGROUND_SHEETS, SheetBatch, build_sheets
from mesodesk.ui.widgets.inline_errors import shown
from mesodesk.ui.widgets.replacement import offer_replacement


class TodayPage(TodayList):
    """One day's sessions: mark arrivals and no-shows, finish sessions, print aftercare.

    Done sessions are never changed from the list: that is an amendment, made in the session.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("todayPage")
        self._note = ""
        self.preview: QWidget | None = None
        """The open PdfPreviewDialog, while it is open."""
        for action, slot in (
            (self.action_open, self.open_current),
            (self.action_arrived, self.mark_arrived),
            (self.action_done, self.mark_done),
            (self.action_no_show, self.mark_no_show),
            (self.action_print, self.print_selected),
            (self.action_print_all, self.print_all_done),
            (self.action_print_all_again, self.print_all_done_including_printed),
            (self.action_previous_day, self.previous_day),
            (self.action_next_day, self.next_day),
            (self.action_today, self.go_to_today),
        ):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        self.cancel_button.clicked.connect(self.cancel_job)
        self._update_actions()

    def _show_error(self, message: str) -> None:
        """Failures that are not one operation's (a list of refused rows) are shown here."""
        QMessageBox.warning(self, self.tr("Today"), message)

    # --- status changes -------------------------------------------------------------------

    @Slot()
    def mark_arrived(self) -> int:
        return self._change_status(SessionStatus.ARRIVED, ARRIVABLE, self.tr("{n} marked arrived."))

    @Slot()
    def mark_done(self) -> int:
        return self._change_status(SessionStatus.DONE, DONEABLE, self.tr("{n} marked done."))

    @Slot()
    def mark_no_show(self) -> int:
        if not any(r.status in NO_SHOWABLE for r in self.selected_rows()):
            return 0
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Mark no-show"),
            self.tr("Reason (optional), e.g. “called in sick”:"),
        )
        if not ok:
            return 0
        missed = [row for row in self.selected_rows() if row.status in NO_SHOWABLE]
        changed = self._change_status(
            SessionStatus.NO_SHOW, NO_SHOWABLE, self.tr("{n} marked no-show."), reason
        )
        if changed and len(missed) == 1:
            self.offer_replacement(missed[0])
        return changed

    def offer_replacement(self, row: SessionSummary) -> int | None:
        """After a no-show, propose the nearest free slot for a new planned session."""
        return offer_replacement(self, self.ctx, row.id, row.patient_name, inform=self.set_info)

    def _change_status(
        self,
        status: SessionStatus,
        allowed: Collection[SessionStatus],
        done_text: str,
        reason: str = "",
    ) -> int:
        """Apply ``status`` to the selected sessions it suits; returns how many changed."""
        rows = self.selected_rows()
        todo = [row for row in rows if row.status in allowed]
        failures: list[str] = []
        changed = 0
        for row in todo:
            try:
                session_service.set_status(
                    self.ctx.db, row.id, status, actor=self.ctx.actor, reason=reason
                )
            except ValidationFailed as error:
                failures.append(self._who(row) + " " + " ".join(map(shown, error.errors.values())))
            except Exception as error:  # each session is its own change; report and go on
                reason = failure_reason(error, f"set_status session {row.id}")
                failures.append(self._who(row) + " " + reason)
            else:
                changed += 1
        notes = []
        if changed:
            notes.append(
                done_text.format(
                    n=self.tr("1 session")
                    if changed == 1
                    else self.tr("{n} sessions").format(n=changed)
                )
            )
        skipped = [row for row in rows if row.status not in allowed]
        if skipped:
            notes.append(
                self.tr("Left as they were: {rows}.").format(
                    rows=", ".join(
                        f"{row.patient_name} ({status_label(row.status).lower()})"
                        for row in skipped
                    )
                )
            )
        self.set_info(" ".join(notes))
        if changed:
            bus().notify(Change.SESSIONS)
        if failures:
            head = (
                self.tr("This session was not changed:")
                if len(failures) == 1
                else self.tr("These sessions were not changed:")
            )
            self._show_error(head + "\n\n" + "\n".join(failures))
        return changed

    def _who(self, row: SessionSummary) -> str:
        return f"{row.patient_name} ({row.starts_at:%H:%M}):"

    # --- aftercare ------------------------------------------------------------------------

    @Slot()
    def print_selected(self) -> bool:
        """Print the aftercare sheets of the selected done sessions as one job."""
        rows = self.selected_rows()
        if not rows:
            self._tell(self.tr("Select the sessions whose aftercare sheets you want to print."))
            return False
        done = [row for row in rows if row.status == SessionStatus.DONE]
        if not done:
            self._tell(
                self.tr(
                    "Aftercare sheets are printed for done sessions only, and none of the "
                    "selected sessions is done yet.\n\nMark a session done first (Ctrl+Shift+D)."
                )
            )
            return False
        note = ""
        if len(done) < len(rows):
            note = self.tr(
                "{skipped} of the {total} selected sessions are not done and were left out; "
                "printing the sheets of the {n} done ones."
            ).format(skipped=len(rows) - len(done), total=len(rows), n=len(done))
        return self._print([row.id for row in done], note)

    @Slot()
    def print_all_done(self, include_printed: bool = False) -> bool:
        """Print the sheets of the done sessions listed (the filter applies) that were not
        printed yet (a sheet only saved as a PDF is printed); ``include_printed`` prints
        them all."""
        done = [row for row in self.model.rows() if row.status == SessionStatus.DONE]
        if not done:
            self._tell(
                self.tr(
                    "No session listed on {day} is done yet, so there is no sheet to print."
                ).format(day=long_date(self.day))
            )
            return False
        if include_printed:
            return self._print([row.id for row in done], "")
        op = run_op(
            self,
            aftercare.unprinted_done_sessions,
            self.ctx.db,
            self.day,
            changes=(),
            failure=self.tr("The sheets to print could not be found: {0}"),
            title=self.tr("Today"),
        )
        if not op.succeeded:
            return False
        unprinted = set(op.result)
        todo = [row.id for row in done if row.id in unprinted]
        if not todo:
            self._tell(
                self.tr(
                    "The aftercare sheets of the {n} done sessions listed on {day} are all "
                    "printed.\n\nTo print them again, choose “Print all done, including "
                    "printed” from the arrow next to “Print all done”."
                ).format(n=len(done), day=long_date(self.day))
                if len(done) > 1
                else self.tr(
                    "The aftercare sheet of the done session listed on {day} is printed.\n\n"
                    "To print it again, choose “Print all done, including printed” from the "
                    "arrow next to “Print all done”."
                ).format(day=long_date(self.day))
            )
            return False
        note = ""
        printed = len(done) - len(todo)
        if printed:
            note = (
                self.tr("1 sheet already printed is left out; ")
                if printed == 1
                else self.tr("{n} sheets already printed are left out; ").format(n=printed)
            ) + self.tr("“Print all done, including printed” prints them all.")
        return self._print(todo, note)

    @Slot()
    def print_all_done_including_printed(self) -> bool:
        """Print the sheets of every done session listed, printed before or not."""
        return self.print_all_done(include_printed=True)

    def _tell(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Print aftercare"), message)

    def _print(self, session_ids: Sequence[int], note: str) -> bool:
        if self._job is not None:
            return False
        self.set_info(note)
        failure = self.tr("The aftercare sheets could not be prepared: {0}")
        if len(session_ids) <= BACKGROUND_SHEETS:
            op = run_op(
                self,
                build_sheets,
                self.ctx.db,
                self.ctx.actor,
                list(session_ids),
                changes=(),
                failure=failure,
                title=self.tr("Today"),
                on_done=self._preview,
            )
            return bool(op.succeeded)
        self._note = note
        self.busy.setRange(0, len(session_ids))
        self.busy.setValue(0)
        self.busy.show()
        self.cancel_button.show()
        self._job = run_op(
            self,
            build_sheets,
            self.ctx.db,
            self.ctx.actor,
            list(session_ids),
            changes=(),
            background=True,
            failure=failure,
            title=self.tr("Today"),
            on_done=self._on_sheets_built,
            on_failed=self._on_sheets_failed,
            on_progress=self._on_sheets_progress,
        )
        self._on_sheets_progress(0, len(session_ids))
        self._update_actions()
        return True

    @property
    def job_running(self) -> bool:
        return self._job is not None

    @Slot(int, int)
    def _on_sheets_progress(self, done: int, total: int) -> None:
        if done < total:
            self.busy.setRange(0, total)
            self.busy.setValue(done)
            text = self.tr("Preparing aftercare sheets: {done} of {total}…").format(
                done=done, total=total
            )
        else:
            self.busy.setRange(0, 0)  # building the one PDF: no steps to count
            text = self.tr("Building one PDF of {total} aftercare sheets…").format(total=total)
        self.info_label.setText(" ".join(part for part in (self._note, text) if part))
        self.info.show()

    def _end_job(self) -> None:
        self._job = None
        self.busy.hide()
        self.cancel_button.hide()
        self._update_actions()

    @Slot()
    def cancel_job(self) -> None:
        """Forget the running batch; its result is dropped when it arrives."""
        if self._job is None:
            return
        self._job.cancel()
        self._end_job()
        self.set_info(self.tr("Printing cancelled."))

    def _on_sheets_built(self, batch: SheetBatch) -> None:
        self._end_job()
        self.set_info(self._note)
        self._preview(batch)

    def _on_sheets_failed(self, _error: BaseException) -> None:
        """Tidy the page; ``run_op`` then logs the failure and tells the user."""
        self._end_job()
        self.set_info("")

    def _preview(self, batch: SheetBatch) -> None:
        from mesodesk.ui.printing import show_aftercare

        prepared = batch.prepared
        title = None
        if len(prepared) > 1:
            title = self.tr("Aftercare sheets: {n} patients, {day}").format(
                n=len(prepared), day=long_date(self.day)
            )
        show_aftercare(
            self,
            self.ctx,
            prepared,
            pdf=batch.pdf,
            title=title,
            on_recorded=lambda output: self._recorded(len(prepared), output),
            on_record_error=self._record_failed,
            on_open=lambda dialog: setattr(self, "preview", dialog),
        )

    def _record_failed(self, error: BaseException) -> None:
        report_failure(
            self,
            error,
            failure=self.tr("The sheets went out, but mesodesk could not record it: {0}"),
            title=self.tr("Today"),
            operation="aftercare.record_output",
        )

    def _recorded(self, count: int, output: str) -> None:
        if output == "print":
            text = (
                self.tr("1 aftercare sheet printed.")
                if count == 1
                else self.tr("{n} aftercare sheets printed in one job.").format(n=count)
            )
        else:
            text = (
                self.tr("1 aftercare sheet saved as PDF.")
                if count == 1
                else self.tr("{n} aftercare sheets saved as one PDF.").format(n=count)
            )
        self.set_info(text)  # show_aftercare has told the bus
