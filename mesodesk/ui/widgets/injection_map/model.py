"""The marks being recorded, and the undoable changes made to them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from mesodesk.domain.injection_map import MapCatalog, placed
from mesodesk.services.injection_map import Mark


class MapModel(QObject):
    """The session's marks in order; every change goes through an undo command."""

    changed = Signal()

    def __init__(
        self, shapes: MapCatalog, area_ids: dict[str, int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.shapes = shapes
        self.area_ids = area_ids
        self.marks: list[Mark] = []

    def reset(self, marks: list[Mark]) -> None:
        self.marks = list(marks)
        self.changed.emit()

    def insert(self, index: int, mark: Mark) -> None:
        self.marks.insert(index, mark)
        self.changed.emit()

    def take(self, index: int) -> Mark:
        mark = self.marks.pop(index)
        self.changed.emit()
        return mark

    def put(self, index: int, mark: Mark) -> None:
        self.marks[index] = mark
        self.changed.emit()

    def place(self, mark: Mark) -> Mark:
        """Area and side from the region under the mark (outside every region: as it was)."""
        return placed(mark, self.shapes, self.area_ids)

    def moved(self, mark: Mark, points: tuple[tuple[float, float], ...]) -> Mark:
        return self.place(replace(mark, points=points))


class AddMark(QUndoCommand):
    def __init__(self, model: MapModel, index: int, mark: Mark) -> None:
        super().__init__(QCoreApplication.translate("InjectionMap", "add a mark"))
        self.model, self.index, self.mark = model, index, mark

    def redo(self) -> None:
        self.model.insert(self.index, self.mark)

    def undo(self) -> None:
        self.model.take(self.index)


class RemoveMark(QUndoCommand):
    def __init__(self, model: MapModel, index: int) -> None:
        super().__init__(QCoreApplication.translate("InjectionMap", "remove a mark"))
        self.model, self.index = model, index
        self.mark = model.marks[index]

    def redo(self) -> None:
        self.model.take(self.index)

    def undo(self) -> None:
        self.model.insert(self.index, self.mark)


EDIT_ID = 1701
"""Edits of the same field of the same mark, one after another, undo as one."""


class ChangeMark(QUndoCommand):
    """A mark moved or one of its fields changed (``field`` names it, "" for a move)."""

    def __init__(self, model: MapModel, index: int, after: Mark, field: str = "") -> None:
        super().__init__(
            QCoreApplication.translate("InjectionMap", "move a mark")
            if not field
            else QCoreApplication.translate("InjectionMap", "change a mark")
        )
        self.model, self.index, self.field = model, index, field
        self.before = model.marks[index]
        self.after = after

    def id(self) -> int:
        return EDIT_ID if self.field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeMark):
            return False
        if (other.index, other.field) != (self.index, self.field):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.model.put(self.index, self.after)

    def undo(self) -> None:
        self.model.put(self.index, self.before)
