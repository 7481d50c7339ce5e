"""Dialog to manage the clinic's practitioners: add, rename, archive and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import practitioners as practitioner_service
from mesodesk.services.dto import PractitionerRecord
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.icons import icon
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import BANNER_STYLE
from mesodesk.ui.widgets.inline_errors import InlineErrors

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
ARCHIVED_FOREGROUND = QColor("#757575")


def practitioner_label(record: PractitionerRecord) -> str:
    """``"Dr Anna Berg — Aesthetic physician"``; what lists show for a practitioner."""
    text = record.display_name
    if record.title:
        text += f" — {record.title}"
    return text


class PractitionersDialog(QDialog):
    """The list of practitioners on the left, the selected one's name and title on the right.

    "New practitioner" clears the form to add one; with a practitioner selected, the form
    renames them. Practitioners are archived, never deleted: their sessions keep their name.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing: PractitionerRecord | None = None
        """The practitioner the form changes, or None when it adds a new one."""
        self.setObjectName("practitionersDialog")
        self.setWindowTitle(self.tr("Practitioners"))
        self.setSizeGripEnabled(True)
        self.errors = InlineErrors(self)
        self._build()
        self.refresh()
        self.start_new()
        self.resize(720, 440)

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.page_error = QLabel(self)
        self.page_error.setObjectName("practitionersError")
        self.page_error.setStyleSheet(BANNER_STYLE)
        self.page_error.setWordWrap(True)
        self.page_error.hide()

        self.list = QListWidget(self)
        self.list.setObjectName("practitionerList")
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.empty = QLabel(
            self.tr(
                "<p><b>No practitioners yet.</b></p>"
                "<p>Type a name on the right and press <b>Add</b>. Every session records "
                "the practitioner who performed it.</p>"
            ),
            self,
        )
        self.empty.setObjectName("practitionersEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(16)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)

        self.show_archived = QCheckBox(self.tr("Show a&rchived"), self)
        self.show_archived.setObjectName("showArchivedPractitioners")
        self.show_archived.toggled.connect(self.refresh)
        self.new_button = QPushButton(icon("document-new"), self.tr("Ne&w practitioner"), self)
        self.new_button.setObjectName("newPractitioner")
        self.new_button.clicked.connect(self.start_new)
        self.archive_button = QPushButton(self.tr("&Archive"), self)
        self.archive_button.setObjectName("archivePractitioner")
        self.archive_button.clicked.connect(self.toggle_archived)
        # Enter in the form saves it (returnPressed); no button may take Enter as well.
        self.new_button.setAutoDefault(False)
        self.archive_button.setAutoDefault(False)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.list_stack, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.archive_button)
        left_buttons.addStretch(1)
        left.addLayout(left_buttons)
        left.addWidget(self.show_archived)

        self.form_box = QGroupBox(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("practitionerName")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. Dr Anna Berg"))
        self.name.returnPressed.connect(self.save)
        self.title = QLineEdit(self)
        self.title.setObjectName("practitionerTitle")
        self.title.setMaxLength(80)
        self.title.setPlaceholderText(self.tr("Optional, e.g. Aesthetic physician"))
        self.title.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Add"), self)
        self.save_button.setObjectName("savePractitioner")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        metrics = self.save_button.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(t) for t in (self.tr("Add"), self.tr("Save changes"))
        )
        self.save_button.setMinimumWidth(widest + 32)
        self.status = QLabel(self)
        self.status.setObjectName("practitionerStatus")
        self.status.setWordWrap(True)

        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.errors.banner)
        form.addRow(self.tr("&Name *"), self.errors.field("display_name", self.name))
        form.addRow(self.tr("&Title"), self.errors.field("title", self.title))
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        form.addRow(self.status)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 1)
        body.addWidget(self.form_box, 1, Qt.AlignmentFlag.AlignTop)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:
            close_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.page_error)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        self.setTabOrder(self.list, self.new_button)
        self.setTabOrder(self.new_button, self.archive_button)
        self.setTabOrder(self.archive_button, self.show_archived)
        self.setTabOrder(self.show_archived, self.name)
        self.setTabOrder(self.name, self.title)
        self.setTabOrder(self.title, self.save_button)

    # --- data -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        keep = self.editing.id if self.editing is not None else None
        try:
            records = practitioner_service.list_practitioners(
                self.ctx.db, include_archived=self.show_archived.isChecked()
            )
        except Exception as error:  # the dialog stays open; the message says what failed
            self.page_error.setText(
                self.tr("Practitioners could not be loaded: {0}").format(
                    failure_reason(error, "dialogs.practitioners.refresh")
                )
            )
            self.page_error.show()
            return
        self.page_error.hide()
        self.list.blockSignals(True)
        self.list.clear()
        for record in records:
            label = practitioner_label(record)
            if record.archived:
                label += " " + self.tr("(archived)")
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setData(RECORD_ROLE, record)
            if record.archived:
                item.setForeground(QBrush(ARCHIVED_FOREGROUND))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
        self.list.blockSignals(False)
        self.list_stack.setCurrentWidget(self.list if records else self.empty)
        if keep is not None and self.select(keep):
            return
        self.list.setCurrentRow(-1)
        self.start_new()

    def records(self) -> list[PractitionerRecord]:
        """The practitioners the list shows, in order."""
        return [self.list.item(i).data(RECORD_ROLE) for i in range(self.list.count())]

    def current(self) -> PractitionerRecord | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        record = item.data(RECORD_ROLE)
        return record if isinstance(record, PractitionerRecord) else None

    def select(self, practitioner_id: int) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == practitioner_id:
                self.list.setCurrentItem(item)
                item.setSelected(True)
                self._edit(item.data(RECORD_ROLE))
                return True
        return False

    # --- editing --------------------------------------------------------------------------

    @Slot()
    def start_new(self) -> None:
        """Clear the form to add a new practitioner."""
        self.editing = None
        self.list.clearSelection()
        self.form_box.setTitle(self.tr("New practitioner"))
        self.save_button.setText(self.tr("A&dd"))
        self.name.clear()
        self.title.clear()
        self.errors.clear()
        self.name.setEnabled(True)
        self.title.setEnabled(True)
        self.save_button.setEnabled(True)
        self.archive_button.setEnabled(False)
        self.archive_button.setText(self.tr("&Archive"))
        self.name.setFocus()

    def _edit(self, record: PractitionerRecord) -> None:
        self.editing = record
        self.form_box.setTitle(self.tr("Rename {name}").format(name=record.display_name))
        self.save_button.setText(self.tr("&Save changes"))
        self.name.setText(record.display_name)
        self.title.setText(record.title)
        self.errors.clear()
        self.archive_button.setEnabled(True)
        self.archive_button.setText(self.tr("&Restore") if record.archived else self.tr("&Archive"))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        record = current.data(RECORD_ROLE)
        if isinstance(record, PractitionerRecord):
            self._edit(record)

    @Slot()
    def save(self) -> PractitionerRecord | None:
        """Add or rename; on failure the message shows under the name and the text stays."""
        self.errors.clear()
        if not self.name.text().strip():
            self.errors.show({"display_name": self.tr("Enter the practitioner's name.")})
            self.name.setFocus()
            return None
        try:
            if self.editing is None:
                record = practitioner_service.create_practitioner(
                    self.ctx.db, self.name.text(), self.title.text(), actor=self.ctx.actor
                )
                message = self.tr("{name} was added.")
            else:
                record = practitioner_service.update_practitioner(
                    self.ctx.db,
                    self.editing.id,
                    self.name.text(),
                    self.title.text(),
                    actor=self.ctx.actor,
                )
                message = self.tr("Saved as {name}.")
        except ValidationFailed as failure:
            self.errors.show(failure.errors)
            self.name.setFocus()
            return None
        except Exception as error:  # shown in the form; what was typed stays
            self.errors.show_banner(
                self.tr("Not saved: {reason}").format(
                    reason=failure_reason(error, "dialogs.practitioners.save")
                )
            )
            return None
        if self.ctx.practitioner_id == record.id:
            self.ctx.practitioner_name = record.display_name
        self.editing = record
        bus().changed.emit("practitioner")
        self.refresh()
        self.status.setText(message.format(name=record.display_name))
        return record

    @Slot()
    def toggle_archived(self) -> PractitionerRecord | None:
        record = self.current() or self.editing
        if record is None:
            return None
        try:
            changed = practitioner_service.set_archived(
                self.ctx.db, record.id, not record.archived, actor=self.ctx.actor
            )
        except Exception as error:  # nothing changed; say why
            self.errors.show_banner(
                self.tr("Not changed: {reason}").format(
                    reason=failure_reason(error, "dialogs.practitioners.toggle_archived")
                )
            )
            return None
        bus().changed.emit("practitioner")
        if changed.archived and not self.show_archived.isChecked():
            self.editing = None
        else:
            self.editing = changed
        self.refresh()
        self.status.setText(
            self.tr("{name} was archived; their sessions keep their name.").format(
                name=changed.display_name
            )
            if changed.archived
            else self.tr("{name} was restored.").format(name=changed.display_name)
        )
        return changed
