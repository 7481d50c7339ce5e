"""Engine and session factory; what is SQLite-only is asked of ``store.dialect``.

SQLAlchemy is imported when the engine is first needed, not when this module is: the window
paints its patient list through ``Database.reader()`` (a plain ``sqlite3`` connection) before
the ORM has loaded, which keeps SQLAlchemy's import time off the start-up path.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.store import dialect, in_use

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

_WRITING: ContextVar[bool] = ContextVar("mesodesk_writing", default=False)
"""True inside ``Database.begin()``: the transaction about to start will write."""

WHERE_ATTRIBUTE = "mesodesk_database"
"""Set on an error raised inside ``Database.begin()``: the database it concerns."""
ASKED_AT = "mesodesk_asked_at"
"""``Session.info`` key: when ``Database.begin()`` was entered (naive UTC), before any wait
for the write lock or for locked rows."""

BUSY_TIMEOUT_MS = 5000
SQLITE_PRAGMAS = dialect.SQLITE_PRAGMAS
EXTRA_SQLITE_PRAGMAS = dialect.EXTRA_SQLITE_PRAGMAS
"""Pragmas added to every new connection; tests use it to simulate a full disk."""


def url_for_path(path: str | Path) -> str:
    from sqlalchemy.engine import URL

    return URL.create(
        "sqlite+pysqlite", database=str(Path(path).expanduser().resolve())
    ).render_as_string()


def is_sqlite(url_or_engine: str | Engine) -> bool:
    if isinstance(url_or_engine, str):
        return dialect.backend_of(url_or_engine) == "sqlite"
    return url_or_engine.url.get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL, or None for other backends or in-memory."""
    if dialect.backend_of(url) != "sqlite":
        return None
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


SIDE_FILES = ("-wal", "-shm", "-journal")
"""What SQLite keeps next to a database file while it is in use."""


def protect_sqlite_file(path: Path) -> None:
    """Before SQLite opens ``path``: create it owner-only (0600) if it is missing, else take
    group and other permissions off it and off its ``-wal``, ``-shm`` and ``-journal``.

    SQLite gives the files it makes next to a database the database file's own permissions,
    so a private database file keeps them private too, whatever the umask. A missing folder
    or a file that cannot be made is left for SQLite to report in its own words.
    """
    from mesodesk.store.private import open_private, restrict

    if not path.exists():
        if path.parent.is_dir():
            try:
                os.close(open_private(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
            except OSError:
                pass
    else:
        restrict(path)
    for suffix in SIDE_FILES:
        restrict(path.with_name(path.name + suffix))


def read_only_uri(path: Path) -> str:
    """The SQLite URI opening ``path`` read-only (``mode=ro``); ``immutable`` as well in a
    folder we may not write, where SQLite could not create a WAL file's shared memory."""
    import os

    path = Path(path).resolve()
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    return f"{path.as_uri()}?mode=ro{immutable}"


def read_only_url(path: Path) -> str:
    """The SQLAlchemy URL of :func:`read_only_uri`."""
    return f"sqlite+pysqlite:///{read_only_uri(path)}&uri=true"


def make_engine(
    url: str, *, busy_timeout_ms: int | None = None, echo: bool = False, read_only: bool = False
) -> Engine:
    """The engine for ``url``. A failed statement's message never shows its values
    (``hide_parameters``): they are patients' names and notes, and messages reach logs."""
    from sqlalchemy import create_engine

    engine = create_engine(dialect.normalise_url(url), echo=echo, hide_parameters=True)
    if is_sqlite(engine):
        path = None if read_only else sqlite_path(url)
        dialect.configure_sqlite(
            engine,
            BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms,
            _WRITING.get,
            before_connect=None if path is None else partial(protect_sqlite_file, path),
            read_only=read_only,
        )
    return engine


class Database:
    """An engine and its session factory: created once at start-up, shared by all services.

    The engine itself is made on first use (``Database.connect`` makes it at once). An SQLite
    database also hands out ``reader()`` connections for hot read paths.
    """

    def __init__(
        self,
        url: str | None = None,
        engine: Engine | None = None,
        *,
        path: Path | None = None,
        busy_timeout_ms: int | None = None,
    ) -> None:
        if url is None and path is None:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "a Database needs a URL or an SQLite file path")
                )
            )
        self._url = dialect.normalise_url(url) if url is not None else None
        self._path = path
        self._path_known = path is not None
        self._engine = engine
        if engine is not None:
            self._name_errors(engine)
        self._sessions: sessionmaker[Session] | None = None
        self._busy_timeout_ms = busy_timeout_ms
        self._lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self.cache: dict[str, Any] = {}
        """Per-database state of read helpers (e.g. the patient list's sort order)."""
        self.read_only = False
        """Opened for looking only (SQLite ``mode=ro``): every write fails."""
        file = self.path
        if file is not None:  # never opened with a descriptor of ours while we live
            in_use.note_open(self, file)

    @classmethod
    def connect(cls, url: str, *, busy_timeout_ms: int | None = None) -> Database:
        url = dialect.normalise_url(url)
        return cls(url, make_engine(url, busy_timeout_ms=busy_timeout_ms))

    @classmethod
    def open_read_only(cls, path: Path, *, busy_timeout_ms: int | None = None) -> Database:
        """The SQLite file ``path`` opened read-only (a damaged or read-only file, to look)."""
        path = Path(path).expanduser().resolve()
        url = read_only_url(path)
        db = cls(url, make_engine(url, busy_timeout_ms=busy_timeout_ms, read_only=True), path=path)
        db.read_only = True
        return db

    @classmethod
    def for_sqlite_file(cls, path: Path) -> Database:
        """The database in an existing SQLite file; no SQLAlchemy until the engine is used."""
        return cls(path=Path(path).expanduser().resolve())

    def __repr__(self) -> str:
        return f"Database({self._url or str(self._path)!r})"

    @property
    def url(self) -> str:
        if self._url is None:
            assert self._path is not None
            self._url = url_for_path(self._path)
        return self._url

    @property
    def engine(self) -> Engine:
        engine = self._engine
        if engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = make_engine(self.url, busy_timeout_ms=self._busy_timeout_ms)
                    self._name_errors(self._engine)
                engine = self._engine
        return engine

    def _name_errors(self, engine: Engine) -> None:
        """Every driver error through this engine is marked with the file it concerns, not
        only those inside ``begin()`` and ``read()`` (checks, migrations, raw connections)."""
        from sqlalchemy import event

        @event.listens_for(engine, "handle_error")
        def _where(context: Any) -> None:
            for error in (context.sqlalchemy_exception, context.original_exception):
                if error is not None:
                    self.note_where(error)

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @property
    def is_sqlite(self) -> bool:
        return self._path is not None or is_sqlite(self.url)

    @property
    def path(self) -> Path | None:
        if not self._path_known:
            self._path = sqlite_path(self.url)
            self._path_known = True
        return self._path

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        On SQLite it begins IMMEDIATE (the write lock is taken first and waited for), so two
        programs writing at once queue instead of failing.
        """
        from mesodesk.domain import clock

        token = _WRITING.set(True)
        try:
            with self.sessions.begin() as session:
                session.info[ASKED_AT] = clock.utcnow()
                yield session
        except Exception as error:
            self.note_where(error)
            raise
        finally:
            _WRITING.reset(token)

    def note_where(self, error: BaseException) -> None:
        """Mark ``error`` with this database's file, so that its one-line message names it
        (``store.errors.translate`` reads the mark)."""
        if not hasattr(error, WHERE_ATTRIBUTE):
            setattr(error, WHERE_ATTRIBUTE, str(self.path or "the database"))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end); never takes the write lock.

        Inside :meth:`snapshot` on the same thread, it is that snapshot's session.
        """
        shared: Session | None = getattr(self._local, "snapshot", None)
        if shared is not None:
            yield shared
            return
        token = _WRITING.set(False)
        try:
            with self.sessions() as session:
                yield session
        except Exception as error:
            self.note_where(error)
            raise
        finally:
            _WRITING.reset(token)

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """One read transaction that every :meth:`read` on this thread shares until the
        block ends, so several read services together see one consistent state."""
        with self.read() as session:
            if not self.is_sqlite:  # SQLite's read transaction is a snapshot already
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            self._local.snapshot = session
            try:
                yield session
            finally:
                self._local.snapshot = None

    def reader(self) -> sqlite3.Connection | None:
        """A plain, query-only ``sqlite3`` connection for the calling thread; None if not SQLite.

        Each statement is its own read transaction (autocommit). For reads that run on every
        keystroke or scroll step, where SQLAlchemy's per-statement overhead would dominate.
        """
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        path = self.path
        if path is None:
            return None
        timeout_ms = BUSY_TIMEOUT_MS if self._busy_timeout_ms is None else self._busy_timeout_ms
        if not self.read_only:
            protect_sqlite_file(path)
        target = read_only_uri(path) if self.read_only else str(path)
        conn = dialect.open_sqlite_reader(target, timeout_ms, uri=self.read_only)  # one per thread
        self._local.conn = conn
        with self._lock:
            self._readers.append(conn)
        return conn

    def dispose(self) -> None:
        with self._lock:
            readers, self._readers = self._readers, []
        for conn in readers:
            conn.close()
        self._local = threading.local()
        self.cache.clear()
        if self._engine is not None:
            self._engine.dispose()
