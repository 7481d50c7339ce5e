"""Clinical photos: cleaned on import, hostile files refused with nothing stored, export, checks."""

from __future__ import annotations

import hashlib
import io
import random
import sqlite3
import struct
import zlib
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select, text

from mesodesk.domain.accounts import Role
from mesodesk.domain.photos import PhotoConsent, PhotoPhase, PhotoView, parse_view
from mesodesk.services import photos, settings
from mesodesk.services.errors import PermissionDenied, ValidationFailed
from mesodesk.services.health import check_database
from mesodesk.services.photo_files import MAX_PIXELS, PhotoRefused
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from mesodesk.store.models_photos import Photo, PhotoContent
from tests.factories import ACTOR, Clinic, add_session, make_clinic, make_user
from tests.photo_files import gps_jpeg, png_with_text, rotated_jpeg

PRACTITIONER = ACTOR
FRONT = photos.PhotoDetails(view=PhotoView.FRONT)


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return make_clinic(db)


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Photo)) or 0,
            s.scalar(select(func.count()).select_from(PhotoContent)) or 0,
            s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def _import(db: Database, clinic: Clinic, data: bytes, name: str = "a.jpg", **kw: object) -> int:
    details = photos.PhotoDetails(**{"view": PhotoView.FRONT, **kw})  # type: ignore[arg-type]
    return photos.import_photo(
        db, actor=PRACTITIONER, patient_id=clinic.patient, data=data, name=name, details=details
    )


def test_a_stored_photo_is_upright_and_has_no_exif_or_gps(db: Database, clinic: Clinic) -> None:
    raw = rotated_jpeg(width=60, height=40)  # EXIF says "rotate 90°", with GPS and a maker note
    assert b"GPS" in raw or Image.open(io.BytesIO(raw)).getexif().get_ifd(0x8825)
    photo_id = _import(db, clinic, raw)
    data, mime = photos.photo_image(db, actor=PRACTITIONER, photo_id=photo_id)
    assert mime == "image/jpeg"
    stored = Image.open(io.BytesIO(data))
    assert stored.size == (40, 60)  # turned upright, then the orientation tag dropped
    assert not stored.getexif()
    assert "exif" not in stored.info and "xmp" not in stored.info
    assert b"Exif" not in data and b"GPS" not in data and b"SecretCam" not in data
    with db.read() as s:
        row = s.get(Photo, photo_id)
        assert row is not None
        assert row.content_sha256 == hashlib.sha256(data).hexdigest()
        assert Image.open(io.BytesIO(row.thumb)).size[0] <= 320


def test_a_png_keeps_no_text_chunks(db: Database, clinic: Clinic) -> None:
    photo_id = _import(db, clinic, png_with_text(), name="scan.png")
    data, mime = photos.photo_image(db, actor=PRACTITIONER, photo_id=photo_id)
    assert mime == "image/png"
    assert b"Patient Jane" not in data and not Image.open(io.BytesIO(data)).text  # type: ignore[attr-defined]


def test_the_same_photo_twice_is_stored_once(db: Database, clinic: Clinic) -> None:
    raw = gps_jpeg()
    first, second = _import(db, clinic, raw), _import(db, clinic, raw, phase=PhotoPhase.AFTER)
    assert first != second
    assert _counts(db)[:2] == (2, 1)


def _bomb_png(width: int, height: int) -> bytes:
    """A valid little PNG whose header claims ``width`` × ``height`` pixels."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(out, format="PNG")
    data = bytearray(out.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return bytes(data)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (gps_jpeg()[:400], "damaged or incomplete"),
        (_bomb_png(30_000, 30_000), "million pixels"),
        (b"%PDF-1.7 this is a letter, not a photo" * 20, "not a photo"),
        (b"", "not a photo"),
    ],
    ids=["truncated-jpeg", "decompression-bomb", "not-an-image", "empty"],
)
def test_hostile_files_are_refused_and_nothing_is_stored(
    db: Database, clinic: Clinic, data: bytes, fragment: str
) -> None:
    before = _counts(db)
    with pytest.raises(PhotoRefused, match=fragment) as caught:
        _import(db, clinic, data, name="holiday.jpg")
    assert "holiday.jpg" in str(caught.value) and "\n" not in str(caught.value)
    assert _counts(db) == before


def test_the_bomb_limit_is_above_any_camera() -> None:
    assert MAX_PIXELS >= 50_000_000


def test_a_file_over_the_clinics_size_limit_is_refused(db: Database, clinic: Clinic) -> None:
    settings.save_settings(db, {settings.PHOTO_MAX_MB_KEY: 1}, actor=ACTOR)
    noise = Image.frombytes("RGB", (700, 700), random.Random(1).randbytes(700 * 700 * 3))
    out = io.BytesIO()
    noise.save(out, format="PNG")
    assert len(out.getvalue()) > 1_000_000
    before = _counts(db)
    with pytest.raises(PhotoRefused, match="over the clinic's limit of 1 MB"):
        _import(db, clinic, out.getvalue(), name="big.png")
    assert _counts(db) == before


def test_the_size_limit_setting_is_checked() -> None:
    with pytest.raises(ValidationFailed):
        settings.validate_settings({settings.PHOTO_MAX_MB_KEY: 0})
    with pytest.raises(ValidationFailed):
        settings.validate_settings({settings.PHOTO_MAX_MB_KEY: "25"})


def test_importing_files_is_all_or_nothing(db: Database, clinic: Clinic, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.jpg", tmp_path / "bad.jpg"
    good.write_bytes(gps_jpeg())
    bad.write_bytes(b"not an image")
    before = _counts(db)
    with pytest.raises(PhotoRefused, match="bad.jpg"):
        photos.import_files(
            db, actor=PRACTITIONER, patient_id=clinic.patient, paths=[good, bad], details=FRONT
        )
    assert _counts(db) == before
    with pytest.raises(PhotoRefused, match="does not exist"):
        photos.import_files(
            db,
            actor=PRACTITIONER,
            patient_id=clinic.patient,
            paths=[tmp_path / "gone.jpg"],
            details=FRONT,
        )


def test_gallery_lists_without_images_and_thumbnails_on_demand(
    db: Database, clinic: Clinic
) -> None:
    ids = [_import(db, clinic, gps_jpeg(seed=i)) for i in range(3)]
    listed = photos.list_photos(db, actor=PRACTITIONER, patient_id=clinic.patient)
    assert [p.id for p in listed] == ids
    assert listed[0].view is PhotoView.FRONT and listed[0].consent is PhotoConsent.CLINICAL
    thumbs = photos.thumbnails(db, actor=PRACTITIONER, photo_ids=ids[:2])
    assert set(thumbs) == set(ids[:2])
    assert all(Image.open(io.BytesIO(t)).format == "JPEG" for t in thumbs.values())


def test_a_photo_of_a_session_takes_its_day(db: Database, clinic: Clinic) -> None:
    when = datetime.combine(datetime.now().date() - timedelta(days=30), time(10))
    session_id = add_session(db, clinic, when)
    photo_id = _import(db, clinic, gps_jpeg(), session_id=session_id, phase=PhotoPhase.AFTER)
    (summary,) = [
        p
        for p in photos.list_photos(db, actor=PRACTITIONER, patient_id=clinic.patient)
        if p.id == photo_id
    ]
    assert summary.session_id == session_id and summary.taken_on == when.date()


def test_a_session_of_another_patient_is_refused(db: Database, clinic: Clinic) -> None:
    from mesodesk.services import patients
    from mesodesk.services.dto import PatientInput

    other = patients.create_patient(db, PatientInput("Ana", "Other"), actor=ACTOR)
    session_id = add_session(db, clinic, datetime.combine(datetime.now().date(), time(9)))
    with pytest.raises(ValidationFailed, match="not one of this patient's"):
        photos.import_photo(
            db,
            actor=PRACTITIONER,
            patient_id=other.id,
            data=gps_jpeg(),
            name="x.jpg",
            details=photos.PhotoDetails(view=PhotoView.FRONT, session_id=session_id),
        )


def test_export_writes_the_stored_bytes_and_is_audited(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    photo_id = _import(db, clinic, gps_jpeg())
    data, _mime = photos.photo_image(db, actor=PRACTITIONER, photo_id=photo_id)
    written = photos.export_photo(db, actor=PRACTITIONER, photo_id=photo_id, out=tmp_path)
    assert written.name == f"photo-{photo_id}.jpg" and written.read_bytes() == data
    with db.read() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(
                AuditEvent.entity == "photo", AuditEvent.entity_id == photo_id
            )
        ).all()
    assert actions == ["create", "export"]


def test_marketing_export_takes_only_consented_photos(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    private = _import(db, clinic, gps_jpeg(seed=1))
    public = _import(db, clinic, gps_jpeg(seed=2), consent=PhotoConsent.MARKETING)
    written = photos.export_for_marketing(
        db, actor=PRACTITIONER, patient_id=clinic.patient, folder=tmp_path
    )
    assert [p.name for p in written] == [f"photo-{public}.jpg"]
    assert not (tmp_path / f"photo-{private}.jpg").exists()


def test_consent_can_be_withdrawn_and_archived_photos_leave_the_gallery(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    photo_id = _import(db, clinic, gps_jpeg(), consent=PhotoConsent.MARKETING)
    photos.update_photo(
        db,
        actor=PRACTITIONER,
        photo_id=photo_id,
        details=photos.PhotoDetails(view=PhotoView.LEFT_45, consent=PhotoConsent.CLINICAL),
    )
    assert (
        photos.export_for_marketing(
            db, actor=PRACTITIONER, patient_id=clinic.patient, folder=tmp_path
        )
        == []
    )
    photos.archive_photo(db, actor=PRACTITIONER, photo_id=photo_id)
    assert photos.list_photos(db, actor=PRACTITIONER, patient_id=clinic.patient) == []


def test_reception_cannot_see_or_add_photos(db: Database, clinic: Clinic) -> None:
    reception = make_user(db, Role.RECEPTION)
    before = _counts(db)
    with pytest.raises(PermissionDenied):
        photos.import_photo(
            db, actor=reception, patient_id=clinic.patient, data=gps_jpeg(), name="a.jpg",
            details=FRONT,
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        photos.list_photos(db, actor=reception, patient_id=clinic.patient)
    assert _counts(db) == before


def test_check_reports_an_altered_or_missing_photo(db: Database, clinic: Clinic) -> None:
    photo_id = _import(db, clinic, gps_jpeg())
    assert check_database(db) == []
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE photo_content SET data = :d"), {"d": b"\xff\xd8 changed"})
    problems = check_database(db)
    assert any(f"photos {photo_id}" in p and "content changed" in p for p in problems)
    if db.path is not None:
        raw = sqlite3.connect(db.path)  # someone with the file, foreign keys off
        with raw:
            raw.execute("DELETE FROM photo_content")
        raw.close()
    else:  # the server's owner role, with the foreign-key triggers switched off
        with db.engine.begin() as conn:
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            conn.execute(text("DELETE FROM photo_content"))
    assert any(f"photo {photo_id}: its image is missing" in p for p in check_database(db))


def test_views_are_read_from_codes_or_labels() -> None:
    assert parse_view("left-profile") is PhotoView.LEFT_PROFILE
    assert parse_view("45° right") is PhotoView.RIGHT_45
    with pytest.raises(ValueError, match="front"):
        parse_view("upside down")


def test_the_camera_folder_offers_photos_once(tmp_path: Path) -> None:
    import os

    from mesodesk.services.photo_inbox import set_aside, waiting_photos

    (tmp_path / "b.JPG").write_bytes(b"x")
    (tmp_path / "a.png").write_bytes(b"x")
    os.utime(tmp_path / "a.png", (1, 1))
    (tmp_path / ".hidden.jpg").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "writing.jpg").write_bytes(b"")
    waiting = waiting_photos(tmp_path)
    assert [p.name for p in waiting] == ["a.png", "b.JPG"]
    (tmp_path / "imported").mkdir()
    (tmp_path / "imported" / "a.png").write_bytes(b"older")
    moved = set_aside(waiting, tmp_path)
    assert [p.name for p in moved] == ["a-1.png", "b.JPG"]
    assert waiting_photos(tmp_path) == []
    assert waiting_photos(tmp_path / "missing") == []
