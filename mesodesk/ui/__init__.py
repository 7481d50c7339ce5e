"""The PySide6 user interface. Nothing outside this package imports it."""
