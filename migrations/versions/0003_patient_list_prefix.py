"""Short name prefixes in list order, so that a one- to three-letter search reads one range

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_BACKFILL = """
INSERT INTO patient_list_prefix (prefix, sort_key, patient_id)
SELECT DISTINCT substr(t.term, 1, {n}), p.sort_key, p.id
FROM patient_search_term t JOIN patient p ON p.id = t.patient_id
WHERE p.archived_at IS NULL AND substr(t.term, 1, 1) <> '#' AND length(t.term) >= {n}
"""
"""The prefixes of length n of every active patient's name terms (phone terms start with #);
the same rows as ``domain.search.list_prefixes`` gives for new and edited patients."""


def upgrade() -> None:
    op.create_table(
        "patient_list_prefix",
        sa.Column("prefix", sa.String(length=3), nullable=False),
        sa.Column("sort_key", sa.String(length=250), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_patient_list_prefix_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint(
            "prefix", "sort_key", "patient_id", name=op.f("pk_patient_list_prefix")
        ),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("patient_list_prefix", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_patient_list_prefix_patient_id"), ["patient_id"], unique=False
        )
    for n in (1, 2, 3):
        op.execute(_BACKFILL.format(n=n))


def downgrade() -> None:
    with op.batch_alter_table("patient_list_prefix", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patient_list_prefix_patient_id"))
    op.drop_table("patient_list_prefix")
