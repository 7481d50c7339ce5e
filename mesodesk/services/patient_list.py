"""The patient list: a search, its count and its rows by position, quick on every keystroke.

``find_patients(db, text)`` returns a ``PatientListing``: its ``count``, and ``rows(start,
stop)`` in list order (family then given name, folded, then id). Two shapes:

- The whole list (nothing typed). The count is SQLite's b-tree count of the patient table
  less the archived patients (an index range); rows are read a page at a time by keyset on
  ``(sort_key, id)`` from the nearest known position, i.e. the start, the end or the edge of a
  page read before, so a jump to the end reads one page backwards instead of skipping every
  index entry in between.
- A search for one name word of 1 to 3 characters ("ma"), which can match a large share of
  the patients: ``patient_list_prefix`` holds each active patient under each such prefix of
  its name words, keyed in list order, and ``patient_list_prefix_count`` how many there are
  under each prefix: the count is one row, and pages are read by keyset exactly as for the
  whole list. Nothing is sorted or counted.
- Any other search. The matching ids come from one index range on ``patient_search_term`` (or on the
  date of birth), and are put in list order with ``PatientOrder``: every patient's position
  in the list, kept in memory as two int arrays (8 bytes a patient) and read again once the
  database has changed. Only the ids are kept; a page of rows is read by id when shown.

SQLite databases are read through ``Database.reader()`` (plain sqlite3, so the first window
paints before SQLAlchemy has loaded). On PostgreSQL the whole list and the short prefixes read
the same statements through a ``store.dialect.ServerReader``, and the other searches find
their ids in list order in one statement (``patient_list_server``). Any other database gets
the same interface over ``services.patients.count_patients`` and ``patient_page``.
"""

from __future__ import annotations

import json
import sqlite3
from abc import ABC, abstractmethod
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.search import LIST_PREFIX_MAX, PatientQuery, parse_query
from mesodesk.services.access import require_now, require_read
from mesodesk.store import dialect
from mesodesk.store.dialect import POSTGRESQL, Reader
from mesodesk.store.engine import Database

if TYPE_CHECKING:
    from mesodesk.services.dto import PatientRow

_TERM_END = "\U0010ffff"

_ROWS_BY_ID = """
SELECT id, family_name, given_name, date_of_birth, phone, archived_at IS NOT NULL
FROM patient WHERE id IN (SELECT value FROM json_each(?))
"""


_PAGE_SQL = {
    # (archived too, forwards, from a known key): one fixed statement each.
    (False, True, False): (
        "SELECT id, family_name, given_name, date_of_birth, phone,"
        " archived_at IS NOT NULL, sort_key FROM patient"
        " WHERE archived_at IS NULL"
        " ORDER BY sort_key, id LIMIT ? OFFSET ?"
    ),
    (False, True, True): (
        "SELECT id, family_name, given_name, date_of_birth, phone,"
        " archived_at IS NOT NULL, sort_key FROM patient"
        " WHERE archived_at IS NULL AND (sort_key, id) > (?, ?)"
        " ORDER BY sort_key, id LIMIT ? OFFSET ?"
    ),
    (False, False, False): (
        "SELECT id, family_name, given_name, date_of_birth, phone,"
        " archived_at IS NOT NULL, sort_key FROM patient"
        " WHERE archived_at IS NULL"
        " ORDER BY sort_key DESC, id DESC LIMIT ? OFFSET ?"
    ),
    (False, False, True): (
        "SELECT id, family_name, given_name, date_of_birth, phone,"
        " archived_at IS NOT NULL, sort_key FROM patient"
        " WHERE archived_at IS NULL AND (sort_key, id) < (?, ?)"
        " ORDER BY sort_key DESC, id DESC LIMIT ? OFFSET ?"
    ),
    (True, True, False): (
        "SELECT id, family_name, given_name, date_of_birth, phone,"
        " archived_at IS NOT NULL, sort_key FROM patient"
        " ORDER BY sort_key, id LIMIT ? OFFSET ?"
    ),
    (True, True, True): (
        "SELECT id, family_name, given_name, date_of_birth, phone,"
        " archived_at IS NOT NULL, sort_key FROM patient"
        " WHERE (sort_key, id) > (?, ?)"
        " ORDER BY sort_key, id LIMIT ? OFFSET ?"
    ),
    (True, False, False): (
        "SELECT id, family_name, given_name, date_of_birth, phone,"
        " archived_at IS NOT NULL, sort_key FROM patient"
        " ORDER BY sort_key DESC, id DESC LIMIT ? OFFSET ?"
    ),
    (True, False, True): (
        "SELECT id, family_name, given_name, date_of_birth, phone,"
        " archived_at IS NOT NULL, sort_key FROM patient"
        " WHERE (sort_key, id) < (?, ?)"
        " ORDER BY sort_key DESC, id DESC LIMIT ? OFFSET ?"
    ),
}
"""Whole-list pages by keyset on ix_patient_list (or ix_patient_sort with the archived)."""

_TERM_IDS = "SELECT group_concat(patient_id) FROM patient_search_term WHERE term >= ? AND term < ?"
_TERM_IDS_AMONG = (
    "SELECT group_concat(patient_id) FROM patient_search_term WHERE term >= ? AND term < ?"
    " AND patient_id IN (SELECT value FROM json_each(?))"
)
_BIRTH_IDS = "SELECT group_concat(id) FROM patient WHERE date_of_birth = ?"
_KEYS_KEPT = 64
"""Known (position, key) pairs a whole-list listing remembers to page from."""
_ORDER_CACHE = "patient_list.order"

Key = tuple[str, int]
Row = tuple[int, str, str, date | None, str, bool]
"""The fields of ``dto.PatientRow``, in order, as a plain tuple."""


class PatientListing(ABC):
    """The patients matching one search, in list order, read lazily by position."""

    reads_by_id = False
    """True when ``rows`` reads each row by its id (a page costs what it holds); False when
    it reads a range of the list (a page costs about the same whatever its length)."""

    @property
    @abstractmethod
    def count(self) -> int:
        """How many patients match (as of the search)."""

    def rows(self, start: int, stop: int) -> list[PatientRow]:
        """The rows at positions ``start`` to ``stop - 1`` (fewer if the list has shrunk)."""
        from mesodesk.services.dto import PatientRow

        return [PatientRow(*row) for row in self.plain_rows(start, stop)]

    @abstractmethod
    def plain_rows(self, start: int, stop: int) -> list[Row]:
        """``rows`` as plain tuples: what the list view paints from. (``dto`` defines a score
        of dataclasses, whose creation would cost the first paint ~15 ms.)"""

    def position_of(self, patient_id: int) -> int | None:
        """The position of ``patient_id`` when it can be found cheaply, else None."""
        return None


def find_patients(
    db: Database,
    text: str = "",
    *,
    include_archived: bool = False,
    date_format: str = "dd/mm/yyyy",
    actor: User,
) -> PatientListing:
    """The patients matching ``text`` (see ``domain.search``), archived ones only if asked."""
    file = db.reader()
    conn: Reader | None = file
    if conn is None:
        from mesodesk.services import patient_list_server as server

        if db.engine.dialect.name != POSTGRESQL:
            require_now(db, actor, Permission.VIEW_PATIENTS)
            return server.ServiceListing(db, text, include_archived, date_format, actor)
        conn = server.server_reader(db)
    # The account as it is now, in one plain statement (a transaction of its own would cost
    # a server three round trips on every keystroke).
    require_read(conn, actor, Permission.VIEW_PATIENTS)
    query = parse_query(text, date_format)
    if query.is_empty:
        return WholeList(conn, include_archived)
    if (
        not include_archived
        and len(query.name_prefixes) == 1
        and len(query.name_prefixes[0]) <= LIST_PREFIX_MAX
    ):
        if file is None:  # a server: the count and the first rows in one round trip
            from mesodesk.services.patient_list_server import ServerPrefixList

            return ServerPrefixList(conn, query.name_prefixes[0])
        return PrefixList(conn, query.name_prefixes[0])
    if file is None:
        from mesodesk.services.patient_list_server import server_search

        return server_search(conn, query, include_archived)
    return _search(db, file, query, include_archived)


# --- rows --------------------------------------------------------------------------------


def plain_row(r: tuple[int, str, str, str | date | None, str, int]) -> Row:
    """A row as SQLite (ISO text date) or a server (date) gives it, as a plain ``Row``."""
    born = r[3]
    if isinstance(born, str):
        born = date.fromisoformat(born) if born else None
    return (r[0], r[1], r[2], born, r[4], bool(r[5]))


def _rows_by_id(conn: sqlite3.Connection, ids: list[int]) -> list[Row]:
    if not ids:
        return []
    found = {r[0]: r for r in conn.execute(_ROWS_BY_ID, [json.dumps(ids)])}
    return [plain_row(found[i]) for i in ids if i in found]


@contextmanager
def _snapshot(conn: Reader) -> Iterator[None]:
    """One read transaction around several statements, so that they agree (on a server,
    each statement is its own read: the statements grouped here are two counts)."""
    if not isinstance(conn, sqlite3.Connection):
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def _int_list(text: str | None) -> list[int]:
    """The ids of a ``group_concat(id)``: one string crosses into Python instead of N rows."""
    return json.loads(f"[{text}]") if text else []


# --- the whole list ----------------------------------------------------------------------


class KeysetList(PatientListing):
    """A listing read a page at a time by keyset on ``(sort_key, id)``, from the nearest
    known position; ``sql`` holds its page statements by (archived too, forwards, from a
    known key), each taking ``params`` first."""

    def __init__(
        self,
        conn: Reader,
        count: int,
        sql: dict[tuple[bool, bool, bool], str],
        params: list[str],
        include_archived: bool = False,
    ) -> None:
        self._conn = conn
        self._count = count
        self._sql = sql
        self._params = params
        self._include_archived = include_archived
        self._keys: dict[int, Key] = {}

    @property
    def count(self) -> int:
        return self._count

    def plain_rows(self, start: int, stop: int) -> list[Row]:
        start, stop = max(start, 0), min(stop, self._count)
        if start >= stop:
            return []
        # Each way in costs the index entries it skips (OFFSET): take the cheapest.
        skip, forward, key = start, True, None
        if self._count - stop < skip:
            skip, forward = self._count - stop, False
        for position, known in self._keys.items():
            if position < start and start - position - 1 < skip:
                skip, forward, key = start - position - 1, True, known
            elif position >= stop and position - stop < skip:
                skip, forward, key = position - stop, False, known
        sql = self._sql[self._include_archived, forward, key is not None]
        params = [*self._params, *(key or ()), stop - start, skip]
        found = self._conn.execute(sql, params).fetchall()
        if not forward:
            found.reverse()
            start = stop - len(found)
        if found:
            self._remember(start, (found[0][6], found[0][0]))
            self._remember(start + len(found) - 1, (found[-1][6], found[-1][0]))
        return [plain_row(r[:6]) for r in found]

    def _remember(self, position: int, key: Key) -> None:
        self._keys.pop(position, None)
        self._keys[position] = key
        while len(self._keys) > _KEYS_KEPT:
            del self._keys[next(iter(self._keys))]


class WholeList(KeysetList):
    def __init__(self, conn: Reader, include_archived: bool) -> None:
        with _snapshot(conn):
            # Without a WHERE clause SQLite counts b-tree cells page by page (no row is
            # decoded); the archived patients are a short range of ix_patient_list.
            total = conn.execute("SELECT count(*) FROM patient").fetchone()[0]
            if not include_archived:
                total -= conn.execute(
                    "SELECT count(*) FROM patient WHERE archived_at IS NOT NULL"
                ).fetchone()[0]
        super().__init__(conn, int(total), _PAGE_SQL, [], include_archived)


# --- short name prefixes -----------------------------------------------------------------


def _prefix_page_sql(backend: str) -> dict[tuple[bool, bool, bool], str]:
    join = dialect.lookup_join(backend, "patient", "p", "x.patient_id")
    # Built from constants only.
    columns = "SELECT p.id, p.family_name, p.given_name, p.date_of_birth, p.phone, 0, x.sort_key"
    columns += f" FROM patient_list_prefix AS x {join} WHERE x.prefix = ?"
    return {
        (False, True, False): columns + " ORDER BY x.sort_key, x.patient_id LIMIT ? OFFSET ?",
        (False, True, True): columns + " AND (x.sort_key, x.patient_id) > (?, ?)"
        " ORDER BY x.sort_key, x.patient_id LIMIT ? OFFSET ?",
        (False, False, False): columns
        + " ORDER BY x.sort_key DESC, x.patient_id DESC LIMIT ? OFFSET ?",
        (False, False, True): columns + " AND (x.sort_key, x.patient_id) < (?, ?)"
        " ORDER BY x.sort_key DESC, x.patient_id DESC LIMIT ? OFFSET ?",
    }


PREFIX_PAGE_SQL = {backend: _prefix_page_sql(backend) for backend in dialect.LOOKUP_JOIN}
"""Pages of one prefix's active patients, by keyset on the table's own primary key order."""


class PrefixList(KeysetList):
    """The active patients with a name word starting with a 1- to 3-character prefix: the
    count is that prefix's row in ``patient_list_prefix_count``, and every page comes from
    the ``patient_list_prefix`` range of that prefix, which is already in list order, so
    nothing is sorted or counted however many patients match."""

    reads_by_id = True  # each row is a lookup of its patient by id

    def __init__(self, conn: Reader, prefix: str) -> None:
        found = conn.execute(
            "SELECT patients FROM patient_list_prefix_count WHERE prefix = ?", [prefix]
        ).fetchone()
        sql = PREFIX_PAGE_SQL[dialect.reader_dialect(conn)]
        super().__init__(conn, int(found[0]) if found else 0, sql, [prefix])

    def position_of(self, patient_id: int) -> int | None:
        with _snapshot(self._conn):
            found = self._conn.execute(
                "SELECT sort_key FROM patient_list_prefix WHERE patient_id = ? AND prefix = ?",
                [patient_id, self._params[0]],
            ).fetchone()
            if found is None:
                return None
            before = self._conn.execute(
                "SELECT count(*) FROM patient_list_prefix"
                " WHERE prefix = ? AND (sort_key, patient_id) < (?, ?)",
                [self._params[0], found[0], patient_id],
            ).fetchone()[0]
        return int(before)


# --- searches ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PatientOrder:
    """Every patient's place in the list: ``order[i]`` is the id at rank i, ``rank[id]`` its
    rank (-1 for no such patient), and the ranks of the archived patients. Read in one pass
    over ix_patient_sort, and valid while SQLite's ``data_version`` on the reading connection
    is unchanged (any commit to the file, from this process or another, changes it)."""

    version: int
    order: array[int]
    rank: array[int]
    archived_ranks: frozenset[int]

    def knows(self, patient_id: int) -> bool:
        return 0 <= patient_id < len(self.rank) and self.rank[patient_id] >= 0


def _data_version(conn: sqlite3.Connection) -> int:
    return dialect.sqlite_data_version(conn)


def load_order(conn: sqlite3.Connection) -> PatientOrder:
    # The version is read first: a change committed meanwhile only makes the next search
    # read the order again, never keeps a stale one.
    version = _data_version(conn)
    with _snapshot(conn):
        ids = conn.execute(
            "SELECT group_concat(id) FROM (SELECT id FROM patient ORDER BY sort_key, id)"
        ).fetchone()[0]
        archived = conn.execute(
            "SELECT group_concat(id) FROM patient WHERE archived_at IS NOT NULL"
        ).fetchone()[0]
    order_list = _int_list(ids)
    typecode = "i" if not order_list or max(order_list) < 2**31 else "q"
    order = array(typecode, order_list)
    rank = array(typecode, [-1]) * ((max(order_list) + 1) if order_list else 0)
    for position, patient_id in zip(range(len(order_list)), order_list, strict=True):
        rank[patient_id] = position
    archived_ranks = frozenset(rank[i] for i in _int_list(archived))
    return PatientOrder(version, order, rank, archived_ranks)


def patient_order(db: Database, conn: sqlite3.Connection, *, fresh: bool = False) -> PatientOrder:
    """The cached order for ``conn`` (one reading connection per thread), re-read if stale."""
    key = f"{_ORDER_CACHE}.{id(conn)}"
    cached = db.cache.get(key)
    if fresh or not isinstance(cached, PatientOrder) or cached.version != _data_version(conn):
        cached = db.cache[key] = load_order(conn)
    return cached


def _term_range(prefix: str) -> tuple[str, str]:
    return prefix, prefix + _TERM_END


def _matching_ids(conn: sqlite3.Connection, query: PatientQuery) -> list[int]:
    """Ids matching ``query`` (possibly repeated), each found through an index range."""
    if query.date_of_birth is not None:
        found = conn.execute(_BIRTH_IDS, [query.date_of_birth.isoformat()]).fetchone()[0]
        return _int_list(found)
    # The longest prefix first (the fewest matches); each further word narrows those down.
    prefixes = sorted(query.name_prefixes, key=len, reverse=True)
    if query.phone_prefix:
        prefixes.insert(0, query.phone_prefix)
    ids = _int_list(conn.execute(_TERM_IDS, _term_range(prefixes[0])).fetchone()[0])
    for prefix in prefixes[1:]:
        if not ids:
            break
        among = json.dumps(sorted(set(ids)))
        ids = _int_list(conn.execute(_TERM_IDS_AMONG, [*_term_range(prefix), among]).fetchone()[0])
    return ids


def _search(
    db: Database, conn: sqlite3.Connection, query: PatientQuery, include_archived: bool
) -> PatientListing:
    ids = _matching_ids(conn, query)
    order = patient_order(db, conn)
    ranks = _ranks(order, ids, include_archived)
    if ranks is None:  # a patient added since the order was read: read it again
        order = patient_order(db, conn, fresh=True)
        ranks = _ranks(order, [i for i in ids if order.knows(i)], include_archived) or []
    return _Matches(conn, order, array(order.order.typecode, ranks))


def _ranks(order: PatientOrder, ids: list[int], include_archived: bool) -> list[int] | None:
    """The sorted ranks of ``ids`` (each once), or None if ``order`` lacks one of them."""
    if not ids:
        return []
    try:
        # One C-level gather instead of a Python loop over thousands of ids.
        found = itemgetter(*ids)(order.rank) if len(ids) > 1 else (order.rank[ids[0]],)
    except IndexError:
        return None
    ranks = set(found)
    if not include_archived:
        ranks -= order.archived_ranks
    result = sorted(ranks)
    return None if result and result[0] < 0 else result


class _Matches(PatientListing):
    reads_by_id = True

    def __init__(self, conn: sqlite3.Connection, order: PatientOrder, ranks: array[int]) -> None:
        self._conn = conn
        self._order = order
        self._ranks = ranks

    @property
    def count(self) -> int:
        return len(self._ranks)

    def ids(self, start: int, stop: int) -> list[int]:
        order = self._order.order
        return [order[r] for r in self._ranks[max(start, 0) : stop]]

    def plain_rows(self, start: int, stop: int) -> list[Row]:
        return _rows_by_id(self._conn, self.ids(start, stop))

    def position_of(self, patient_id: int) -> int | None:
        if not self._order.knows(patient_id):
            return None
        rank = self._order.rank[patient_id]
        position = bisect_left(self._ranks, rank)
        found = position < len(self._ranks) and self._ranks[position] == rank
        return position if found else None
