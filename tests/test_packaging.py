"""The desktop build recipe leaves out only Qt modules mesodesk never imports."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "mesodesk.spec"


def _excluded_qt_modules() -> set[str]:
    text = SPEC.read_text(encoding="utf-8")
    block = re.search(r"QT_UNUSED = \[(.*?)\]", text, re.S)
    assert block is not None, "packaging/mesodesk.spec has no QT_UNUSED list"
    return set(re.findall(r'"(PySide6\.\w+)"', block.group(1)))


def _qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "mesodesk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("PySide6")
            ):
                found.add(".".join(node.module.split(".")[:2]))
                for alias in node.names:
                    if node.module == "PySide6":
                        found.add(f"PySide6.{alias.name}")
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("PySide6."):
                        found.add(".".join(alias.name.split(".")[:2]))
    return found


def test_the_build_keeps_every_qt_module_the_program_imports() -> None:
    excluded = _excluded_qt_modules()
    assert excluded, "the recipe should leave unused Qt modules out"
    assert not (_qt_modules_imported() & excluded)


def test_the_build_carries_resources_and_migrations_where_paths_looks() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert '"mesodesk/_data/resources"' in text
    assert '"mesodesk/_data/migrations"' in text
