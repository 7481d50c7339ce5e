"""Old import path of the follow-ups page (the maintenance list was called "recall list").

Kept only for ``ui/main_window.py``; import :mod:`mesodesk.ui.pages.followups` instead.
"""

from __future__ import annotations

from mesodesk.ui.pages.followups import FollowUpsPage as RecallListPage

__all__ = ["RecallListPage"]
