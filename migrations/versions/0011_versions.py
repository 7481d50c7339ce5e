"""Version numbers on the records two desks may edit at once, so a lost update is a conflict

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

VERSIONED = (
    "patient",
    "medical_profile",
    "course",
    "treatment_session",
    "product",
    "product_lot",
    "setting",
)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    # A medical profile's version is its place in the patient's history (1, 2, 3 ...).
    op.execute(
        "UPDATE medical_profile SET version = (SELECT count(*) FROM medical_profile AS m"
        " WHERE m.patient_id = medical_profile.patient_id"
        " AND (m.recorded_at < medical_profile.recorded_at"
        " OR (m.recorded_at = medical_profile.recorded_at AND m.id <= medical_profile.id)))"
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in reversed(VERSIONED):
        if sqlite:
            # Native DROP COLUMN (SQLite 3.35+): a batch copy would drop the table, which
            # the foreign keys that point at patients and sessions refuse.
            op.execute(f"ALTER TABLE {table} DROP COLUMN version")
        else:
            op.drop_column(table, "version")
