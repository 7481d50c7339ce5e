"""photo-import prints the new ids, photo-export writes the stored image, bad files are one line."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from mesodesk.services import patients
from mesodesk.services.dto import PatientInput
from mesodesk.store.engine import Database
from tests.cli.test_cli import assert_one_line_error, run_as
from tests.factories import ACTOR
from tests.photo_files import gps_jpeg, rotated_jpeg


def _patient(db_url: str) -> int:
    db = Database.connect(db_url)
    try:
        return patients.create_patient(db, PatientInput("Ines", "Photo"), actor=ACTOR).id
    finally:
        db.dispose()


def test_import_prints_ids_and_export_writes_the_clean_image(
    db_url: str, db_args: list[str], tmp_path: Path
) -> None:
    patient = _patient(db_url)
    front, side = tmp_path / "IMG_0001.JPG", tmp_path / "IMG_0002.JPG"
    front.write_bytes(rotated_jpeg())
    side.write_bytes(gps_jpeg(seed=3))
    result = run_as(
        "photo-import", *db_args, "--patient", str(patient), "--view", "front",
        str(front), str(side),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    ids = [int(line) for line in result.stdout.split()]
    assert len(ids) == 2
    out = tmp_path / "out.jpg"
    exported = run_as("photo-export", *db_args, "--photo", str(ids[0]), "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    image = Image.open(io.BytesIO(out.read_bytes()))
    assert image.size == (40, 60) and not image.getexif()


def test_a_hostile_file_is_one_line_and_nothing_is_stored(
    db_url: str, db_args: list[str], tmp_path: Path
) -> None:
    patient = _patient(db_url)
    fake = tmp_path / "scan.jpg"
    fake.write_text("this is not a photo")
    result = run_as(
        "photo-import", *db_args, "--patient", str(patient), "--view", "front",
        str(fake),
    )  # fmt: skip
    assert_one_line_error(result, "scan.jpg is not a photo")
    listed = run_as("photo-export", *db_args, "--photo", "1", "--out", str(tmp_path))
    assert_one_line_error(listed, "no photo 1")


def test_an_unknown_view_names_the_choices(db_url: str, db_args: list[str], tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(gps_jpeg())
    result = run_as("photo-import", *db_args, "--patient", "1", "--view", "sideways", str(photo))
    assert_one_line_error(result, "--view: 'sideways' is not a photo view")


def test_photo_commands_need_a_signed_in_user(
    db_url: str, db_args: list[str], tmp_path: Path
) -> None:
    from tests.cli.test_cli import run_cli

    photo = tmp_path / "a.jpg"
    photo.write_bytes(gps_jpeg())
    result = run_cli("photo-import", *db_args, "--patient", "1", "--view", "front", str(photo))
    assert_one_line_error(result, "--user")
