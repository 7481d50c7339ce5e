"""The calendar's words: block lines, tooltips, captions, and why a session cannot move."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFontMetrics

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.session_rules import MISSED, MOVABLE
from mesodesk.services.dto import SessionSummary
from mesodesk.ui.locale_format import day_before_month, long_date, long_date_no_weekday
from mesodesk.ui.models.today import status_label, treatment_text
from mesodesk.ui.pages.calendar.layout import Overflow


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_day(day: date) -> str:
    return long_date(day)


def long_moment(moment: datetime) -> str:
    return f"{long_day(moment.date())} {moment:%H:%M}"


def day_caption(day: date, width: float, fm: QFontMetrics) -> str:
    """ "Monday 16 Nov", "Mon 16" or "16", whichever fits."""
    locale = QLocale()
    for pattern in ("dddd d MMM", "ddd d MMM", "ddd d", "d"):
        text = locale.toString(qdate(day), pattern)
        if fm.horizontalAdvance(text) <= width - 8:
            return text
    return locale.toString(qdate(day), "d")


def initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w.lower() not in ("dr", "prof")]
    return "".join(w[0].upper() for w in words[:3]) or name[:2]


def range_caption(first: date, days: int, today: date) -> str:
    """The page's title: the day, or the week's first and last day with its number."""
    if days == 1:
        text = long_date(first)
        if first == today:
            text += " · " + QCoreApplication.translate("CalendarView", "today")
        return text
    last = first + timedelta(days=days - 1)
    start = day_before_month(first) if first.month == last.month else None
    if start is None:
        start = long_date_no_weekday(first)
    return QCoreApplication.translate("CalendarView", "{start} – {end} (week {week})").format(
        start=start,
        end=long_date_no_weekday(last),
        week=first.isocalendar().week,
    )


def summary_text(rows: Sequence[SessionSummary]) -> str:
    """ "12 sessions · 2 cancelled or missed"."""
    if not rows:
        return QCoreApplication.translate("CalendarView", "No sessions")
    missed = sum(1 for r in rows if r.status in MISSED)
    live = len(rows) - missed
    text = (
        QCoreApplication.translate("CalendarView", "1 session")
        if live == 1
        else QCoreApplication.translate("CalendarView", "{n} sessions").format(n=live)
    )
    if missed:
        text += " · " + QCoreApplication.translate(
            "CalendarView", "{n} cancelled or missed"
        ).format(n=missed)
    return text


def block_lines(
    row: SessionSummary, width: int, height: int, fm: QFontMetrics, bold: QFontMetrics
) -> list[str]:
    """The lines a block of ``width`` x ``height`` shows, elided to fit (time, name, ...)."""
    fits = max(1, height // fm.lineSpacing())
    when = f"{row.starts_at:%H:%M}"
    treatment = treatment_text(row)
    status = "" if row.status == SessionStatus.PLANNED else status_label(row.status)
    # The time goes before the name only when the name keeps room to be read there.
    first = f"{when}  {row.patient_name}"
    name_room = width - bold.horizontalAdvance(f"{when}  ")
    wide = bold.horizontalAdvance(first) <= width or name_room >= fm.averageCharWidth() * 10
    if wide:
        texts = [first, treatment, status]
    elif bold.horizontalAdvance(when) <= width and fits > 1:
        texts = [when, row.patient_name, treatment, status]
    else:  # no room for the time beside the name: the row it sits on says it
        texts = [row.patient_name, treatment, status]
    texts = [t for t in texts if t][:fits]
    elide = Qt.TextElideMode.ElideRight
    lines = [
        (bold if n == 0 else fm).elidedText(text, elide, width) for n, text in enumerate(texts)
    ]
    # A lone ellipsis says nothing; the tooltip has the details.
    return [line for line in lines if line.strip("…")]


def why_fixed(row: SessionSummary) -> str:
    """Why a session cannot be dragged, or "" when it can."""
    if row.status == SessionStatus.DONE:
        return QCoreApplication.translate(
            "CalendarView", "Done sessions are never moved; open the session to amend its record."
        )
    if row.status not in MOVABLE:
        return QCoreApplication.translate(
            "CalendarView",
            "A cancelled or missed session keeps its date; book a replacement instead.",
        )
    return ""


def session_text(row: SessionSummary) -> str:
    """One line saying what a session is (for screen readers)."""
    end = row.starts_at + timedelta(minutes=row.duration_minutes)
    return QCoreApplication.translate(
        "CalendarView", "{start}–{end}, {patient}, {status}, {who}"
    ).format(
        start=f"{row.starts_at:%H:%M}",
        end=f"{end:%H:%M}",
        patient=row.patient_name,
        status=status_label(row.status),
        who=row.practitioner_name or QCoreApplication.translate("CalendarView", "no practitioner"),
    )


def session_tooltip(row: SessionSummary) -> str:
    end = row.starts_at + timedelta(minutes=row.duration_minutes)
    lines = [
        f"<b>{escape(row.patient_name)}</b>",
        escape(f"{long_day(row.starts_at.date())}, {row.starts_at:%H:%M}–{end:%H:%M}"),
        escape(
            QCoreApplication.translate("CalendarView", "{status} · {who}").format(
                status=status_label(row.status),
                who=row.practitioner_name
                or QCoreApplication.translate("CalendarView", "no practitioner"),
            )
        ),
    ]
    if row.areas:
        lines.append(
            escape(QCoreApplication.translate("CalendarView", "Areas: {0}").format(row.areas))
        )
    if row.products:
        lines.append(
            escape(QCoreApplication.translate("CalendarView", "Products: {0}").format(row.products))
        )
    if row.course_id is not None:
        lines.append(
            escape(QCoreApplication.translate("CalendarView", "Part of a treatment course"))
        )
    if row.missing:
        lines.append(
            escape(
                QCoreApplication.translate("CalendarView", "Record lacks: {0}").format(
                    ", ".join(row.missing)
                )
            )
        )
    if row.overridden:
        lines.append(
            escape(
                QCoreApplication.translate(
                    "CalendarView", "A screening block was overridden with a reason"
                )
            )
        )
    reason = why_fixed(row)
    if reason:
        lines.append("<i>" + escape(reason) + "</i>")
    else:
        lines.append(
            "<i>"
            + escape(
                QCoreApplication.translate(
                    "CalendarView", "Drag to move; double-click or Enter to open."
                )
            )
            + "</i>"
        )
    return "<br>".join(lines)


def overflow_tooltip(cell: Overflow, days: int) -> str:
    shown = [
        escape(f"{row.starts_at:%H:%M} {row.patient_name} ({status_label(row.status)})")
        for row in cell.sessions[:12]
    ]
    more = len(cell.sessions) - len(shown)
    if more > 0:
        shown.append(
            escape(QCoreApplication.translate("CalendarView", "… and {n} more").format(n=more))
        )
    hint = (
        QCoreApplication.translate("CalendarView", "Click to open this day.")
        if days > 1
        else QCoreApplication.translate("CalendarView", "Choose one practitioner to see them all.")
    )
    return "<br>".join([*shown, f"<i>{escape(hint)}</i>"])
