"""Clinical photos: import (cleaned, content-addressed), the gallery's list, export and checks."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain import clock
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.photos import PhotoConsent, PhotoPhase, PhotoView
from mesodesk.services import audit
from mesodesk.services.access import require
from mesodesk.services.errors import NotFound, ValidationFailed, output_error
from mesodesk.services.photo_files import CleanPhoto, PhotoRefused, clean_photo, content_problem
from mesodesk.services.settings import DEFAULTS, PHOTO_MAX_MB_KEY, clinic_zone_in
from mesodesk.store.engine import Database
from mesodesk.store.models import Patient, Setting, TreatmentSession
from mesodesk.store.models_photos import Photo, PhotoContent

ENTITY = "photo"
SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png"}

__all__ = [
    "PhotoRefused",
    "PhotoDetails",
    "PhotoSummary",
    "import_files",
    "import_photo",
    "list_photos",
    "thumbnails",
    "photo_image",
    "export_photo",
    "export_for_marketing",
    "update_photo",
    "archive_photo",
    "check_photos",
    "max_photo_bytes",
]


@dataclass(frozen=True)
class PhotoDetails:
    """What the user says about a photo when importing or correcting it."""

    view: PhotoView
    phase: PhotoPhase = PhotoPhase.BEFORE
    consent: PhotoConsent = PhotoConsent.CLINICAL
    session_id: int | None = None
    taken_on: date | None = None  # the session's day, else the import day
    note: str = ""


@dataclass(frozen=True)
class PhotoSummary:
    """One gallery entry, without its image (thumbnails and images are loaded on demand)."""

    id: int
    patient_id: int
    session_id: int | None
    view: PhotoView
    phase: PhotoPhase
    consent: PhotoConsent
    taken_on: date
    imported_at: datetime
    width: int
    height: int
    note: str


def max_photo_bytes_in(s: Session) -> int:
    row = s.get(Setting, PHOTO_MAX_MB_KEY)
    megabytes = row.value if row is not None else DEFAULTS[PHOTO_MAX_MB_KEY]
    return int(megabytes) * 1_000_000


def max_photo_bytes(db: Database) -> int:
    with db.read() as s:
        return max_photo_bytes_in(s)


def _read_file(path: Path, limit: int) -> bytes:
    """At most ``limit`` + 1 bytes, so a huge file is refused without reading it all."""
    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise PhotoRefused(
            Message(
                QT_TRANSLATE_NOOP("messages", "{path} does not exist; nothing was stored"),
                path=path,
            )
        ) from None
    except IsADirectoryError:
        raise PhotoRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{path} is a folder, not a photo; nothing was stored"
                ),
                path=path,
            )
        ) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise PhotoRefused(
            Message(
                QT_TRANSLATE_NOOP("messages", "cannot read {path}: {reason}; nothing was stored"),
                path=path,
                reason=reason,
            )
        ) from None


def _taken_on(s: Session, details: PhotoDetails, patient_id: int) -> date:
    """The given day, else the session's day, else today (in the clinic's time zone)."""
    zone = clinic_zone_in(s)
    if details.session_id is not None:
        session = s.get(TreatmentSession, details.session_id)
        if session is None or session.patient_id != patient_id:
            raise ValidationFailed(
                {
                    "session": Message(
                        QT_TRANSLATE_NOOP("messages", "That session is not one of this patient's.")
                    )
                }
            )
        if details.taken_on is None:
            return clock.from_utc(session.starts_at, zone).date()
    return details.taken_on or clock.local_now(zone).date()


def _store(
    s: Session,
    actor: User,
    patient_id: int,
    clean: CleanPhoto,
    details: PhotoDetails,
    name: str,
) -> int:
    if s.get(Patient, patient_id) is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no patient {patient_id}."),
                patient_id=patient_id,
            )
        )
    taken_on = _taken_on(s, details, patient_id)
    if s.get(PhotoContent, clean.sha256) is None:
        s.add(
            PhotoContent(
                sha256=clean.sha256,
                mime=clean.mime,
                width=clean.width,
                height=clean.height,
                size=len(clean.data),
                data=clean.data,
            )
        )
        s.flush()  # the content first: the photo row's foreign key points at it
    row = Photo(
        patient_id=patient_id,
        session_id=details.session_id,
        content_sha256=clean.sha256,
        view=details.view.value,
        phase=details.phase.value,
        consent=details.consent.value,
        taken_on=taken_on,
        imported_at=clock.utcnow(),
        imported_by=actor.name,
        original_name=Path(name).name[:255],
        note=details.note.strip(),
        thumb=clean.thumb,
    )
    s.add(row)
    s.flush()
    after = {k: v for k, v in audit.snapshot(row).items() if k != "thumb"}
    audit.record(s, actor=actor, action="create", entity=ENTITY, entity_id=row.id, after=after)
    return row.id


def import_photo(
    db: Database, *, actor: User, patient_id: int, data: bytes, name: str, details: PhotoDetails
) -> int:
    """Clean and store one photo (bytes from a file, a drop or a camera folder); its id."""
    return import_many(
        db, actor=actor, patient_id=patient_id, items=[(name, data)], details=details
    )[0]


def import_files(
    db: Database, *, actor: User, patient_id: int, paths: Sequence[Path], details: PhotoDetails
) -> list[int]:
    """Import every file or none: each is read and checked first, then all are stored at once."""
    with db.read() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        limit = max_photo_bytes_in(s)
    items = [(str(path), _read_file(path, limit)) for path in paths]
    return import_many(db, actor=actor, patient_id=patient_id, items=items, details=details)


def import_many(
    db: Database,
    *,
    actor: User,
    patient_id: int,
    items: Iterable[tuple[str, bytes]],
    details: PhotoDetails,
) -> list[int]:
    """Check every (name, bytes) first (outside the write lock), then store them together."""
    with db.read() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        limit = max_photo_bytes_in(s)
    cleaned = [(name, clean_photo(data, name=name, max_bytes=limit)) for name, data in items]
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        return [_store(s, actor, patient_id, clean, details, name) for name, clean in cleaned]


_SUMMARY_COLUMNS = (
    Photo.id,
    Photo.patient_id,
    Photo.session_id,
    Photo.view,
    Photo.phase,
    Photo.consent,
    Photo.taken_on,
    Photo.imported_at,
    PhotoContent.width,
    PhotoContent.height,
    Photo.note,
)


def list_photos(db: Database, *, actor: User, patient_id: int) -> list[PhotoSummary]:
    """The patient's photos, oldest first, without any image bytes (one indexed query)."""
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        rows = s.execute(
            select(*_SUMMARY_COLUMNS)
            .join(PhotoContent, PhotoContent.sha256 == Photo.content_sha256)
            .where(Photo.patient_id == patient_id, Photo.archived_at.is_(None))
            .order_by(Photo.taken_on, Photo.id)
        ).all()
    return [
        PhotoSummary(
            id=r.id,
            patient_id=r.patient_id,
            session_id=r.session_id,
            view=PhotoView(r.view),
            phase=PhotoPhase(r.phase),
            consent=PhotoConsent(r.consent),
            taken_on=r.taken_on,
            imported_at=r.imported_at,
            width=r.width,
            height=r.height,
            note=r.note,
        )
        for r in rows
    ]


def thumbnails(db: Database, *, actor: User, photo_ids: Sequence[int]) -> dict[int, bytes]:
    """The stored thumbnails of ``photo_ids`` (the gallery asks for the visible ones)."""
    if not photo_ids:
        return {}
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        rows = s.execute(select(Photo.id, Photo.thumb).where(Photo.id.in_(list(photo_ids))))
        return {photo_id: bytes(thumb) for photo_id, thumb in rows}


def _photo(s: Session, photo_id: int) -> Photo:
    row = s.get(Photo, photo_id)
    if row is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no photo {photo_id}."), photo_id=photo_id
            )
        )
    return row


def photo_image(db: Database, *, actor: User, photo_id: int) -> tuple[bytes, str]:
    """The full stored image and its MIME type, for the viewer and the comparison."""
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        row = _photo(s, photo_id)
        content = s.get(PhotoContent, row.content_sha256)
        if content is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The image of photo {photo_id} is missing; run mesodesk check."
                    ),
                    photo_id=photo_id,
                )
            )
        return bytes(content.data), content.mime


def _write(path: Path, data: bytes) -> Path:
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise output_error(error, path) from None
    return path


def export_photo(db: Database, *, actor: User, photo_id: int, out: Path) -> Path:
    """Write the stored image to ``out`` (audited); a folder gets ``photo-<id>.jpg`` in it."""
    with db.begin() as s:
        require(s, actor, Permission.EXPORT_RECORD)
        row = _photo(s, photo_id)
        content = s.get(PhotoContent, row.content_sha256)
        if content is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The image of photo {photo_id} is missing; run mesodesk check."
                    ),
                    photo_id=photo_id,
                )
            )
        target = out / f"photo-{photo_id}{SUFFIX[content.mime]}" if out.is_dir() else out
        audit.record(
            s, actor=actor, action="export", entity=ENTITY, entity_id=photo_id,
            after={"file": target.name},
        )  # fmt: skip
        data = bytes(content.data)
    return _write(target, data)


def export_for_marketing(db: Database, *, actor: User, patient_id: int, folder: Path) -> list[Path]:
    """Only the photos whose patient agreed to teaching and marketing use (audited)."""
    if not folder.is_dir():
        raise ValidationFailed(
            {
                "folder": Message(
                    QT_TRANSLATE_NOOP("messages", "{folder} is not a folder."), folder=folder
                )
            }
        )
    with db.begin() as s:
        require(s, actor, Permission.EXPORT_RECORD)
        rows = s.execute(
            select(Photo.id, PhotoContent.data, PhotoContent.mime)
            .join(PhotoContent, PhotoContent.sha256 == Photo.content_sha256)
            .where(
                Photo.patient_id == patient_id,
                Photo.archived_at.is_(None),
                Photo.consent == PhotoConsent.MARKETING.value,
            )
            .order_by(Photo.id)
        ).all()
        for photo_id, _data, _mime in rows:
            audit.record(
                s, actor=actor, action="export", entity=ENTITY, entity_id=photo_id,
                after={"purpose": "marketing"},
            )  # fmt: skip
    return [
        _write(folder / f"photo-{photo_id}{SUFFIX[mime]}", bytes(data))
        for photo_id, data, mime in rows
    ]


def update_photo(db: Database, *, actor: User, photo_id: int, details: PhotoDetails) -> None:
    """Correct a photo's view, phase, consent, session or note (audited)."""
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        row = _photo(s, photo_id)
        before = {k: v for k, v in audit.snapshot(row).items() if k != "thumb"}
        row.view = details.view.value
        row.phase = details.phase.value
        row.consent = details.consent.value
        row.session_id = details.session_id
        row.taken_on = (
            _taken_on(s, details, row.patient_id)
            if details.session_id
            else (details.taken_on or row.taken_on)
        )
        row.note = details.note.strip()
        after = {k: v for k, v in audit.snapshot(row).items() if k != "thumb"}
        audit.record(
            s, actor=actor, action="update", entity=ENTITY, entity_id=photo_id,
            before=before, after=after,
        )  # fmt: skip


def archive_photo(db: Database, *, actor: User, photo_id: int, archived: bool = True) -> None:
    """Take a photo out of the gallery (never deleted; its history stays)."""
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        row = _photo(s, photo_id)
        audit.set_archived(s, row, archived, entity=ENTITY, actor=actor.name)


def check_photos(s: Session, *, batch: int = 200) -> list[str]:
    """Every photo's stored image is present and still hashes to its name."""
    problems: list[str] = []
    missing = s.execute(
        select(Photo.id)
        .outerjoin(PhotoContent, PhotoContent.sha256 == Photo.content_sha256)
        .where(PhotoContent.sha256.is_(None))
    ).scalars()
    problems.extend(f"photo {photo_id}: its image is missing" for photo_id in missing)
    last = ""
    while True:
        rows = s.execute(
            select(PhotoContent.sha256, PhotoContent.data)
            .where(PhotoContent.sha256 > last)
            .order_by(PhotoContent.sha256)
            .limit(batch)
        ).all()
        if not rows:
            return problems
        for sha256, data in rows:
            problem = content_problem(bytes(data), sha256)
            if problem is not None:
                ids = s.execute(select(Photo.id).where(Photo.content_sha256 == sha256)).scalars()
                names = ", ".join(str(i) for i in ids) or "none"
                problems.append(f"photo image {sha256[:12]}… (photos {names}): {problem}")
        last = rows[-1][0]
