"""The Aftercare and Consent texts tabs: versioned texts with their history and a preview."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import templates as text_domain
from mesodesk.domain.languages import stored_key
from mesodesk.services import templates as template_service
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.templates import TemplateVersion
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.settings.common import (
    KEY_ROLE,
    TITLE_STYLE,
    Changes,
    make_label,
)
from mesodesk.ui.dialogs.settings.template_lists import (
    LanguageChooser,
    OldVersionPane,
    TextKeyTree,
    VersionList,
    VersionNames,
    editing_hint,
    paragraphs,
    push_button,
)
from mesodesk.ui.dialogs.settings.template_preview import TemplatePreview
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.widgets.inline_errors import InlineErrors


class TemplatePage(QWidget):
    """Edit the versioned aftercare or consent texts, with their history and a live preview.

    Saving never overwrites: it adds a version, so documents already printed keep naming the
    text they used. Older versions are shown read-only.
    """

    def __init__(self, ctx: DeskContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.changed = Changes()
        """Called after every keystroke in the editors."""
        self.sections = text_domain.SECTIONS[kind]
        self.setObjectName(f"{kind}Page")
        self.key: str | None = None
        self.shown_language = "en"
        self.label = ""
        self.versions: list[TemplateVersion] = []
        """The versions of the open key, newest (the one in use) first."""
        self.viewing: TemplateVersion | None = None
        """The older version shown read-only, or None while editing the current text."""
        self.names = VersionNames(ctx, self)
        self.errors = InlineErrors(self)
        self._build()
        self._load_keys()
        first = self.keys.first_item()
        if first is not None:
            self.keys.setCurrentItem(first)

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        metrics = self.fontMetrics()
        kind = self.kind

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.languages = LanguageChooser(kind, left)
        self.languages.currentIndexChanged.connect(self._on_language_changed)
        left_layout.addWidget(self.languages)
        self.keys = TextKeyTree(self.names, left)
        self.keys.setObjectName(f"{kind}Keys")
        self.keys.currentItemChanged.connect(self._on_key_changed)
        self.history = VersionList(self.names, left)
        self.history.setObjectName(f"{kind}History")
        self.history.currentRowChanged.connect(self._on_history_changed)
        left_layout.addWidget(make_label(self.tr("Texts"), left, wrap=False))
        left_layout.addWidget(self.keys, 1)
        left_layout.addWidget(make_label(self.tr("Versions (newest first)"), left, wrap=False))
        left_layout.addWidget(self.history)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.title = make_label("", middle)
        self.title.setObjectName(f"{kind}Title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.info = make_label("", middle, note=True)
        self.info.setObjectName(f"{kind}Info")
        self.pages = QStackedWidget(middle)
        middle_layout.addWidget(self.title)
        info_row = QHBoxLayout()
        info_row.addWidget(self.info, 1)
        middle_layout.addLayout(info_row)
        middle_layout.addWidget(self.errors.banner)
        middle_layout.addWidget(self.pages, 1)

        editing = QWidget(self.pages)
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.setSpacing(4)
        self.editors: dict[str, QPlainTextEdit] = {}
        for section in self.sections:
            edit = QPlainTextEdit(editing)
            edit.setObjectName(f"{kind}_{section}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(metrics.lineSpacing() * 3 + 12)
            section_label = make_label(self.tr(text_domain.SECTION_LABELS[section]), editing)
            section_label.setStyleSheet(TITLE_STYLE)
            section_label.setBuddy(edit)
            edit.setAccessibleName(section_label.text())
            edit.textChanged.connect(self._on_text_changed)
            self.editors[section] = edit
            editing_layout.addWidget(section_label)
            editing_layout.addWidget(self.errors.field(section, edit), 1)
        self.hint = make_label(editing_hint(kind), editing, note=True)
        self.hint.setObjectName(f"{kind}Hint")
        editing_layout.addWidget(self.hint)
        save, undo = self.tr("&Save as new version"), self.tr("&Undo changes")
        self.save_button = push_button(save, f"{kind}Save", editing, self.save)
        self.discard_button = push_button(undo, f"{kind}Discard", editing, self.discard)
        reset = self.tr("Reset to &default…")
        self.reset_button = push_button(reset, f"{kind}Reset", middle, self.reset_to_default)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        info_row.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        editing_layout.addLayout(buttons)
        self.status = make_label("", editing, note=True)
        self.status.setObjectName(f"{kind}Status")
        editing_layout.addWidget(self.status)
        self.pages.addWidget(editing)

        self.old_pane = old = OldVersionPane(kind, self.pages)
        self.old_notice, self.old_text = old.notice, old.text
        self.use_old_button, self.back_button = old.use_button, old.back_button
        self.use_old_button.clicked.connect(self.use_old_version)
        self.back_button.clicked.connect(lambda: self.history.setCurrentRow(0))
        self.pages.addWidget(old)

        right = TemplatePreview(self.ctx.db, kind, self.shown_text, self)
        self.preview = right
        self.preview_document = right.document
        self.preview_timer = right.timer
        self.preview_note = right.note

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((left, 0), (middle, 1), (right, 1)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        char = metrics.averageCharWidth()
        left.setMinimumWidth(char * 28)
        right.setMinimumWidth(char * 30)
        self.splitter.setSizes([char * 46, char * 68, char * 56])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter, 1)

    # --- keys and versions ----------------------------------------------------------------

    def _load_keys(self) -> None:
        try:
            keys = template_service.editable_keys(self.ctx.db, self.kind)
            language, current = self.languages.language, template_service.current
            versions = {k: current(self.ctx.db, self.kind, k, language) for k, _ in keys}
        except Exception as error:  # the page says so; nothing can be edited
            self.keys.clear()
            self._failed(self.tr("The texts could not be read: {reason}"), error, "keys")
            return
        self.keys.fill(keys, versions)

    def _failed(self, text: str, error: BaseException, operation: str) -> None:
        """Say in the banner what failed (``{reason}``); the log keeps the details."""
        reason = failure_reason(error, f"templates.{operation}")
        self.errors.show_banner(text.format(reason=reason))

    def key_status(self, key: str) -> str:
        """What the list says about ``key``, e.g. "edited · v2"."""
        item = self.keys.item_for(key)
        return item.text(1) if item is not None else ""

    def select_key(self, key: str) -> bool:
        """Open ``key`` as if clicked; False if it is unknown or the user kept the edits."""
        item = self.keys.item_for(key)
        if item is None:
            return False
        self.keys.setCurrentItem(item)
        return self.key == key

    @Slot(int)
    def _on_language_changed(self, _index: int) -> None:
        """Show the same text in the chosen language (after save or discard of edits)."""
        if not self.confirm_leave():
            with QSignalBlocker(self.languages):
                self.languages.setCurrentIndex(self.languages.findData(self.shown_language))
            return
        self.shown_language, key, self.key = self.languages.language, self.key, None
        self._load_keys()
        if key is not None:
            self.select_key(key)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_key_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        key = current.data(0, KEY_ROLE) if current is not None else None
        if not key or key == self.key:
            return
        if not self.confirm_leave():
            item = self.keys.item_for(self.key)
            if item is not None:
                with QSignalBlocker(self.keys):
                    self.keys.setCurrentItem(item)
            return
        self.open_key(str(key))

    def open_key(self, key: str) -> None:
        """Show the text in use for ``key``, ready to edit (unsaved edits are dropped)."""
        self.errors.clear()
        self.status.clear()
        try:
            versions = template_service.history(
                self.ctx.db, self.kind, key, self.languages.language
            )
        except Exception as error:  # the previous text stays on screen
            self._failed(self.tr("This text could not be read: {reason}"), error, "history")
            return
        self.key = key
        item = self.keys.item_for(key)
        self.label = item.text(0) if item is not None else key
        self.versions = versions
        self.viewing = None
        self._fill_editors(self.current.body if self.current is not None else {})
        self.history.fill(self.versions)
        self.pages.setCurrentIndex(0)
        self._update_state()
        self._schedule_preview()

    @property
    def current(self) -> TemplateVersion | None:
        """The version in use for the open key."""
        return self.versions[0] if self.versions else None

    def _fill_editors(self, body: Mapping[str, Sequence[str]]) -> None:
        for section, edit in self.editors.items():
            lines = list(body.get(section, ()))
            with QSignalBlocker(edit):
                edit.setPlainText(self._join(lines))
        self._on_text_changed()

    def _join(self, lines: Sequence[str]) -> str:
        return ("\n\n" if self.kind == text_domain.CONSENT else "\n").join(lines)

    @Slot(int)
    def _on_history_changed(self, row: int) -> None:
        if row <= 0 or row >= len(self.versions):
            self.viewing = None
            self.pages.setCurrentIndex(0)
        else:
            version = self.versions[row]
            self.viewing = version
            self.old_notice.setText(
                self.tr(
                    "{version} — read-only. Documents printed with it keep naming it; to use "
                    "this text again, copy it into the editor and save."
                ).format(version=self.names.text(version))
            )
            self.old_text.setPlainText(self.old_pane.readable(version.body))
            self.pages.setCurrentIndex(1)
        self._update_state()
        self._schedule_preview()

    # --- editing --------------------------------------------------------------------------

    def edited_body(self) -> dict[str, list[str]]:
        """The text in the editors, one list of items per section."""
        parse = paragraphs if self.kind == text_domain.CONSENT else text_domain.from_lines
        return {section: parse(edit.toPlainText()) for section, edit in self.editors.items()}

    def is_dirty(self) -> bool:
        if self.key is None:
            return False
        saved = self.current.body if self.current is not None else {}
        normalise = text_domain.normalise
        return normalise(self.kind, self.edited_body()) != normalise(self.kind, saved)

    @Slot()
    def _on_text_changed(self) -> None:
        self._update_state()
        if self.viewing is None:
            self._schedule_preview()
        self.changed.emit()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        title = self.label
        if dirty:
            title += "  " + self.tr("(unsaved changes)")
        self.title.setText(title)
        current = self.current
        if current is None:
            self.info.setText(
                self.tr(
                    "No text of its own: patients sign the “Every treatment” text. A text "
                    "written here replaces it for this solution type, so include everything "
                    "the patient signs."
                )
                if self.kind == text_domain.CONSENT
                else self.tr(
                    "No text of its own yet: sheets print the general text and the other "
                    "texts that apply."
                )
            )
        elif current.source == "edited":
            self.info.setText(
                self.tr("In use: version {n}, edited by {who} on {when}.").format(
                    n=current.version,
                    who=current.created_by,
                    when=self.names.when(current),
                )
            )
        else:
            self.info.setText(
                self.tr("In use: the default text supplied with mesodesk (version {n}).").format(
                    n=current.version
                )
            )
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.reset_button.setEnabled(
            self.key is not None and (dirty or current is None or current.source != "default")
        )
        item = self.keys.item_for(self.key)
        if item is not None:
            font = item.font(0)
            font.setItalic(dirty)
            item.setFont(0, font)

    @Slot()
    def save(self) -> bool:
        """Store the edited text as a new version; on failure the text stays as typed."""
        if self.key is None:
            return True
        self.errors.clear()
        if not self.is_dirty():
            self.status.setText(self.tr("Nothing to save: the text is unchanged."))
            return True
        try:
            body, language = self.edited_body(), self.languages.language
            version = template_service.save(
                self.ctx.db, self.kind, self.key, body, actor=self.ctx.actor, language=language
            )
        except ValidationFailed as failure:
            self.errors.show(failure.errors)
            return False
        except Exception as error:  # what was typed stays; the user can retry
            self._failed(self.tr("Not saved: {reason}"), error, "save")
            return False
        self._after_change(version)
        self.status.setText(
            self.tr("Saved as version {n}; earlier versions stay on record.").format(
                n=version.version
            )
        )
        return True

    @Slot()
    def discard(self) -> None:
        """Put back the text in use."""
        self.errors.clear()
        self._fill_editors(self.current.body if self.current is not None else {})
        self.status.clear()

    @Slot()
    def reset_to_default(self) -> bool:
        """After confirmation, go back to the packaged text (added as a new version)."""
        if self.key is None:
            return False
        message = self.tr(
            "Go back to the text supplied with mesodesk for “{label}”? The current text stays "
            "in the version history."
        ).format(label=self.label)
        if self.is_dirty():
            message += "\n\n" + self.tr("Your unsaved changes to this text will be lost.")
        answer = QMessageBox.question(
            self,
            self.tr("Reset to default"),
            message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.errors.clear()
        try:
            version = template_service.reset_to_default(
                self.ctx.db,
                self.kind,
                self.key,
                actor=self.ctx.actor,
                language=self.languages.language,
            )
        except Exception as error:  # nothing changed
            self._failed(self.tr("Not reset: {reason}"), error, "reset")
            return False
        self._after_change(version)
        self.status.setText(
            self.tr("The default text is in use again (version {n}).").format(n=version.version)
        )
        return True

    def _after_change(self, version: TemplateVersion) -> None:
        assert self.key is not None
        self.open_key(self.key)
        item = self.keys.item_for(self.key)
        if item is not None:
            self.keys.show_state(item, version)
        bus().changed.emit("settings")

    @Slot()
    def use_old_version(self) -> None:
        if self.viewing is None:
            return
        body = self.viewing.body
        self.history.setCurrentRow(0)
        self._fill_editors(body)
        self.status.setText(
            self.tr("The text of an older version is in the editor; save to use it.")
        )

    def confirm_leave(self) -> bool:
        """Before the edited text is left: save, discard or stay. True when it may be left."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved text"),
            self.tr(
                "The text “{label}” has changes that are not saved. Save them as a new version?"
            ).format(label=self.label),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    # --- preview --------------------------------------------------------------------------

    @property
    def preview_generation(self) -> int:
        """How many previews were rendered: tests wait for it to grow."""
        return self.preview.generation

    def shown_text(self) -> tuple[str, str, Mapping[str, Sequence[str]]] | None:
        """What the preview shows: the text as edited, or the older version being read."""
        if self.key is None:
            return None
        body = self.viewing.body if self.viewing is not None else self.edited_body()
        return stored_key(self.key, self.languages.language), self.label, body

    def _schedule_preview(self) -> None:
        self.preview.schedule()

    @Slot()
    def render_preview(self) -> None:
        """Render the text shown (edited or older) for a sample patient into the preview."""
        self.preview.render_now()
