"""A committee with a meeting on the Thai template, and a clock the tests move: for the meeting day."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from emeeting.domain import model as m
from emeeting.services.container import Services

BANGKOK = timezone(timedelta(hours=7))


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 9, 30, tzinfo=BANGKOK)

    def __call__(self) -> datetime:
        return self.now


class Org:
    def __init__(self, services: Services) -> None:
        self.committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "ICT")
        self.chair = m.Person("สมชาย", "ใจดี", title="นาย")
        self.members = [m.Person("สมหญิง", "รักเรียน", title="นาง"), m.Person("วิชัย", "มั่นคง", title="นาย")]
        self.secretary = m.Person("ปราณี", "ขยัน", title="นางสาว")
        memberships = [
            m.Membership(self.committee.id, self.chair.id, role=m.MemberRole.CHAIR),
            *(m.Membership(self.committee.id, p.id) for p in self.members),
            m.Membership(self.committee.id, self.secretary.id, role=m.MemberRole.SECRETARY, voting=False),
        ]
        services.records.create(self.committee, self.chair, *self.members, self.secretary, *memberships)
        self.meeting_id = m.new_id()
        services.meetings.create(
            self.committee.id,
            "ประชุมประจำเดือน",
            datetime(2026, 3, 10, 9, 30, tzinfo=BANGKOK),
            template="th",
            meeting_id=self.meeting_id,
            status=m.MeetingStatus.INVITED,
        )
        people = [self.chair, *self.members, self.secretary]
        services.records.create(*(m.Invitation(self.meeting_id, p.id) for p in people))
        self.item = m.AgendaItem(self.meeting_id, "ขออนุมัติจัดซื้อ", duration_minutes=10)
        services.agenda.add(self.item)
