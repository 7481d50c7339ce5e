"""Writing a session from the editor, and what happens when another desk saved it first."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QCoreApplication

from mesodesk.services import sessions
from mesodesk.services.dto import SessionInput, SessionRecord
from mesodesk.services.errors import EditConflict
from mesodesk.services.sessions.conflict import input_values, record_values
from mesodesk.ui.busy_save import BusySave
from mesodesk.ui.dialogs.conflict import Resolution, plain_value, resolve_conflict
from mesodesk.ui.dialogs.session_editor.combos import select
from mesodesk.ui.locale_format import decimal_text, volume_text

if TYPE_CHECKING:
    from mesodesk.ui.dialogs.session_editor.dialog import SessionEditor


T = TypeVar("T")


def write(editor: SessionEditor, data: SessionInput, reason: str) -> SessionRecord | None:
    """Create or amend the session; an amendment names the version the editor loaded.

    When another desk saved the session meanwhile, the conflict dialog decides: keep mine
    saves over theirs (audited as an overwrite), take theirs reloads the session with the
    user's changes put back on top (None: check, then save again), cancel changes nothing
    (None). Other failures propagate; nothing typed is touched.
    """
    ctx, record, call = editor.ctx, editor.record, busy_save(editor).call
    if record is None:
        return call(sessions.create_session, ctx.db, data, actor=ctx.actor)

    def update(overwrite: bool) -> SessionRecord:
        return call(
            sessions.update_session,
            ctx.db,
            record.id,
            data,
            actor=ctx.actor,
            reason=reason,
            expected_version=record.version,
            overwrite=overwrite,
        )

    try:
        return update(overwrite=False)
    except EditConflict as conflict:
        choice = resolve_conflict(editor, conflict, field_labels(), show_value(editor))
    if choice == Resolution.KEEP_MINE:
        return update(overwrite=True)
    if choice == Resolution.TAKE_THEIRS:
        take_theirs(editor, data)
        editor.show_message(
            QCoreApplication.translate(
                "SessionEditor",
                "The other desk's changes are loaded and yours are put back on top: "
                "check them, then save.",
            ),
            "warning",
        )
        return None
    editor.show_message(
        QCoreApplication.translate(
            "SessionEditor", "Not saved: another desk changed this session. Save again to decide."
        ),
        "info",
    )
    return None


def busy_save(editor: SessionEditor) -> BusySave:
    """The editor's save runner (made on first use): saves run off the GUI thread while the
    editor shows "Saving…" with its buttons disabled."""
    found = editor.findChild(BusySave)
    if found is not None:
        return found

    def show(text: str) -> None:
        editor.show_message(text, "info" if text else "")

    return BusySave(editor, lambda: editor.form.tail, show)


def take_theirs(editor: SessionEditor, mine: SessionInput) -> None:
    """Load the stored session, then put back every field the user changed since loading."""
    loaded = editor.record
    assert loaded is not None
    fresh = sessions.get_session(editor.ctx.db, loaded.id, actor=editor.ctx.actor)
    base, yours = record_values(loaded), input_values(mine, editor.zone)
    changed = {name for name, value in yours.items() if base.get(name) != value}

    def pick(name: str, theirs: T, typed: T) -> T:
        return typed if name in changed else theirs

    form = editor.form
    practitioner = pick("practitioner_id", fresh.practitioner_id, mine.practitioner_id)
    form.appointment.load(
        pick("starts_at", fresh.starts_at.replace(tzinfo=None), mine.starts_at),
        pick("duration_minutes", fresh.duration_minutes, mine.duration_minutes),
        None if practitioner is None else (practitioner, fresh.practitioner_name),
        fresh.status,
        pick("status_reason", fresh.status_reason, mine.status_reason),
    )
    if "status" in changed:
        select(form.appointment.status_combo, str(mine.status))
    form.observations.load(
        pick("anaesthetic_used", fresh.anaesthetic_used, mine.anaesthetic_used),
        pick("anaesthetic_product", fresh.anaesthetic_product, mine.anaesthetic_product),
        pick("immediate_reactions", fresh.immediate_reactions, mine.immediate_reactions),
        pick("notes", fresh.notes, mine.notes),
    )
    if "treatments" not in changed and not form.map_section.has_marks():
        form.treatments.replace_lines(list(fresh.treatments), read_only=False)
    editor.take_record(fresh)


def field_labels() -> dict[str, str]:
    return {
        "starts_at": QCoreApplication.translate("SessionEditor", "Date and time"),
        "duration_minutes": QCoreApplication.translate("SessionEditor", "Duration (minutes)"),
        "practitioner_id": QCoreApplication.translate("SessionEditor", "Practitioner"),
        "status": QCoreApplication.translate("SessionEditor", "Status"),
        "status_reason": QCoreApplication.translate("SessionEditor", "Reason"),
        "course_id": QCoreApplication.translate("SessionEditor", "Course"),
        "anaesthetic_used": QCoreApplication.translate("SessionEditor", "Anaesthetic used"),
        "anaesthetic_product": QCoreApplication.translate("SessionEditor", "Anaesthetic"),
        "immediate_reactions": QCoreApplication.translate("SessionEditor", "Immediate reactions"),
        "notes": QCoreApplication.translate("SessionEditor", "Notes"),
        "treatments": QCoreApplication.translate("SessionEditor", "Treatment lines"),
    }


def show_value(editor: SessionEditor) -> Callable[[str, object], str]:
    """Values as the editor names them: practitioners by name, each treatment line spelled
    out (area, volume, technique, depth, needle, lot), so that a difference shows."""
    combo = editor.form.appointment.practitioner_combo

    def shown(field: str, value: object) -> str:
        if field == "practitioner_id" and value is not None:
            index = combo.findData(value)
            return combo.itemText(index) if index >= 0 else str(value)
        if field == "treatments" and isinstance(value, tuple):
            return lines_text(editor, value)
        return plain_value(value)

    return shown


def _names(editor: SessionEditor) -> tuple[dict[object, str], dict[object, str], dict[object, str]]:
    """Area, lot and technique names by id, as the editor shows them."""
    areas: dict[object, str] = {}
    lots: dict[object, str] = {}
    techniques: dict[object, str] = {}
    for t in editor.record.treatments if editor.record is not None else ():
        areas[t.area_id] = t.area_name
        if t.product_lot_id is not None:
            lots[t.product_lot_id] = t.lot_number
    for line in editor.form.lines:
        for combo, names in ((line.area, areas), (line.lot, lots), (line.technique, techniques)):
            for index in range(combo.count()):
                if combo.itemData(index) is not None:
                    names.setdefault(combo.itemData(index), combo.itemText(index))
    return areas, lots, techniques


def lines_text(editor: SessionEditor, lines: tuple[object, ...]) -> str:
    """Treatment lines as compared, one per row: "Abdomen: 3.2 ml, Point by point, 4 mm,
    30G, lot 24A17"."""
    if not lines:
        return plain_value(None)
    areas, lots, techniques = _names(editor)
    rows = []
    for line in lines:
        area_id, lot_id, volume, technique, depth, gauge = cast(tuple[object, ...], line)
        parts = []
        if isinstance(volume, Decimal):
            parts.append(volume_text(volume))
        if technique:
            parts.append(techniques.get(technique, str(technique)))
        if isinstance(depth, Decimal) and depth:
            parts.append(f"{decimal_text(depth, 1)} mm")
        if gauge is not None:
            parts.append(f"{gauge}G")
        if lot_id is not None:
            lot = lots.get(lot_id, str(lot_id))
            parts.append(QCoreApplication.translate("SessionEditor", "lot {lot}").format(lot=lot))
        area = areas.get(area_id, str(area_id))
        rows.append(f"{area}: {', '.join(parts)}" if parts else area)
    return "\n".join(rows)
