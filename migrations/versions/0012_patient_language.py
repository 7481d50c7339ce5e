"""Sheets in the patient's language: the patient's preferred language

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Texts in other languages need no column: their keys carry the language
    # ("general@fr", domain.languages.stored_key), so each language numbers its versions.
    op.add_column("patient", sa.Column("language", sa.String(length=5), nullable=True))


def downgrade() -> None:
    # Translated text versions stay on record under keys the older schema never looks up.
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy would drop a table others reference.
    op.drop_column("patient", "language")
