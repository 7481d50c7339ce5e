"""The patient form: its widgets (identity and medical profile) and what they hold, as typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Slot
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
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.allergens import COMMON_ALLERGENS, mentioned_substances
from mesodesk.domain.enums import Sex
from mesodesk.domain.languages import LANGUAGES
from mesodesk.domain.search import no_such_day, parse_date
from mesodesk.domain.validation import age_on
from mesodesk.services.dto import PatientInput, ProfileInput
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.patient_editor.allergen_hint import AllergenHint
from mesodesk.ui.locale_format import date_format_hint
from mesodesk.ui.theme import BANNER_STYLE, ERROR_STYLE, HINT_STYLE


@dataclass(frozen=True, slots=True)
class FormState:
    """Everything the user can change, as typed: compared to tell whether there are edits."""

    identity: tuple[str, ...]
    profile: ProfileInput


def text_box(height_in_lines: int, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    metrics = edit.fontMetrics()
    edit.setFixedHeight(metrics.lineSpacing() * height_in_lines + 14)
    return edit


def split_allergens(text: str) -> tuple[str, ...]:
    return tuple(
        sorted({part.strip() for part in text.replace(";", ",").split(",") if part.strip()})
    )


class PatientForm(QDialog):
    """The patient editor's widgets and how to read them; ``PatientEditor`` loads and saves."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.known_substances: list[str] = list(COMMON_ALLERGENS)
        """Names offered from the allergy free text; the editor adds the products' ones."""
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._build()

    # --- construction ---------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        self._errors[key] = label
        return label

    def _field_row(
        self, form: QFormLayout, text: str, key: str, field: QWidget, *extra: QWidget
    ) -> None:
        """A form row whose label's mnemonic lands in the field itself (not its wrapper)."""
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, self._with_error(key, field, *extra))

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
        self.banner.setStyleSheet(BANNER_STYLE)
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
            self.language,
            self.phone,
            self.email,
            self.address,
            self.notes,
            self.allergies_text,
            self.add_allergens_button,
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
        self._field_row(form, self.tr("&Given name *"), "given_name", self.given_name)

        self.family_name = QLineEdit(group)
        self.family_name.setObjectName("familyName")
        self.family_name.setMaxLength(120)
        self._field_row(form, self.tr("&Family name *"), "family_name", self.family_name)

        self.date_of_birth = QLineEdit(group)
        self.date_of_birth.setObjectName("dateOfBirth")
        self.date_of_birth.setPlaceholderText(date_format_hint(self.ctx.date_format))
        self.date_of_birth.setToolTip(
            self.tr("Type the date as {format}; leave empty if unknown.").format(
                format=date_format_hint(self.ctx.date_format)
            )
        )
        self.date_of_birth.setMaxLength(10)
        self.date_of_birth.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.age = QLabel(group)
        self.age.setObjectName("ageHint")
        self.date_of_birth.textChanged.connect(self._update_age)
        self._field_row(
            form, self.tr("Date of &birth"), "date_of_birth", self.date_of_birth, self.age
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

        # Own names: the patient recognises their language whatever the window's language.
        self.language = QComboBox(group)
        self.language.setObjectName("patientLanguage")
        self.language.addItem(self.tr("The clinic's language"), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setToolTip(self.tr("The language of this patient's aftercare sheets"))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._field_row(form, self.tr("Sheets &in"), "language", self.language)

        self.phone = QLineEdit(group)
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText(self.tr("e.g. +44 20 7946 0958"))
        self._field_row(form, self.tr("&Phone"), "phone", self.phone)

        self.email = QLineEdit(group)
        self.email.setObjectName("email")
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self._field_row(form, self.tr("E-&mail"), "email", self.email)

        self.address = text_box(3, group)
        self.address.setObjectName("address")
        form.addRow(self.tr("A&ddress"), self.address)

        self.notes = text_box(4, group)
        self.notes.setObjectName("patientNotes")
        form.addRow(self.tr("&Notes"), self.notes)

        self.duplicate_hint = QLabel(group)
        self.duplicate_hint.setObjectName("duplicateHint")
        self.duplicate_hint.setStyleSheet(HINT_STYLE)
        self.duplicate_hint.setWordWrap(True)
        self.duplicate_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_hint.hide()
        form.addRow(self.duplicate_hint)

        required = QLabel(self.tr("* required"), group)
        required.setEnabled(False)
        form.addRow(required)
        return group

    def _build_profile(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Medical profile"), parent)
        group.setObjectName("medicalProfileGroup")
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

        self.allergies_text = text_box(2, group)
        self.allergies_text.setObjectName("allergiesText")
        form.addRow(self.tr("Allergies"), self.allergies_text)
        self.allergen_hint = AllergenHint(group)
        self.allergen_hint_text = self.allergen_hint.text
        self.add_allergens_button = self.allergen_hint.button
        self.allergen_hint.addRequested.connect(self._add_allergens)
        form.addRow("", self.allergen_hint)
        self.allergens = QLineEdit(group)
        self.allergens.setObjectName("allergens")
        self.allergens.setPlaceholderText(self.tr("Substances, separated by commas"))
        form.addRow(self.tr("A&llergens"), self.allergens)
        self.allergies_text.textChanged.connect(self._offer_allergens)
        self.allergens.textChanged.connect(self._offer_allergens)

        self.medications_text = text_box(2, group)
        self.medications_text.setObjectName("medicationsText")
        form.addRow(self.tr("Medications"), self.medications_text)
        self.on_blood_thinners = QCheckBox(
            self.tr("On blood &thinners (aspirin, NSAIDs, anticoagulants)"), group
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

        self.pregnant_or_breastfeeding = QCheckBox(self.tr("P&regnant or breastfeeding"), group)
        self.pregnant_or_breastfeeding.setObjectName("pregnantOrBreastfeeding")
        form.addRow("", self.pregnant_or_breastfeeding)
        self.needle_anxiety = QCheckBox(self.tr("Fear of needles"), group)
        self.needle_anxiety.setObjectName("needleAnxiety")
        form.addRow("", self.needle_anxiety)

        self.profile_notes = text_box(3, group)
        self.profile_notes.setObjectName("profileNotes")
        form.addRow(self.tr("Other notes"), self.profile_notes)
        return group

    # --- reading the form -----------------------------------------------------------------

    def _birth_date(self) -> tuple[date | None, str | None]:
        """The typed date of birth, or an error message when it cannot be read."""
        text = self.date_of_birth.text().strip()
        if not text:
            return None, None
        parsed = parse_date(text, self.ctx.date_format)
        if parsed is None and no_such_day(text, self.ctx.date_format):
            return None, self.tr("{date} does not exist: check the day and the month.").format(
                date=text
            )
        if parsed is None:
            return None, self.tr("Type the date as {format}, for example {example}.").format(
                format=date_format_hint(self.ctx.date_format),
                example=self.ctx.format_date(date(1985, 3, 31)),
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
            language=self.language.currentData(),
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
            allergens=split_allergens(self.allergens.text()),
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
            str(self.language.currentData() or ""),
            self.phone.text(),
            self.email.text(),
            self.address.toPlainText(),
            self.notes.toPlainText(),
        )

    def _state(self) -> FormState:
        return FormState(self._identity_texts(), self._profile_input())

    # --- live hints -----------------------------------------------------------------------

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
    def _offer_allergens(self) -> None:
        """Offer the substances the allergy text names that the screened list lacks."""
        self.allergen_hint.offer(
            mentioned_substances(
                self.allergies_text.toPlainText(),
                self.known_substances,
                screened=split_allergens(self.allergens.text()),
            )
        )

    @Slot(list)
    def _add_allergens(self, names: list[str]) -> None:
        current = [part.strip() for part in self.allergens.text().split(",") if part.strip()]
        self.allergens.setText(", ".join([*current, *names]))
