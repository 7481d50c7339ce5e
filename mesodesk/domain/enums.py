"""Enumerations shared by every layer; their values are what the database stores."""

from __future__ import annotations

from enum import StrEnum


class SessionStatus(StrEnum):
    PLANNED = "planned"
    ARRIVED = "arrived"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    SessionStatus.PLANNED: "Planned",
    SessionStatus.ARRIVED: "Arrived",
    SessionStatus.DONE: "Done",
    SessionStatus.CANCELLED: "Cancelled",
    SessionStatus.NO_SHOW: "No-show",
}


class Technique(StrEnum):
    NAPPAGE = "nappage"
    PAPULE = "papule"
    POINT_BY_POINT = "point_by_point"
    LINEAR_RETROGRADE = "linear_retrograde"

    @property
    def label(self) -> str:
        return _TECHNIQUE_LABELS[self]


_TECHNIQUE_LABELS = {
    Technique.NAPPAGE: "Nappage",
    Technique.PAPULE: "Papule",
    Technique.POINT_BY_POINT: "Point by point",
    Technique.LINEAR_RETROGRADE: "Linear / retrograde",
}


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class Region(StrEnum):
    FACE = "face"
    BODY = "body"


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class CourseStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    IMPORT = "import"
    SEED = "seed"
