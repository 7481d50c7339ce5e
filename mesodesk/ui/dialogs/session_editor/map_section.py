"""The injection map in the session editor: while it has marks, the treatment lines follow them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QToolButton, QVBoxLayout, QWidget

from mesodesk.domain.accounts import Permission
from mesodesk.domain.clock import utcnow
from mesodesk.services import injection_map
from mesodesk.services.dto import SessionRecord, TreatmentInput, TreatmentRecord
from mesodesk.services.injection_map import Mark
from mesodesk.ui.dialogs.session_editor.lines import EditorData
from mesodesk.ui.dialogs.session_editor.treatments import TreatmentsBox
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import ERROR_STYLE, MUTED_STYLE
from mesodesk.ui.widgets.injection_map.panel import InjectionMapPanel

OPEN_KEY = "sessionEditor/mapOpen"
"""Whether the map was open when the last session editor closed (QSettings)."""


class MapSection(QGroupBox):
    """The map, its marks and totals; the lines table shows the lines they give, read-only."""

    changed = Signal()

    def __init__(
        self,
        data: EditorData,
        treatments: TreatmentsBox,
        patient_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Injection map"), parent)
        self.setObjectName("injectionMapSection")
        self._data = data
        self._treatments = treatments
        self._patient_id = patient_id
        self._session_id: int | None = None
        self._starts_at: datetime | None = None
        self._typed: list[TreatmentRecord] | None = None
        """The lines typed before the first mark, given back when the last mark goes."""
        layout = QVBoxLayout(self)
        self.toggle = QToolButton()
        self.toggle.setObjectName("mapToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(self.tr("Place the in&jections on a diagram"))
        self.toggle.toggled.connect(self.set_open)
        layout.addWidget(self.toggle)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.panel = InjectionMapPanel(data)
        self.panel.previous_source = self.previous_marks
        body.addWidget(self.panel)
        layout.addWidget(self.body)
        self.note = QLabel(
            self.tr("With marks, the lines below follow them; without, fill in the lines.")
        )
        self.note.setStyleSheet(MUTED_STYLE)
        body.addWidget(self.note)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_marks")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.panel.changed.connect(self._sync_lines)
        self.set_open(bool(QSettings().value(OPEN_KEY, False, type=bool)))

    def tab_chain(self) -> list[QWidget]:
        return [self.toggle, *self.panel.tab_chain()]

    def set_open(self, open_: bool) -> None:
        """Shown or folded away; the choice is remembered for the next session opened."""
        self.toggle.setChecked(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)
        QSettings().setValue(OPEN_KEY, open_)

    # --- the session ---------------------------------------------------------------------------

    def load(self, record: SessionRecord) -> None:
        self._session_id = record.id
        self._starts_at = record.starts_at
        self.set_session_day(record.starts_at.date())
        user = self._data.ctx.user
        if user is None or not user.can(Permission.VIEW_CLINICAL):
            return  # the front desk's editor shows no map (and keeps the stored one)
        try:
            marks = injection_map.session_marks(self._data.ctx.db, record.id, actor=user)
        except Exception as error:  # the editor opens with the lines; say why the map is empty
            self.set_error(failure_reason(error, "session_marks"))
            return
        self.panel.load(marks)
        if marks:
            self.set_open(True)

    def set_session_day(self, day: date) -> None:
        """Lots on offer are those usable on the session's day."""
        self.panel.fields.set_session_day(day)

    def marks(self) -> tuple[Mark, ...]:
        return self.panel.marks()

    def has_marks(self) -> bool:
        return bool(self.panel.model.marks)

    def treatment_inputs(self) -> list[TreatmentInput]:
        return list(injection_map.treatments_from_marks(self.panel.model.marks))

    def state(self) -> tuple[object, ...]:
        return tuple(self.panel.model.marks)

    def previous_marks(self) -> tuple[Mark, ...]:
        """The marks of the patient's last done session before this one (for the overlay)."""
        if self._patient_id is None:
            return ()
        before = self._starts_at or utcnow().replace(tzinfo=UTC)
        try:
            _, marks = injection_map.previous_marks(
                self._data.ctx.db,
                self._patient_id,
                before,
                session_id=self._session_id,
                actor=self._data.ctx.actor,
            )
        except Exception as error:  # the overlay helps; the map works without it
            self.set_error(failure_reason(error, "previous_marks"))
            return ()
        return marks

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # --- the lines follow the marks -----------------------------------------------------------

    def _sync_lines(self) -> None:
        self.set_error("")
        box = self._treatments
        if self.has_marks():
            if self._typed is None:
                self._typed = [
                    self._record(line.to_input()) for line in box.lines if line.area_id is not None
                ]
            derived = [self._record(t) for t in self.treatment_inputs()]
            box.replace_lines(derived, read_only=True)
        elif self._typed is not None:
            box.replace_lines(self._typed, read_only=False)
            self._typed = None
        self.changed.emit()

    def _record(self, line: TreatmentInput) -> TreatmentRecord:
        """A line as the lines table loads it (names from the editor's data)."""
        data = self._data
        product = data.product(line.product_id)
        lot = data.lot(line.product_id, line.product_lot_id)
        type_id = line.solution_type_id or (product.solution_type_id if product else None)
        area = next((a for a in data.areas if a.id == line.area_id), None)
        kind = next((t for t in data.solution_types if t.id == type_id), None)
        return TreatmentRecord(
            id=0,
            area_id=line.area_id,
            area_name=area.name if area is not None else "",
            solution_type_id=type_id,
            solution_type_name=kind.name if kind is not None else "",
            product_id=line.product_id,
            product_name=product.name if product is not None else "",
            product_lot_id=line.product_lot_id,
            lot_number=lot.lot_number if lot is not None else "",
            lot_expiry=lot.expiry_date if lot is not None else None,
            volume_ml=line.volume_ml,
            technique=line.technique,
            depth_mm=line.depth_mm,
            needle_gauge=line.needle_gauge,
        )
