"""The calendar toolbar's practitioner chooser: everyone, or one practitioner's columns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from mesodesk.services.dto import PractitionerRecord

ALL_PRACTITIONERS = -1


class PractitionerCombo(QComboBox):
    """ "All practitioners" and each active one; a chosen practitioner stays listed once archived."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPractitioner")
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addItem(self.tr("All practitioners"), ALL_PRACTITIONERS)

    def chosen(self) -> int | None:
        """The chosen practitioner's id, or None for everyone."""
        value = self.currentData()
        return None if value is None or int(value) == ALL_PRACTITIONERS else int(value)

    def choose(self, practitioner_id: int | None) -> bool:
        index = self.findData(ALL_PRACTITIONERS if practitioner_id is None else practitioner_id)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    def fill(
        self, people: Sequence[PractitionerRecord], known: Sequence[PractitionerRecord]
    ) -> None:
        """List ``people``, keeping the choice (named from ``known`` if no longer listed).

        Emits no signal: the choice stays the same.
        """
        current = self.chosen()
        entries = [(self.tr("All practitioners"), ALL_PRACTITIONERS)]
        entries += [(p.display_name, p.id) for p in people]
        if current is not None and current not in {p.id for p in people}:
            name = next((p.display_name for p in known if p.id == current), "")
            entries.append((name or self.tr("Practitioner {0}").format(current), current))
        existing = [(self.itemText(i), self.itemData(i)) for i in range(self.count())]
        if existing == entries:
            return
        self.blockSignals(True)
        self.clear()
        for text, value in entries:
            self.addItem(text, value)
        index = self.findData(ALL_PRACTITIONERS if current is None else current)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
