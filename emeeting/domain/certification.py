"""Whether certified minutes agree with their frozen versions and with what the audit trail recorded when
each was frozen.

A certification writes version 0 and a "certify" event on the minutes whose summary records
``certified_sha256`` old → new; an amendment writes version n and a "create" event on it whose summary
records its ``minutes_id``, ``number`` and ``sha256``. The trail is hash-chained (storage.audit_chain), so
those events cannot be changed unnoticed: someone who swaps a certified text and rewrites its hashes in the
database still leaves the events naming the hashes as they were. This module compares the two; the store's
check and the importer of packages word what it finds.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from emeeting.domain.kinds import Kind
from emeeting.domain.model import AuditEvent, Minutes, MinutesStatus, MinutesVersion

CERTIFY_ACTION = "certify"


def sha256_text(text: str) -> str:
    """The hash of a text as certified: UTF-8 of its NFC form."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def version_created_summary(version: MinutesVersion) -> str:
    """The summary of a frozen version's "create" event: what it froze, as ``{field: [old, new]}``."""
    values = {"minutes_id": version.minutes_id, "number": version.number, "sha256": version.sha256}
    return json.dumps({k: [None, v] for k, v in values.items()}, ensure_ascii=False, separators=(",", ":"))


def changed_values(summary: str) -> dict[str, tuple[Any, Any]] | None:
    """An event's ``{field: (old, new)}``, or None for a summary of another form (older events, notes)."""
    if not summary.startswith("{"):
        return None
    try:
        decoded = json.loads(summary)
    except ValueError:
        return None
    if not isinstance(decoded, dict) or not all(
        isinstance(v, list) and len(v) == 2 for v in decoded.values()
    ):
        return None
    return {str(name): (pair[0], pair[1]) for name, pair in decoded.items()}


def recorded_value(summary: str, field: str) -> object | None:
    """The new value of ``field`` an event's ``{field: [old, new]}`` summary records; None if it records
    none (an event of another form, or from before values were recorded)."""
    pair = (changed_values(summary) or {}).get(field)
    return None if pair is None else pair[1]


class Disagreement(StrEnum):
    TEXT = "text"  # the version's text does not hash to its sha256
    CERTIFIED = "certified"  # version 0's sha256 is not the minutes' certified_sha256
    NO_VERSION = "no_version"  # the minutes are certified, but no frozen text is there
    CERTIFY_EVENT = "certify_event"  # the certification's event names another hash than version 0's
    VERSION_EVENT = "version_event"  # the version's "create" event names another hash (or number)
    UNRECORDED = "unrecorded"  # an amendment the trail has no "create" event for
    DROPPED = "dropped"  # the trail records the creation of a version that is not there
    NO_ANCHOR = "no_anchor"  # a version frozen in this store without the trail's head kept with it


@dataclass(frozen=True)
class Finding:
    kind: Disagreement
    number: int  # the version concerned (-1: none)
    recorded: str = ""  # the hash the trail recorded, where one is concerned
    version_id: str = ""  # the version's id, where the trail names one that is not there


@dataclass(frozen=True)
class StoreTrail:
    """What a store keeps about its frozen versions besides their events: which have the trail's head
    kept with them (an anchor, written by certification, amendment and import) and which arrived by sync
    (frozen on another computer: the trail does not travel, it stays on the computer that made them)."""

    anchored: frozenset[str] = frozenset()
    received: frozenset[str] = frozenset()


def version_events(events: Iterable[AuditEvent]) -> list[AuditEvent]:
    """The events the comparison reads: certifications of minutes and creations of frozen versions."""
    return [
        e
        for e in events
        if (e.action == CERTIFY_ACTION and e.entity_kind == Kind.MINUTES)
        or (e.action == "create" and e.entity_kind == Kind.MINUTES_VERSION)
    ]


def disagreements(
    minutes: Minutes,
    versions: Sequence[MinutesVersion],
    events: Iterable[AuditEvent],
    *,
    whole_trail: bool,
    store_trail: StoreTrail | None = None,
) -> list[Finding]:
    """Everything in which certified minutes, their frozen versions (number order) and the trail's events
    about them disagree. ``events`` may hold any events (those of other minutes are ignored; a version's
    event is known by the version's id or by the minutes it names). ``whole_trail``: the events are the
    whole trail of the minutes' meeting, as a package carries it, so an amendment without its event and
    an event about a version that is not there are reported too; a store may hold
    versions that arrived by sync, whose events stay on the computer that made them.

    ``store_trail``: the events are the store's own trail, so every version frozen here (not received by
    sync) must have its "create" event and its anchor; a trail wiped together with a rewritten text shows.
    A version whose event records no values was frozen before the trail was chained: it has no anchor."""
    if minutes.status is not MinutesStatus.CERTIFIED:
        return []
    found: list[Finding] = []
    if not versions:
        found.append(Finding(Disagreement.NO_VERSION, 0))
    for version in versions:
        if sha256_text(version.text) != version.sha256:
            found.append(Finding(Disagreement.TEXT, version.number))
    if versions and versions[0].sha256 != minutes.certified_sha256:
        found.append(Finding(Disagreement.CERTIFIED, 0))
    by_id = {v.id: v for v in versions}
    recorded: set[str] = set()
    unchained: set[str] = set()  # versions whose event predates recorded values (and anchors)
    for event in version_events(events):
        if event.action == CERTIFY_ACTION:
            if event.entity_id != minutes.id:
                continue
            digest = recorded_value(event.summary, "certified_sha256")
            certified_as = {minutes.certified_sha256, *(v.sha256 for v in versions[:1])}
            if isinstance(digest, str) and certified_as != {digest}:
                found.append(Finding(Disagreement.CERTIFY_EVENT, 0, digest))
            continue
        frozen = by_id.get(event.entity_id)
        if frozen is None:
            named = recorded_value(event.summary, "minutes_id")
            # Frozen versions are never deleted: the trail of a meeting names no version that is not there.
            if named == minutes.id or whole_trail:
                told = recorded_value(event.summary, "number")  # events from before numbers tell none
                found.append(
                    Finding(
                        Disagreement.DROPPED,
                        told if isinstance(told, int) else -1,
                        version_id=event.entity_id,
                    )
                )
            continue
        recorded.add(frozen.id)
        digest = recorded_value(event.summary, "sha256")
        if digest is None:
            unchained.add(frozen.id)
        number = recorded_value(event.summary, "number")
        if (isinstance(digest, str) and digest != frozen.sha256) or (
            isinstance(number, int) and number != frozen.number
        ):
            found.append(Finding(Disagreement.VERSION_EVENT, frozen.number, str(digest or "")))
    if whole_trail:
        found += [
            Finding(Disagreement.UNRECORDED, v.number)
            for v in versions
            if v.number > 0 and v.id not in recorded
        ]
    if store_trail is not None:
        for v in versions:
            if v.id in store_trail.received:
                continue
            if v.id not in recorded and not (whole_trail and v.number > 0):
                found.append(Finding(Disagreement.UNRECORDED, v.number))
            if v.id not in store_trail.anchored and v.id not in unchained:
                found.append(Finding(Disagreement.NO_ANCHOR, v.number))
    return found
