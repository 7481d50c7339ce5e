"""Inline form errors: a message under each field and a banner for the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mesodesk.domain.messages import render
from mesodesk.qt_messages import app_translate, localizer
from mesodesk.ui.theme import BANNER_STYLE, ERROR_STYLE

__all__ = ["InlineErrors", "describe", "localize", "shown", "translate_message"]


def describe(error: BaseException) -> str:
    """One line for any error in the window's language (the command line's line, translated)."""
    from mesodesk.services.describe import describe as describe_error

    return describe_error(error, translate_message, localize)


def nothing_saved(error: BaseException, template: str) -> str:
    """``template`` (a translated "Nothing was saved. {reason}") with ``error``'s line, or
    the line alone when it says so itself ("… is locked by another program; nothing was
    saved.")."""
    from mesodesk.services.describe import says_nothing_changed

    reason = describe(error)
    return reason if says_nothing_changed(error) else template.format(reason=reason)


def shown(text: str) -> str:
    """A service's message (a :class:`~mesodesk.domain.messages.Message`) in the window's
    language; plain text as it is."""
    return render(text, translate_message, localize)


translate_message = app_translate
localize = localizer()


class InlineErrors:
    """Error labels under form fields plus one banner for errors that belong to no field."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.labels: dict[str, QLabel] = {}
        self.banner = QLabel(parent)
        self.banner.setObjectName("formMessage")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()

    def field(self, key: str, widget: QWidget) -> QWidget:
        """``widget`` with its (hidden) error label underneath."""
        box = QWidget(self.parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = QLabel(box)
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        column.addWidget(label)
        self.labels[key] = label
        # A form label's mnemonic names this box as its buddy: the field must get the focus.
        box.setFocusProxy(widget)
        box.setFocusPolicy(widget.focusPolicy())
        return box

    def clear(self) -> None:
        self.banner.hide()
        self.banner.clear()
        for label in self.labels.values():
            label.hide()
            label.clear()

    def show(self, errors: dict[str, str]) -> None:
        """Each message under its field; messages for unknown fields go to the banner."""
        self.clear()
        loose = []
        for key, message in errors.items():
            label = self.labels.get(key)
            if label is None:
                loose.append(shown(message))
            else:
                label.setText(shown(message))
                label.show()
        if loose:
            self.show_banner(" ".join(loose))

    def show_banner(self, message: str) -> None:
        self.banner.setText(shown(message))
        self.banner.show()

    def text(self, key: str) -> str:
        label = self.labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""
