"""Clinical photo vocabulary: standard views, before/after, and what the patient consented to."""

from __future__ import annotations

from enum import StrEnum

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message


class PhotoView(StrEnum):
    """The standard angles a clinic repeats at each visit so that photos can be compared."""

    FRONT = "front"
    LEFT_45 = "left_45"
    LEFT_PROFILE = "left_profile"
    RIGHT_45 = "right_45"
    RIGHT_PROFILE = "right_profile"
    BODY_FRONT = "body_front"
    BODY_BACK = "body_back"
    BODY_LEFT = "body_left"
    BODY_RIGHT = "body_right"
    DETAIL = "detail"


VIEW_LABELS: dict[PhotoView, str] = {
    PhotoView.FRONT: "Front",
    PhotoView.LEFT_45: "45° left",
    PhotoView.LEFT_PROFILE: "Left profile",
    PhotoView.RIGHT_45: "45° right",
    PhotoView.RIGHT_PROFILE: "Right profile",
    PhotoView.BODY_FRONT: "Body, front",
    PhotoView.BODY_BACK: "Body, back",
    PhotoView.BODY_LEFT: "Body, left side",
    PhotoView.BODY_RIGHT: "Body, right side",
    PhotoView.DETAIL: "Close-up",
}


class PhotoPhase(StrEnum):
    BEFORE = "before"
    AFTER = "after"


class PhotoConsent(StrEnum):
    """Clinical record only, or also teaching and marketing (the only ones a marketing export takes)."""

    CLINICAL = "clinical"
    MARKETING = "marketing"


def parse_view(text: str) -> PhotoView:
    """A view from its code or its label, case and spacing ignored; ValueError names the choices."""
    wanted = " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()
    for view in PhotoView:
        if wanted in (view.value.replace("_", " "), VIEW_LABELS[view].casefold()):
            return view
    choices = ", ".join(view.value for view in PhotoView)
    raise ValueError(
        Message(
            QT_TRANSLATE_NOOP("messages", "{text!r} is not a photo view; use one of {choices}"),
            text=text,
            choices=choices,
        )
    )
