"""Qt table models: one QAbstractTableModel per list, fed with frozen dataclasses."""
