"""Dialog shown at start to choose who is working at this desk; the choice is remembered.

The choice is remembered per database: practitioner ids mean nothing in another database,
so opening another one never signs in as whoever had that id there.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import practitioners as practitioner_service
from mesodesk.services.database import Database
from mesodesk.services.dto import PractitionerRecord
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.practitioners import practitioner_label
from mesodesk.ui.ops import failure_reason, log_failure
from mesodesk.ui.widgets.inline_errors import InlineErrors

SETTINGS_KEY = "desk/practitionerId"
"""The settings group; each database has its own key under it (see ``settings_key``)."""


def database_key(db: Database) -> str:
    """A short stable name for ``db``: its file (resolved), or its URL for a server."""
    path = db.path
    identity = str(path.expanduser().resolve()) if path is not None else db.url
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


def settings_key(db: Database) -> str:
    """Where the practitioner chosen for ``db`` is remembered."""
    return f"{SETTINGS_KEY}/{database_key(db)}"


def stored_practitioner_id(db: Database) -> int | None:
    """The id remembered for ``db`` (not checked against the database)."""
    value = QSettings().value(settings_key(db))
    if value is None or value == "":
        return None
    try:
        return int(str(value))
    except ValueError:
        return None


def remember_practitioner(db: Database, practitioner_id: int | None) -> None:
    settings = QSettings()
    if practitioner_id is None:
        settings.remove(settings_key(db))
    else:
        settings.setValue(settings_key(db), practitioner_id)


def remembered_practitioner(db: Database) -> PractitionerRecord | None:
    """The practitioner chosen last time at this desk for ``db``, unless archived or removed."""
    practitioner_id = stored_practitioner_id(db)
    if practitioner_id is None:
        return None
    try:
        records = practitioner_service.list_practitioners(db)
    except Exception as error:  # an unreadable list means asking again, which the dialog reports
        log_failure(error, "remembered_practitioner")
        return None
    return next((r for r in records if r.id == practitioner_id), None)


def apply_practitioner(ctx: DeskContext, record: PractitionerRecord | None) -> None:
    """Make ``record`` the one whose name goes into the audit from this desk."""
    ctx.practitioner_id = record.id if record is not None else None
    ctx.practitioner_name = record.display_name if record is not None else ""


class ChoosePractitionerDialog(QDialog):
    """Pick the current practitioner from the list, or add one; "Start" remembers the choice.

    On accept, ``chosen`` holds the record, ``ctx`` is updated and QSettings keeps the id
    under this database's ``settings_key`` for ``remembered_practitioner`` next time.
    Cancel changes nothing: a desk with nobody chosen stays read-only.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: PractitionerRecord | None = None
        self.setObjectName("choosePractitionerDialog")
        self.setWindowTitle(self.tr("Who is working at this desk?"))
        self.errors = InlineErrors(self)

        intro = QLabel(
            self.tr(
                "Choose your name. Every session and change you record is signed with it. "
                "The choice is remembered on this computer for this database. Until someone "
                "is chosen, the desk is read-only."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("choosePractitionerList")
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self._on_activated)
        self.empty = QLabel(
            self.tr("No practitioners yet: add yourself below."),
            self,
        )
        self.empty.setObjectName("choosePractitionerEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newPractitionerName")
        self.new_name.setMaxLength(120)
        self.new_name.setPlaceholderText(self.tr("New practitioner's name, e.g. Dr Anna Berg"))
        self.new_name.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("addPractitioner")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.errors.field("display_name", self.new_name), 1)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("startAsPractitioner")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.errors.banner)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(add_row)
        layout.addWidget(self.buttons)
        self.resize(440, 400)
        self.refresh()

    @Slot()
    def refresh(self, select_id: int | None = None) -> None:
        if select_id is None:
            current = self.current()
            select_id = current.id if current is not None else self.ctx.practitioner_id
            if select_id is None:
                select_id = stored_practitioner_id(self.ctx.db)
        try:
            records = practitioner_service.list_practitioners(self.ctx.db)
        except Exception as error:  # stays open so the user can read why
            self.errors.show_banner(
                self.tr("Practitioners could not be loaded: {0}").format(
                    failure_reason(error, "dialogs.choose_practitioner.refresh")
                )
            )
            records = []
        self.list.clear()
        for record in records:
            item = QListWidgetItem(practitioner_label(record), self.list)
            item.setData(Qt.ItemDataRole.UserRole, record)
            if record.id == select_id:
                self.list.setCurrentItem(item)
                item.setSelected(True)
        self.list.setVisible(bool(records))
        self.empty.setVisible(not records)
        if not records:
            self.new_name.setFocus()
        else:
            self.list.setFocus()
        self._update_buttons()

    def records(self) -> list[PractitionerRecord]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def current(self) -> PractitionerRecord | None:
        items = self.list.selectedItems()
        if not items:
            return None
        record = items[0].data(Qt.ItemDataRole.UserRole)
        return record if isinstance(record, PractitionerRecord) else None

    def select(self, practitioner_id: int) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole).id == practitioner_id:
                self.list.setCurrentItem(item)
                item.setSelected(True)
                return True
        return False

    @Slot()
    def _update_buttons(self) -> None:
        self.start_button.setEnabled(self.current() is not None)

    @Slot(QListWidgetItem)
    def _on_activated(self, _item: QListWidgetItem) -> None:
        self.accept()

    @Slot()
    def add(self) -> PractitionerRecord | None:
        """Add the practitioner typed below the list and select them."""
        self.errors.clear()
        name = self.new_name.text()
        if not name.strip():
            self.errors.show({"display_name": self.tr("Type the new practitioner's name.")})
            self.new_name.setFocus()
            return None
        try:
            record = practitioner_service.create_practitioner(
                self.ctx.db, name, actor=self.ctx.actor
            )
        except ValidationFailed as failure:
            self.errors.show(failure.errors)
            return None
        except Exception as error:  # shown in the dialog; the name stays typed
            self.errors.show_banner(
                self.tr("Not added: {0}").format(
                    failure_reason(error, "dialogs.choose_practitioner.add")
                )
            )
            return None
        self.new_name.clear()
        bus().changed.emit("practitioner")
        self.refresh(select_id=record.id)
        self.start_button.setFocus()
        return record

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the name field adds that practitioner; it must not also press Start."""
        if (
            watched is self.new_name
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        record = self.current()
        if record is None:
            return
        self.chosen = record
        remember_practitioner(self.ctx.db, record.id)
        apply_practitioner(self.ctx, record)
        super().accept()
