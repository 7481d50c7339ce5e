"""The application-level "data changed" signal: views refresh themselves when it fires."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """Emitted after every successful change, with the kind of entity that changed."""

    changed = Signal(str)


_bus: DataBus | None = None


def bus() -> DataBus:
    global _bus
    if _bus is None:
        _bus = DataBus()
    return _bus
