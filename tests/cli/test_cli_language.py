"""The command line prints its one-line errors in English, or in MESODESK_LANGUAGE's language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mesodesk import cli
from mesodesk.cli import language
from tests.cli.test_cli import ROOT, assert_one_line_error, run_cli
from tests.conftest import subprocess_env
from tests.translations import write_qm

FRENCH = {"No database at {path}.": "Aucune base de données à {path}."}


@pytest.fixture
def shipped_french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "translations"
    folder.mkdir()
    write_qm(folder, "fr", FRENCH)
    monkeypatch.setattr(language, "translations_dir", lambda: folder)
    language.renderer.cache_clear()
    yield folder
    language.renderer.cache_clear()


def test_an_error_is_one_english_line_with_exit_1(tmp_path: Path) -> None:
    absent = tmp_path / "absent.sqlite3"
    result = run_cli("check", "--db", str(absent))
    assert result.returncode == 1
    assert_one_line_error(result, f"No database at {absent}.")
    assert result.stderr.strip() == f"mesodesk: error: No database at {absent}."


def test_a_language_without_a_translation_stays_english(tmp_path: Path) -> None:
    absent = tmp_path / "absent.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "mesodesk", "check", "--db", str(absent)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=subprocess_env(MESODESK_LANGUAGE="xx_YY"),
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"mesodesk: error: No database at {absent}."


def test_the_asked_language_is_printed_when_shipped(
    shipped_french: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    absent = tmp_path / "absent.sqlite3"
    monkeypatch.setenv("MESODESK_LANGUAGE", "fr_FR.UTF-8")
    assert cli.main(["check", "--db", str(absent)]) == 1
    assert capsys.readouterr().err.strip() == f"mesodesk: error: Aucune base de données à {absent}."
    monkeypatch.delenv("MESODESK_LANGUAGE")
    assert cli.main(["check", "--db", str(absent)]) == 1
    assert capsys.readouterr().err.strip() == f"mesodesk: error: No database at {absent}."


def test_language_names_are_read_leniently() -> None:
    assert language.candidates("fr_FR.UTF-8") == ["fr_FR", "fr"]
    assert language.candidates("de-DE") == ["de_DE", "de"]
    assert language.candidates("it") == ["it"]
    assert language.candidates("C") == []
