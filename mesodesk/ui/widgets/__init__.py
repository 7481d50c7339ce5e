"""Reusable widgets that pages and dialogs embed."""
