"""The patient editor: identity and the medical profile, validated inline, never losing input."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import Sex
from mesodesk.domain.search import parse_date
from mesodesk.domain.validation import age_on
from mesodesk.services import catalog as catalog_service
from mesodesk.services import patients as patient_service
from mesodesk.services.dto import PatientInput, PatientRecord, PatientRow, ProfileInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.unsaved import ask_to_save

_ERROR_STYLE = "color: #c62828;"
_BANNER_STYLE = (
    "QLabel { color: #8e0000; background: #fdecea; border: 1px solid #f5c2c0;"
    " border-radius: 4px; padding: 8px; }"
)
_HINT_STYLE = (
    "QLabel { color: #6d4c00; background: #fff4d6; border: 1px solid #f0d48a;"
    " border-radius: 4px; padding: 6px; }"
)


@dataclass(frozen=True, slots=True)
class _FormState:
    """Everything the user can change, as typed: compared to tell whether there are edits."""

    identity: tuple[str, ...]
    profile: ProfileInput


def _lines(height_in_lines: int, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    metrics = edit.fontMetrics()
    edit.setFixedHeight(metrics.lineSpacing() * height_in_lines + 14)
    return edit


def _split_allergens(text: str) -> tuple[str, ...]:
    return tuple(
        sorted({part.strip() for part in text.replace(";", ",").split(",") if part.strip()})
    )


class PatientEditor(QDialog):
    """Create a patient (``patient_id`` None) or edit one; saving records a profile version."""

    saved = Signal(object)
    """Emitted with the saved PatientRecord after a successful save, before the dialog closes."""

    def __init__(
        self, ctx: DeskContext, patient_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient_id = patient_id
        self.record: PatientRecord | None = None
        self.saved_id: int | None = None
        self.setObjectName("patientEditor")
        self.setWindowTitle(self.tr("New patient") if patient_id is None else self.tr("Patient"))
        self.setSizeGripEnabled(True)

        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._build()
        self._load()
        self._baseline = self._state()
        self._saved_profile = self._profile_input()
        # Wide enough for the two columns side by side, and as tall as the form: about 660
        # logical pixels, which still fits a 1080p screen at 150 % scaling.
        self.resize(max(960, self.sizeHint().width()), self.sizeHint().height())

    # --- construction ---------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(_ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        self._errors[key] = label
        return label

    def _with_error(self, key: str, field: QWidget, *extra: QWidget) -> QWidget:
        """The field (and any companions on its right) with its error message underneath."""
        box = QWidget(self)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra:
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(field, 1)
            for widget in extra:
                row.addWidget(widget)
            column.addLayout(row)
        else:
            column.addWidget(field)
        column.addWidget(self._error_label(key))
        self._fields[key] = field
        return box

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("patientEditorMessage")
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()

        content = QWidget(self)
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        # Each group keeps its natural height at the top of its column, so that the form rows
        # never spread out when the other column is taller.
        for group, stretch in (
            (self._build_identity(content), 2),
            (self._build_profile(content), 3),
        ):
            column = QVBoxLayout()
            column.addWidget(group)
            column.addStretch(1)
            columns.addLayout(column, stretch)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(content, 1)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.given_name,
            self.family_name,
            self.date_of_birth,
            self.sex,
            self.phone,
            self.email,
            self.address,
            self.notes,
            self.allergies_text,
            self.allergens,
            self.medications_text,
            self.on_blood_thinners,
            self.autoimmune_disease,
            self.autoimmune_notes,
            self.keloid_tendency,
            self.skin_conditions_text,
            self.skin_condition_areas,
            self.pregnant_or_breastfeeding,
            self.needle_anxiety,
            self.profile_notes,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _build_identity(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Patient"), parent)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)

        self.given_name = QLineEdit(group)
        self.given_name.setObjectName("givenName")
        self.given_name.setMaxLength(120)
        form.addRow(self.tr("&Given name *"), self._with_error("given_name", self.given_name))

        self.family_name = QLineEdit(group)
        self.family_name.setObjectName("familyName")
        self.family_name.setMaxLength(120)
        form.addRow(self.tr("&Family name *"), self._with_error("family_name", self.family_name))

        self.date_of_birth = QLineEdit(group)
        self.date_of_birth.setObjectName("dateOfBirth")
        self.date_of_birth.setPlaceholderText(self.ctx.date_format)
        self.date_of_birth.setToolTip(
            self.tr("Type the date as {format}; leave empty if unknown.").format(
                format=self.ctx.date_format
            )
        )
        self.date_of_birth.setMaxLength(10)
        self.date_of_birth.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.age = QLabel(group)
        self.age.setObjectName("ageHint")
        self.date_of_birth.textChanged.connect(self._update_age)
        form.addRow(
            self.tr("Date of &birth"),
            self._with_error("date_of_birth", self.date_of_birth, self.age),
        )

        self.sex = QComboBox(group)
        self.sex.setObjectName("sex")
        self.sex.addItem(self.tr("Not recorded"), None)
        self.sex.addItem(self.tr("Female"), Sex.FEMALE.value)
        self.sex.addItem(self.tr("Male"), Sex.MALE.value)
        self.sex.addItem(self.tr("Other"), Sex.OTHER.value)
        self.sex.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sex.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("&Sex"), self.sex)

        self.phone = QLineEdit(group)
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText(self.tr("e.g. +44 20 7946 0958"))
        form.addRow(self.tr("&Phone"), self._with_error("phone", self.phone))

        self.email = QLineEdit(group)
        self.email.setObjectName("email")
        self.email.setPlaceholderText(self.tr("name@example.com"))
        form.addRow(self.tr("E-&mail"), self._with_error("email", self.email))

        self.address = _lines(3, group)
        self.address.setObjectName("address")
        form.addRow(self.tr("A&ddress"), self.address)

        self.notes = _lines(4, group)
        self.notes.setObjectName("patientNotes")
        form.addRow(self.tr("&Notes"), self.notes)

        self.duplicate_hint = QLabel(group)
        self.duplicate_hint.setObjectName("duplicateHint")
        self.duplicate_hint.setStyleSheet(_HINT_STYLE)
        self.duplicate_hint.setWordWrap(True)
        self.duplicate_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_hint.hide()
        form.addRow(self.duplicate_hint)
        for field in (self.given_name, self.family_name, self.date_of_birth):
            field.editingFinished.connect(self._check_duplicates_hint)

        required = QLabel(self.tr("* required"), group)
        required.setEnabled(False)
        form.addRow(required)
        return group

    def _build_profile(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Medical profile"), parent)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)

        self.profile_info = QLabel(group)
        self.profile_info.setObjectName("profileInfo")
        self.profile_info.setWordWrap(True)
        self.profile_info.setEnabled(False)
        form.addRow(self.profile_info)

        self.allergies_text = _lines(2, group)
        self.allergies_text.setObjectName("allergiesText")
        form.addRow(self.tr("Allergies"), self.allergies_text)
        self.allergens = QLineEdit(group)
        self.allergens.setObjectName("allergens")
        self.allergens.setPlaceholderText(self.tr("Substances, separated by commas"))
        form.addRow(self.tr("Allerge&ns"), self.allergens)

        self.medications_text = _lines(2, group)
        self.medications_text.setObjectName("medicationsText")
        form.addRow(self.tr("Medications"), self.medications_text)
        self.on_blood_thinners = QCheckBox(
            self.tr("On &blood thinners (aspirin, NSAIDs, anticoagulants)"), group
        )
        self.on_blood_thinners.setObjectName("onBloodThinners")
        form.addRow("", self.on_blood_thinners)

        self.autoimmune_disease = QCheckBox(self.tr("A&utoimmune disease"), group)
        self.autoimmune_disease.setObjectName("autoimmuneDisease")
        self.autoimmune_notes = QLineEdit(group)
        self.autoimmune_notes.setObjectName("autoimmuneNotes")
        self.autoimmune_notes.setPlaceholderText(self.tr("Which one, treatment"))
        autoimmune = QHBoxLayout()
        autoimmune.addWidget(self.autoimmune_disease)
        autoimmune.addWidget(self.autoimmune_notes, 1)
        form.addRow("", autoimmune)
        self.autoimmune_disease.toggled.connect(self._sync_autoimmune)
        self._sync_autoimmune()

        self.keloid_tendency = QCheckBox(
            self.tr("Tendency to &keloids or hypertrophic scars"), group
        )
        self.keloid_tendency.setObjectName("keloidTendency")
        form.addRow("", self.keloid_tendency)

        self.skin_conditions_text = QLineEdit(group)
        self.skin_conditions_text.setObjectName("skinConditionsText")
        self.skin_conditions_text.setPlaceholderText(self.tr("e.g. eczema, active acne, rosacea"))
        form.addRow(self.tr("Skin conditions"), self.skin_conditions_text)
        self.skin_condition_areas = QListWidget(group)
        self.skin_condition_areas.setObjectName("skinConditionAreas")
        self.skin_condition_areas.setAccessibleName(self.tr("Areas with a skin condition"))
        self.skin_condition_areas.setToolTip(self.tr("Space ticks or unticks the current area."))
        self.skin_condition_areas.setFlow(QListWidget.Flow.TopToBottom)
        self.skin_condition_areas.setWrapping(True)
        self.skin_condition_areas.setResizeMode(QListWidget.ResizeMode.Adjust)
        row_height = self.fontMetrics().height() + 8
        self.skin_condition_areas.setFixedHeight(row_height * 7 + 8)
        form.addRow(self.tr("in the areas"), self.skin_condition_areas)

        self.pregnant_or_breastfeeding = QCheckBox(self.tr("&Pregnant or breastfeeding"), group)
        self.pregnant_or_breastfeeding.setObjectName("pregnantOrBreastfeeding")
        form.addRow("", self.pregnant_or_breastfeeding)
        self.needle_anxiety = QCheckBox(self.tr("Fear of needles"), group)
        self.needle_anxiety.setObjectName("needleAnxiety")
        form.addRow("", self.needle_anxiety)

        self.profile_notes = _lines(3, group)
        self.profile_notes.setObjectName("profileNotes")
        form.addRow(self.tr("Other notes"), self.profile_notes)
        return group

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
            if self.patient_id is None:
                self.profile_info.setText(
                    self.tr("Record what the patient tells you at the first consultation.")
                )
                return
            record = patient_service.get_patient(self.ctx.db, self.patient_id)
            profile = patient_service.current_profile(self.ctx.db, self.patient_id)
        except Exception as error:  # shown in the dialog; saving stays possible once fixed
            self._show_banner(self._describe(error))
            return
        self.record = record
        self.setWindowTitle(self.tr("Patient: {name}").format(name=record.full_name))
        self.given_name.setText(record.given_name)
        self.family_name.setText(record.family_name)
        self.date_of_birth.setText(self.ctx.format_date(record.date_of_birth))
        self.sex.setCurrentIndex(max(0, self.sex.findData(record.sex)))
        self.phone.setText(record.phone)
        self.email.setText(record.email)
        self.address.setPlainText(record.address)
        self.notes.setPlainText(record.notes)
        if profile is None:
            self.profile_info.setText(self.tr("No medical profile recorded yet."))
            return
        self.profile_info.setText(
            self.tr(
                "Recorded {when} by {who}. Saving changes here keeps that version in the history."
            ).format(when=self.ctx.format_date(profile.recorded_at), who=profile.recorded_by)
        )
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
            if item.data(Qt.ItemDataRole.UserRole) in codes:
                item.setCheckState(Qt.CheckState.Checked)
        self.pregnant_or_breastfeeding.setChecked(profile.pregnant_or_breastfeeding)
        self.needle_anxiety.setChecked(profile.needle_anxiety)
        self.profile_notes.setPlainText(profile.notes)

    # --- reading the form -----------------------------------------------------------------

    def _birth_date(self) -> tuple[date | None, str | None]:
        """The typed date of birth, or an error message when it cannot be read."""
        text = self.date_of_birth.text().strip()
        if not text:
            return None, None
        parsed = parse_date(text, self.ctx.date_format)
        if parsed is None:
            return None, self.tr("Type the date as {format}, for example {example}.").format(
                format=self.ctx.date_format, example=self.ctx.format_date(date(1985, 3, 31))
            )
        return parsed, None

    def _patient_input(self) -> PatientInput:
        born, _ = self._birth_date()
        return PatientInput(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            date_of_birth=born,
            sex=self.sex.currentData(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def _checked_areas(self) -> tuple[str, ...]:
        items = (
            self.skin_condition_areas.item(r) for r in range(self.skin_condition_areas.count())
        )
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def _profile_input(self) -> ProfileInput:
        return ProfileInput(
            allergies_text=self.allergies_text.toPlainText().strip(),
            allergens=_split_allergens(self.allergens.text()),
            medications_text=self.medications_text.toPlainText().strip(),
            on_blood_thinners=self.on_blood_thinners.isChecked(),
            autoimmune_disease=self.autoimmune_disease.isChecked(),
            autoimmune_notes=self.autoimmune_notes.text().strip(),
            keloid_tendency=self.keloid_tendency.isChecked(),
            skin_conditions_text=self.skin_conditions_text.text().strip(),
            skin_condition_areas=self._checked_areas(),
            pregnant_or_breastfeeding=self.pregnant_or_breastfeeding.isChecked(),
            needle_anxiety=self.needle_anxiety.isChecked(),
            notes=self.profile_notes.toPlainText().strip(),
        )

    def _identity_texts(self) -> tuple[str, ...]:
        return (
            self.given_name.text(),
            self.family_name.text(),
            self.date_of_birth.text().strip(),
            str(self.sex.currentData() or ""),
            self.phone.text(),
            self.email.text(),
            self.address.toPlainText(),
            self.notes.toPlainText(),
        )

    def _state(self) -> _FormState:
        return _FormState(self._identity_texts(), self._profile_input())

    def is_dirty(self) -> bool:
        """Whether anything differs from what was loaded (or last saved)."""
        return self._state() != self._baseline

    # --- feedback -------------------------------------------------------------------------

    @staticmethod
    def _describe(error: BaseException) -> str:
        from mesodesk.services.describe import describe

        return describe(error)

    def _show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

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
                unplaced.append(message)
                continue
            label.setText(message)
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
    def _sync_autoimmune(self) -> None:
        # The notes only mean something once the box is ticked; disabled, Tab skips them.
        self.autoimmune_notes.setEnabled(self.autoimmune_disease.isChecked())

    @Slot(str)
    def _update_age(self, _text: str = "") -> None:
        born, _ = self._birth_date()
        if born is None or born > date.today():
            self.age.clear()
            return
        self.age.setText(self.tr("age %n", "", age_on(born, date.today())))

    @Slot()
    def _check_duplicates_hint(self) -> None:
        """Warn while typing, before Save, that this patient may already exist."""
        data = self._patient_input()
        if not data.given_name.strip() or not data.family_name.strip():
            self.duplicate_hint.hide()
            return
        try:
            matches = self._duplicates(data)
        except Exception:  # only a hint; the same check runs again on Save and reports errors
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
        return patient_service.possible_duplicates(self.ctx.db, data, exclude_id=self.patient_id)

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
            record = self._write(data, profile)
        except ValidationFailed as error:
            self._show_errors(error.errors)
            return False
        except Exception as error:  # locked database, full disk...: the user must know
            self._show_banner(
                self.tr("Nothing was saved: {reason}").format(reason=self._describe(error))
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
        record = patient_service.update_patient(db, self.patient_id, data, actor=actor)
        # The patient part is saved: if the profile fails below, a retry does not redo it.
        self._baseline = _FormState(self._identity_texts(), self._baseline.profile)
        if profile != self._saved_profile:
            patient_service.record_profile(db, self.patient_id, profile, actor=actor)
            self._saved_profile = profile
        return record

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
