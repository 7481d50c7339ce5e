"""The side parts of the texts tabs: the texts to edit, the versions of one, an old version."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import templates as text_domain
from mesodesk.domain.languages import LANGUAGES
from mesodesk.services import settings as settings_service
from mesodesk.services.templates import TemplateVersion
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.settings.common import KEY_ROLE, local_text, make_banner
from mesodesk.ui.theme import HINT_STYLE, SETTINGS_EDITED_TEXT, SETTINGS_PAST_TEXT


def paragraphs(text: str) -> list[str]:
    """Consent paragraphs: separated by an empty line; line breaks inside one are joined."""
    blocks = re.split(r"\n\s*\n", text)
    return [" ".join(block.split()) for block in blocks if block.strip()]


def editing_hint(kind: str) -> str:
    """How the texts of ``kind`` are typed (translated in the texts page's context)."""
    if kind == text_domain.CONSENT:
        return QCoreApplication.translate(
            "TemplatePage",
            "Separate paragraphs with an empty line; line breaks inside a paragraph are "
            "joined when printed. The patient signs under the whole text.",
        )
    return QCoreApplication.translate(
        "TemplatePage",
        "One item per line; empty lines are ignored. A sheet prints the general text "
        "followed by the texts of the solution types and areas treated, without repeats.",
    )


def push_button(text: str, name: str, parent: QWidget, slot: Callable[[], object]) -> QPushButton:
    """A button that is never the dialog's default (Enter stays in the text editors)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


class LanguageChooser(QComboBox):
    """Which language of the texts is edited: each language has its own versions."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}Language")
        for code, name in LANGUAGES.items():  # own names, as on the patient's form
            self.addItem(name, code)
        self.setToolTip(self.tr("The language of the texts shown; patients get their own"))

    @property
    def language(self) -> str:
        return str(self.currentData())


class VersionNames:
    """How a version is named to the user: "v2 edited by Dr A, 03/04/2026"."""

    def __init__(self, ctx: DeskContext, widget: QWidget) -> None:
        self.ctx = ctx
        self.widget = widget
        self.zone = settings_service.clinic_zone(ctx.db)

    def when(self, version: TemplateVersion) -> str:
        return local_text(self.ctx, version.created_at, self.zone)

    def text(self, version: TemplateVersion, *, two_lines: bool = False) -> str:
        when = self.when(version)
        if version.source == "edited":
            what = QCoreApplication.translate("VersionNames", "v{n} edited").format(
                n=version.version
            )
            who = QCoreApplication.translate("VersionNames", "by {who}, {when}").format(
                who=version.created_by, when=when
            )
        elif version.created_by == "system":
            what = QCoreApplication.translate("VersionNames", "v{n} default text").format(
                n=version.version
            )
            who = QCoreApplication.translate(
                "VersionNames", "supplied with mesodesk, {when}"
            ).format(when=when)
        else:
            what = QCoreApplication.translate("VersionNames", "v{n} default text").format(
                n=version.version
            )
            who = QCoreApplication.translate("VersionNames", "reset by {who}, {when}").format(
                who=version.created_by, when=when
            )
        return f"{what}\n{who}" if two_lines else f"{what} {who}"


class TextKeyTree(QTreeWidget):
    """The texts of one kind, grouped (solution types, regions, areas), each with its state."""

    def __init__(self, names: VersionNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        metrics = self.fontMetrics()
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Text"), self.tr("In use")])
        self.setRootIsDecorated(False)
        self.setIndentation(metrics.averageCharWidth() * 2)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def fill(
        self,
        keys: Sequence[tuple[str, str]],
        versions: Mapping[str, TemplateVersion | None],
    ) -> None:
        """Show ``keys`` ((key, label) pairs) under their group headings, without signals."""
        blocker = QSignalBlocker(self)
        self.clear()
        groups = {
            "solution": self.tr("Solution types"),
            "region": self.tr("Regions"),
            "area": self.tr("Areas"),
        }
        parents: dict[str, QTreeWidgetItem] = {}
        for key, label in keys:
            group = key.split(":", 1)[0] if ":" in key else ""
            if group in groups and group not in parents:
                heading = QTreeWidgetItem(self, [groups[group]])
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                heading.setFirstColumnSpanned(True)
                heading.setExpanded(True)
                parents[group] = heading
            parent = parents.get(group)
            if parent is not None:
                item = QTreeWidgetItem(parent, [label, ""])
            else:
                item = QTreeWidgetItem(self, [label, ""])
            item.setData(0, KEY_ROLE, key)
            item.setToolTip(0, label)
            self.show_state(item, versions.get(key))
        self.expandAll()
        del blocker

    def show_state(self, item: QTreeWidgetItem, version: TemplateVersion | None) -> None:
        if version is None:
            item.setText(1, self.tr("no text"))
            item.setForeground(1, QBrush(QColor(SETTINGS_PAST_TEXT)))
            return
        if version.source == "edited":
            item.setText(1, self.tr("edited v{n}").format(n=version.version))
            item.setForeground(1, QBrush(QColor(SETTINGS_EDITED_TEXT)))
        else:
            item.setText(1, self.tr("default v{n}").format(n=version.version))
            item.setForeground(1, QBrush())
        item.setToolTip(1, self.names.text(version))

    def key_items(self) -> list[QTreeWidgetItem]:
        """The items of the texts, in display order (group headings left out)."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            if item.data(0, KEY_ROLE):
                found.append(item)
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.topLevelItemCount()):
            walk(self.topLevelItem(index))
        return found

    def first_item(self) -> QTreeWidgetItem | None:
        items = self.key_items()
        return items[0] if items else None

    def item_for(self, key: str | None) -> QTreeWidgetItem | None:
        return next((i for i in self.key_items() if i.data(0, KEY_ROLE) == key), None)


class VersionList(QListWidget):
    """The versions of the open text, newest (the one in use) first and in bold."""

    def __init__(self, names: VersionNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.setAccessibleName(self.tr("Versions of this text"))
        self.setToolTip(self.tr("Select an older version to read it."))
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setSpacing(1)

    def fill(self, versions: Sequence[TemplateVersion]) -> None:
        with QSignalBlocker(self):
            self.clear()
            for index, version in enumerate(versions):
                text = self.names.text(version, two_lines=True)
                if index == 0:
                    text = text.replace("\n", "  " + self.tr("(in use)") + "\n", 1)
                item = QListWidgetItem(text, self)
                item.setToolTip(self.names.text(version))
                item.setData(Qt.ItemDataRole.UserRole, version.id)
                if index == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            self.setCurrentRow(0)


class OldVersionPane(QWidget):
    """An older version, read-only, with the ways back: copy it into the editor, or leave."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.notice = make_banner(f"{kind}OldNotice", self, HINT_STYLE)
        self.notice.show()
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(f"{kind}OldVersion")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Older version (read-only)"))
        self.use_button = QPushButton(self.tr("Copy into the &editor"), self)
        self.use_button.setObjectName(f"{kind}UseOld")
        self.use_button.setAutoDefault(False)
        self.use_button.setToolTip(self.tr("Edit this older text; saving it adds a new version."))
        self.back_button = QPushButton(self.tr("&Back to the text in use"), self)
        self.back_button.setObjectName(f"{kind}BackToCurrent")
        self.back_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

    def readable(self, body: Mapping[str, Sequence[str]]) -> str:
        """A version's text as the reader sees it: paragraphs, or bulleted sections."""
        if self.kind == text_domain.CONSENT:
            return "\n\n".join(body.get("paragraphs", ()))
        parts = []
        for section in text_domain.SECTIONS[self.kind]:
            lines = body.get(section, ())
            items = "\n".join(f"  • {line}" for line in lines) or "  " + self.tr("(nothing)")
            parts.append(f"{self.tr(text_domain.SECTION_LABELS[section])}\n{items}")
        return "\n\n".join(parts)
