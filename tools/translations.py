"""Keep the window's translations in step: extract, import translators' work, compile, check.

    python tools/translations.py update             # sources -> resources/translations/*.ts
    python tools/translations.py import fr fr.json  # fill unfinished French messages
    python tools/translations.py release            # .ts -> .qm (committed, see README)
    python tools/translations.py check              # exit 1 when anything is missing or stale

``update`` runs pyside6-lupdate over every ``mesodesk/**/*.py`` and drops messages no longer
in the sources. ``import`` takes ``{"English source": "translation"}`` (a list of plural forms
for ``%n`` messages, in Qt's order for the language) and fills every unfinished message with
that source text, in every context, keeping translations already made. ``check`` lists the
unfinished messages of each language, a ``.ts`` out of step with the sources and a ``.qm`` out
of step with its ``.ts``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "it", "de")
"""The shipped languages, besides English (the source language)."""


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"mesodesk_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"mesodesk_{language}.qm"


def sources() -> list[str]:
    """Every Python file of the program, relative to the checkout, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "mesodesk").rglob("*.py"))


def tool(name: str) -> str:
    """The path of a Qt tool PySide6 ships (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    for candidate in (
        Path(PySide6.__file__).parent / name,
        Path(PySide6.__file__).parent / "Qt" / "bin" / name,
    ):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"translations: pyside6-{name} was not found (pip install pyside6)")


def lupdate(targets: list[Path]) -> None:
    """Extract the sources into ``targets`` (made or updated), dropping obsolete messages."""
    for target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        language = target.stem.rsplit("_", 1)[-1]
        subprocess.run(
            [
                tool("lupdate"),
                *sources(),
                "-ts",
                str(target),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("lrelease"), "-nounfinished", "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool
    translations: tuple[str, ...]


def messages(ts: Path) -> Iterator[Message]:
    """The messages of a .ts file (obsolete and vanished ones left out)."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            yield Message(
                name, message.findtext("source") or "", numerus, kind is None and all(texts), texts
            )


def import_json(language: str, data: dict[str, object]) -> tuple[int, list[Message]]:
    """Fill unfinished messages of ``language`` from ``data``; the count filled and those left."""
    path = ts_path(language)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        filled += _fill(context, data)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    lupdate([path])  # lupdate writes the file back in its own layout
    return filled, [m for m in messages(path) if not m.finished]


def _fill(context: ET.Element, data: dict[str, object]) -> int:
    """Fill the unfinished messages of one context; an ``"@<context>": {...}`` entry of
    ``data`` gives translations for that context only (a word whose gender depends on it)."""
    own = data.get("@" + (context.findtext("name") or ""))
    filled = 0
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        value = own.get(source) if isinstance(own, dict) and source in own else data.get(source)
        if not value:
            continue
        if message.get("numerus") == "yes":
            forms = list(translation.iter("numerusform"))
            values = value if isinstance(value, list) else [value]
            if not forms or not all(isinstance(v, str) and v for v in values):
                continue
            for i, form in enumerate(forms):
                form.text = values[min(i, len(values) - 1)]
        elif isinstance(value, str):
            translation.text = value
        else:
            continue
        del translation.attrib["type"]
        filled += 1
    return filled


def stale_sources(language: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(context, source) pairs in the sources and not in the shipped .ts, and the reverse."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = ts_path(language, Path(tmp))
        lupdate([fresh])
        wanted = {(m.context, m.source) for m in messages(fresh)}
    shipped = {(m.context, m.source) for m in messages(ts_path(language))}
    return wanted - shipped, shipped - wanted


def stale_qm(language: str) -> bool:
    """Whether the committed .qm differs from what lrelease makes of the committed .ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.qm"
        lrelease(ts_path(language), fresh)
        return (
            not qm_path(language).exists() or fresh.read_bytes() != qm_path(language).read_bytes()
        )


def shipped_languages() -> list[str]:
    return [language for language in LANGUAGES if ts_path(language).exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    update = sub.add_parser("update", help="extract the sources into the .ts files")
    update.add_argument("languages", nargs="*", default=list(LANGUAGES))
    imp = sub.add_parser("import", help="fill unfinished messages from a JSON file")
    imp.add_argument("language", choices=LANGUAGES)
    imp.add_argument("file", type=Path)
    sub.add_parser("release", help="compile the .ts files into .qm files")
    sub.add_parser("check", help="list what is unfinished or out of step; exit 1 if anything is")
    args = parser.parse_args(argv)

    if args.command == "update":
        lupdate([ts_path(language) for language in args.languages])
        for language in args.languages:
            left = [m for m in messages(ts_path(language)) if not m.finished]
            print(f"{language}: {len(left)} unfinished")
        return 0
    if args.command == "import":
        data = json.loads(args.file.read_text(encoding="utf-8"))
        filled, left = import_json(args.language, data)
        print(f"{args.language}: {filled} filled, {len(left)} still unfinished")
        for m in left:
            print(f"  [{m.context}] {m.source!r}")
        return 0
    if args.command == "release":
        for language in shipped_languages():
            lrelease(ts_path(language), qm_path(language))
            print(f"{qm_path(language).relative_to(ROOT)}")
        return 0
    problems = 0
    for language in shipped_languages():
        missing, obsolete = stale_sources(language)
        left = [m for m in messages(ts_path(language)) if not m.finished]
        for context, source in sorted(missing):
            print(f"{language}: not extracted yet (run update): [{context}] {source!r}")
        for context, source in sorted(obsolete):
            print(f"{language}: no longer in the sources (run update): [{context}] {source!r}")
        for m in left:
            print(f"{language}: unfinished: [{m.context}] {m.source!r}")
        if stale_qm(language):
            print(f"{language}: {qm_path(language).name} is out of step (run release)")
            problems += 1
        problems += len(missing) + len(obsolete) + len(left)
    print(f"{problems} problem(s)" if problems else "translations complete and in step")
    return 1 if problems else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into head
        sys.exit(0)
