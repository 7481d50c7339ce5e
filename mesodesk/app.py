"""The GUI program: ``run(argv)`` is the whole program, ``open_main_window`` the test seam."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from mesodesk.domain.accounts import User

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
    return app


def open_main_window(database_url: str, *, user: User | str | None = None) -> QMainWindow:
    """Open the database (migrating it if needed) and show its window on the existing app.

    With ``user`` (a signed-in ``User``, or a login name signed in without its password: a
    seam for tests and embedding code in this process only) the desk opens for them; with
    None it opens locked, asking who is working.
    """
    from mesodesk.services.database import open_database
    from mesodesk.ui.main_window import MainWindow

    ensure_application()
    db = open_database(database_url)
    if isinstance(user, str):
        from mesodesk.services.accounts import sign_in_trusted

        user = sign_in_trusted(db, user)
    window = MainWindow(db, user=user)
    window.show()
    return window


def _tell(message: str, *, dialog: bool) -> None:
    print(f"mesodesk: error: {message}", file=sys.stderr, flush=True)
    if dialog:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "mesodesk", message)


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
    from PySide6.QtCore import QLockFile, QTimer

    from mesodesk import logs

    try:  # crashes and uncaught exceptions go to the log folder from here on
        logs.install(defer_file=True)
    except OSError as error:  # no writable log folder: say so, and carry on without
        print(f"mesodesk: warning: no log file: {error}", file=sys.stderr, flush=True)
    app = ensure_application()
    interactive = not quit_after_ready and os.environ.get("QT_QPA_PLATFORM") != "offscreen"

    from mesodesk.services.database import open_current_file, resolve_path
    from mesodesk.services.describe import describe

    if database_url:
        from mesodesk.store.engine import sqlite_path

        path = sqlite_path(database_url)
    else:
        path = resolve_path(db_path)
    lock = None
    if path is not None:
        if not path.parent.is_dir():
            _tell(f"The folder {path.parent} does not exist.", dialog=interactive)
            return 1
        # The same file name as store.restore.lock_path (not imported: it loads SQLAlchemy).
        lock = QLockFile(str(path.with_name(path.name + ".lock")))
        lock.setStaleLockTime(0)
        if not lock.tryLock(200):
            info = lock.getLockInfo()
            owner = f" (process {info[0]})" if info and info[0] else ""
            _tell(
                f"{path} is already open in another mesodesk window{owner}. "
                "Switch to that window, or close it first.",
                dialog=interactive,
            )
            return 1
    try:
        db = open_current_file(path) if path is not None and not database_url else None
        synced = db is None
        if db is None:
            from mesodesk.services.database import open_database, resolve_url

            try:
                db = open_database(resolve_url(path, database_url))
            except Exception as error:
                _tell(describe(error), dialog=interactive)
                return 1
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
            if interactive and user is not None and user.can(Permission.CLINIC_SETTINGS):
                from mesodesk.ui.dialogs.first_start import offer_first_start

                offer_first_start(window.ctx, window)  # accounts, but no clinic set up yet

        window.ready.connect(lambda: QTimer.singleShot(0, after_first_paint))
        window.show()
        status = app.exec()
        window.deleteLater()
        db.dispose()
        return int(status)
    finally:
        if lock is not None:
            lock.unlock()
