"""Dialogs: editors and choosers."""
