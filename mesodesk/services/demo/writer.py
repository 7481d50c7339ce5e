"""Writing demo rows: the driver's executemany on SQLite, a Core insert elsewhere."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Numeric, insert
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.demo.rows import RowChunk
from mesodesk.store import dialect
from mesodesk.store.models import Base


def insert_sql(table: str, columns: Sequence[str], dialect: Any = None) -> str:
    """The positional INSERT statement for a chunk (qmark style for SQLite)."""
    from sqlalchemy.dialects import sqlite

    target = Base.metadata.tables[table]
    compiled = insert(target).compile(
        dialect=dialect or sqlite.dialect(), column_keys=list(columns)
    )
    if list(compiled.positiontup or ()) != list(columns):
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{table}: the demo columns are not in table order"),
                table=table,
            )
        )
    return str(compiled)


def converters(table: str, columns: Sequence[str]) -> list[Callable[[Any], Any] | None]:
    """Per column, how to turn the SQLite storage form back into a Python value."""
    target = Base.metadata.tables[table]
    out: list[Callable[[Any], Any] | None] = []
    for name in columns:
        kind = target.c[name].type
        if isinstance(kind, DateTime):
            out.append(datetime.fromisoformat)
        elif isinstance(kind, Date):
            out.append(date.fromisoformat)
        elif isinstance(kind, Numeric):
            out.append(lambda v: Decimal(str(v)))
        elif isinstance(kind, Boolean):
            out.append(bool)
        elif isinstance(kind, JSON):
            out.append(json.loads)
        else:
            out.append(None)
    return out


class RowWriter:
    """Inserts row chunks on one connection, inside the caller's transaction.

    The fast path is SQLite-only: the driver's ``executemany`` of plain tuples in the
    storage form above, which is what SQLAlchemy itself would send. Other databases go
    through a Core ``insert()`` with converted values, slower but portable.
    """

    def __init__(self, conn: Connection, *, raw: bool | None = None) -> None:
        self.conn = conn
        self.raw = dialect.takes_storage_form(conn) if raw is None else raw
        self.sql: dict[str, str] = {}

    def write(self, chunk: RowChunk) -> None:
        if not chunk.rows:
            return
        if self.raw:
            sql = self.sql.get(chunk.table)
            if sql is None:
                sql = self.sql[chunk.table] = insert_sql(
                    chunk.table, chunk.columns, self.conn.dialect
                )
            self.conn.exec_driver_sql(sql, chunk.rows)
            return
        convert_all = converters(chunk.table, chunk.columns)
        params = [
            {
                name: (value if convert is None or value is None else convert(value))
                for name, convert, value in zip(chunk.columns, convert_all, row, strict=True)
            }
            for row in chunk.rows
        ]
        self.conn.execute(insert(Base.metadata.tables[chunk.table]), params)


def write_rows(s: Session, chunks: Iterable[RowChunk], *, raw: bool | None = None) -> Counter[str]:
    """Insert ``chunks`` in the session's transaction; returns the row count per table."""
    writer = RowWriter(s.connection(), raw=raw)
    counts: Counter[str] = Counter()
    for chunk in chunks:
        writer.write(chunk)
        counts[chunk.table] += len(chunk.rows)
    return counts
