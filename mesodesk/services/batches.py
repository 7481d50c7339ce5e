"""Long jobs write in short transactions, so that a save from a desk waits about a second.

An import of 100,000 rows in one transaction holds SQLite's write lock for tens of
seconds, and every save from the window fails or freezes meanwhile. :class:`TimedBatches`
commits the job's work every :data:`BATCH_SECONDS` instead: the job calls :meth:`due`
after each unit of work and :meth:`commit` when it says so. Each committed part is a whole
unit on its own (its rows and their audit row), so a job that stops half-way leaves
complete, audited parts behind. On SQLite the job then pauses a moment, longer than a
waiting writer's busy-handler sleep, so that the save waiting for the lock gets it before
the job takes it again (PostgreSQL queues lock waiters fairly by itself).

A job that must be all-or-nothing uses one transaction (``budget=None``) and holds the
lock for its whole length; callers say so where the user chooses it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import ExitStack
from types import TracebackType

from sqlalchemy.orm import Session

from mesodesk.store.engine import Database

BATCH_SECONDS = 0.2
"""How long one transaction of a long job may last (its work, not the pause)."""
SQLITE_PAUSE_SECONDS = 0.12
"""After each commit on SQLite: more than the 100 ms a waiting writer sleeps at most
between two tries for the lock."""


class TimedBatches:
    """``with TimedBatches(db) as job:`` then ``job.session`` for the writes, ``job.due()``
    to ask whether to ``job.commit()``. ``before_commit(session)`` runs before each commit
    (and at the end), inside that transaction: write the part's pending rows and audit."""

    def __init__(
        self,
        db: Database,
        *,
        budget: float | None = BATCH_SECONDS,
        before_commit: Callable[[Session], None] | None = None,
    ) -> None:
        self.db = db
        self.budget = budget
        self.before_commit = before_commit
        self.commits = 0
        self.pause = SQLITE_PAUSE_SECONDS if db.is_sqlite else 0.0
        self._stack: ExitStack | None = None
        self._session: Session | None = None
        self._started = 0.0

    @property
    def session(self) -> Session:
        assert self._session is not None, "use TimedBatches in a with block"
        return self._session

    def _open(self) -> None:
        self._stack = ExitStack()
        self._session = self._stack.enter_context(self.db.begin())
        self._started = time.monotonic()

    def __enter__(self) -> TimedBatches:
        self._open()
        return self

    def due(self) -> bool:
        """Whether the current transaction has run its time (never for all-or-nothing)."""
        return self.budget is not None and time.monotonic() - self._started >= self.budget

    def commit(self) -> None:
        """Commit the work so far and go on in a new transaction."""
        assert self._stack is not None
        if self.before_commit is not None:
            self.before_commit(self.session)
        self._stack.close()
        self.commits += 1
        if self.pause:
            time.sleep(self.pause)
        self._open()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> bool:
        assert self._stack is not None
        stack = self._stack
        if kind is None and self.before_commit is not None:
            try:
                self.before_commit(self.session)
            except BaseException as failure:
                self._stack = self._session = None
                if stack.__exit__(type(failure), failure, failure.__traceback__):
                    return True
                raise
        self._stack = self._session = None
        return bool(stack.__exit__(kind, error, trace))
