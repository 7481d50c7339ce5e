"""The core (domain, store, services, documents) never imports Qt; the GUI defers heavy imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules_after(code: str) -> set[str]:
    script = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(result.stdout.split())


def test_core_imports_no_qt() -> None:
    core = [
        p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")
        for layer in ("domain", "store", "services", "documents")
        for p in sorted((ROOT / "mesodesk" / layer).rglob("*.py"))
    ]
    assert len(core) > 10
    modules = _modules_after("\n".join(f"import {m}" for m in core))
    assert not {m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6")}
    assert "mesodesk.ui" not in modules


def test_cli_without_gui_imports_no_qt() -> None:
    modules = _modules_after("import mesodesk.cli, mesodesk.app")
    assert not {m for m in modules if m.startswith("PySide6")}


def test_first_paint_does_not_import_alembic_or_reportlab(tmp_path: Path) -> None:
    """Open an up-to-date database and record sys.modules when the window is ready."""
    db = tmp_path / "ready.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "mesodesk", "--quit-after-ready", "--db", str(db)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env=_env(),
    )  # first start migrates (alembic allowed then)
    script = (
        "import sys\n"
        "from mesodesk.ui.main_window import MainWindow\n"
        "seen = []\n"
        "MainWindow.ready_hooks = seen\n"
        "orig = MainWindow.__init__\n"
        "def init(self, *a, **k):\n"
        "    orig(self, *a, **k)\n"
        "    self.ready.connect(lambda: seen.append(sorted(sys.modules)))\n"
        "MainWindow.__init__ = init\n"
        "from mesodesk.app import run\n"
        f"code = run(['--quit-after-ready', '--db', {str(db)!r}])\n"
        "mods = seen[0]\n"
        "print('\\n'.join(m for m in mods if m.split('.')[0] in ('alembic', 'reportlab')))\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, env=_env()
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
