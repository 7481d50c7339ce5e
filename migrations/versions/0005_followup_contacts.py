"""Follow-up contacts: reception's answer when calling a patient on the follow-up list

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "followup_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("hidden_until", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_followup_contact_course_id_course")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_followup_contact_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_contact")),
    )
    op.create_index("ix_followup_contact_patient", "followup_contact", ["patient_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_followup_contact_patient", table_name="followup_contact")
    op.drop_table("followup_contact")
