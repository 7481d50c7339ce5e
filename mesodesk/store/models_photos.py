"""Clinical photos: the cleaned image bytes (content-addressed) and each photo's record."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mesodesk.store.models import Base


class PhotoContent(Base):
    """The stored image, without EXIF or GPS, keyed by the SHA-256 of exactly these bytes.

    Kept inside the database so that backups, restore and the clinic server carry photos
    with the records they belong to; ``mesodesk check`` re-hashes every one.
    """

    __tablename__ = "photo_content"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(20))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Photo(Base):
    """One photo of a patient (optionally of a session), with its view, phase and consent."""

    __tablename__ = "photo"
    __table_args__ = (Index("ix_photo_patient", "patient_id", "taken_on", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_session.id"))
    content_sha256: Mapped[str] = mapped_column(ForeignKey("photo_content.sha256"))
    view: Mapped[str] = mapped_column(String(20))
    phase: Mapped[str] = mapped_column(String(10))
    consent: Mapped[str] = mapped_column(String(20))
    taken_on: Mapped[date] = mapped_column(Date)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(120))
    original_name: Mapped[str] = mapped_column(String(255))
    note: Mapped[str] = mapped_column(Text, default="")
    thumb: Mapped[bytes] = mapped_column(LargeBinary)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
