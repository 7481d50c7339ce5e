"""Treatment sessions: recording and amending (always audited, every rule enforced) and listing.

The rules themselves live in :mod:`mesodesk.domain.session_rules`; this package applies them.
"""

from mesodesk.domain.clock import from_utc, to_utc
from mesodesk.services.sessions.read import (
    overview,
    records,
    sessions_between,
    sessions_for_patient,
    sessions_on,
    treatment_lines,
)
from mesodesk.services.sessions.record import (
    audit_session,
    create_session,
    get_session,
    set_status,
    snapshot,
    update_session,
)

_snapshot = snapshot  # the name the course services used before the split

__all__ = [
    "audit_session",
    "create_session",
    "from_utc",
    "get_session",
    "overview",
    "records",
    "sessions_between",
    "sessions_for_patient",
    "sessions_on",
    "set_status",
    "snapshot",
    "to_utc",
    "treatment_lines",
    "update_session",
]
