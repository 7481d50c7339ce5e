"""The clinic's backup policy as a form: folder, how often, what to keep, when to warn, encryption."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mesodesk.services.backups import BackupPolicy
from mesodesk.ui import theme
from mesodesk.ui.widgets.inline_errors import InlineErrors

MIN_PASSPHRASE = 8
"""The shortest passphrase the form accepts (the core may ask for more)."""


def spin(name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    if suffix:
        box.setSuffix(suffix)
    return box


class PolicyForm(QGroupBox):
    """Edits a ``BackupPolicy``; ``saveRequested`` fires once the form's own checks pass.

    The passphrase is typed twice; both fields stay empty to keep the current one. It is
    handed to the caller through ``passphrase()`` and never kept in the form after saving.
    """

    saveRequested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Automatic backups"))
        self.setObjectName("backupPolicy")
        self.policy: BackupPolicy | None = None
        self.default_folder: Path | None = None
        self.has_passphrase = False
        self.errors = InlineErrors(self)
        form = QFormLayout(self)

        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.choose_button = QPushButton(self.tr("Pic&k a folder…"))
        self.choose_button.setObjectName("chooseBackupFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.folder, 1)
        line.addWidget(self.choose_button)
        form.addRow(self.tr("Fo&lder:"), self.errors.field("folder", row))
        row.setFocusProxy(self.folder)

        self.every_hours = spin("backupEveryHours", 0, 24 * 31, self.tr(" hours"))
        self.every_hours.setSpecialValueText(self.tr("only when mesodesk closes"))
        form.addRow(self.tr("Back up &every:"), self.errors.field("every_hours", self.every_hours))
        self.keep_daily = spin("backupKeepDaily", 1, 366)
        self.keep_weekly = spin("backupKeepWeekly", 0, 520)
        self.keep_monthly = spin("backupKeepMonthly", 0, 1200)
        form.addRow(
            self.tr("Keep &daily backups:"), self.errors.field("keep_daily", self.keep_daily)
        )
        form.addRow(
            self.tr("Keep &weekly backups:"), self.errors.field("keep_weekly", self.keep_weekly)
        )
        form.addRow(
            self.tr("Keep &monthly backups:"), self.errors.field("keep_monthly", self.keep_monthly)
        )
        self.warn_after = spin("backupWarnAfterDays", 1, 365, self.tr(" days"))
        form.addRow(
            self.tr("W&arn when older than:"),
            self.errors.field("warn_after_days", self.warn_after),
        )

        self.encrypt = QCheckBox(self.tr("E&ncrypt backups with a passphrase"))
        self.encrypt.setObjectName("backupEncrypt")
        self.encrypt.toggled.connect(self._update_passphrase_fields)
        form.addRow("", self.encrypt)
        self.passphrase_hint = QLabel()
        self.passphrase_hint.setObjectName("passphraseHint")
        self.passphrase_hint.setWordWrap(True)
        self.passphrase_hint.setStyleSheet(theme.MUTED_STYLE)
        form.addRow("", self.passphrase_hint)
        self.passphrase_field = QLineEdit()
        self.passphrase_field.setObjectName("backupPassphrase")
        self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_field = QLineEdit()
        self.repeat_field.setObjectName("backupPassphraseRepeat")
        self.repeat_field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            self.tr("&Type the passphrase:"), self.errors.field("passphrase", self.passphrase_field)
        )
        form.addRow(self.tr("Type it aga&in:"), self.errors.field("repeat", self.repeat_field))

        self.save_button = QPushButton(self.tr("Save backup settin&gs"))
        self.save_button.setObjectName("saveBackupPolicy")
        self.save_button.clicked.connect(self.submit)
        form.addRow(self.errors.banner)
        form.addRow("", self.save_button)
        for box in (
            self.every_hours,
            self.keep_daily,
            self.keep_weekly,
            self.keep_monthly,
            self.warn_after,
        ):
            box.valueChanged.connect(lambda _value: self.changed.emit())
        self.folder.textEdited.connect(lambda _text: self.changed.emit())
        self.encrypt.toggled.connect(lambda _on: self.changed.emit())
        self._update_passphrase_fields()

    # --- filling and reading --------------------------------------------------------------

    def set_policy(
        self, policy: BackupPolicy, *, default_folder: Path, has_passphrase: bool
    ) -> None:
        """Fill the form; an empty folder field means ``default_folder`` (beside the data)."""
        self.policy = policy
        self.default_folder = default_folder
        self.has_passphrase = has_passphrase
        self.folder.setPlaceholderText(self.tr("{0} (beside the database)").format(default_folder))
        self.folder.setText(policy.folder or "")
        self.every_hours.setValue(policy.every_hours)
        self.keep_daily.setValue(policy.keep_daily)
        self.keep_weekly.setValue(policy.keep_weekly)
        self.keep_monthly.setValue(policy.keep_monthly)
        self.warn_after.setValue(policy.warn_after_days)
        self.encrypt.setChecked(bool(policy.encrypt))
        self.clear_passphrase()
        self.errors.clear()
        self._update_passphrase_fields()

    def edited_policy(self) -> BackupPolicy | None:
        """The policy as typed, or None (with the reason under its field) when it is refused."""
        if self.policy is None:
            return None
        self.errors.clear()
        problems: dict[str, str] = {}
        folder = self.folder.text().strip()
        first, second = self.passphrase_field.text(), self.repeat_field.text()
        if self.encrypt.isChecked():
            if not first and not second and not self.has_passphrase:
                problems["passphrase"] = self.tr(
                    "Type a passphrase for the encrypted backups (twice)."
                )
            elif (first or second) and len(first) < MIN_PASSPHRASE:
                problems["passphrase"] = self.tr(
                    "Use at least {0} characters for the passphrase."
                ).format(MIN_PASSPHRASE)
            elif first != second:
                problems["repeat"] = self.tr(
                    "The two passphrases differ; type the same one in both fields."
                )
        if problems:
            self.errors.show(problems)
            return None
        return replace(
            self.policy,
            folder=str(Path(folder).expanduser()) if folder else None,
            every_hours=self.every_hours.value(),
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
            keep_monthly=self.keep_monthly.value(),
            warn_after_days=self.warn_after.value(),
            encrypt=self.encrypt.isChecked(),
        )

    def passphrase(self) -> str | None:
        """The new passphrase, or None to keep the current one (or when not encrypting)."""
        if not self.encrypt.isChecked():
            return None
        return self.passphrase_field.text() or None

    def clear_passphrase(self) -> None:
        self.passphrase_field.clear()
        self.repeat_field.clear()

    def submit(self) -> None:
        if self.edited_policy() is not None:
            self.saveRequested.emit()

    # --- behaviour --------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the backups"),
            self.folder.text() or str(self.default_folder or ""),
        )
        if chosen:
            self.folder.setText(chosen)
            self.changed.emit()

    def _update_passphrase_fields(self) -> None:
        on = self.encrypt.isChecked()
        for field in (self.passphrase_field, self.repeat_field):
            field.setEnabled(on)
        if not on:
            self.passphrase_hint.setText(
                self.tr(
                    "Unencrypted backups can be read by anyone who has the file: keep them on "
                    "this computer or an encrypted disk."
                )
            )
        elif self.has_passphrase:
            self.passphrase_hint.setText(
                self.tr(
                    "A passphrase is set. Leave both fields empty to keep it, or type a new one "
                    "twice. Without the passphrase an encrypted backup cannot be restored."
                )
            )
        else:
            self.passphrase_hint.setText(
                self.tr(
                    "Type the passphrase twice and keep it somewhere safe: without it an "
                    "encrypted backup cannot be restored."
                )
            )
