"""Accounts (who signs in, with which roles) and the head of the audit hash chain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from mesodesk.domain.accounts import User, parse_roles
from mesodesk.store.models import Base


class Account(Base):
    """A person who signs in; deactivated, never deleted, so their history stays theirs."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    """Stored in lower case: logins are compared without regard to case."""
    name: Mapped[str] = mapped_column(String(120))
    roles: Mapped[str] = mapped_column(String(80))
    """Comma-separated role names, sorted (e.g. ``admin,practitioner``)."""
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(DateTime)
    """After repeated failures, no attempt is checked before this time."""

    def as_user(self, host: str = "") -> User:
        """The account as the signed-in ``User`` services take (roles as stored now)."""
        return User(
            id=self.id,
            login=self.login,
            name=self.name,
            roles=parse_roles(self.roles),
            practitioner_id=self.practitioner_id,
            host=host,
        )


class AuditChainHead(Base):
    """One row: the id and hash of the newest audit row.

    Writers lock it (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE``
    already serialises them), so the chain never forks; it also shows rows cut off the end.
    """

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
