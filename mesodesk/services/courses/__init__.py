"""Treatment courses: planning their sessions, moving and cancelling them, progress and follow-ups.

One module per subject; this package gathers their public names, so ``courses.X`` reads the
same whichever module holds X:

- :mod:`.common`: limits, the input and move records, shared helpers;
- :mod:`.planning`: proposing dates and creating a course;
- :mod:`.moves`: moving a session, and the later sessions of its course;
- :mod:`.replacement`: cancelling a session and booking a replacement;
- :mod:`.status` and :mod:`.progress`: a course's status and how far it has got;
- :mod:`.followup` and :mod:`.followup_contacts`: whom to call back, and the calls made;
- :mod:`.ics`: the patient's upcoming sessions as a calendar file.
"""

from __future__ import annotations

from mesodesk.services.courses.common import (
    MAX_INTERVAL_DAYS,
    MAX_MAINTENANCE_DAYS,
    MAX_SESSIONS,
    MAX_TITLE,
    MIN_SESSIONS,
    SEARCH_DAYS,
    CourseInput,
    Move,
    defaults_for,
    opening_hours,
)
from mesodesk.services.courses.followup import (
    FOLLOWUP_CSV_HEADER,
    FOLLOWUP_KINDS,
    MAINTENANCE_DUE,
    MAINTENANCE_OVERDUE,
    NO_NEXT_SESSION,
    FollowUpItem,
    followup_csv,
    followup_list,
    propose_next,
)
from mesodesk.services.courses.followup_contacts import (
    DEFAULT_HORIZON_DAYS,
    DEFAULT_OVERDUE_DAYS,
    ContactOutcome,
    FollowUpView,
    followups,
    most_urgent,
    record_contact,
    view_of,
)
from mesodesk.services.courses.ics import ics_file_name, upcoming_ics
from mesodesk.services.courses.moves import apply_moves, later_planned_in_course, plan_move
from mesodesk.services.courses.planning import (
    Conflict,
    create_course,
    ideal_starts,
    practitioner_conflicts,
    propose,
)
from mesodesk.services.courses.progress import CourseProgress, course_progress, set_course_status
from mesodesk.services.courses.replacement import book_replacement, cancel, replacement_slot
from mesodesk.services.courses.status import derive_status, update_course_status

__all__ = [
    "DEFAULT_HORIZON_DAYS",
    "DEFAULT_OVERDUE_DAYS",
    "ContactOutcome",
    "FollowUpView",
    "followups",
    "most_urgent",
    "record_contact",
    "view_of",
    "FOLLOWUP_CSV_HEADER",
    "FOLLOWUP_KINDS",
    "MAINTENANCE_DUE",
    "MAINTENANCE_OVERDUE",
    "MAX_INTERVAL_DAYS",
    "MAX_MAINTENANCE_DAYS",
    "MAX_SESSIONS",
    "MAX_TITLE",
    "MIN_SESSIONS",
    "NO_NEXT_SESSION",
    "SEARCH_DAYS",
    "Conflict",
    "CourseInput",
    "CourseProgress",
    "FollowUpItem",
    "Move",
    "apply_moves",
    "book_replacement",
    "cancel",
    "course_progress",
    "create_course",
    "defaults_for",
    "derive_status",
    "followup_csv",
    "followup_list",
    "ideal_starts",
    "later_planned_in_course",
    "opening_hours",
    "plan_move",
    "practitioner_conflicts",
    "propose",
    "propose_next",
    "replacement_slot",
    "set_course_status",
    "ics_file_name",
    "upcoming_ics",
    "update_course_status",
]
