"""The patient editor: identity and the medical profile, validated inline, never losing input."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from mesodesk.domain.accounts import Permission
from mesodesk.services import allergens as allergen_service
from mesodesk.services import catalog as catalog_service
from mesodesk.services import patients as patient_service
from mesodesk.services.dto import (
    PatientInput,
    PatientRecord,
    PatientRow,
    ProfileInput,
    ProfileRecord,
)
from mesodesk.services.errors import EditConflict, ValidationFailed
from mesodesk.ui.bus import bus
from mesodesk.ui.busy_save import BusySave
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.conflict import Resolution, resolve_conflict
from mesodesk.ui.dialogs.patient_editor.form import FormState, PatientForm
from mesodesk.ui.dialogs.unsaved import ask_to_save
from mesodesk.ui.ops import failure_reason, log_failure
from mesodesk.ui.widgets.inline_errors import shown


def as_input(record: PatientRecord) -> PatientInput:
    """The editable fields of a stored patient."""
    return PatientInput(**{f.name: getattr(record, f.name) for f in fields(PatientInput)})


def profile_input(record: ProfileRecord) -> ProfileInput:
    """The editable fields of a stored medical profile."""
    return ProfileInput(**{f.name: getattr(record, f.name) for f in fields(ProfileInput)})


class PatientEditor(PatientForm):
    """Create a patient (``patient_id`` None) or edit one; saving records a profile version."""

    saved = Signal(object)
    """Emitted with the saved PatientRecord after a successful save, before the dialog closes."""

    def __init__(
        self, ctx: DeskContext, patient_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.patient_id = patient_id
        self.record: PatientRecord | None = None
        self.profile_version = 0
        """The version of the medical profile the form shows (0: none recorded yet)."""
        self._overwrite = False
        """Set for one save after the user chose "Keep mine" in the conflict dialog."""
        self.saved_id: int | None = None
        self.busy = BusySave(self, lambda: [self.save_button, self.cancel_button], self._show_busy)
        """Saves run in a worker: the window keeps working while the database waits."""
        self.setObjectName("patientEditor")
        self.setWindowTitle(self.tr("New patient") if patient_id is None else self.tr("Patient"))
        self.setSizeGripEnabled(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for field in (self.given_name, self.family_name, self.date_of_birth):
            field.editingFinished.connect(self._check_duplicates_hint)
        self._load()
        self._baseline = self._state()
        self._saved_profile = self._profile_input()
        # Wide enough for the two columns side by side, and as tall as the form: about 660
        # logical pixels, which still fits a 1080p screen at 150 % scaling.
        self.resize(max(960, self.sizeHint().width()), self.sizeHint().height())

    def is_dirty(self) -> bool:
        """Whether anything differs from what was loaded (or last saved)."""
        return self._state() != self._baseline

    # --- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            for area in catalog_service.areas(self.ctx.db):
                item = QListWidgetItem(area.name, self.skin_condition_areas)
                item.setData(Qt.ItemDataRole.UserRole, area.code)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Unchecked)
            self.known_substances = allergen_service.known_substances(self.ctx.db)
            if self.patient_id is None:
                self.profile_info.setText(
                    self.tr("Record what the patient tells you at the first consultation.")
                )
                return
            record = patient_service.get_patient(self.ctx.db, self.patient_id, actor=self.ctx.actor)
            profile = self._stored_profile()
        except Exception as error:  # shown in the dialog; saving stays possible once fixed
            self._show_banner(failure_reason(error, "patient_editor.load"))
            return
        self.record = record
        self.setWindowTitle(self.tr("Patient: {name}").format(name=record.full_name))
        self._show_identity(as_input(record))
        self._show_loaded_profile(profile)

    def _stored_profile(self) -> ProfileRecord | None:
        """The current medical profile, or None for a role that may not read it (the front
        desk edits contact details only; its form has no profile part to fill)."""
        assert self.patient_id is not None
        user = self.ctx.user
        if user is None or not user.can(Permission.VIEW_CLINICAL):
            return None
        return patient_service.current_profile(self.ctx.db, self.patient_id, actor=user)

    def _show_identity(self, data: PatientInput) -> None:
        self.given_name.setText(data.given_name)
        self.family_name.setText(data.family_name)
        self.date_of_birth.setText(self.ctx.format_date(data.date_of_birth))
        self.sex.setCurrentIndex(max(0, self.sex.findData(data.sex)))
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.address.setPlainText(data.address)
        self.notes.setPlainText(data.notes)

    def _show_loaded_profile(self, profile: ProfileRecord | None) -> None:
        self.profile_version = profile.version if profile is not None else 0
        if profile is None:
            self.profile_info.setText(self.tr("No medical profile recorded yet."))
            return
        self.profile_info.setText(
            self.tr(
                "Recorded {when} by {who}. Saving changes here keeps that version in the history."
            ).format(when=self.ctx.format_date(profile.recorded_at), who=profile.recorded_by)
        )
        self._show_profile(profile)

    def _show_profile(self, profile: ProfileInput) -> None:
        self.allergies_text.setPlainText(profile.allergies_text)
        self.allergens.setText(", ".join(profile.allergens))
        self.medications_text.setPlainText(profile.medications_text)
        self.on_blood_thinners.setChecked(profile.on_blood_thinners)
        self.autoimmune_disease.setChecked(profile.autoimmune_disease)
        self.autoimmune_notes.setText(profile.autoimmune_notes)
        self.keloid_tendency.setChecked(profile.keloid_tendency)
        self.skin_conditions_text.setText(profile.skin_conditions_text)
        codes = set(profile.skin_condition_areas)
        for row in range(self.skin_condition_areas.count()):
            item = self.skin_condition_areas.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.pregnant_or_breastfeeding.setChecked(profile.pregnant_or_breastfeeding)
        self.needle_anxiety.setChecked(profile.needle_anxiety)
        self.profile_notes.setPlainText(profile.notes)

    # --- feedback -------------------------------------------------------------------------

    def _show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def _show_busy(self, text: str) -> None:
        if text:
            self._show_banner(text)
        else:
            self.banner.hide()

    def _clear_feedback(self) -> None:
        self.banner.hide()
        self.banner.clear()
        for label in self._errors.values():
            label.clear()
            label.hide()

    def _show_errors(self, errors: dict[str, str]) -> None:
        unplaced: list[str] = []
        for key, message in errors.items():
            label = self._errors.get(key)
            if label is None:
                unplaced.append(shown(message))
                continue
            label.setText(shown(message))
            label.show()
        first = next((self._fields[k] for k in self._errors if k in errors), None)
        self._show_banner(
            "\n".join(
                [self.tr("Nothing was saved yet: please correct the marked fields."), *unplaced]
            )
        )
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _check_duplicates_hint(self) -> None:
        """Warn while typing, before Save, that this patient may already exist."""
        data = self._patient_input()
        if not data.given_name.strip() or not data.family_name.strip():
            self.duplicate_hint.hide()
            return
        try:
            matches = self._duplicates(data)
        except Exception as error:  # only a hint; the same check runs again on Save
            log_failure(error, "duplicate hint")
            return
        if matches:
            self.duplicate_hint.setText(
                self.tr("Possibly already registered: {who}").format(
                    who=self._describe_rows(matches)
                )
            )
            self.duplicate_hint.show()
        else:
            self.duplicate_hint.hide()

    def _duplicates(self, data: PatientInput) -> list[PatientRow]:
        return patient_service.possible_duplicates(
            self.ctx.db, data, exclude_id=self.patient_id, actor=self.ctx.actor
        )

    def _describe_rows(self, rows: list[PatientRow]) -> str:
        parts = []
        for row in rows[:5]:
            born = self.ctx.format_date(row.date_of_birth) or self.tr("no date of birth")
            text = f"{row.family_name} {row.given_name} ({born}"
            if row.phone:
                text += f", {row.phone}"
            text += ")"
            if row.archived:
                text += " " + self.tr("[archived]")
            parts.append(text)
        if len(rows) > 5:
            parts.append(self.tr("and %n more", "", len(rows) - 5))
        return "; ".join(parts)

    def _confirm_duplicates(self, rows: list[PatientRow]) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Possible duplicate"),
            self.tr(
                "A patient with the same name and date of birth is already registered:\n\n"
                "{who}\n\nSave this patient anyway?"
            ).format(who=self._describe_rows(rows)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    # --- saving ---------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Validate and save; on any failure keep everything typed and say what went wrong."""
        self._clear_feedback()
        data = self._patient_input()
        errors = patient_service.validate(data)
        _, date_error = self._birth_date()
        if date_error:
            errors["date_of_birth"] = date_error
        if errors:
            self._show_errors(errors)
            return False
        profile = self._profile_input()
        try:
            if self.patient_id is None or self._identity_texts() != self._baseline.identity:
                duplicates = self._duplicates(data)
                if duplicates and not self._confirm_duplicates(duplicates):
                    self._show_banner(self.tr("Not saved: check the possible duplicate first."))
                    return False
            record = self.busy.call(self._write, data, profile)
        except ValidationFailed as error:
            self._show_errors(error.errors)
            return False
        except EditConflict as error:
            return self._on_conflict(error)
        except Exception as error:  # locked database, full disk...: the user must know
            self._show_banner(
                self.tr("Nothing was saved: {reason}").format(
                    reason=failure_reason(error, "patient_editor.save")
                )
            )
            return False
        self.record = record
        self.saved_id = record.id
        self._baseline = self._state()
        bus().changed.emit("patient")
        self.saved.emit(record)
        self.done(QDialog.DialogCode.Accepted)
        return True

    def _write(self, data: PatientInput, profile: ProfileInput) -> PatientRecord:
        db, actor = self.ctx.db, self.ctx.actor
        if self.patient_id is None:
            record = patient_service.create_patient(db, data, actor=actor, profile=profile)
            # From here on a retry must edit this patient, not create a second one.
            self.patient_id = record.id
            self._saved_profile = profile
            return record
        overwrite, self._overwrite = self._overwrite, False
        record = patient_service.update_patient(
            db,
            self.patient_id,
            data,
            actor=actor,
            expected_version=self.record.version if self.record is not None else None,
            overwrite=overwrite,
        )
        # The patient part is saved: if the profile fails below, a retry does not redo it.
        self.record = record
        self._baseline = FormState(self._identity_texts(), self._baseline.profile)
        if profile != self._saved_profile:
            saved = patient_service.record_profile(
                db,
                self.patient_id,
                profile,
                actor=actor,
                expected_version=self.profile_version,
                overwrite=overwrite,
            )
            self.profile_version = saved.version
            self._saved_profile = profile
        return record

    # --- another desk saved first -----------------------------------------------------------

    def _on_conflict(self, conflict: EditConflict) -> bool:
        """Show what the other desk saved and do what the user chooses; nothing typed is lost."""
        choice = resolve_conflict(self, conflict, self._field_labels())
        if choice == Resolution.KEEP_MINE:
            self._overwrite = True
            return self.save()
        if choice == Resolution.TAKE_THEIRS:
            self._take_theirs()
            self._show_banner(
                self.tr(
                    "The other desk's changes are loaded and yours are put back on top: "
                    "check them, then save."
                )
            )
            return False
        self._show_banner(
            self.tr("Not saved: another desk changed this patient. Save again to decide.")
        )
        return False

    def _take_theirs(self) -> None:
        """Reload the stored patient and profile, then re-apply the fields the user changed."""
        assert self.patient_id is not None
        mine, base = self._patient_input(), as_input(self.record) if self.record else None
        my_profile, base_profile = self._profile_input(), self._saved_profile
        record = patient_service.get_patient(self.ctx.db, self.patient_id, actor=self.ctx.actor)
        profile = self._stored_profile()
        self.record = record
        theirs = as_input(record)
        self._show_identity(
            replace(
                theirs,
                **{
                    f.name: getattr(mine, f.name)
                    for f in fields(PatientInput)
                    if base is None or getattr(mine, f.name) != getattr(base, f.name)
                },
            )
        )
        theirs_profile = profile_input(profile) if profile is not None else ProfileInput()
        self._show_loaded_profile(profile)
        self._show_profile(
            replace(
                theirs_profile,
                **{
                    f.name: getattr(my_profile, f.name)
                    for f in fields(ProfileInput)
                    if getattr(my_profile, f.name) != getattr(base_profile, f.name)
                },
            )
        )
        self._saved_profile = theirs_profile
        self._baseline = FormState(self._baseline.identity, theirs_profile)

    def _field_labels(self) -> dict[str, str]:
        return {
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "date_of_birth": self.tr("Date of birth"),
            "sex": self.tr("Sex"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
            "notes": self.tr("Notes"),
            "allergies_text": self.tr("Allergies"),
            "allergens": self.tr("Allergens"),
            "medications_text": self.tr("Medications"),
            "on_blood_thinners": self.tr("On blood thinners"),
            "autoimmune_disease": self.tr("Autoimmune disease"),
            "autoimmune_notes": self.tr("Autoimmune notes"),
            "keloid_tendency": self.tr("Keloid tendency"),
            "skin_conditions_text": self.tr("Skin conditions"),
            "skin_condition_areas": self.tr("Skin condition areas"),
            "pregnant_or_breastfeeding": self.tr("Pregnant or breastfeeding"),
            "needle_anxiety": self.tr("Needle anxiety"),
            "profile_notes": self.tr("Profile notes"),
        }

    # --- closing --------------------------------------------------------------------------

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        """Cancel, Escape and the close button: ask before throwing typed changes away."""
        if not self.is_dirty():
            super().reject()
            return
        answer = ask_to_save(
            self, self.tr("This patient has changes that are not saved. Save them now?")
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()
