"""A real .qm for tests, made the way the build makes them: a .ts compiled by pyside6-lrelease."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.sax.saxutils import escape


def write_qm(folder: Path, language: str, entries: dict[str, str]) -> Path:
    """``folder/mesodesk_<language>.qm`` translating ``entries`` in the "messages" context."""
    messages = "".join(
        f"<message><source>{escape(k)}</source><translation>{escape(v)}</translation></message>"
        for k, v in entries.items()
    )
    ts = folder / f"mesodesk_{language}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{language}">'
        f"<context><name>messages</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    qm = folder / f"mesodesk_{language}.qm"
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm
