"""Accounts, and the audit as a hash chain that records who (account, host) did what

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

from mesodesk.domain.audit_chain import GENESIS_HASH, row_content, row_hash

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _initial() -> ModuleType:
    """Revision 0001, for its audit guard (the triggers are dropped while rows are chained)."""
    path = Path(__file__).with_name("0001_initial_schema.py")
    spec = importlib.util.spec_from_file_location("mesodesk_migration_0001", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


AUDIT = sa.table(
    "audit_event",
    sa.column("id", sa.Integer),
    sa.column("occurred_at", sa.DateTime),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("before", sa.JSON),
    sa.column("after", sa.JSON),
    sa.column("account_id", sa.Integer),
    sa.column("host", sa.String),
    sa.column("prev_hash", sa.String),
    sa.column("row_hash", sa.String),
)
HEAD = sa.table(
    "audit_chain_head",
    sa.column("id", sa.Integer),
    sa.column("last_id", sa.Integer),
    sa.column("last_hash", sa.String),
)


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("roles", sa.String(length=80), nullable=False),
        sa.Column("practitioner_id", sa.Integer(), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("next_try_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["practitioner.id"],
            name=op.f("fk_account_practitioner_id_practitioner"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("login", name=op.f("uq_account_login")),
    )
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    initial = _initial()
    initial._drop_audit_guard()
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("account_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("host", sa.String(length=120), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("row_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch.create_index(batch.f("ix_audit_event_account_id"), ["account_id"], unique=False)
    bind = op.get_bind()
    previous, last_id = GENESIS_HASH, 0
    rows = bind.execute(sa.select(AUDIT).order_by(AUDIT.c.id)).mappings().all()
    for row in rows:
        content = row_content(
            id=row["id"],
            occurred_at=row["occurred_at"],
            actor=row["actor"],
            account_id=None,
            host="",
            action=row["action"],
            entity=row["entity"],
            entity_id=row["entity_id"],
            before=row["before"],
            after=row["after"],
        )
        digest = row_hash(previous, content)
        bind.execute(
            AUDIT.update()
            .where(AUDIT.c.id == row["id"])
            .values(prev_hash=previous, row_hash=digest)
        )
        previous, last_id = digest, row["id"]
    bind.execute(HEAD.insert().values(id=1, last_id=last_id, last_hash=previous))
    initial._create_audit_guard()


def downgrade() -> None:
    initial = _initial()
    initial._drop_audit_guard()
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_index(batch.f("ix_audit_event_account_id"))
        batch.drop_column("row_hash")
        batch.drop_column("prev_hash")
        batch.drop_column("host")
        batch.drop_column("account_id")
    initial._create_audit_guard()
    op.drop_table("audit_chain_head")
    op.drop_table("account")
