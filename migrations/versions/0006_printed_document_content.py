"""What an aftercare sheet said when it was handed over, so that a reprint says the same

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("printed_document") as batch:
        batch.add_column(sa.Column("content", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("printed_document") as batch:
        batch.drop_column("content")
