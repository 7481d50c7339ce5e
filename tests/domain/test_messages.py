"""Messages: the core's user-facing texts are keys with named arguments, rendered late."""

from __future__ import annotations

import ast
import pickle
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from mesodesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    Shown,
    message_of,
    placeholders,
    render,
)

ROOT = Path(__file__).resolve().parents[2] / "mesodesk"
CORE = ("domain", "services", "store", "documents")
PROBLEM_FUNCTIONS = ("problem", "error", "message")  # helpers that return a text for the user


def core_files() -> list[Path]:
    files = [f for part in CORE for f in sorted((ROOT / part).rglob("*.py"))]
    return [f for f in files if f.name != "messages.py"]


def is_text(node: ast.AST | None) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def plain_texts(tree: ast.AST, domain: bool = False) -> list[ast.AST]:
    """Raise messages, field messages and problem texts written as plain or f-strings.

    ``problems.append(...)`` counts in the domain (its validators' field messages); the
    report lines of ``mesodesk check`` (services/health, store/schema_check) are diagnostics
    for the clinic's admin and stay English.
    """
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            call = node.exc
            found += [a for a in call.args if is_text(a)]
            for arg in call.args:
                if isinstance(arg, ast.Dict):
                    found += [v for v in arg.values if is_text(v)]
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if (
                isinstance(target, ast.Subscript)
                and isinstance(target.value, ast.Name)
                and ("error" in target.value.id or "problem" in target.value.id)
                and is_text(node.value)
            ):
                found.append(node.value)
        if isinstance(node, ast.FunctionDef) and node.name.endswith(PROBLEM_FUNCTIONS):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and is_text(inner.value):
                    found.append(inner)
        if (  # problems.append("..."), errors.setdefault(key, "...")
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and ("error" in node.func.value.id or "problem" in node.func.value.id)
            and (node.func.attr == "setdefault" or (domain and node.func.attr == "append"))
            and is_text(node.args[-1] if node.args else None)
        ):
            found.append(node)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id.endswith(("Error", "Refused", "Failed", "Denied", "NotFound"))
            and node.args
            and is_text(node.args[0])
        ):
            found.append(node)
    return found


def test_no_plain_text_raise_or_field_message_in_the_core() -> None:
    """New code must say what to tell the user with a Message, never baked-in English."""
    offenders = []
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [
            f"{path.relative_to(ROOT.parent)}:{n.lineno}"
            for n in plain_texts(tree, domain="domain" in path.parts)
        ]
    assert not offenders, "use Message(QT_TRANSLATE_NOOP('messages', ...)) at:\n" + "\n".join(
        sorted(set(offenders))
    )


def marked_key(node: ast.AST) -> list[str] | None:
    """The literal keys of ``QT_TRANSLATE_NOOP("messages", "...")`` (or a choice of two)."""
    if isinstance(node, ast.IfExp):
        body, orelse = marked_key(node.body), marked_key(node.orelse)
        return None if body is None or orelse is None else body + orelse
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ):
        return [node.args[1].value]  # type: ignore[attr-defined]
    return None


def test_every_marker_is_one_lupdate_can_read() -> None:
    """pyside6-lupdate extracts QT_TRANSLATE_NOOP only with two literal arguments."""
    bad = []
    for path in core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                continue
            ok = (
                len(node.args) == 2
                and not node.keywords
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == "messages"
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            )
            if not ok:
                bad.append(f"{path.name}:{node.lineno}")
    assert not bad


def test_placeholders_match_arguments_at_every_message() -> None:
    """Each literal key names exactly the arguments given with it (no more, no fewer)."""
    bad, seen = [], 0
    for path in core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Message"
                and node.args
            ):
                continue
            keys = marked_key(node.args[0])
            if keys is None:
                continue  # a key chosen elsewhere (already marked where it is written)
            names = {k.arg for k in node.keywords}
            if None in names:  # **args
                continue
            seen += 1
            for key in keys:
                if placeholders(key) != names:
                    bad.append(f"{path.name}:{node.lineno} {key!r} given {sorted(names)}")  # type: ignore[type-var]
    assert seen > 200
    assert not bad, "\n".join(bad)


def test_a_message_is_its_english_text() -> None:
    message = Message(
        QT_TRANSLATE_NOOP("messages", "There is no patient with number {number}."), number=12
    )
    assert message == "There is no patient with number 12."
    assert message.key == "There is no patient with number {number}."
    assert message.args == {"number": 12}
    assert str(ValueError(message)) == "There is no patient with number 12."
    assert message_of(ValueError(message)) is message
    assert pickle.loads(pickle.dumps(message)).args == {"number": 12}


def test_a_missing_or_extra_argument_fails_at_once() -> None:
    with pytest.raises(KeyError):
        Message("Lot {lot} is already recorded.")
    assert placeholders("{name!r} is {size:.1f} MB, {{not}} {a.b}") == {"name", "size", "a"}


def test_render_translates_the_key_and_localizes_the_values() -> None:
    message = Message(
        "{volume} ml on {day}; {inner}",
        volume=Decimal("2.5"),
        day=Shown("3 Dec 2026", date(2026, 12, 3)),
        inner=Message("Choose a patient."),
    )
    assert message.render() == "2.5 ml on 3 Dec 2026; Choose a patient."
    french = {
        "{volume} ml on {day}; {inner}": "{volume} ml le {day} ; {inner}",
        "Choose a patient.": "Choisissez un patient.",
    }

    def localize(value: object, spec: str) -> str | None:
        if isinstance(value, Decimal):
            return str(value).replace(".", ",")
        if isinstance(value, date):
            return value.strftime("%d/%m/%Y")
        return None

    shown = message.render(lambda key: french.get(key, key), localize)
    assert shown == "2,5 ml le 03/12/2026 ; Choisissez un patient."


def test_a_broken_translation_falls_back_to_english() -> None:
    message = Message("Lot {lot} is already recorded.", lot="A1")
    assert message.render(lambda key: "Le lot {numero} existe déjà.") == message
    assert render("plain text", lambda key: "x") == "plain text"
    assert message_of(RuntimeError("boom")).render(lambda key: key) == "boom"


def test_pyside6_lupdate_extracts_every_key_under_messages(tmp_path: Path) -> None:
    """What the translators get is exactly what the core can say."""
    import shutil
    import subprocess
    import xml.etree.ElementTree as ElementTree

    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    written: set[str] = set()
    for path in core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            written.update(marked_key(node) or [])
    ts = tmp_path / "core.ts"
    subprocess.run(
        [lupdate, *map(str, core_files()), "-ts", str(ts)], check=True, capture_output=True
    )
    extracted = {
        (context.findtext("name"), message.findtext("source"))
        for context in ElementTree.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    assert {context for context, _ in extracted} == {"messages"}
    assert {source for _, source in extracted} == written
