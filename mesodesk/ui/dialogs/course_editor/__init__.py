"""The course editor: plan a course of sessions, check the proposed dates, then book them all.

:mod:`.editor` holds the dialog and its behaviour, :mod:`.sections` the three boxes it is
made of (treatment, schedule, proposed sessions).
"""

from __future__ import annotations

from mesodesk.ui.dialogs.course_editor.editor import BLOCK_NOTE, CourseEditor

__all__ = ["BLOCK_NOTE", "CourseEditor"]
