"""The backups table (date, size, patients, check, encrypted) and the words its cells use."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QColor

from mesodesk.services.backups import BackupInfo
from mesodesk.ui import theme
from mesodesk.ui.models.base import RowListModel

COL_TAKEN, COL_SIZE, COL_PATIENTS, COL_CHECK, COL_ENCRYPTED = range(5)
INFO_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's ``BackupInfo``."""


def local_time(moment: datetime | None, zone: tzinfo) -> datetime | None:
    """A backup's UTC moment (aware, or naive UTC) in the clinic's time zone, naive."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).replace(tzinfo=None)


def size_text(size: int) -> str:
    """A file size in the reader's units (``12.3 MB``)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def patients_text(info: BackupInfo) -> str:
    if info.patients is None:
        return QCoreApplication.translate("Backups", "(encrypted)") if info.encrypted else "—"
    return str(info.patients)


def check_text(info: BackupInfo) -> str:
    """ "OK", or the problem the check found, in the core's words; a backup of another
    database says so first."""
    if info.other_database:
        return QCoreApplication.translate("Backups", "Of another database")
    if info.check_ok:
        return QCoreApplication.translate("Backups", "OK")
    return info.check_message or QCoreApplication.translate("Backups", "Not checked")


class BackupTableModel(RowListModel[BackupInfo]):
    """One row per backup, newest first as the service lists them."""

    def __init__(
        self, format_time: Callable[[datetime | None], str], parent: QObject | None = None
    ) -> None:
        super().__init__(
            [
                QCoreApplication.translate("Backups", "Taken"),
                QCoreApplication.translate("Backups", "Size"),
                QCoreApplication.translate("Backups", "Patients"),
                QCoreApplication.translate("Backups", "Check"),
                QCoreApplication.translate("Backups", "Encrypted"),
            ],
            parent,
        )
        self.format_time = format_time

    def display_text(self, row: BackupInfo, column: int) -> str:
        if column == COL_TAKEN:
            return self.format_time(row.taken_at)
        if column == COL_SIZE:
            return size_text(row.size)
        if column == COL_PATIENTS:
            return patients_text(row)
        if column == COL_CHECK:
            return check_text(row)
        if column == COL_ENCRYPTED:
            return (
                QCoreApplication.translate("Backups", "Yes")
                if row.encrypted
                else QCoreApplication.translate("Backups", "No")
            )
        return ""

    def tooltip_text(self, row: BackupInfo, column: int) -> str:
        if column == COL_CHECK and row.other_database:
            return QCoreApplication.translate(
                "Backups",
                "A backup of another database kept in the same folder (perhaps with the same "
                "file name): it is not a backup of this one and is not restored here.",
            )
        if column == COL_CHECK and not row.check_ok:
            return check_text(row)
        return str(row.path)

    def role_data(self, row: BackupInfo, column: int, role: int) -> Any:
        if role == INFO_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_CHECK:
            good = row.check_ok and not row.other_database
            return QColor(theme.OK_TEXT if good else theme.ERROR_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_SIZE, COL_PATIENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
