"""The shared alert badges: the domain's alerts drawn as labels, replaced on each update."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mesodesk.domain.session_rules import Alert, AlertKind, alert_badges
from mesodesk.services.dto import ProfileInput
from mesodesk.ui.widgets.alert_badges import AlertBadges, alert_text


def test_badges_show_the_domain_alerts_in_order(qtbot: QtBot) -> None:
    widget = AlertBadges()
    qtbot.addWidget(widget)
    profile = ProfileInput(allergens=("latex",), on_blood_thinners=True, needle_anxiety=True)
    widget.set_alerts(alert_badges(profile))
    widget.show()
    qtbot.waitExposed(widget)
    labels = widget.labels()
    assert [label.text() for label in labels] == [
        "Allergies: latex",
        "Blood thinners",
        "Needle anxiety",
    ]
    assert [label.property("kind") for label in labels] == ["alert", "alert", "caution"]
    assert all(label.objectName() == "alertBadge" and label.isVisible() for label in labels)
    xs = [label.x() for label in labels]
    assert xs == sorted(xs)


def test_set_alerts_replaces_the_old_badges_at_once(qtbot: QtBot) -> None:
    widget = AlertBadges()
    qtbot.addWidget(widget)
    widget.set_alerts([Alert("Blood thinners", AlertKind.ALERT, "Aspirin")])
    [old] = widget.labels()
    assert old.toolTip() == "Aspirin"
    widget.set_alerts(alert_badges(None))
    assert old.isHidden()
    [hint] = widget.labels()
    assert hint.text() == "No medical profile recorded" and hint.property("kind") == "hint"
    assert hint.toolTip() == "Record one with Edit patient… before treating."


def test_texts_not_known_are_shown_as_they_are() -> None:
    assert alert_text("Allergies: see profile") == "Allergies: see profile"
    assert alert_text("Something new from the domain") == "Something new from the domain"
