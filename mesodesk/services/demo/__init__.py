"""Demo data: a deterministic, realistic clinic, generated as row tuples and bulk-inserted.

The generator (``demo_batches`` / ``demo_rows``) is separate from the writer (``write_rows``)
so that a benchmark can time plain ``sqlite3`` ``executemany`` of exactly the same rows
against ``seed_demo``. Everything comes from ``random.Random(seed)`` and ``today``, never
from the clock or the global random state: the same seed, day and database give the same
rows, timestamps included. Only the one summary audit row carries the real time.

The invented names, products and texts live in ``resources/demo/*.json``; the columns come
from the models (``rows.COLUMNS``); the diary obeys the clinic's opening hours and never
double-books a practitioner or a patient (``diary``).

Rows hold values in SQLAlchemy's SQLite storage form: ISO date strings, datetimes as
``YYYY-MM-DD HH:MM:SS.ffffff``, JSON as text, booleans as 0/1 and numerics as floats with
the column's scale (read back as ``Decimal``). ``write_rows`` converts them back to Python
values for other databases.
"""

from mesodesk.services.demo.base import CHUNK_PATIENTS, HISTORY_DAYS
from mesodesk.services.demo.clinic import PATIENTS_PER_PRACTITIONER
from mesodesk.services.demo.patients import SHOWCASE_NAME
from mesodesk.services.demo.rows import (
    COLUMNS,
    DemoBatch,
    DemoContext,
    DemoSummary,
    ProgressFn,
    Row,
    RowChunk,
    SolutionTypeInfo,
    demo_context,
)
from mesodesk.services.demo.seed import (
    DemoRefused,
    demo_batches,
    demo_rows,
    seed_demo,
)
from mesodesk.services.demo.writer import RowWriter, insert_sql, write_rows

__all__ = [
    "CHUNK_PATIENTS",
    "COLUMNS",
    "HISTORY_DAYS",
    "PATIENTS_PER_PRACTITIONER",
    "SHOWCASE_NAME",
    "DemoBatch",
    "DemoContext",
    "DemoRefused",
    "DemoSummary",
    "ProgressFn",
    "Row",
    "RowChunk",
    "RowWriter",
    "SolutionTypeInfo",
    "demo_batches",
    "demo_context",
    "demo_rows",
    "insert_sql",
    "seed_demo",
    "write_rows",
]
