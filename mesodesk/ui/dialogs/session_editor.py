"""The session editor: when, who, and what was injected where, from which lot and how."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from html import escape
from typing import cast

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QSignalBlocker,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import SessionStatus, Technique
from mesodesk.services import catalog, consent, patients, practitioners, products, safety, sessions
from mesodesk.services.dto import (
    CatalogItem,
    LotRecord,
    PractitionerRecord,
    ProductRecord,
    SessionInput,
    SessionRecord,
    TreatmentInput,
    TreatmentRecord,
)
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.settings import clinic_zone
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_safety import ChecklistPanel, ConsentPanel, FindingsPanel
from mesodesk.ui.dialogs.unsaved import ask_to_save
from mesodesk.ui.icons import icon

# Dark enough to read on a white background, still unmistakably "warning" / "refused".
AMBER = "#8a5300"
AMBER_BACKGROUND = "#fff4df"
RED = "#a8231b"
RED_BACKGROUND = "#fdecea"
GREEN = "#1f6f3a"

NEEDLE_GAUGES = tuple(range(27, 35))
"""The gauges offered; any other gauge already on a session is kept and shown too."""

_LINE_PREFIX = re.compile(r"^Line \d+:\s*")
_LINE_KEY = re.compile(r"^treatments\[(\d+)\]\.")


def spin_decimal(value: float, places: int) -> Decimal | None:
    """A spin box value as a Decimal (never through float arithmetic); 0 means "not recorded"."""
    rounded = round(value, places)
    if rounded <= 0:
        return None
    return Decimal(str(rounded)).quantize(Decimal(1).scaleb(-places))


def totals_by_product(lines: Sequence[tuple[str, Decimal | None]]) -> dict[str, Decimal]:
    """Total volume per product name, in the order the products first appear."""
    totals: dict[str, Decimal] = {}
    for name, volume in lines:
        if volume is None:
            continue
        totals[name] = totals.get(name, Decimal(0)) + volume
    return totals


def _index_of(combo: QComboBox, value: object) -> int:
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1


def _select(combo: QComboBox, value: object) -> bool:
    index = _index_of(combo, value)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    return True


def _widen_popup(combo: QComboBox) -> None:
    """Narrow combos still show their whole entries when opened."""
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 8)


def _compact(combo: QComboBox, chars: int) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class _WheelGuard(QObject):
    """Scrolling the form must not change a field the pointer happens to cross: an unfocused
    combo or spin box passes the wheel on to the form's scroll bar instead."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.target: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        if self.target is not None:
            QCoreApplication.sendEvent(self.target, event)
        return True


@dataclass
class _EditorData:
    """Everything the form offers, loaded once; lots are fetched per product on first use."""

    ctx: DeskContext
    areas: list[CatalogItem]
    solution_types: list[CatalogItem]
    products: list[ProductRecord]
    side_effects: list[CatalogItem]
    practitioners: list[PractitionerRecord]
    _lots: dict[int, list[LotRecord]] = field(default_factory=dict)

    @classmethod
    def load(cls, ctx: DeskContext) -> _EditorData:
        return cls(
            ctx,
            catalog.areas(ctx.db),
            catalog.solution_types(ctx.db),
            products.list_products(ctx.db, include_archived=True),
            catalog.side_effects(ctx.db),
            practitioners.list_practitioners(ctx.db, include_archived=True),
        )

    def product(self, product_id: int | None) -> ProductRecord | None:
        return next((p for p in self.products if p.id == product_id), None)

    def lots(self, product_id: int) -> list[LotRecord]:
        if product_id not in self._lots:
            self._lots[product_id] = products.list_lots(
                self.ctx.db, product_id, include_archived=True
            )
        return self._lots[product_id]

    def lot(self, product_id: int | None, lot_id: int | None) -> LotRecord | None:
        if product_id is None or lot_id is None:
            return None
        return next((lot for lot in self.lots(product_id) if lot.id == lot_id), None)


class TreatmentLine(QObject):
    """One treatment line of the editor: its widgets sit in the editor's grid."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, data: _EditorData, parent: QWidget, guard: QObject) -> None:
        super().__init__(parent)
        self._data = data
        self._day = date.today()

        self.area = QComboBox(parent)
        self.area.setObjectName("lineArea")
        _compact(self.area, 8)
        self.area.addItem(self.tr("Choose…"), None)
        model = cast(QStandardItemModel, self.area.model())
        group_names = {"face": self.tr("Face"), "body": self.tr("Body")}
        current_group: str | None = None
        for item in data.areas:
            if item.group != current_group:
                current_group = item.group
                self.area.addItem(group_names.get(item.group, item.group.title()))
                header = model.item(self.area.count() - 1)
                header.setEnabled(False)
                header.setSelectable(False)
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
            self.area.addItem(item.name, item.id)
        _widen_popup(self.area)

        self.solution_type = QComboBox(parent)
        self.solution_type.setObjectName("lineSolutionType")
        _compact(self.solution_type, 9)
        self.solution_type.addItem("—", None)
        for st in data.solution_types:
            self.solution_type.addItem(st.name, st.id)
        _widen_popup(self.solution_type)

        self.product = QComboBox(parent)
        self.product.setObjectName("lineProduct")
        _compact(self.product, 9)

        self.lot = QComboBox(parent)
        self.lot.setObjectName("lineLot")
        _compact(self.lot, 16)

        self.volume = QDoubleSpinBox(parent)
        self.volume.setObjectName("lineVolume")
        self.volume.setRange(0, 100)
        self.volume.setDecimals(2)
        self.volume.setSingleStep(0.1)
        self.volume.setSpecialValueText("—")
        self.volume.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.volume.setAccessibleName(self.tr("Volume in ml"))

        self.technique = QComboBox(parent)
        self.technique.setObjectName("lineTechnique")
        _compact(self.technique, 8)
        self.technique.addItem("—", None)
        for technique in Technique:
            self.technique.addItem(
                QCoreApplication.translate("Technique", technique.label), str(technique)
            )
        _widen_popup(self.technique)

        self.depth = QDoubleSpinBox(parent)
        self.depth.setObjectName("lineDepth")
        self.depth.setRange(0, 20)
        self.depth.setDecimals(1)
        self.depth.setSingleStep(0.5)
        self.depth.setSpecialValueText("—")
        self.depth.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.depth.setAccessibleName(self.tr("Depth in mm"))

        self.gauge = QComboBox(parent)
        self.gauge.setObjectName("lineGauge")
        _compact(self.gauge, 4)
        self.gauge.addItem("—", None)
        for gauge in NEEDLE_GAUGES:
            self.gauge.addItem(f"{gauge}G", gauge)

        # Text, not an icon: the icon helper has no built-in "remove" icon to fall back on.
        self.remove_button = QPushButton(self.tr("Remove"), parent)
        self.remove_button.setObjectName("lineRemove")
        self.remove_button.setToolTip(self.tr("Remove this line"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remove_button.setAutoDefault(False)

        self.message = QLabel(parent)
        self.message.setObjectName("lineMessage")
        # No word wrap: a wrapping label in a scroll area squeezes the rows above it.
        self.message.setWordWrap(False)
        # A long message must not widen the grid; the full text is in the tooltip and banner.
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self._error = ""

        for widget in self.inputs():
            widget.installEventFilter(guard)
            if isinstance(widget, QComboBox | QAbstractSpinBox):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._fill_products(None, None)
        self._fill_lots(None, None)

        self.solution_type.currentIndexChanged.connect(self._on_type_changed)
        self.product.currentIndexChanged.connect(self._on_product_changed)
        self.lot.currentIndexChanged.connect(self._on_lot_changed)
        for combo in (self.area, self.technique, self.gauge):
            combo.currentIndexChanged.connect(self.changed)
        self.volume.valueChanged.connect(self.changed)
        self.depth.valueChanged.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    # --- what the editor asks of a line -------------------------------------------------------

    def inputs(self) -> list[QWidget]:
        """The line's fields in tab order (the remove button comes last)."""
        return [
            self.area,
            self.solution_type,
            self.product,
            self.lot,
            self.volume,
            self.technique,
            self.depth,
            self.gauge,
            self.remove_button,
        ]

    def widgets(self) -> list[QWidget]:
        return [*self.inputs(), self.message]

    @property
    def area_id(self) -> int | None:
        return cast(int | None, self.area.currentData())

    @property
    def solution_type_id(self) -> int | None:
        return cast(int | None, self.solution_type.currentData())

    @property
    def product_id(self) -> int | None:
        return cast(int | None, self.product.currentData())

    @property
    def lot_id(self) -> int | None:
        return cast(int | None, self.lot.currentData())

    @property
    def volume_ml(self) -> Decimal | None:
        return spin_decimal(self.volume.value(), 2)

    @property
    def depth_mm(self) -> Decimal | None:
        return spin_decimal(self.depth.value(), 1)

    def product_label(self) -> str:
        product = self._data.product(self.product_id)
        if product is not None:
            return product.name
        if self.solution_type_id is not None:
            return self.tr("{type} (no product)").format(type=self.solution_type.currentText())
        return self.tr("Product not chosen")

    def state(self) -> tuple[object, ...]:
        return (
            self.area_id,
            self.solution_type_id,
            self.product_id,
            self.lot_id,
            self.volume_ml,
            self.technique.currentData(),
            self.depth_mm,
            self.gauge.currentData(),
        )

    def is_blank(self) -> bool:
        return all(value is None for value in self.state())

    def problem(self) -> str:
        """Why the line cannot be sent as it is, or ""."""
        if self.area_id is None:
            return self.tr("Choose the treated area.")
        return ""

    def to_input(self) -> TreatmentInput:
        area_id = self.area_id
        assert area_id is not None, "check problem() first"
        return TreatmentInput(
            area_id=area_id,
            solution_type_id=self.solution_type_id,
            product_id=self.product_id,
            product_lot_id=self.lot_id,
            volume_ml=self.volume_ml,
            technique=cast(str | None, self.technique.currentData()),
            depth_mm=self.depth_mm,
            needle_gauge=cast(int | None, self.gauge.currentData()),
        )

    def load(self, record: TreatmentRecord) -> None:
        blockers = [QSignalBlocker(w) for w in self.inputs()]
        try:
            self._load(record)
        finally:
            for blocker in blockers:
                blocker.unblock()
        self._show_lot_state()

    def _load(self, record: TreatmentRecord) -> None:
        if not _select(self.area, record.area_id):
            self.area.addItem(record.area_name, record.area_id)
            _select(self.area, record.area_id)
        _select(self.solution_type, record.solution_type_id)
        self._fill_products(record.solution_type_id, record.product_id)
        self._fill_lots(record.product_id, record.product_lot_id)
        self.volume.setValue(float(record.volume_ml or 0))
        _select(self.technique, record.technique)
        self.depth.setValue(float(record.depth_mm or 0))
        if record.needle_gauge is not None and not _select(self.gauge, record.needle_gauge):
            self.gauge.addItem(f"{record.needle_gauge}G", record.needle_gauge)
            _select(self.gauge, record.needle_gauge)

    def set_session_day(self, day: date) -> None:
        """Lot expiry is judged on the day of the session."""
        if day == self._day:
            return
        self._day = day
        with QSignalBlocker(self.lot):
            self._fill_lots(self.product_id, self.lot_id)
        self._show_lot_state()

    def set_error(self, text: str) -> None:
        """A refusal from the last save, shown under the line until the line changes."""
        text = _LINE_PREFIX.sub("", text)
        self._error = text[:1].upper() + text[1:]
        self._show_lot_state()

    # --- filling the combos -----------------------------------------------------------------

    def _fill_products(self, type_id: int | None, keep_id: int | None) -> None:
        with QSignalBlocker(self.product):
            self.product.clear()
            self.product.addItem("—", None)
            for p in self._data.products:
                if type_id is not None and p.solution_type_id != type_id:
                    continue
                if p.archived and p.id != keep_id:
                    continue
                label = (
                    p.name if not p.archived else self.tr("{name} (archived)").format(name=p.name)
                )
                self.product.addItem(label, p.id)
            _select(self.product, keep_id)
        _widen_popup(self.product)

    def _fill_lots(self, product_id: int | None, keep_id: int | None) -> None:
        with QSignalBlocker(self.lot):
            self.lot.clear()
            self.lot.addItem("—", None)
            self.lot.setEnabled(product_id is not None)
            if product_id is None:
                return
            lots = [
                lot for lot in self._data.lots(product_id) if not lot.archived or lot.id == keep_id
            ]
            if not lots:
                self.lot.setItemText(0, self.tr("No lots recorded"))
            usable = [
                lot for lot in lots if products.lot_state(lot.expiry_date, self._day) != "expired"
            ]
            expired = [lot for lot in lots if lot not in usable]
            # Oldest usable lot first (use it up first); expired ones last, shown but refused.
            for lot in [*usable, *reversed(expired)]:
                self._add_lot_item(lot)
            _select(self.lot, keep_id)
        _widen_popup(self.lot)

    def _add_lot_item(self, lot: LotRecord) -> None:
        when = self._data.ctx.format_date(lot.expiry_date)
        state = products.lot_state(lot.expiry_date, self._day)
        if state == "expired":
            text = self.tr("{lot} (expired {date})").format(lot=lot.lot_number, date=when)
        elif state == "expiring":
            text = self.tr("{lot} (expires {date})").format(lot=lot.lot_number, date=when)
        else:
            text = self.tr("{lot} · exp. {date}").format(lot=lot.lot_number, date=when)
        self.lot.addItem(text, lot.id)
        index = self.lot.count() - 1
        if state == "expired":
            self.lot.setItemData(index, QBrush(QColor(RED)), Qt.ItemDataRole.ForegroundRole)
        elif state == "expiring":
            self.lot.setItemData(index, QBrush(QColor(AMBER)), Qt.ItemDataRole.ForegroundRole)
            self.lot.setItemData(index, icon("dialog-warning"), Qt.ItemDataRole.DecorationRole)

    # --- reactions to the user's choices ------------------------------------------------------

    def _on_type_changed(self) -> None:
        type_id = self.solution_type_id
        product = self._data.product(self.product_id)
        keep = (
            product.id
            if product is not None and type_id in (None, product.solution_type_id)
            else None
        )
        self._fill_products(type_id, keep)
        if keep is None and product is not None:
            self._fill_lots(None, None)
        self._error = ""
        self._show_lot_state()
        self.changed.emit()

    def _on_product_changed(self) -> None:
        product = self._data.product(self.product_id)
        if product is not None and self.solution_type_id != product.solution_type_id:
            with QSignalBlocker(self.solution_type):
                _select(self.solution_type, product.solution_type_id)
            self._fill_products(product.solution_type_id, product.id)
        self._fill_lots(product.id if product is not None else None, None)
        self._error = ""
        self._show_lot_state()
        self.changed.emit()

    def _on_lot_changed(self) -> None:
        self._error = ""
        self._show_lot_state()
        self.changed.emit()

    def _show_lot_state(self) -> None:
        text, colour = self._error, RED
        lot = self._data.lot(self.product_id, self.lot_id)
        if not text and lot is not None:
            when = self._data.ctx.format_date(lot.expiry_date)
            state = products.lot_state(lot.expiry_date, self._day)
            if state == "expired":
                text = self.tr(
                    "Lot {lot} expired on {date}: it cannot be recorded. Choose another lot."
                ).format(lot=lot.lot_number, date=when)
            elif state == "expiring":
                text = self.tr("Lot {lot} expires on {date}, within 30 days.").format(
                    lot=lot.lot_number, date=when
                )
                colour = AMBER
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setVisible(bool(text))
        self.message.setToolTip(text)
        self.lot.setToolTip(text)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class SessionEditor(QDialog):
    """Records a new session of a patient or amends an existing one."""

    saved = Signal(int)
    """Emitted with the session's id after every successful save."""

    def __init__(
        self,
        ctx: DeskContext,
        patient_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
        *,
        starts_at: datetime | None = None,
        practitioner_id: int | None = None,
    ) -> None:
        """``starts_at`` (clinic wall-clock time) and ``practitioner_id`` preset a new session,
        e.g. from a calendar slot or the recall list."""
        super().__init__(parent)
        self.setObjectName("sessionEditor")
        self.setSizeGripEnabled(True)
        self.ctx = ctx
        self._patient_id = patient_id
        self._record: SessionRecord | None = None
        self._data = _EditorData.load(ctx)
        self._zone = clinic_zone(ctx.db)
        self._guard = _WheelGuard(self)
        self._loading = True
        self.lines: list[TreatmentLine] = []
        self._sent_lines: list[TreatmentLine] = []

        record = sessions.get_session(ctx.db, session_id) if session_id is not None else None
        patient_name = (
            record.patient_name
            if record is not None
            else patients.get_patient(ctx.db, patient_id).full_name
        )
        if record is not None:
            self._patient_id = record.patient_id

        self._build(patient_name)
        if record is not None:
            self._load(record)
        else:
            if starts_at is not None:
                local = starts_at.astimezone(self._zone) if starts_at.tzinfo else starts_at
                self._set_starts_at(local.replace(tzinfo=None))
                _select(self.status_combo, SessionStatus.PLANNED)
            if practitioner_id is not None:
                _select(self.practitioner_combo, practitioner_id)
            self.add_line()
        self._record = record
        self.refresh_screening()
        self.checklist_panel.changed.connect(self._update_print_state)
        self._loading = False
        self._baseline = self._state()
        self._update_print_state()
        self._update_title()
        self._update_totals()
        self._size_to_screen()

    # --- public API -------------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        """The session's id, once it exists in the database."""
        return self._record.id if self._record is not None else None

    def is_dirty(self) -> bool:
        return self._state() != self._baseline

    def add_line(self) -> TreatmentLine:
        line = TreatmentLine(self._data, self._lines_widget, self._guard)
        line.set_session_day(self._session_day())
        line.changed.connect(self._on_line_changed)
        line.remove_requested.connect(self._remove_line)
        self.lines.append(line)
        self._relayout_lines()
        if not self._loading:
            line.area.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(line.area)
        self._on_line_changed()
        return line

    def save(self) -> bool:
        """Writes the session; on failure keeps every field as typed and says why."""
        self._show_message("", "")
        for line in self.lines:
            line.set_error("")
        if self._record is not None and not self.is_dirty():
            self._show_message(self.tr("No changes to save."), "info")
            return True
        data = self._collect()
        if data is None:
            return False
        reason = ""
        amending = self._record is not None and self._record.status == SessionStatus.DONE
        if amending:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Amend a done session"),
                self.tr(
                    "This session is already done; the change is kept in its history.\n"
                    "Reason for the amendment (optional):"
                ),
            )
            if not ok:
                self._show_message(self.tr("Not saved: the amendment was cancelled."), "info")
                return False
        try:
            if self._record is None:
                record = sessions.create_session(self.ctx.db, data, actor=self.ctx.actor)
            else:
                record = sessions.update_session(
                    self.ctx.db, self._record.id, data, actor=self.ctx.actor, reason=reason
                )
        except ValidationFailed as refused:
            self._show_refusal(refused)
            return False
        except Exception as error:  # any failure: the form keeps what was typed
            from mesodesk.services.describe import describe

            self._show_message(
                self.tr("Nothing was saved. {reason}").format(reason=describe(error)), "error"
            )
            return False
        self._record = record
        self._baseline = self._state()
        self._update_title()
        when = self.ctx.format_date(record.starts_at)
        text = self.tr("Saved (session of {when}).").format(when=when)
        if record.warnings:
            self._show_message(text + "\n" + "\n".join(record.warnings), "warning")
        else:
            self._show_message(text, "ok")
        self.consent_panel.load_recorded(
            record.consent_template_id,
            self.consent_panel.version_label.text()
            if record.consent_template_id is None or self.consent_panel.version is None
            else f"{self.consent_panel.version.label}, version {self.consent_panel.version.version}",
            record.consented_at,
        )
        self._baseline = self._state()
        self._update_print_state()
        bus().changed.emit("session")
        self.saved.emit(record.id)
        return True

    def _update_print_state(self) -> None:
        ready = (
            self._record is not None
            and self._record.status == SessionStatus.DONE
            and not self.is_dirty()
        )
        self.print_action.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.print_button.setToolTip(
            "" if ready else self.tr("Available once the session is saved as done.")
        )

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """Close or Escape: unsaved changes are saved, discarded or kept, as the user says."""
        if self.is_dirty():
            answer = ask_to_save(
                self, self.tr("This session has changes that are not saved. Save them?")
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                if self.save():
                    self.accept()
                return
        super().reject()

    # --- building the form ------------------------------------------------------------------

    def _build(self, patient_name: str) -> None:
        root = QVBoxLayout(self)

        self.patient_label = QLabel(patient_name)
        self.patient_label.setObjectName("sessionPatient")
        self.patient_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.patient_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.patient_label.setFont(font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        muted = self.subtitle_label.palette()
        muted.setColor(muted.ColorRole.WindowText, muted.color(muted.ColorRole.PlaceholderText))
        self.subtitle_label.setPalette(muted)
        root.addWidget(self.patient_label)
        root.addWidget(self.subtitle_label)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self._build_appointment())
        body_layout.addWidget(self._build_treatments())
        body_layout.addLayout(self._build_safety())
        extras = QHBoxLayout()
        extras.addWidget(self._build_observations(), 1)
        extras.addWidget(self._build_notes(), 1)
        body_layout.addLayout(extras)
        body_layout.addStretch(1)
        self._scroll.setWidget(body)
        self._guard.target = self._scroll.verticalScrollBar()
        root.addWidget(self._scroll, 1)

        self.message_label = QLabel()
        self.message_label.setObjectName("sessionMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        root.addWidget(self.message_label)

        buttons = QDialogButtonBox()
        self.save_close_button = buttons.addButton(
            self.tr("Save and &close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.print_button = buttons.addButton(
            self.tr("&Print aftercare…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("printAftercareButton")
        self.print_button.setAutoDefault(False)
        self.print_action = QAction(self.tr("Print aftercare…"), self)
        self.print_action.setObjectName("actionPrintAftercare")
        self.print_action.setShortcut("Ctrl+P")
        self.print_action.triggered.connect(self.print_aftercare)
        self.addAction(self.print_action)
        self.print_button.clicked.connect(self.print_action.trigger)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_close_button.setDefault(True)
        self.save_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        self.save_close_button.clicked.connect(self.save_and_close)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        root.addWidget(buttons)

        self.date_time_edit.dateTimeChanged.connect(self._on_date_changed)

    def _build_appointment(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appointment"))
        grid = QGridLayout(box)

        self.date_time_edit = QDateTimeEdit()
        self.date_time_edit.setObjectName("sessionStartsAt")
        self.date_time_edit.setTimeZone(QTimeZone.utc())  # wall-clock time, no DST gaps
        self.date_time_edit.setCalendarPopup(True)
        qt_format = self.ctx.date_format.replace("mm", "MM")
        self.date_time_edit.setDisplayFormat(f"{qt_format} HH:mm")
        now = datetime.now(self._zone).replace(tzinfo=None, second=0, microsecond=0)
        self._set_starts_at(now.replace(minute=now.minute - now.minute % 15))

        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("sessionDuration")
        self.duration_spin.setRange(5, 480)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setValue(45)
        self.duration_spin.setSuffix(self.tr(" min"))

        self.practitioner_combo = QComboBox()
        self.practitioner_combo.setObjectName("sessionPractitioner")
        for p in self._data.practitioners:
            if not p.archived:
                self.practitioner_combo.addItem(p.display_name, p.id)
        if self.practitioner_combo.count() == 0:
            self.practitioner_combo.addItem(self.tr("— no practitioner recorded —"), None)
        if not _select(self.practitioner_combo, self.ctx.practitioner_id):
            self.practitioner_combo.setCurrentIndex(0)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("sessionStatus")
        for status in SessionStatus:
            self.status_combo.addItem(
                QCoreApplication.translate("SessionStatus", status.label), str(status)
            )
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("sessionStatusReason")
        self.reason_edit.setPlaceholderText(self.tr("Why the session did not take place"))
        self.reason_label = QLabel(self.tr("&Reason:"))
        self.reason_label.setBuddy(self.reason_edit)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self._on_status_changed()

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            return widget

        grid.addWidget(label(self.tr("&Date and time:"), self.date_time_edit), 0, 0)
        grid.addWidget(self.date_time_edit, 0, 1)
        grid.addWidget(label(self.tr("D&uration:"), self.duration_spin), 0, 2)
        grid.addWidget(self.duration_spin, 0, 3)
        grid.addWidget(label(self.tr("&Practitioner:"), self.practitioner_combo), 1, 0)
        grid.addWidget(self.practitioner_combo, 1, 1)
        grid.addWidget(label(self.tr("S&tatus:"), self.status_combo), 1, 2)
        grid.addWidget(self.status_combo, 1, 3)
        grid.addWidget(self.reason_label, 2, 0)
        grid.addWidget(self.reason_edit, 2, 1, 1, 3)
        # Fields keep a readable width instead of spanning the whole dialog.
        grid.setColumnStretch(4, 1)
        wide: list[QWidget] = [self.date_time_edit, self.practitioner_combo]
        narrow: list[QWidget] = [self.duration_spin, self.status_combo]
        for widget in wide:
            widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * 28)
        for widget in narrow:
            widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * 18)
        for widget in [*wide, *narrow]:
            widget.installEventFilter(self._guard)
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return box

    def _build_treatments(self) -> QGroupBox:
        box = QGroupBox(self.tr("Treatments"))
        layout = QVBoxLayout(box)
        self._lines_widget = QWidget()
        self._lines_grid = QGridLayout(self._lines_widget)
        self._lines_grid.setContentsMargins(0, 0, 0, 0)
        self._lines_grid.setVerticalSpacing(4)
        headings = [
            self.tr("Area"),
            self.tr("Solution type"),
            self.tr("Product"),
            self.tr("Lot"),
            self.tr("Volume (ml)"),
            self.tr("Technique"),
            self.tr("Depth (mm)"),
            self.tr("Needle"),
        ]
        for column, text in enumerate(headings):
            heading = _heading(text)
            self._lines_grid.addWidget(heading, 0, column)
            # Headings never clip, even over the narrow number columns.
            width = heading.fontMetrics().horizontalAdvance(text) + 8
            self._lines_grid.setColumnMinimumWidth(column, width)
        # Names and lots share the spare width; numbers and the gauge keep their natural size.
        for column, stretch in enumerate((4, 4, 4, 6, 0, 3, 0, 0, 0)):
            self._lines_grid.setColumnStretch(column, stretch)
        layout.addWidget(self._lines_widget)

        footer = QHBoxLayout()
        self.add_line_button = QPushButton(self.tr("Add &line"))
        self.add_line_button.setObjectName("addTreatmentLine")
        self.add_line_button.setAutoDefault(False)
        self.add_line_button.setToolTip(self.tr("Add another treated area"))
        self.add_line_button.clicked.connect(self.add_line)
        footer.addWidget(self.add_line_button, 0, Qt.AlignmentFlag.AlignTop)
        footer.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        # On the left, so a narrow (scaled) window never pushes the totals out of sight.
        self.totals_label = QLabel()
        self.totals_label.setObjectName("sessionTotals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        footer.addWidget(self.totals_label)
        footer.addStretch(1)
        layout.addLayout(footer)
        return box

    def _build_safety(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.findings_panel = FindingsPanel()
        self.consent_panel = ConsentPanel()
        self.checklist_panel = ChecklistPanel()
        column.addWidget(self.findings_panel)
        column.addWidget(self.checklist_panel)
        column.addWidget(self.consent_panel)
        self.consent_panel.print_requested.connect(self.print_consent)
        self._screen_timer = QTimer(self)
        self._screen_timer.setSingleShot(True)
        self._screen_timer.setInterval(250)
        self._screen_timer.timeout.connect(self.refresh_screening)
        return column

    def _treatment_inputs(self) -> list[TreatmentInput]:
        """Lines complete enough to screen (an area is chosen), as they stand in the form."""
        out = []
        for line in self.lines:
            area_id = line.area_id
            if area_id is None:
                continue
            out.append(
                TreatmentInput(
                    area_id=area_id,
                    solution_type_id=line.solution_type_id,
                    product_id=line.product_id,
                    product_lot_id=line.lot_id,
                )
            )
        return out

    def refresh_screening(self) -> None:
        """Screen the treatment as typed against the patient's history, and find the consent."""
        self._screen_timer.stop()
        lines = self._treatment_inputs()
        try:
            when = sessions.to_utc(self._starts_at(), self._zone)
            findings = safety.screen(self.ctx.db, self._patient_id, lines, when)
            version = consent.version_for(self.ctx.db, lines)
        except Exception as error:  # screening must never lose the form; say it plainly
            from mesodesk.services.describe import describe

            self._show_message(
                self.tr("Screening could not run: {reason}").format(reason=describe(error)),
                "warning",
            )
            return
        self.findings_panel.set_findings(findings)
        self.consent_panel.set_version(version)

    def print_aftercare(self) -> None:
        """Preview and print this session's aftercare sheet (once it is saved as done)."""
        if self._record is None or self.is_dirty():
            self._show_message(
                self.tr("Save the session first: the sheet prints what is recorded."), "info"
            )
            return
        if self._record.status != SessionStatus.DONE:
            self._show_message(
                self.tr("Aftercare sheets are for done sessions. Mark the session done first."),
                "info",
            )
            return
        from mesodesk.ui.printing import preview_aftercare

        preview_aftercare(self, self.ctx, [self._record.id])

    def print_consent(self) -> None:
        template_id = self.consent_panel.print_template_id()
        if template_id is None:
            return
        from mesodesk.ui.printing import preview_consent

        preview_consent(
            self,
            self.ctx,
            patient_id=self._patient_id,
            lines=self._treatment_inputs(),
            template_id=template_id,
            session_date=self.ctx.format_date(self._starts_at()),
            practitioner_id=cast(int | None, self.practitioner_combo.currentData()),
        )

    def _build_observations(self) -> QGroupBox:
        box = QGroupBox(self.tr("Anaesthetic and reactions"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.anaesthetic_check = QCheckBox(self.tr("Topical &anaesthetic"))
        self.anaesthetic_check.setObjectName("sessionAnaesthetic")
        self.anaesthetic_edit = QLineEdit()
        self.anaesthetic_edit.setObjectName("sessionAnaestheticProduct")
        self.anaesthetic_edit.setPlaceholderText(self.tr("Product used"))
        self.anaesthetic_edit.setAccessibleName(self.tr("Anaesthetic product"))
        self.anaesthetic_edit.setEnabled(False)
        self.anaesthetic_check.toggled.connect(self.anaesthetic_edit.setEnabled)
        row.addWidget(self.anaesthetic_check)
        row.addWidget(self.anaesthetic_edit, 1)
        layout.addLayout(row)

        reactions_label = QLabel(self.tr("&Immediate reactions observed:"))
        self.reactions_list = QListWidget()
        self.reactions_list.setObjectName("sessionReactions")
        reactions_label.setBuddy(self.reactions_list)
        self.reactions_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for effect in self._data.side_effects:
            self._add_reaction(effect.name, effect.code)
        rows = min(max(self.reactions_list.count(), 3), 5)
        row_height = max(self.reactions_list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.reactions_list.setMinimumHeight(
            rows * row_height + 2 * self.reactions_list.frameWidth()
        )
        layout.addWidget(reactions_label)
        layout.addWidget(self.reactions_list, 1)
        return box

    def _add_reaction(self, text: str, code: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.reactions_list)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _build_notes(self) -> QGroupBox:
        box = QGroupBox(self.tr("&Notes"))
        layout = QVBoxLayout(box)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("sessionNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Anything worth remembering about this session"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        layout.addWidget(self.notes_edit)
        box.setFocusProxy(self.notes_edit)
        return box

    def _size_to_screen(self) -> None:
        """About 1180x740 at 100 %, never larger than the screen, scaled with the font."""
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 172
        height = metrics.height() * 46
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)

    # --- loading and reading the form ---------------------------------------------------------

    def _load(self, record: SessionRecord) -> None:
        self._set_starts_at(record.starts_at.replace(tzinfo=None))
        self.duration_spin.setValue(record.duration_minutes)
        if record.practitioner_id is not None and not _select(
            self.practitioner_combo, record.practitioner_id
        ):
            self.practitioner_combo.addItem(record.practitioner_name, record.practitioner_id)
            _select(self.practitioner_combo, record.practitioner_id)
        _select(self.status_combo, record.status)
        self.reason_edit.setText(record.status_reason)
        self.anaesthetic_check.setChecked(record.anaesthetic_used)
        self.anaesthetic_edit.setText(record.anaesthetic_product)
        chosen = set(record.immediate_reactions)
        known = set()
        for i in range(self.reactions_list.count()):
            item = self.reactions_list.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            known.add(code)
            if code in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        for code in record.immediate_reactions:
            if code not in known:
                self._add_reaction(code, code).setCheckState(Qt.CheckState.Checked)
        self.notes_edit.setPlainText(record.notes)
        for treatment in record.treatments:
            self.add_line().load(treatment)
        if not self.lines:
            self.add_line()
        self.checklist_panel.load(record.checklist)
        if record.consent_template_id is not None:
            from mesodesk.services.templates import get_version

            version = get_version(self.ctx.db, record.consent_template_id)
            self.consent_panel.load_recorded(
                record.consent_template_id,
                f"{version.label}, version {version.version}",
                record.consented_at,
            )
        self.findings_panel.show_recorded(
            record.override_reason,
            record.override_by,
            self.ctx.format_date(record.override_at) if record.override_at else "",
        )

    def _set_starts_at(self, moment: datetime) -> None:
        self.date_time_edit.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute),
                QTimeZone.utc(),
            )
        )

    def _starts_at(self) -> datetime:
        """The clinic's wall-clock time, naive, as the services take it."""
        value = self.date_time_edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def _session_day(self) -> date:
        return self._starts_at().date()

    def _reactions(self) -> tuple[str, ...]:
        codes = []
        for i in range(self.reactions_list.count()):
            item = self.reactions_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(codes)

    def _state(self) -> tuple[object, ...]:
        return (
            self._starts_at(),
            self.duration_spin.value(),
            self.practitioner_combo.currentData(),
            self.status_combo.currentData(),
            self.reason_edit.text() if self.reason_edit.isEnabled() else "",
            self.anaesthetic_check.isChecked(),
            self.anaesthetic_edit.text() if self.anaesthetic_check.isChecked() else "",
            self._reactions(),
            self.notes_edit.toPlainText(),
            tuple(line.state() for line in self.lines if not line.is_blank()),
            repr(self.checklist_panel.value()),
            self.consent_panel.consent_template_id(),
            self.findings_panel.override_edit.text(),
        )

    def _collect(self) -> SessionInput | None:
        """The form as a SessionInput, or None after showing what is missing."""
        treatments: list[TreatmentInput] = []
        self._sent_lines = []
        problems: list[str] = []
        for number, line in enumerate(self.lines, start=1):
            if line.is_blank():
                continue
            problem = line.problem()
            if problem:
                line.set_error(problem)
                problems.append(self.tr("Line {n}: {problem}").format(n=number, problem=problem))
                continue
            treatments.append(line.to_input())
            self._sent_lines.append(line)
        status = str(self.status_combo.currentData())
        if status == SessionStatus.DONE and not treatments and not problems:
            problems.append(self.tr("A done session needs at least one treatment line."))
            if self.lines:
                self.lines[0].set_error(self.tr("Choose the treated area."))
        if status == SessionStatus.DONE and not problems:
            was_done = self._record is not None and self._record.status == SessionStatus.DONE
            if not was_done:
                problems.extend(self.checklist_panel.problems().values())
            self.refresh_screening()
            if self.findings_panel.has_blocks() and not self.findings_panel.override_reason():
                problems.append(
                    self.tr(
                        "Screening says stop. The practitioner must record why it is safe to go "
                        "ahead before this session can be marked done."
                    )
                )
                self.findings_panel.override_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if problems:
            self._show_message(self.tr("Nothing was saved.") + "\n" + "\n".join(problems), "error")
            return None
        reason_allowed = status in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)
        return SessionInput(
            patient_id=self._patient_id,
            starts_at=self._starts_at(),
            duration_minutes=self.duration_spin.value(),
            practitioner_id=cast(int | None, self.practitioner_combo.currentData()),
            status=status,
            status_reason=self.reason_edit.text() if reason_allowed else "",
            course_id=self._record.course_id if self._record is not None else None,
            anaesthetic_used=self.anaesthetic_check.isChecked(),
            anaesthetic_product=self.anaesthetic_edit.text(),
            immediate_reactions=self._reactions(),
            notes=self.notes_edit.toPlainText(),
            treatments=tuple(treatments),
            checklist=self.checklist_panel.value(),
            consent_template_id=self.consent_panel.consent_template_id(),
            override_reason=self.findings_panel.override_reason(),
        )

    # --- feedback ---------------------------------------------------------------------------

    def _show_refusal(self, refused: ValidationFailed) -> None:
        messages: list[str] = []
        for key, text in refused.errors.items():
            match = _LINE_KEY.match(key)
            sent = self._sent_lines
            if match is not None and 1 <= int(match.group(1)) <= len(sent):
                line = sent[int(match.group(1)) - 1]
                line.set_error(text)
                number = self.lines.index(line) + 1
                messages.append(
                    self.tr("Line {n}: {problem}").format(
                        n=number, problem=_LINE_PREFIX.sub("", text)
                    )
                )
            else:
                messages.append(text)
        self._show_message(self.tr("Nothing was saved.") + "\n" + "\n".join(messages), "error")

    def _show_message(self, text: str, level: str) -> None:
        colours = {
            "error": (RED, RED_BACKGROUND),
            "warning": (AMBER, AMBER_BACKGROUND),
            "ok": (GREEN, "transparent"),
            "info": ("palette(text)", "transparent"),
        }
        fg, bg = colours.get(level, colours["info"])
        self.message_label.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 6px; }}"
        )
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _update_title(self) -> None:
        if self._record is None:
            self.setWindowTitle(self.tr("New session"))
            self.subtitle_label.setText(self.tr("New session"))
            return
        when = self.ctx.format_date(self._record.starts_at)
        self.setWindowTitle(self.tr("Session of {when}").format(when=when))
        status = (
            SessionStatus(self._record.status)
            if self._record.status in set(SessionStatus)
            else None
        )
        label = (
            QCoreApplication.translate("SessionStatus", status.label)
            if status is not None
            else self._record.status
        )
        subtitle = self.tr("Session of {when} · {status}").format(when=when, status=label)
        if status == SessionStatus.DONE:
            subtitle += " · " + self.tr("changes are recorded as amendments")
        self.subtitle_label.setText(subtitle)

    def totals(self) -> dict[str, Decimal]:
        """What the totals box shows: product name to total volume in ml."""
        return totals_by_product([(line.product_label(), line.volume_ml) for line in self.lines])

    def _update_totals(self) -> None:
        totals = self.totals()
        if not totals:
            self.totals_label.setText(
                escape(self.tr("Volumes per product add up here as you fill the lines."))
            )
            return

        def row(name: str, total: Decimal, bold: bool = False) -> str:
            ml = escape(self.tr("{ml} ml").format(ml=_format_ml(total)))
            cells = f"<td>{escape(name)}</td><td align='right'>&nbsp;&nbsp;&nbsp;{ml}</td>"
            return f"<tr style='font-weight: bold'>{cells}</tr>" if bold else f"<tr>{cells}</tr>"

        rows = "".join(row(name, total) for name, total in totals.items())
        if len(totals) > 1:
            rows += row(self.tr("All products"), sum(totals.values(), Decimal(0)), bold=True)
        self.totals_label.setText(f"<table cellspacing='0' cellpadding='1'>{rows}</table>")

    # --- reactions ----------------------------------------------------------------------------

    def _on_line_changed(self) -> None:
        self._update_totals()
        if not self._loading:
            self._screen_timer.start()

    def _on_date_changed(self) -> None:
        day = self._session_day()
        for line in self.lines:
            line.set_session_day(day)
        if not self._loading:
            self._screen_timer.start()

    def _on_status_changed(self) -> None:
        status = self.status_combo.currentData()
        allowed = status in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)
        self.reason_edit.setEnabled(allowed)
        self.reason_label.setEnabled(allowed)

    def _remove_line(self, line: TreatmentLine) -> None:
        if len(self.lines) <= 1:
            return
        index = self.lines.index(line)
        self.lines.remove(line)
        for widget in line.widgets():
            self._lines_grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        line.deleteLater()
        self._relayout_lines()
        self._update_totals()
        target = self.lines[min(index, len(self.lines) - 1)]
        target.area.setFocus(Qt.FocusReason.OtherFocusReason)

    def _relayout_lines(self) -> None:
        """Lines sit two grid rows apart (fields, then the line's message) in list order."""
        for line in self.lines:
            for widget in line.widgets():
                self._lines_grid.removeWidget(widget)
        for number, line in enumerate(self.lines):
            row = 1 + 2 * number
            for column, widget in enumerate(line.inputs()):
                self._lines_grid.addWidget(widget, row, column)
                widget.show()
            self._lines_grid.addWidget(line.message, row + 1, 0, 1, len(line.inputs()))
            line.message.setVisible(bool(line.message.text()))
            line.area.setAccessibleName(self.tr("Area of line {n}").format(n=number + 1))
            line.remove_button.setEnabled(len(self.lines) > 1)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.date_time_edit,
            self.duration_spin,
            self.practitioner_combo,
            self.status_combo,
            self.reason_edit,
        ]
        for line in self.lines:
            chain.extend(line.inputs())
        chain.extend(
            [
                self.add_line_button,
                self.anaesthetic_check,
                self.anaesthetic_edit,
                self.reactions_list,
                self.notes_edit,
                self.save_close_button,
                self.save_button,
                self.close_button,
            ]
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)


def _format_ml(value: Decimal) -> str:
    text = f"{value.quantize(Decimal('0.01'))}"
    return text.replace(".", QLocale().decimalPoint())
