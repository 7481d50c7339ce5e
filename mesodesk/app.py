"""The GUI program: ``run(argv)`` is the whole program, ``open_main_window`` the test seam."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from mesodesk.domain.accounts import User
    from mesodesk.services.database import Database
    from mesodesk.store.locks import FileLock
    from mesodesk.ui.start import Opened

ORGANIZATION = "mesodesk"


def run(argv: Sequence[str] | None = None) -> int:
    """Run mesodesk with ``argv`` as in ``sys.argv`` (a leading program name is optional)."""
    from mesodesk.cli import COMMANDS, main

    args = list(sys.argv if argv is None else argv)
    if args and not args[0].startswith("-") and args[0] not in COMMANDS:
        args = args[1:]
    return main(args)


def ensure_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1] or ["mesodesk"])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName("mesodesk")
    from mesodesk import __version__

    app.setApplicationVersion(__version__)
    from mesodesk.ui.gc_guard import GuiThreadCollector

    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)  # cycles are freed on this thread only (see gc_guard)
    return app


def open_main_window(database_url: str, *, user: User | str | None = None) -> QMainWindow:
    """Open the database (migrating it if needed) and show its window on the existing app.

    With ``user`` (a signed-in ``User``, or a login name signed in without its password: a
    seam for tests and embedding code in this process only) the desk opens for them; with
    None it opens locked, asking who is working. A read-only or damaged SQLite file opens
    read-only with the banner saying why (no dialog); a newer or locked one raises
    ``StorageError`` with the reason.
    """
    from mesodesk.services.database import open_database
    from mesodesk.store.engine import sqlite_path
    from mesodesk.ui.main_window import MainWindow
    from mesodesk.ui.start import open_checked

    ensure_application()
    path = sqlite_path(database_url)
    opened = open_checked(path, database_url, ask=False) if path is not None else None
    if opened is not None and opened.refusal:
        from mesodesk.store.errors import StorageError

        raise StorageError(opened.refusal)
    db = opened.db if opened is not None and opened.db is not None else None
    db = db or open_database(database_url)
    if isinstance(user, str):
        from mesodesk.services.accounts import sign_in_trusted

        user = sign_in_trusted(db, user)
    window = MainWindow(db, user=user)
    if opened is not None and opened.read_only_reason:
        window.set_read_only(opened.read_only_reason)
    window.backups.refresh()
    window.show()
    return window


def _tell(message: str, *, dialog: bool) -> None:
    print(f"mesodesk: error: {message}", file=sys.stderr, flush=True)
    if dialog:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "mesodesk", message)


def keep_settings_private() -> None:
    """Make the window's settings folder (where it is mesodesk's own) owner-only (0700)."""
    from mesodesk.paths import settings_dir
    from mesodesk.store.private import private_dir

    folder = settings_dir()
    if folder is None:
        return
    try:
        private_dir(folder)
    except OSError as error:  # the settings still work; say why they are not private
        print(f"mesodesk: warning: {folder}: {error.strerror or error}", file=sys.stderr)


def run_gui(
    *, db_path: str | None = None, database_url: str | None = None, quit_after_ready: bool = False
) -> int:
    """Sign in, then open the window on the database, painting first and finishing after.

    A clinic without accounts starts with its setup and first admin, any other with the
    login; quitting there ends the program and nothing of the clinic is shown. An SQLite
    file already at the current schema opens without alembic; the window paints its patient
    list, then the packaged catalog and texts are synced. Any other database is opened,
    migrated and synced in full first. ``--quit-after-ready`` signs nobody in: the window
    opens locked and quits once its sign-in screen has painted.
    """
    from PySide6.QtCore import QTimer

    from mesodesk import logs

    try:  # crashes and uncaught exceptions go to the log folder from here on
        logs.install(defer_file=True)
    except OSError as error:  # no writable log folder: say so, and carry on without
        print(f"mesodesk: warning: no log file: {error}", file=sys.stderr, flush=True)
    app = ensure_application()
    keep_settings_private()
    from PySide6.QtCore import QCoreApplication

    from mesodesk.ui.language import apply_language

    apply_language("system")  # until the clinic's choice is read from its database
    interactive = not quit_after_ready and os.environ.get("QT_QPA_PLATFORM") != "offscreen"

    from mesodesk.services.database import open_current_file, resolve_path, resolve_url
    from mesodesk.services.describe import describe
    from mesodesk.store.locks import window_locks

    if database_url:
        from mesodesk.store.engine import sqlite_path

        path = sqlite_path(database_url)
    else:
        path = resolve_path(db_path)
    locks: list[FileLock] = []
    opened: Opened | None = None
    db: Database | None = None
    read_only = False
    new_file = path is not None and not path.exists()
    if path is not None:
        if not path.parent.is_dir():
            _tell(
                QCoreApplication.translate("Start", "The folder {0} does not exist.").format(
                    path.parent
                ),
                dialog=interactive,
            )
            return 1
        # A sound file at the current schema takes the fast path; any other is looked at
        # (services.backups.open_state) before the locks are taken, so that the check does
        # not find this window's own lock; a damaged file may be restored here.
        db = open_current_file(path) if not database_url else None
        if db is None:
            from mesodesk.ui.start import open_checked

            opened = open_checked(path, database_url, ask=interactive, look=interactive)
            if opened is not None and opened.refusal:
                _tell(opened.refusal, dialog=interactive)
                return 1
            db = opened.db if opened is not None else None
            read_only = db is not None
        try:  # keyed on the file's identity: another path or a hard link finds the same lock
            locks.extend(window_locks(path))
        except Exception as error:  # another window, or a lock folder that cannot be written
            if db is not None:
                db.dispose()
            _tell(describe(error), dialog=interactive)
            return 1
    try:
        synced = db is None or read_only  # opened read-only: nothing is synced into it
        if db is None:
            from mesodesk.services.database import open_database

            try:
                db = open_database(resolve_url(path, database_url))
                if new_file and path is not None:  # now it has an identity: hold its locks too
                    locks.extend(window_locks(path))
            except Exception as error:
                if db is not None:
                    db.dispose()
                _tell(describe(error), dialog=interactive)
                return 1
        from mesodesk.ui.language import apply_clinic_language

        apply_clinic_language(db)  # before the sign-in: every window is in the clinic's language
        from mesodesk.ui.ops import install_error_dialogs

        install_error_dialogs()
        from mesodesk.domain.accounts import Permission

        user = None
        if not quit_after_ready:
            from mesodesk.ui.signin.start import sign_in_at_start

            try:
                user = sign_in_at_start(db)
            except Exception as error:  # an unreadable accounts table: said, nobody signs in
                _tell(describe(error), dialog=interactive)
                db.dispose()
                return 1
            if user is None:
                db.dispose()
                return 0
        from mesodesk.ui.main_window import MainWindow

        window = MainWindow(db, user=user)
        if opened is not None and opened.read_only_reason:
            window.set_read_only(opened.read_only_reason)
        if opened is not None and opened.restored_from is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Start", "Restored from the backup {0}.").format(
                    opened.restored_from.name
                ),
                15000,
            )

        def after_first_paint() -> None:
            if quit_after_ready:
                window.save_window_state()
                app.exit(0)  # not quit(): that asks each window, and a locked desk refuses
                return
            try:
                logs.configure_logging()
            except OSError:  # reported at start; the desk works without a log
                pass
            if not synced:
                from mesodesk.services.database import sync_packaged_data

                try:
                    sync_packaged_data(db)
                except Exception as error:  # the window's one failure path: logged and shown
                    window.report(error, "sync_packaged_data")
            window.backups.refresh()
            if not window.ctx.file_read_only:
                window.backups.start_automatic()
                window.backups.check_in_background()
            if interactive and user is not None and user.can(Permission.CLINIC_SETTINGS):
                from mesodesk.ui.dialogs.first_start import offer_first_start

                offer_first_start(window.ctx, window)  # accounts, but no clinic set up yet

        window.ready.connect(lambda: QTimer.singleShot(0, after_first_paint))
        window.show()
        status = app.exec()
        window.backups.stop()
        if not quit_after_ready and not window.ctx.file_read_only and db.is_sqlite:
            from mesodesk.ui.main_window.backups import closing_backup

            closing_backup(db)  # bounded; a failure is shown at the next start
        window.deleteLater()
        db.dispose()
        return int(status)
    finally:
        for held in reversed(locks):
            held.release()
