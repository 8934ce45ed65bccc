"""Minutes (รายงานการประชุม): a draft built from what was recorded, edited per item, certified and amended.

The draft's text for each agenda item is composed from the item's notes, recusals, votes, dissent,
resolution and action items, in the committee's language and the chosen style (verbatim: votes with
names; summary: counts only; resolutions only: no discussion). Certification freezes the minutes'
canonical text — the whole minutes as one plain text, headings of form แบบที่ 11 in order — as version 0
and stores its sha256 in ``Minutes.certified_sha256``; every later change is an amendment: a new frozen
version with its reason.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from types import MappingProxyType

from emeeting.domain import model as m
from emeeting.domain.agenda import number_items, ordered
from emeeting.domain.certification import (
    Disagreement,
    Finding,
    StoreTrail,
    disagreements,
    recorded_value,
    sha256_text,
    version_events,
)
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.domain.lifecycle import allowed_next, check_transition
from emeeting.domain.thai import (
    OFFICE_ZONE,
    format_english_date,
    format_english_time,
    format_thai_date,
    format_thai_time,
)
from emeeting.services.frozen import meeting_of
from emeeting.services.meetings import item_notes, load_bundle
from emeeting.services.records import insert, replace
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store

# The minutes' fixed wording, in the committee's language (the document's, not the screen's).
_WORDS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "th": MappingProxyType(
            {
                "title": "รายงานการประชุม{committee}",
                "number": "ครั้งที่ {label}",
                "when": "เมื่อ{date}",
                "place": "ณ {place}",
                "present": "ผู้มาประชุม",
                "absent": "ผู้ไม่มาประชุม",
                "others": "ผู้เข้าร่วมประชุม",
                "none": "-",
                "instead": "{name} แทน {member}",
                "online": "เข้าร่วมผ่านสื่ออิเล็กทรอนิกส์",
                "late": "มาประชุมเวลา {time}",
                "left": "ออกจากที่ประชุมเวลา {time}",
                "started": "เริ่มประชุมเวลา {time}",
                "ended": "เลิกประชุมเวลา {time}",
                "taker": "ผู้จดรายงานการประชุม {name}",
                "checker": "ผู้ตรวจรายงานการประชุม {name}",
                "recused": "{name} ไม่ร่วมพิจารณาและไม่ออกเสียงในเรื่องนี้ เนื่องจากมีส่วนได้เสีย",
                "vote": "การลงมติ: {question} ({kind})",
                "open": "ลงคะแนนโดยเปิดเผย",
                "secret": "ลงคะแนนลับ",
                "tally": "เห็นด้วย {for_} เสียง ไม่เห็นด้วย {against} เสียง งดออกเสียง {abstain} เสียง",
                "names_for": "ผู้เห็นด้วย: {names}",
                "names_against": "ผู้ไม่เห็นด้วย: {names}",
                "names_abstain": "ผู้งดออกเสียง: {names}",
                "casting_for": "ประธานออกเสียงชี้ขาดเห็นด้วย",
                "casting_against": "ประธานออกเสียงชี้ขาดไม่เห็นด้วย",
                "passed": "ผลการลงมติ: ผ่าน",
                "rejected": "ผลการลงมติ: ไม่ผ่าน",
                "pending": "ผลการลงมติ: คะแนนเสียงเท่ากัน รอประธานออกเสียงชี้ขาด",
                "dissent": "ความเห็นแย้งของ{name}: {reasons}",
                "resolution": "มติที่ประชุม {text}",
                "action": "มอบหมาย: {title}",
                "assignee": "ผู้รับผิดชอบ {name}",
                "due": "กำหนดเสร็จ {date}",
                "sep": " ",
            }
        ),
        "en": MappingProxyType(
            {
                "title": "Minutes of the {committee}",
                "number": "Meeting No. {label}",
                "when": "Held on {date}",
                "place": "At {place}",
                "present": "Members present",
                "absent": "Members absent",
                "others": "In attendance",
                "none": "None",
                "instead": "{name} for {member}",
                "online": "online",
                "late": "arrived at {time}",
                "left": "left at {time}",
                "started": "The meeting opened at {time}.",
                "ended": "The meeting closed at {time}.",
                "taker": "Minutes taken by {name}",
                "checker": "Minutes checked by {name}",
                "recused": "{name} declared a conflict of interest and took no part in the decision.",
                "vote": "Vote: {question} ({kind})",
                "open": "open vote",
                "secret": "secret ballot",
                "tally": "For {for_}, against {against}, abstentions {abstain}",
                "names_for": "For: {names}",
                "names_against": "Against: {names}",
                "names_abstain": "Abstained: {names}",
                "casting_for": "The chair gave a casting vote for.",
                "casting_against": "The chair gave a casting vote against.",
                "passed": "Result: carried",
                "rejected": "Result: not carried",
                "pending": "Result: tied, awaiting the chair's casting vote",
                "dissent": "Dissent of {name}: {reasons}",
                "resolution": "Resolution: {text}",
                "action": "Action: {title}",
                "assignee": "by {name}",
                "due": "due {date}",
                "sep": "; ",
            }
        ),
    }
)

_ROLE_WORDS: Mapping[str, Mapping[m.MemberRole, str]] = MappingProxyType(
    {
        "th": MappingProxyType(
            {
                m.MemberRole.CHAIR: "ประธานกรรมการ",
                m.MemberRole.VICE_CHAIR: "รองประธานกรรมการ",
                m.MemberRole.MEMBER: "กรรมการ",
                m.MemberRole.SECRETARY: "กรรมการและเลขานุการ",
                m.MemberRole.ASSISTANT_SECRETARY: "ผู้ช่วยเลขานุการ",
            }
        ),
        "en": MappingProxyType(
            {
                m.MemberRole.CHAIR: "Chair",
                m.MemberRole.VICE_CHAIR: "Vice-chair",
                m.MemberRole.MEMBER: "Member",
                m.MemberRole.SECRETARY: "Secretary",
                m.MemberRole.ASSISTANT_SECRETARY: "Assistant secretary",
            }
        ),
    }
)


def minutes_language(committee: m.Committee) -> str:
    """The language a committee's minutes are written (and certified) in: its own, else Thai."""
    return committee.language if committee.language in _WORDS else "th"


@dataclass(frozen=True)
class MinutesRecord:
    """What the minutes are built from: the meeting's record plus the notes taken on each item."""

    bundle: m.MeetingBundle
    notes: Mapping[str, str]  # item id → note

    @property
    def language(self) -> str:
        return minutes_language(self.bundle.committee)

    def words(self) -> Mapping[str, str]:
        return _WORDS[self.language]

    def name(self, person_id: str | None) -> str:
        people = {p.id: p for p in self.bundle.people}
        person = people.get(person_id or "")
        return person.display_name if person is not None else ""

    def invitee_name(self, inv: m.Invitation) -> str:
        """The invitee's name as the minutes list it: a substitute as "… แทน …"."""
        name = self.name(inv.person_id)
        if inv.substitute_for_id:
            return self.words()["instead"].format(name=name, member=self.name(inv.substitute_for_id))
        return name


def _join(names: Sequence[str]) -> str:
    return ", ".join(names)


def _seat_name(record: MinutesRecord, member_id: str) -> str:
    """Who voted for a member's seat: the member, or "… แทน …" when a substitute sat in."""
    for inv in record.bundle.invitations:
        if inv.substitute_for_id == member_id and inv.attendance in m.ATTENDED:
            return record.words()["instead"].format(
                name=record.name(inv.person_id), member=record.name(member_id)
            )
    return record.name(member_id)


def vote_lines(record: MinutesRecord, vote: m.Vote, style: m.MinutesStyle) -> list[str]:
    """What the minutes say of one vote: the question and how it was taken, the tally, in verbatim
    minutes the names of an open vote's voters, the chair's casting vote, and the result."""
    b, w = record.bundle, record.words()
    kind = w["secret"] if vote.kind is m.VoteKind.SECRET else w["open"]
    lines = [
        w["vote"].format(question=vote.question, kind=kind),
        w["tally"].format(for_=vote.votes_for, against=vote.votes_against, abstain=vote.abstentions),
    ]
    if style is m.MinutesStyle.VERBATIM and vote.kind is m.VoteKind.OPEN:
        ballots = [x for x in b.ballots if x.vote_id == vote.id]
        for choice, key in (
            (m.Choice.FOR, "names_for"),
            (m.Choice.AGAINST, "names_against"),
            (m.Choice.ABSTAIN, "names_abstain"),
        ):
            names = sorted(_seat_name(record, x.person_id) for x in ballots if x.choice is choice)
            if names:
                lines.append(w[key].format(names=_join(names)))
    if vote.casting_vote is m.Choice.FOR:
        lines.append(w["casting_for"])
    elif vote.casting_vote is m.Choice.AGAINST:
        lines.append(w["casting_against"])
    lines.append(w[vote.result.value])
    return lines


def compose_item(record: MinutesRecord, item: m.AgendaItem, style: m.MinutesStyle) -> str:
    """The minutes' text for one agenda item in ``style``, built from what was recorded on it."""
    b, w = record.bundle, record.words()
    lines: list[str] = []
    note = record.notes.get(item.id, "").strip()
    if note and style is not m.MinutesStyle.RESOLUTIONS_ONLY:
        lines.append(note)
    for recusal in (r for r in b.recusals if r.item_id == item.id):
        lines.append(w["recused"].format(name=record.name(recusal.person_id)))
    for vote in (v for v in b.votes if v.item_id == item.id):
        lines += vote_lines(record, vote, style)
    for dissent in (d for d in b.dissents if d.item_id == item.id):
        lines.append(
            w["dissent"].format(name=record.name(dissent.person_id), reasons=dissent.reasons.strip())
        )
    if item.resolution.strip():
        lines.append(w["resolution"].format(text=item.resolution.strip()))
    if style is not m.MinutesStyle.RESOLUTIONS_ONLY:
        for action in sorted((a for a in b.actions if a.item_id == item.id), key=lambda a: (a.title, a.id)):
            parts = [w["action"].format(title=action.title)]
            if action.assignee_id:
                parts.append(w["assignee"].format(name=record.name(action.assignee_id)))
            if action.due is not None:
                parts.append(w["due"].format(date=_date(record.language, action.due)))
            lines.append(w["sep"].join(parts))
    return "\n".join(lines)


def _date(language: str, day: date, *, weekday: bool = False) -> str:
    if language == "th":
        return format_thai_date(day, weekday=weekday)
    return format_english_date(day, weekday=weekday)


def _time(language: str, at: datetime, zone: tzinfo) -> str:
    local = at.astimezone(zone)
    return format_thai_time(local) if language == "th" else format_english_time(local)


@dataclass(frozen=True)
class AttendanceLists:
    present: tuple[str, ...]
    absent: tuple[str, ...]
    others: tuple[str, ...]


def attendance_lists(record: MinutesRecord, zone: tzinfo = OFFICE_ZONE) -> AttendanceLists:
    """ผู้มาประชุม (members with their position; a substitute as "… แทน …"), ผู้ไม่มาประชุม (with the
    reason), ผู้เข้าร่วมประชุม; members who sent a substitute who came are not listed as absent."""
    b, w, lang = record.bundle, record.words(), record.language
    roles = {ms.person_id: ms.role for ms in b.memberships}
    role_words = _ROLE_WORDS[lang]
    represented = {
        i.substitute_for_id for i in b.invitations if i.substitute_for_id and i.attendance in m.ATTENDED
    }
    rank = list(m.MemberRole)

    def line(inv: m.Invitation) -> str:
        name = record.invitee_name(inv)
        seat = inv.substitute_for_id or inv.person_id
        extras = [role_words[roles[seat]]] if seat in roles else []
        if inv.attendance is m.Attendance.ONLINE:
            extras.append(w["online"])
        if inv.attendance is m.Attendance.LATE and inv.arrived_at is not None:
            extras.append(w["late"].format(time=_time(lang, inv.arrived_at, zone)))
        if inv.left_at is not None:
            extras.append(w["left"].format(time=_time(lang, inv.left_at, zone)))
        return f"{name} ({', '.join(extras)})" if extras else name

    def order(inv: m.Invitation) -> tuple[int, str, str]:
        role = roles.get(inv.substitute_for_id or inv.person_id)
        return (rank.index(role) if role is not None else len(rank), record.name(inv.person_id), inv.id)

    invitations = sorted(b.invitations, key=order)
    members = [i for i in invitations if i.role is m.InviteeRole.MEMBER]
    present = [line(i) for i in members if i.attendance in m.ATTENDED]
    absent = [
        record.name(i.person_id) + (f" ({i.absence_reason.strip()})" if i.absence_reason.strip() else "")
        for i in members
        if i.attendance not in m.ATTENDED and i.person_id not in represented and not i.substitute_for_id
    ]
    others = [
        line(i) for i in invitations if i.role is not m.InviteeRole.MEMBER and i.attendance in m.ATTENDED
    ]
    return AttendanceLists(tuple(present), tuple(absent), tuple(others))


def canonical_text(
    record: MinutesRecord, entries: Mapping[str, str], minutes: m.Minutes, zone: tzinfo = OFFICE_ZONE
) -> str:
    """The whole minutes as one plain text in the order of form แบบที่ 11: what is certified and hashed.

    ``entries``: item id → the minutes' text for that item. Times are written in ``zone``, the office's
    by default: never the computer's own, or the same record would read differently on another computer.
    """
    b, w, lang = record.bundle, record.words(), record.language
    meeting = b.meeting
    lines = [
        w["title"].format(committee=b.committee.name),
        w["number"].format(label=meeting.label),
        w["when"].format(date=_date(lang, meeting.start.astimezone(zone).date(), weekday=True)),
    ]
    if meeting.place.strip():
        lines.append(w["place"].format(place=meeting.place.strip()))
    lists = attendance_lists(record, zone)
    for heading, names in (
        (w["present"], lists.present),
        (w["absent"], lists.absent),
        (w["others"], lists.others),
    ):
        lines.append(heading)
        lines += [f"{n}. {name}" for n, name in enumerate(names, 1)] or [w["none"]]
    if minutes.started_at is not None:
        lines.append(w["started"].format(time=_time(lang, minutes.started_at, zone)))
    numbers = number_items(b.items)
    for item in ordered(b.items):
        lines.append(f"{numbers[item.id]} {item.title}")
        text = entries.get(item.id, "").strip()
        if text:
            lines.append(text)
    if minutes.ended_at is not None:
        lines.append(w["ended"].format(time=_time(lang, minutes.ended_at, zone)))
    if minutes.taker_id:
        lines.append(w["taker"].format(name=record.name(minutes.taker_id)))
    if minutes.checker_id:
        lines.append(w["checker"].format(name=record.name(minutes.checker_id)))
    return unicodedata.normalize("NFC", "\n".join(lines) + "\n")


@dataclass(frozen=True)
class MinutesView:
    """What the minutes editor shows."""

    record: MinutesRecord
    minutes: m.Minutes | None
    entries: Mapping[str, str]  # item id → text
    numbers: Mapping[str, str]  # item id → "4.1"
    versions: tuple[m.MinutesVersion, ...]  # certified version first, then each amendment
    version_times: Mapping[str, datetime]  # version id → when it was frozen
    text: str  # the canonical text as it stands now

    @property
    def certified(self) -> bool:
        return self.minutes is not None and self.minutes.status is m.MinutesStatus.CERTIFIED

    @property
    def changed_since_frozen(self) -> bool:
        """The record no longer matches the last frozen version (an amendment is due)."""
        return bool(self.versions) and self.versions[-1].text != self.text

    @property
    def shown_text(self) -> str:
        """What the minutes say: certified minutes the text last frozen, a draft the text as it stands."""
        return self.versions[-1].text if self.certified and self.versions else self.text


def minutes_record(repo: Repository, meeting_id: str) -> MinutesRecord:
    """The meeting's record as ``repo`` sees it (in a write transaction: with what it has written)."""
    bundle = load_bundle(repo, meeting_id)
    return MinutesRecord(bundle, item_notes(repo, bundle))


def _minutes(repo: Repository, meeting_id: str) -> m.Minutes | None:
    found = repo.select(m.Minutes, meeting_id=meeting_id)
    return found[0] if found else None


def _entries(repo: Repository, minutes: m.Minutes | None) -> dict[str, m.MinutesEntry]:
    if minutes is None:
        return {}
    return {e.item_id: e for e in repo.select(m.MinutesEntry, minutes_id=minutes.id)}


def _refuse_certified(minutes: m.Minutes) -> None:
    if minutes.status is m.MinutesStatus.CERTIFIED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "the minutes are certified; a change to them must be recorded as an amendment"
            )
        )


def _versions(repo: Repository, minutes: m.Minutes | None) -> list[m.MinutesVersion]:
    if minutes is None:
        return []
    return sorted(repo.select(m.MinutesVersion, minutes_id=minutes.id), key=lambda v: v.number)


class MinutesService:
    def __init__(self, store: Store, zone: tzinfo = OFFICE_ZONE) -> None:
        self._store = store
        self._zone = zone  # the time zone the minutes write times in (the office's, not the computer's)

    def view(self, meeting_id: str) -> MinutesView:
        with self._store.read() as repo:
            record = minutes_record(repo, meeting_id)
            minutes = record.bundle.minutes
            entries = {k: e.text for k, e in _entries(repo, minutes).items()}
            versions = _versions(repo, minutes)
            times = {v.id: trail[0].at for v in versions if (trail := repo.audit_trail(v.id))}
        return MinutesView(
            record=record,
            minutes=minutes,
            entries=MappingProxyType(entries),
            numbers=MappingProxyType(number_items(record.bundle.items)),
            versions=tuple(versions),
            version_times=MappingProxyType(times),
            text=canonical_text(record, entries, minutes or m.Minutes(meeting_id), self._zone),
        )

    def draft(self, meeting_id: str, style: m.MinutesStyle | None = None) -> Changes:
        """Build (or rebuild) every item's text from the record, in ``style`` (None: the minutes' own).

        Rebuilding replaces what was edited; certified minutes are refused. A meeting that has been held
        moves on to "minutes drafted".
        """
        with self._store.transaction() as repo:
            record = minutes_record(repo, meeting_id)
            minutes = _minutes(repo, meeting_id)
            changes = Changes()
            if minutes is None:
                minutes = m.Minutes(meeting_id, style=style or m.MinutesStyle.SUMMARY)
                changes |= insert(repo, minutes)
            _refuse_certified(minutes)
            if style is not None and style is not minutes.style:
                minutes = dataclasses.replace(minutes, style=style)
                changes |= replace(repo, minutes)
            existing = _entries(repo, minutes)
            for item in record.bundle.items:
                text = compose_item(record, item, minutes.style)
                if item.id not in existing:
                    changes |= insert(repo, m.MinutesEntry(minutes.id, item.id, text))
                elif existing[item.id].text != text:
                    changes |= replace(repo, dataclasses.replace(existing[item.id], text=text))
            meeting = record.bundle.meeting
            if meeting.status is m.MeetingStatus.CLOSED:
                check_transition(meeting.status, m.MeetingStatus.MINUTES_DRAFTED)
                changes |= replace(repo, dataclasses.replace(meeting, status=m.MeetingStatus.MINUTES_DRAFTED))
            return changes

    def set_entry(self, meeting_id: str, item_id: str, text: str, *, base: str | None = None) -> Changes:
        """Edit the minutes' text of one item (draft minutes only). ``base``: the text the screen showed;
        a text changed meanwhile is refused (StaleWriteError)."""
        with self._store.transaction() as repo:
            minutes = _minutes(repo, meeting_id)
            item = repo.get(m.AgendaItem, item_id)
            if minutes is None or item.meeting_id != meeting_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "generate the draft minutes before editing them")
                )
            _refuse_certified(minutes)
            return self._write_entry(repo, minutes, item_id, text, base=base)

    def _write_entry(
        self,
        repo: Repository,
        minutes: m.Minutes,
        item_id: str,
        text: str,
        *,
        amendment: bool = False,
        base: str | None = None,
    ) -> Changes:
        existing = _entries(repo, minutes).get(item_id)
        if existing is None:
            return insert(repo, m.MinutesEntry(minutes.id, item_id, text), amendment=amendment)
        if existing.text == text:
            return Changes()
        shown = None if base is None else dataclasses.replace(existing, text=base)
        return replace(repo, dataclasses.replace(existing, text=text), amendment=amendment, base=shown)

    def set_details(
        self,
        meeting_id: str,
        style: m.MinutesStyle,
        taker_id: str | None,
        checker_id: str | None,
        *,
        base: tuple[m.MinutesStyle, str | None, str | None] | None = None,
    ) -> Changes:
        """The style setting and who took and who checked the minutes (draft minutes only).

        ``base``: (style, taker, checker) as the form showed them; when any of the three was changed
        meanwhile, StaleWriteError and nothing is written — a form sends all three, so an older form would
        otherwise put back what someone else had just set.
        """
        with self._store.transaction() as repo:
            minutes = _minutes(repo, meeting_id)
            if minutes is None:
                repo.get(m.Meeting, meeting_id)
                return insert(
                    repo, m.Minutes(meeting_id, style=style, taker_id=taker_id, checker_id=checker_id)
                )
            _refuse_certified(minutes)
            shown = None
            if base is not None:
                shown = dataclasses.replace(minutes, style=base[0], taker_id=base[1], checker_id=base[2])
            return replace(
                repo,
                dataclasses.replace(minutes, style=style, taker_id=taker_id, checker_id=checker_id),
                base=shown,
            )

    def certify(self, meeting_id: str, method: m.CertificationMethod, at: datetime) -> Changes:
        """Certify the minutes as they stand: freeze their canonical text (version 0) and keep its hash."""
        return self.certify_many([(meeting_id, method, at)])

    def certify_many(self, certifications: Sequence[tuple[str, m.CertificationMethod, datetime]]) -> Changes:
        """``certify`` for several meetings (meeting id, method, when) in one transaction: all or none."""
        for _meeting_id, _method, at in certifications:
            if at.tzinfo is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "a time on the meeting day needs a time zone")
                )
        changes = Changes()
        with self._store.transaction() as repo:
            for meeting_id, method, at in certifications:
                changes |= self._certify(repo, meeting_id, method, at)
        return changes

    def _certify(
        self, repo: Repository, meeting_id: str, method: m.CertificationMethod, at: datetime
    ) -> Changes:
        record = minutes_record(repo, meeting_id)
        minutes = _minutes(repo, meeting_id)
        entries = _entries(repo, minutes)
        if minutes is None or not entries:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "generate the draft minutes before certifying them")
            )
        if minutes.status is m.MinutesStatus.CERTIFIED:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "the minutes are already certified"))
        meeting = record.bundle.meeting
        refuse_certifying_unheld(meeting)
        if meeting.status is m.MeetingStatus.IN_SESSION:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "end the meeting before certifying its minutes")
            )
        text = canonical_text(record, {k: e.text for k, e in entries.items()}, minutes, self._zone)
        digest = sha256_text(text)
        certified = dataclasses.replace(
            minutes,
            status=m.MinutesStatus.CERTIFIED,
            certification_method=method,
            certified_at=at,
            certified_sha256=digest,
        )
        # The minutes become certified last: from then on the meeting's record is frozen
        # (services.frozen), the frozen version and the meeting's status included.
        version = m.MinutesVersion(minutes.id, 0, text, digest)
        changes = insert(repo, version)
        if m.MeetingStatus.MINUTES_CERTIFIED in allowed_next(meeting.status):
            changes |= replace(repo, dataclasses.replace(meeting, status=m.MeetingStatus.MINUTES_CERTIFIED))
        changes |= replace(repo, certified, action="certify")
        repo.anchor_audit_trail(version.id)  # the trail's head as certified, kept with the text
        return changes

    def amend(
        self,
        meeting_id: str,
        reason: str,
        entries: Mapping[str, str] | None = None,
        *,
        corrections: Sequence[object] = (),
    ) -> Changes:
        """Record an amendment to certified minutes: change the given items' texts (item id → text),
        correct records of the meeting the minutes are made from (``corrections``: new values of existing
        records, e.g. an invitation with the right arrival time), and freeze the minutes as they now
        stand, with the reason, as the next version. The record is otherwise frozen (services.frozen)."""
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "an amendment needs its reason"))
        with self._store.transaction() as repo:
            minutes = _minutes(repo, meeting_id)
            if minutes is None or minutes.status is not m.MinutesStatus.CERTIFIED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "only certified minutes are amended; edit the draft instead")
                )
            items = {i.id for i in repo.select(m.AgendaItem, meeting_id=meeting_id)}
            changes = Changes()
            for item_id, text in (entries or {}).items():
                if item_id not in items:
                    repo.get(m.AgendaItem, item_id)  # not found, or of another meeting:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "an amendment can only change items of this meeting")
                    )
                changes |= self._write_entry(repo, minutes, item_id, text, amendment=True)
            for correction in corrections:
                if isinstance(correction, (m.Minutes, m.MinutesEntry, m.MinutesVersion)):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "an amendment corrects the record; the minutes' own texts are its entries",
                        )
                    )
                if meeting_of(repo, correction) != meeting_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "an amendment can only correct the record of its own meeting"
                        )
                    )
                changes |= replace(repo, correction, action="amend", amendment=True)
            record = minutes_record(repo, meeting_id)
            current = {k: e.text for k, e in _entries(repo, minutes).items()}
            text = canonical_text(record, current, minutes, self._zone)
            versions = _versions(repo, minutes)
            if versions and versions[-1].text == text:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "nothing differs from the last certified version")
                )
            number = versions[-1].number + 1 if versions else 0
            version = m.MinutesVersion(minutes.id, number, text, sha256_text(text), reason=reason.strip())
            changes |= insert(repo, version, amendment=True)
            repo.anchor_audit_trail(version.id)
            return changes

    def certified_language(self, meeting_id: str) -> str | None:
        """The language the meeting's minutes were certified in, None while they are not certified (read
        without checking the frozen text: printing them checks it)."""
        with self._store.read() as repo:
            minutes = _minutes(repo, meeting_id)
            if minutes is None or minutes.status is not m.MinutesStatus.CERTIFIED:
                return None
            meeting = repo.get(m.Meeting, meeting_id)
            return minutes_language(repo.get(m.Committee, meeting.committee_id))

    def frozen(self, meeting_id: str) -> FrozenMinutes | None:
        """The certified minutes as last frozen (see ``frozen_minutes``); None while not certified."""
        return frozen_minutes(self._store, meeting_id)

    def verify(self, meeting_id: str) -> bool:
        """Whether every frozen version still matches its hash, version 0 the certified hash, and each the
        hash the audit trail recorded when it was frozen (see domain.certification)."""
        with self._store.read() as repo:
            minutes = _minutes(repo, meeting_id)
            if minutes is None or minutes.status is not m.MinutesStatus.CERTIFIED:
                return False
            frozen = _FrozenRecord.read(repo, [minutes])
        return not frozen.disagreements(minutes)


@dataclass(frozen=True)
class _FrozenRecord:
    """Certified minutes with what they are checked against: their frozen versions in number order, the
    trail's events about them, and what the store keeps besides (anchors, versions received by sync)."""

    versions: Mapping[str, Sequence[m.MinutesVersion]]  # minutes id → its frozen versions
    events: Mapping[str, Sequence[m.AuditEvent]]  # minutes id → its certification and versions' creation
    trail: StoreTrail

    @classmethod
    def read(cls, repo: Repository, certified: Sequence[m.Minutes]) -> _FrozenRecord:
        versions: dict[str, list[m.MinutesVersion]] = {x.id: [] for x in certified}
        for version in repo.select(m.MinutesVersion, minutes_id=list(versions), order_by=("number",)):
            versions[version.minutes_id].append(version)
        # Each minutes' own events, found once: its certification, its versions' creation by their ids or
        # by the minutes their summary names (a version that is gone).
        owner = {v.id: minutes_id for minutes_id, vs in versions.items() for v in vs}
        owner.update({minutes_id: minutes_id for minutes_id in versions})
        events: dict[str, list[m.AuditEvent]] = {}
        for event in version_events(
            repo.select(
                m.AuditEvent, entity_kind=[Kind.MINUTES, Kind.MINUTES_VERSION], action=["certify", "create"]
            )
        ):
            named = owner.get(event.entity_id) or recorded_value(event.summary, "minutes_id")
            if isinstance(named, str) and named in versions:
                events.setdefault(named, []).append(event)
        trail = repo.certification_trail([v.id for vs in versions.values() for v in vs])
        return cls(versions, events, trail)

    def disagreements(self, minutes: m.Minutes) -> list[Finding]:
        return disagreements(
            minutes,
            self.versions[minutes.id],
            self.events.get(minutes.id, ()),
            whole_trail=False,
            store_trail=self.trail,
        )


@dataclass(frozen=True)
class CertificationCheck:
    """What `emeeting check` says about certified minutes: problems (frozen versions that disagree with
    their hashes, with the certified hash, or with the hashes the hash-chained audit trail recorded when
    they were frozen — a certified text swapped in the database together with its hashes shows here), and
    notes (minutes that arrived by sync, whose audit trail, not synced, is on the computer where they were
    certified, so this store cannot check them against it)."""

    problems: list[str]
    notes: list[str]


def check_certifications(repo: Repository) -> CertificationCheck:
    """Every certified minutes checked against its frozen versions and the trail (see CertificationCheck)."""
    certified = repo.select(m.Minutes, status=m.MinutesStatus.CERTIFIED)
    if not certified:
        return CertificationCheck([], [])
    frozen = _FrozenRecord.read(repo, certified)
    meetings = {x.id: x for x in repo.including_deleted(m.Meeting, {x.meeting_id for x in certified})}
    head = repo.audit_head()
    received = frozen.trail.received
    problems = []
    made_here = sum(1 for vs in frozen.versions.values() if any(v.id not in received for v in vs))
    if made_here and head is None:
        problems.append(
            f"audit trail is empty (no record of its last event), yet {made_here} certified minutes were "
            "frozen in this store: the trail was deleted"
        )
    for minutes in certified:
        meeting = meetings.get(minutes.meeting_id)
        label = meeting.label if meeting is not None else minutes.meeting_id
        problems += [
            f"minutes of meeting {label}: {_in_words(found)}" for found in frozen.disagreements(minutes)
        ]
    elsewhere = {
        minutes.meeting_id
        for minutes in certified
        if any(v.id in received for v in frozen.versions[minutes.id])
    }
    notes = [
        f"note: minutes of meeting {meeting.label} were certified elsewhere; its trail is on the "
        "secretary's computer"
        for meeting in sorted((meetings[x] for x in elsewhere if x in meetings), key=lambda x: x.label)
    ]
    return CertificationCheck(problems, notes)


def _in_words(found: Finding) -> str:
    """A disagreement in words for `emeeting check` (English, like the rest of its report)."""
    n, recorded = found.number if found.number >= 0 else found.version_id, found.recorded[:12]
    return {
        Disagreement.TEXT: f"the text of frozen version {n} does not match its sha256 (it was altered)",
        Disagreement.CERTIFIED: "the sha256 of version 0 is not the certified sha256 of the minutes",
        Disagreement.NO_VERSION: "the minutes are certified but no frozen text of them is stored",
        Disagreement.CERTIFY_EVENT: (
            f"the audit trail recorded the certified text's sha256 as {recorded}…, which is not the stored "
            "one (the certified text and its hashes were replaced)"
        ),
        Disagreement.VERSION_EVENT: (
            f"the audit trail recorded version {n}'s sha256 as {recorded}…, which is not the stored one (the "
            "frozen text and its hash were replaced)"
        ),
        Disagreement.UNRECORDED: f"version {n} has no event in the audit trail",
        Disagreement.DROPPED: f"version {n}, recorded in the audit trail, is missing",
        Disagreement.NO_ANCHOR: (
            f"frozen version {n} has no certification anchor (the trail's head kept when it was frozen): "
            "the anchor was deleted"
        ),
    }[found.kind]


# Meetings that have not been held have no minutes to print (finding: "ผู้มาประชุม –" for a draft).
NOT_HELD = frozenset({m.MeetingStatus.DRAFT, m.MeetingStatus.INVITED, m.MeetingStatus.POSTPONED})


def refuse_unheld(meeting: m.Meeting) -> None:
    """Refuse minutes for a meeting that was never opened: drafted, invited, postponed or cancelled."""
    if meeting.status is m.MeetingStatus.CANCELLED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "meeting {label} was cancelled; a meeting that was not held has no minutes"
            ),
            label=meeting.label,
        )
    if meeting.status in NOT_HELD:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "meeting {label} has not been held yet; its minutes can be printed once it has met"
            ),
            label=meeting.label,
        )


def refuse_certifying_unheld(meeting: m.Meeting) -> None:
    """Refuse to certify minutes of a meeting that was never opened: they would freeze, as its record, a
    meeting that did not take place (a draft may still be prepared ahead of the meeting)."""
    if meeting.status is m.MeetingStatus.CANCELLED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "meeting {label} was cancelled; a meeting that was not held has no minutes to certify",
            ),
            label=meeting.label,
        )
    if meeting.status in NOT_HELD:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "meeting {label} has not been held yet; its minutes can be certified once it has met "
                "(open and close it on the meeting day, or set its status to closed if it was held)",
            ),
            label=meeting.label,
        )


@dataclass(frozen=True)
class FrozenMinutes:
    """The certified minutes as last frozen (the certified version or the latest amendment), checked
    against their hashes, each line with the part of form แบบที่ 11 it is: "title", "number", "subtitle"
    (when, where), "heading" (the attendance lists, opening and closing), "list" (a name in a list),
    "item" / "subitem" (an agenda item's number and title), "signature" (taker, checker), "body"."""

    bundle: m.MeetingBundle
    version: m.MinutesVersion
    lines: tuple[tuple[str, str], ...]  # (part, text)

    @property
    def text(self) -> str:
        return "".join(text + "\n" for _part, text in self.lines)

    @property
    def language(self) -> str:
        """The language the minutes were certified in: their committee's, as for minutes from the record."""
        return minutes_language(self.bundle.committee)


def _pattern(template: str) -> re.Pattern[str]:
    """A line made from one of the minutes' fixed wordings, whatever was filled in."""
    return re.compile(".+".join(re.escape(piece) for piece in re.split(r"\{\w+\}", template)), re.DOTALL)


def line_parts(record: MinutesRecord, text: str) -> tuple[tuple[str, str], ...]:
    """Each line of a canonical text with its part (see FrozenMinutes); the text itself is not changed."""
    w, b = record.words(), record.bundle
    numbers = number_items(b.items)
    items = {f"{numbers[i.id]} {i.title}": numbers[i.id].count(".") for i in b.items}
    lists = {w["present"], w["absent"], w["others"]}
    headings = [_pattern(w[k]) for k in ("started", "ended")]
    signatures = [_pattern(w[k]) for k in ("taker", "checker")]
    place = _pattern(w["place"])
    parts: list[tuple[str, str]] = []
    in_list = False
    for n, line in enumerate(text.removesuffix("\n").split("\n")):
        if n == 0:
            part = "title"
        elif n == 1:
            part = "number"
        elif n == 2 or (n == 3 and place.fullmatch(line)):
            part = "subtitle"
        elif line in lists:
            part, in_list = "heading", True
        elif in_list and (re.match(r"\d+\. ", line) or line == w["none"]):
            part = "list"
        elif line in items:
            part = "item" if items[line] == 0 else "subitem"
        elif any(p.fullmatch(line) for p in headings):
            part = "heading"
        elif any(p.fullmatch(line) for p in signatures):
            part = "signature"
        else:
            part = "body"
        if part not in ("heading", "list"):
            in_list = False
        parts.append((part, line))
    return tuple(parts)


def _altered(meeting: m.Meeting) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the certified text of the minutes of meeting {label} does not match its SHA-256: the store has "
            "been altered; restore it from a backup",
        ),
        label=meeting.label,
    )


def frozen_minutes(store: Store, meeting_id: str) -> FrozenMinutes | None:
    """The certified minutes of a meeting as frozen, None while they are not certified; a frozen text that
    no longer matches its hash (or is missing) is refused, never replaced by another text."""
    with store.read() as repo:
        bundle = load_bundle(repo, meeting_id)
        minutes = bundle.minutes
        if minutes is None or minutes.status is not m.MinutesStatus.CERTIFIED:
            return None
        record = MinutesRecord(bundle, item_notes(repo, bundle))
        # What the trail recorded when each was frozen: a text swapped with its hashes is not printed.
        frozen = _FrozenRecord.read(repo, [minutes])
    versions = frozen.versions[minutes.id]
    if frozen.disagreements(minutes):
        raise _altered(bundle.meeting)
    latest = versions[-1]
    return FrozenMinutes(bundle, latest, line_parts(record, latest.text))
