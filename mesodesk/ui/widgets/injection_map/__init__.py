"""The injection map: a diagram to place marks on, their list, totals, and thumbnails."""
