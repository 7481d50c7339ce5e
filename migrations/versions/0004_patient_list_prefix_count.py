"""A row count per short name prefix, so that a one- to three-letter search reads its count
from one row instead of counting an index range

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patient_list_prefix_count",
        sa.Column("prefix", sa.String(length=3), nullable=False),
        sa.Column("patients", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix", name=op.f("pk_patient_list_prefix_count")),
        sqlite_with_rowid=False,
    )
    # patient_list_prefix is keyed by prefix first: this groups in key order, without a sort.
    op.execute(
        "INSERT INTO patient_list_prefix_count (prefix, patients)"
        " SELECT prefix, count(*) FROM patient_list_prefix GROUP BY prefix"
    )


def downgrade() -> None:
    op.drop_table("patient_list_prefix_count")
