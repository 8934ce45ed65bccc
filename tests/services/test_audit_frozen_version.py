"""The audit trail names what a frozen version's event refers to: its minutes, shown by their meeting,
never an empty value."""

from __future__ import annotations

from emeeting.domain import model as m
from emeeting.services.container import Services
from tests.services.test_frozen import Held, certified  # noqa: F401  (fixtures)
from tests.services.test_minutes import held, minutes  # noqa: F401  (fixtures)


def test_a_frozen_versions_event_shows_its_minutes_by_their_meeting(
    services: Services,
    meeting: m.Meeting,
    certified: Held,  # noqa: F811
) -> None:
    trail = services.audit.trail(meeting.id)
    [version] = [e for e in trail.entries if e.kind == "minutes_version" and e.action == "create"]
    shown = {change.field: (change.old, change.new) for change in version.changes}
    assert shown["minutes_id"][0] == "–"
    assert meeting.label in str(shown["minutes_id"][1]), shown
    assert all(new != "" for _old, new in shown.values()), shown
