"""Export a meeting to an OParl-1.1-shaped zip package and read one back, strictly validated.

The package is a zip holding exactly what matters:

* ``meeting.json`` — one UTF-8 JSON document (sorted keys, indented, non-ASCII kept as is);
* ``files/<sha256>`` — the content of every document, once per distinct SHA-256 (lowercase hex).

Every other member is ignored (never extracted, never opened), so odd names such as ``../x`` or ``/etc/x``
cannot do harm.

JSON shape (``…`` stands for ``https://schema.oparl.org/1.1/``)::

    {
      "format": "emeeting-oparl", "formatVersion": 3,
      "organization": {"id", "type": "…Organization", "name", "shortName", "emeeting:ext"},
      "person": [{"id", "type": "…Person", "name" (display name, informational), "familyName", "givenName",
                  "formOfAddress" (the prefix นาย / Dr. …), "email": [0 or 1], "phone": [0 or 1],
                  "emeeting:ext"}],
      "membership": [{"id", "type": "…Membership", "person", "organization", "role", "votingRight",
                      "startDate"?, "endDate"?}],
      "meeting": {"id", "type": "…Meeting", "name", "meetingState" (the status), "cancelled", "start", "end"?,
                  "location": {"type": "…Location", "description"}, "organization": [one id],
                  "participant": [people actually present: present / online / late / left early],
                  "agendaItem": [{"id", "type": "…AgendaItem", "meeting", "number" ("4.1"), "order"
                                  (1-based agenda order), "name", "public" (= not closed), "result"? (the
                                  last vote's result), "resolutionText", "auxiliaryFile": [file ids],
                                  "emeeting:ext"}],
                  "auxiliaryFile": [{"id", "type": "…File", "name", "fileName", "mimeType", "size", "text",
                                     "accessUrl": "files/<sha256>", "agendaItem"?: [one id],
                                     "emeeting:ext"}],
                  "emeeting:ext", "emeeting:recusal": [], "emeeting:invitation": [], "emeeting:vote": [],
                  "emeeting:ballot": [], "emeeting:dissent": [], "emeeting:actionItem": [],
                  "emeeting:minutes": {} or null, "emeeting:minutesEntry": [],
                  "emeeting:itemNote": [], "emeeting:minutesVersion": [], "emeeting:auditEvent": []}
    }

Extensions. What OParl lacks lives under namespaced keys:

* ``"emeeting:ext"`` on Organization, Person, Meeting, AgendaItem and File: an object with the remaining
  fields of the domain entity, under their domain field names (``secrecy``, ``urgency``, ``quorum_num``,
  ``parent_id``, ``sha256``, ``page_count`` …). Organization: quorum_num, quorum_den,
  reconvened_quorum_num, reconvened_quorum_den, numbering, agenda_template, default_secrecy, language.
  Person: position, organisation. Meeting: number, year_be, online_link, mode, secrecy, urgency,
  notice_sent_at, reconvened, recording_link (from version 3). AgendaItem: parent_id, position, section,
  presenter_id, background, facts, legal_basis, proposal, duration_minutes, secrecy. File: sha256,
  position, page_count, secrecy.
* ``"emeeting:recusal"``, ``"emeeting:invitation"``, ``"emeeting:vote"``, ``"emeeting:ballot"``,
  ``"emeeting:dissent"``, ``"emeeting:actionItem"``, ``"emeeting:minutesEntry"`` (lists) and
  ``"emeeting:minutes"`` (object or null) on the Meeting: entities OParl has no counterpart for, with all
  their domain fields under the domain names, except ``meeting_id``, which is the enclosing meeting.
* ``"emeeting:itemNote"`` on the Meeting: the notes taken on agenda items during the meeting, from which
  the minutes' draft is built (``item_id``, ``text``, ``id``).
* ``"emeeting:minutesVersion"`` on the Meeting: the frozen texts of certified minutes, in number order
  (0, the version certified, then each amendment with its reason), each with its ``sha256``. Certified
  minutes must arrive with them and version 0's hash must be the minutes' ``certified_sha256``; minutes not
  certified have none. (Whether each text still hashes to its ``sha256`` is checked by the importer.)
* ``"emeeting:auditEvent"`` on the Meeting: the audit trail of the meeting and of everything that is or was
  in it, in the order it happened: ``at``, ``actor``, ``action``, ``entity_kind``, ``entity_id``,
  ``summary``, ``id``. A store's own bookkeeping of its trail (such as a hash chain) is not exported: it
  belongs to the store that keeps the trail. ``action`` is one of ``AUDIT_ACTIONS``; an event names a
  record of the package as the kind it is, or a record whose "delete" the trail holds; the trail holds at
  most 100 events per record plus 1000; and what its "certify" and frozen versions' "create" events
  recorded of the minutes' hashes agrees with the versions (domain.certification): no version is swapped,
  left out or added without its event.
* The meeting's status agrees with its minutes: "minutes_certified" exactly when they are certified.
* A document is at most ``MAX_DOCUMENT_BYTES``, and a large one may not be compressed more than 200:1.

Format version 2 added the item notes, the minutes versions and the audit trail; version 1 packages
(without them) are still read, and a certified meeting in one is refused because its frozen text is
missing. Version 3 added the meeting's ``recording_link`` and a vote's ``opened_at`` and ``closed_at``
(a vote taken on members' laptops); packages of versions 1 and 2 are read without them (the link empty,
the times None) and may not carry them.

Conventions: every id, including references, is ``"urn:uuid:<canonical lowercase uuid>"``; datetimes are
ISO-8601 with a UTC offset (naive datetimes cannot be exported); dates are ISO-8601; enums are their
``.value``; absent optional extension values are ``null``, absent optional OParl values are omitted. All
lists keep the order of the package's tuples, so a round trip gives an equal package and a rewrite gives a
byte-identical ``meeting.json``. Derived OParl values (person ``name``, item ``number``/``order``/
``result``, meeting ``participant``) are written for other systems; on reading they are type-checked only.

Reading is strict: unknown keys, duplicate keys, missing keys, wrong JSON types (``true`` is not an
integer), integers above 2**53, strings with lone surrogates, bad enum values, non-canonical UUIDs, dates
without offset or outside the years 1900–2200, references to unknown ids, documents
without their ``files/`` member, members whose declared size differs from the document's, and content whose
hash differs are all refused with a one-line :class:`~emeeting.domain.errors.ValidationError`. Contents are
hashed while they are streamed; call :meth:`PackageFiles.verify_all` before storing anything.

The code is in four modules: ``fields`` (the format's constants, field lists and strict value readers),
``encode`` (a package → the JSON document), ``decode`` (the JSON document → a package, with every check)
and ``container`` (the zip: writing, reading, the size limits, the hash-checked contents).

Typical use::

    write_package(MeetingPackage(bundle, versions, trail), blobs.open, Path("meeting-3-2569.zip"))

    package, files = read_package(Path("meeting-3-2569.zip"))
    with files:
        files.verify_all()
        for sha256 in files.sha256s:
            with files.open(sha256) as stream:
                store(stream)
"""

from emeeting.interop.oparl.container import (
    MAX_FILES_BYTES,
    MAX_JSON_BYTES,
    PackageFiles,
    read_package,
    write_package,
)
from emeeting.interop.oparl.decode import meeting_records
from emeeting.interop.oparl.fields import FORMAT, FORMAT_VERSION, MeetingPackage

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_FILES_BYTES",
    "MAX_JSON_BYTES",
    "MeetingPackage",
    "PackageFiles",
    "meeting_records",
    "read_package",
    "write_package",
]
