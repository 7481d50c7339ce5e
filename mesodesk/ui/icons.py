"""The one place icons come from: the desktop theme, else Qt's built-in standard icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_FALLBACK = {
    "document-new": QStyle.StandardPixmap.SP_FileIcon,
    "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "document-open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "folder-open": QStyle.StandardPixmap.SP_DirOpenIcon,
    "document-print": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "edit-find": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "view-refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "application-exit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "help-about": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "dialog-warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "drive-harddisk": QStyle.StandardPixmap.SP_DriveHDIcon,
    "system-users": QStyle.StandardPixmap.SP_DirHomeIcon,
    "x-office-calendar": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "appointment-new": QStyle.StandardPixmap.SP_FileDialogListView,
    "go-jump-today": QStyle.StandardPixmap.SP_ArrowForward,
    "view-statistics": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


def icon(name: str) -> QIcon:
    """A themed icon by its freedesktop name, falling back to a built-in Qt icon."""
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    style = QApplication.style()
    fallback = _FALLBACK.get(name, QStyle.StandardPixmap.SP_FileIcon)
    return style.standardIcon(fallback) if style is not None else QIcon()
