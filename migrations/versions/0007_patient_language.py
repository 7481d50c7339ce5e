"""Sheets in the patient's language: the patient's preferred language and a language per
version of an aftercare or consent text

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both: a batch copy of document_template would have to drop a
    # table that sessions reference, which SQLite refuses with foreign keys on.
    op.add_column("patient", sa.Column("language", sa.String(length=5), nullable=True))
    # The texts stored so far are the English ones. Version numbers stay unique per kind and
    # key across languages (the existing constraint), so a version number names one text.
    op.add_column(
        "document_template",
        sa.Column("language", sa.String(length=5), nullable=False, server_default="en"),
    )


def downgrade() -> None:
    # Translated versions stay on record (sessions may point at a signed consent text) under
    # keys the older schema never looks up, e.g. "general@fr".
    op.execute(
        sa.text(
            "UPDATE document_template SET key = key || '@' || language WHERE language <> 'en'"
        )
    )
    op.drop_column("document_template", "language")
    op.drop_column("patient", "language")
