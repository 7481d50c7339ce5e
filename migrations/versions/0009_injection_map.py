"""The injection map: marks placed on a session's diagrams

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "injection_mark",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("diagram", sa.String(30), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("geometry", sa.JSON(), nullable=False),
        sa.Column("side", sa.String(10), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("product_lot_id", sa.Integer(), nullable=True),
        sa.Column("volume", sa.Numeric(7, 2), nullable=True),
        sa.Column("unit", sa.String(10), nullable=False),
        sa.Column("depth_mm", sa.Numeric(4, 1), nullable=True),
        sa.Column("technique", sa.String(30), nullable=True),
        sa.Column("needle_gauge", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_injection_mark_session_id_treatment_session"),
        ),
        sa.ForeignKeyConstraint(
            ["area_id"], ["treatment_area.id"], name=op.f("fk_injection_mark_area_id_treatment_area")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_injection_mark_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["product_lot_id"],
            ["product_lot.id"],
            name=op.f("fk_injection_mark_product_lot_id_product_lot"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_injection_mark")),
    )
    op.create_index(
        op.f("ix_injection_mark_session_id"), "injection_mark", ["session_id"], unique=False
    )
    op.create_index(
        op.f("ix_injection_mark_product_lot_id"), "injection_mark", ["product_lot_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_injection_mark_product_lot_id"), table_name="injection_mark")
    op.drop_index(op.f("ix_injection_mark_session_id"), table_name="injection_mark")
    op.drop_table("injection_mark")
