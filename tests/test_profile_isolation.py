"""Tests never touch the real user profile: settings, database and log go to a temporary home."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REAL_HOME, REAL_PROFILE_DIRS, subprocess_env

ROOT = Path(__file__).resolve().parents[1]


def _snapshot() -> dict[str, tuple[bool, int]]:
    """Every file under the real profile folders, with its modification time."""
    seen: dict[str, tuple[bool, int]] = {}
    for folder in REAL_PROFILE_DIRS:
        seen[str(folder)] = (folder.exists(), 0)
        if folder.is_dir():
            for path in folder.rglob("*"):
                seen[str(path)] = (True, path.stat().st_mtime_ns)
    return seen


def test_the_session_runs_in_a_temporary_home() -> None:
    env = subprocess_env()
    assert Path(env["HOME"]) != REAL_HOME
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "MESODESK_LOG_DIR"):
        assert Path(env[name]).is_relative_to(env["HOME"]), name


def test_a_subprocess_run_leaves_the_real_profile_untouched(tmp_path: Path) -> None:
    before = _snapshot()
    isolated_config = Path(os.environ["XDG_CONFIG_HOME"]) / "mesodesk"
    result = subprocess.run(
        [sys.executable, "-m", "mesodesk", "--quit-after-ready", "--db", str(tmp_path / "a.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=subprocess_env(),
    )
    assert result.returncode == 0, result.stderr
    assert _snapshot() == before
    # The run did keep its settings: in the temporary profile.
    assert any(isolated_config.glob("*.conf")), list(isolated_config.parent.rglob("*"))
