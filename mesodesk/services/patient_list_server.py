"""The patient list on a server. PostgreSQL: the matching ids, in list order, in one statement
driven by the search index; a page of rows is then read by id. Any other SQLAlchemy database:
the portable count and OFFSET pages of ``services.patients``.

The ids come from index ranges on ``patient_search_term`` (or ``ix_patient_dob``), and each
patient row is looked up by its primary key (``store.dialect.lookup_join``),
so that the planner never chooses to read the whole patient table, whatever share of it a
search matches. The ranges are exact prefix ranges because migration 0007 gives the searched
columns the byte-order collation ("C") on PostgreSQL.
"""

from __future__ import annotations

from mesodesk.domain.accounts import User
from mesodesk.domain.search import PatientQuery
from mesodesk.services.dto import PatientRow
from mesodesk.services.patient_list import (
    PREFIX_PAGE_SQL,
    KeysetList,
    PatientListing,
    PrefixList,
    Row,
    plain_row,
)
from mesodesk.store.dialect import POSTGRESQL, Reader, ServerReader, lookup_join
from mesodesk.store.engine import Database

TERM_END = "\U0010ffff"
SERVER_READER = "patient_list.server_reader"

_TERM_RANGE = "SELECT patient_id FROM patient_search_term WHERE term >= ? AND term < ?"
_BY_BIRTH = "SELECT id AS patient_id FROM patient WHERE date_of_birth = ?"
_IDS_IN_ORDER = (
    "SELECT string_agg(p.id::text, ',' ORDER BY p.sort_key, p.id) FROM ({driver}) AS d "  # noqa: S608
    + lookup_join(POSTGRESQL, "patient", "p", "d.patient_id")
    + "{archived}"
)
_ROWS_BY_ID = (
    "SELECT id, family_name, given_name, date_of_birth, phone, archived_at IS NOT NULL"
    " FROM patient WHERE id = ANY(?)"
)


def search_statement(query: PatientQuery, include_archived: bool) -> tuple[str, list[object]]:
    """The statement giving the ids matching ``query`` in list order (one comma-joined text
    value, so that one row crosses to Python), and its parameters."""
    params: list[object]
    if query.date_of_birth is not None:
        driver, params = _BY_BIRTH, [query.date_of_birth]
    else:
        # The longest prefix drives (the fewest matches); the others narrow it down in the
        # search index itself, before any patient row is read.
        prefixes = sorted(query.name_prefixes, key=len, reverse=True)
        if query.phone_prefix:
            prefixes.insert(0, query.phone_prefix)
        driver = _TERM_RANGE
        params = [prefixes[0], prefixes[0] + TERM_END]
        for prefix in prefixes[1:]:
            driver += f" AND patient_id IN ({_TERM_RANGE})"
            params += [prefix, prefix + TERM_END]
        driver = driver.replace("SELECT patient_id", "SELECT DISTINCT patient_id", 1)
    archived = "" if include_archived else " WHERE p.archived_at IS NULL"
    return _IDS_IN_ORDER.format(driver=driver, archived=archived), params


def server_search(conn: Reader, query: PatientQuery, include_archived: bool) -> PatientListing:
    sql, params = search_statement(query, include_archived)
    found = conn.execute(sql, params).fetchone()
    text = found[0] if found else None
    ids = [int(part) for part in text.split(",")] if text else []
    return ServerMatches(conn, ids)


class ServerMatches(PatientListing):
    """The ids of one search in list order; a page of rows is read by id when shown."""

    reads_by_id = True

    def __init__(self, conn: Reader, ids: list[int]) -> None:
        self._conn = conn
        self._ids = ids
        self._positions: dict[int, int] | None = None

    @property
    def count(self) -> int:
        return len(self._ids)

    def plain_rows(self, start: int, stop: int) -> list[Row]:
        ids = self._ids[max(start, 0) : max(stop, 0)]
        if not ids:
            return []
        found = {r[0]: r for r in self._conn.execute(_ROWS_BY_ID, [ids]).fetchall()}
        return [plain_row(found[i]) for i in ids if i in found]

    def position_of(self, patient_id: int) -> int | None:
        if self._positions is None:
            self._positions = {pid: n for n, pid in enumerate(self._ids)}
        return self._positions.get(patient_id)


FIRST_ROWS = 50
"""Rows of a short-prefix search read with its count: the list's first page of a search."""
_FIRST_PAGE = (
    "SELECT (SELECT patients FROM patient_list_prefix_count WHERE prefix = ?), f.*"
    " FROM ({page}) AS f"
)


class ServerPrefixList(PrefixList):
    """``PrefixList`` on a server, where every statement is a round trip (about as long as
    the statement itself for a short prefix): the count comes with the first rows in one
    statement, and those rows are served from memory (the search is read once anyway)."""

    def __init__(self, conn: Reader, prefix: str) -> None:
        sql = PREFIX_PAGE_SQL[POSTGRESQL]
        found = conn.execute(
            _FIRST_PAGE.format(page=sql[False, True, False]), [prefix, prefix, FIRST_ROWS, 0]
        ).fetchall()
        count = int(found[0][0] or 0) if found else 0
        KeysetList.__init__(self, conn, count, sql, [prefix])
        self._first = [plain_row(r[1:7]) for r in found]
        if found:
            self._remember(len(found) - 1, (found[-1][7], found[-1][1]))

    def plain_rows(self, start: int, stop: int) -> list[Row]:
        start, stop = max(start, 0), min(stop, self.count)
        if stop <= len(self._first):
            return self._first[start:stop] if start < stop else []
        return super().plain_rows(start, stop)


def server_reader(db: Database) -> ServerReader:
    """The reader of a server database (one per database, over its connection pool)."""
    reader = db.cache.get(SERVER_READER)
    if not isinstance(reader, ServerReader):
        reader = db.cache[SERVER_READER] = ServerReader(db.engine)
    return reader


# --- other databases ---------------------------------------------------------------------


class ServiceListing(PatientListing):
    """Any SQLAlchemy database: the portable count and OFFSET pages of services.patients."""

    def __init__(
        self, db: Database, text: str, include_archived: bool, date_format: str, actor: User
    ) -> None:
        from mesodesk.services.patients import count_patients

        self._db = db
        self._actor = actor
        self._text = text
        self._include_archived = include_archived
        self._date_format = date_format
        self._count = count_patients(
            db, text, include_archived=include_archived, date_format=date_format, actor=actor
        )

    @property
    def count(self) -> int:
        return self._count

    def plain_rows(self, start: int, stop: int) -> list[Row]:
        return [
            (r.id, r.family_name, r.given_name, r.date_of_birth, r.phone, r.archived)
            for r in self.rows(start, stop)
        ]

    def rows(self, start: int, stop: int) -> list[PatientRow]:
        from mesodesk.services.patients import patient_page

        if start >= stop:
            return []
        return patient_page(
            self._db,
            self._text,
            offset=max(start, 0),
            limit=stop - max(start, 0),
            include_archived=self._include_archived,
            date_format=self._date_format,
            actor=self._actor,
        )
