"""PostgreSQL only: byte-order collation ("C") on the searched and sorted text columns

The patient search reads prefix ranges (``term >= 'mar' AND term < 'mar' || U+10FFFF``) and
the list is ordered by ``sort_key``. Under a linguistic collation (en_US.UTF-8, fr_FR.UTF-8:
a server's usual default) such a range is not the set of strings with that prefix, and the
order differs from SQLite's. With "C" both are exact byte-order ranges of the same b-tree
indexes (rebuilt here), on every server whatever its locale. SQLite already compares bytes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COLUMNS = (
    ("patient", "sort_key", 250),
    ("patient_search_term", "term", 120),
    ("patient_list_prefix", "prefix", 3),
    ("patient_list_prefix", "sort_key", 250),
    ("patient_list_prefix_count", "prefix", 3),
)


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, length in COLUMNS:
        op.execute(
            f'ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar({length}) COLLATE "{collation}"'
        )
    op.execute("ANALYZE patient, patient_search_term, patient_list_prefix")


def upgrade() -> None:
    _collate("C")


def downgrade() -> None:
    _collate("default")
