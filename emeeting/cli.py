"""Command line: ``emeeting`` with no subcommand starts the GUI; the subcommands script the store.

MEETING arguments take a meeting id or its reference ``SHORT:n/BE-year`` (committee short name, meeting
number, Buddhist Era year), e.g. ``ICT:3/2569``. Heavy modules are imported inside each command so that
``emeeting --help`` and the GUI start fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emeeting import __version__, paths
from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError, NotFoundError, ValidationError

if TYPE_CHECKING:
    from emeeting.domain.search import Snippet
    from emeeting.services.container import Services
    from emeeting.services.search import MeetingHits, SearchHit, SearchResults


def _services(args: argparse.Namespace, *, writes: bool | None = None) -> Services:
    """The data folder's services; ``writes`` (default: what the command declares) refuses a read-only
    folder up front."""
    from emeeting.services.container import Services
    from emeeting.storage.store import Store
    from emeeting.sync.expiry import KeysWithinLimit
    from emeeting.sync.paper_keys import PaperKeys

    store = Store.open(paths.data_dir(args.data_dir), _actor(), build_index=False)
    if store.search_index_due():  # minutes for a large archive upgraded from a version without search
        print("emeeting: preparing to search the archive (once, after an upgrade)…", file=sys.stderr)
        with suppress(EmeetingError):  # not now (another program writing): searching says so, `check` too
            store.reindex(only_if_due=True)
    # A confidential paper past its committee's offline limit stays closed here too, as in the window.
    services = Services(store, KeysWithinLimit(store, PaperKeys()))
    if services.store.read_only:
        if getattr(args, "writes", False) if writes is None else writes:
            services.store.require_writable()  # refused before any of the command's work is done
        print(
            f"emeeting: note: the data folder {services.store.data_dir} is read-only; "
            "it is shown as it is and nothing can be changed",
            file=sys.stderr,
        )
    return services


def _actor() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user database entry (containers) or no login name
        return "local"


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _local(dt: Any) -> str:
    return "" if dt is None else dt.astimezone().strftime("%Y-%m-%d %H:%M")


def cmd_gui(args: argparse.Namespace) -> int:
    """The window; ``emeeting smoke`` shows it populated and exits."""
    from emeeting.app import run_gui

    return run_gui(paths.data_dir(args.data_dir), actor=_actor(), smoke=getattr(args, "smoke", False))


def cmd_demo(args: argparse.Namespace) -> int:
    from emeeting.demo.load import load_demo

    with _services(args) as services:
        created = load_demo(services, meetings=args.meetings)
    if created == 0:
        print("the store already holds meetings; no demo data added")
    else:
        print(f"added demo data: {created} meetings")
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    with _services(args) as services:
        summaries = services.meetings.summaries()
    if args.committee:
        summaries = [s for s in summaries if args.committee in (s.committee.short_name, s.committee.id)]
    if args.json:
        _print_json(
            [
                {
                    "id": s.meeting.id,
                    "reference": s.reference,
                    "committee": s.committee.short_name,
                    "number": s.meeting.number,
                    "year_be": s.meeting.year_be,
                    "title": s.meeting.title,
                    "start": s.meeting.start.isoformat(),
                    "status": s.meeting.status.value,
                }
                for s in summaries
            ]
        )
    else:
        for s in summaries:
            print(
                f"{s.reference:<16} {_local(s.meeting.start)}  {s.meeting.status.value:<17} {s.meeting.title}"
            )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _services(args) as services:
        view = services.meetings.view(services.meetings.resolve(args.meeting).id)
    meeting = view.summary.meeting
    if args.json:
        _print_json(
            {
                "id": meeting.id,
                "reference": view.summary.reference,
                "committee": view.summary.committee.name,
                "title": meeting.title,
                "start": meeting.start.isoformat(),
                "end": meeting.end.isoformat() if meeting.end else None,
                "place": meeting.place,
                "status": meeting.status.value,
                "secrecy": meeting.secrecy.value,
                "urgency": meeting.urgency.value,
                "pages": view.page_count,
                "agenda": [
                    {
                        "id": e.item.id,
                        "number": e.number,
                        "title": e.item.title,
                        "closed": e.item.closed,
                        "resolution": e.item.resolution,
                        "documents": [
                            {"id": d.id, "name": d.name, "pages": d.page_count, "sha256": d.sha256}
                            for d in e.documents
                        ],
                    }
                    for e in view.agenda
                ],
            }
        )
        return 0
    print(f"{view.summary.committee.name}")
    print(f"{meeting.title} — {view.summary.reference}")
    print(f"{_local(meeting.start)}  {meeting.place}  [{meeting.status.value}]")
    for entry in view.agenda:
        print(f"{'  ' * entry.depth}{entry.number} {entry.item.title}")
        for doc in entry.documents:
            pages = f" ({doc.page_count} pages)" if doc.page_count else ""
            print(f"{'  ' * entry.depth}    - {doc.name}{pages}")
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    with _services(args) as services:
        meeting = services.meetings.resolve(args.meeting)
        view = services.meetings.view(meeting.id)
        item_id = next((e.item.id for e in view.agenda if e.number == args.item), None)
        if item_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "meeting {reference} has no agenda item {item}"),
                reference=view.summary.reference,
                item=args.item,
            )
        result = services.documents.attach(meeting.id, item_id, [Path(p) for p in args.files])
    for doc in result.attached:
        pages = f", {doc.page_count} pages" if doc.page_count else ""
        print(f"attached {doc.file_name} ({doc.mime_type}{pages})")
    for error in result.rejected:
        print(f"rejected {error}", file=sys.stderr)
    return 1 if result.rejected else 0


def cmd_export(args: argparse.Namespace) -> int:
    with _services(args) as services:
        meeting = services.meetings.resolve(args.meeting)
        services.interchange.export_meeting(meeting.id, Path(args.output))
    print(f"exported {args.output}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with _services(args) as services:
        meeting = services.interchange.import_meeting(Path(args.file))
    print(f"imported meeting {meeting.label}: {meeting.title}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    import time

    with _services(args, writes=args.reindex) as services:
        if args.reindex:
            began = time.perf_counter()
            count = services.store.reindex()
            print(f"search index rebuilt: {count} records indexed in {time.perf_counter() - began:.1f} s")
        report = services.check_report()
    for note in report.notes:
        print(note)
    if not report.problems:
        print("store is healthy")
    return _report_problems(report.problems)


def cmd_search(args: argparse.Namespace) -> int:
    """Search everything the store holds; 0 when something was found, 1 when nothing was (as grep)."""
    from emeeting.domain.search import SearchFilter, SearchKind
    from emeeting.services.search import DEFAULT_LIMIT

    if args.since and args.until and args.since > args.until:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "--since {since} is after --until {until}"),
            since=args.since.isoformat(),
            until=args.until.isoformat(),
        )
    # Bytes that are not UTF-8 on the command line (a mistyped locale) come as lone surrogates, which no
    # output may carry: each becomes the replacement character, searched and shown as such.
    text = " ".join(args.query).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    with _services(args) as services:
        # An empty --committee "" (a script's unset variable) names no committee: refused, not "all".
        committee = None if args.committee is None else services.meetings.resolve_committee(args.committee)
        where = SearchFilter(
            committee.id if committee else None,
            args.since,
            args.until,
            frozenset(SearchKind(k) for k in args.kind or ()),
        )
        results = services.search.search(text, where, limit=args.limit or DEFAULT_LIMIT)
    if args.json:
        _print_json(_search_json(results))
    else:
        _print_search(results, bold=sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    return 0 if results.count else 1


def _search_json(results: SearchResults) -> dict[str, Any]:
    """The shape documented in ``emeeting search --help`` (SEARCH_JSON)."""
    return {
        "query": results.text,
        "count": results.count,
        "groups": [
            {
                "meeting": _meeting_json(group),
                "hits": [
                    {
                        "kind": hit.kind.value,
                        "id": hit.entity_id,
                        "label": hit.label,
                        "page": hit.page,
                        "pages": list(hit.pages),
                        "version": hit.version,
                        "item_id": hit.item_id,
                        "snippet": {"text": hit.snippet.text, "marks": [list(m) for m in hit.snippet.marks]},
                    }
                    for hit in group.hits
                ],
            }
            for group in results.groups
        ],
        "more": results.more,
        "no_text": [
            {"id": p.document_id, "meeting_id": p.meeting_id, "name": p.name, "sealed": p.sealed}
            for p in results.no_text
        ],
    }


def _meeting_json(group: MeetingHits) -> dict[str, Any] | None:
    meeting, committee = group.meeting, group.committee
    if meeting is None or committee is None:
        return None  # people
    return {
        "id": meeting.id,
        "label": meeting.label,
        "reference": f"{committee.short_name}:{meeting.label}",
        "title": meeting.title,
        "committee": {"id": committee.id, "short_name": committee.short_name, "name": committee.name},
        "date": meeting.start.astimezone().date().isoformat(),
    }


def _print_search(results: SearchResults, *, bold: bool) -> None:
    """Hits grouped by meeting, newest first among equals, each with its snippet, the words found marked."""
    opening, closing = ("\x1b[1m", "\x1b[0m") if bold else ("«", "»")
    references: dict[str, str] = {}
    for group in results.groups:
        meeting = _meeting_json(group)
        if meeting is None:
            print("people")
        else:
            references[meeting["id"]] = meeting["reference"]
            committee = meeting["committee"]["name"]
            print(f"{meeting['reference']}  {meeting['date']}  {meeting['title']} — {committee}")
        for hit in group.hits:
            what = hit.kind.value.replace("_", " ") + _minutes_version(hit)
            where = ""
            if hit.pages:
                shown = ", ".join(map(str, hit.pages[:12])) + (" …" if len(hit.pages) > 12 else "")
                where = f"  p. {shown}" if len(hit.pages) == 1 else f"  pp. {shown}"
            print(f"  {what}: {hit.label}{where}".rstrip())
            print(f"      {_marked(hit.snippet, opening, closing)}")
    if results.no_text:
        print("papers without text (not searched):")
        for paper in results.no_text:
            why = (
                "confidential: its text is not kept on this computer"
                if paper.sealed
                else "no text layer (a scan or a picture)"
            )
            print(f"  {references.get(paper.meeting_id, paper.meeting_id)}  {paper.name} — {why}")
    if results.count:
        meetings = sum(1 for g in results.groups if g.meeting is not None)
        print(f"{results.count} hit(s) in {meetings} meeting(s)")
    else:
        print(f"nothing found for {results.text!r}", file=sys.stderr)
    if results.more:
        print(
            "more were found than shown: narrow the search (--committee, --since, --until, --kind) "
            "or raise --limit",
            file=sys.stderr,
        )


def _minutes_version(hit: SearchHit) -> str:
    from emeeting.domain.search import SearchKind

    if hit.kind is not SearchKind.MINUTES:
        return ""
    if hit.version is None:
        return " (draft)"
    return " (certified)" if hit.version == 0 else f" (amendment {hit.version})"


def _marked(snippet: Snippet, opening: str, closing: str) -> str:
    return "".join(f"{opening}{piece}{closing}" if marked else piece for piece, marked in snippet.pieces())


def _report_problems(problems: Sequence[str]) -> int:
    """The problems on stderr; the exit status: 1 when there are any."""
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def cmd_audit(args: argparse.Namespace) -> int:
    """Who did what and when (old → new for edits), with the state of the hash chain; 1 when broken."""
    from emeeting.services.audit import entry_as_json

    with _services(args) as services:
        meeting = services.meetings.resolve(args.meeting) if args.meeting else None
        trail = services.audit.trail(meeting.id if meeting else None)
    chain = trail.chain
    if args.json:
        _print_json(
            {
                "meeting": meeting.id if meeting else None,
                "chain": {
                    "intact": chain.intact,
                    "events": chain.events,
                    "head": {"seq": chain.head.seq, "hash": chain.head.hash} if chain.head else None,
                    "breaks": [
                        {
                            "kind": b.kind.value,
                            "seq": b.seq,
                            "last_seq": b.last_seq,
                            "at": b.at.isoformat() if b.at else None,
                            "text": b.describe(),
                        }
                        for b in chain.breaks
                    ],
                },
                "certified": [
                    {"version": number, "seq": link.seq, "hash": link.hash} for number, link in trail.anchors
                ],
                "events": [entry_as_json(e) for e in trail.entries],
            }
        )
        return 0 if chain.intact else 1
    for entry in trail.entries:
        what = entry.kind.replace("_", " ") + (f" “{entry.label}”" if entry.label else "")
        mark = "  ! does not match the chain" if entry.suspect else ""
        print(f"#{entry.seq:<6} {_local(entry.at)}  {entry.actor}  {entry.action} {what}{mark}")
        for change in entry.changes:
            print(f"          {change.field}: {_one_line(change.old)} → {_one_line(change.new)}")
        if entry.note:
            print(f"          {entry.note}")
    for number, link in trail.anchors:
        print(f"minutes version {number} certified with the trail at #{link.seq} {link.hash}")
    shown = f"audit trail: {len(trail.entries)} event(s) shown"
    head = f"; last event #{chain.head.seq} {chain.head.hash}" if chain.head else ""
    if chain.intact:
        print(f"{shown}; the hash chain of all {chain.events} event(s) holds{head}")
        return 0
    for b in chain.breaks:
        print(b.describe(), file=sys.stderr)
    print(f"{shown}; THE HASH CHAIN IS BROKEN{head}", file=sys.stderr)
    return 1


def _one_line(value: Any, width: int = 120) -> str:
    if hasattr(value, "astimezone"):  # a time: in local time, like every time printed here
        return _local(value)
    flat = " ".join(str(value).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def cmd_restore(args: argparse.Namespace) -> int:
    """Put a backup in place of the store's database, keeping the database it replaces."""
    from emeeting.services.container import Services
    from emeeting.storage.store import restore

    data_dir = paths.data_dir(args.data_dir)
    backup = Path(args.backup).expanduser().resolve()
    kept = restore(data_dir, backup)
    with Services.open(data_dir, actor=_actor()) as services:  # upgraded here if the backup is older
        problems = services.check()
    print(f"restored {backup} into {data_dir}")
    if kept is not None:
        print(f"the database it replaces is kept as {kept}")
    return _report_problems(problems)


def cmd_backup(args: argparse.Namespace) -> int:
    with _services(args) as services:
        services.backup(Path(args.dest).expanduser().resolve())
    print(f"backup written to {args.dest}")
    return 0


def cmd_document(args: argparse.Namespace) -> int:
    """minutes, agenda, invitation: the meeting's official document as PDF (minutes also as DOCX)."""
    from emeeting.services.publishing import DocumentKind

    dest = Path(args.output).expanduser().resolve()
    with _services(args) as services:
        meeting = services.meetings.resolve(args.meeting)
        certified_in = services.minutes.certified_language(meeting.id) if args.kind == "minutes" else None
        services.publishing.write(
            DocumentKind(args.kind), meeting.id, dest, lang=args.lang, thai_digits=args.thai_digits
        )
    if certified_in is not None and certified_in != args.lang:
        # Certified minutes are printed as frozen, in the language they were certified in: a translation
        # would be a text nobody certified.
        print(
            f"emeeting: note: the minutes of {meeting.label} are certified in "
            f"{'Thai' if certified_in == 'th' else 'English'}; they are printed as certified, not in "
            f"{'Thai' if args.lang == 'th' else 'English'}",
            file=sys.stderr,
        )
    print(f"wrote {args.output}")
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    dest = Path(args.output).expanduser().resolve()
    with _services(args) as services:
        meeting = services.meetings.resolve(args.meeting)
        reader = services.board_book.find_reader(meeting.id, args.reader) if args.reader else None
        result = services.board_book.write(
            meeting.id,
            dest,
            reader_id=reader.id if reader else None,
            lang=args.lang,
            thai_digits=args.thai_digits,
            include_top_secret=args.include_top_secret,
        )
    for name, why in result.omitted:
        print(f"not included: {name} ({why.value.replace('_', ' ')})", file=sys.stderr)
    print(f"wrote {args.output} ({result.pages} pages)")
    return 0


def cmd_annotation_summary(args: argparse.Namespace) -> int:
    dest = Path(args.output).expanduser().resolve()
    with _services(args) as services:
        meeting = services.meetings.resolve(args.meeting)
        count = services.annotations.write_summary(
            meeting.id, owner=args.owner, dest=dest, lang=args.lang, thai_digits=args.thai_digits
        )
    print(f"wrote {args.output} ({count} annotations)")
    return 0


def cmd_annotated_copy(args: argparse.Namespace) -> int:
    dest = Path(args.output).expanduser().resolve()
    with _services(args) as services:
        count = services.annotations.write_annotated_copy(args.document, owner=args.owner, dest=dest)
    print(f"wrote {args.output} ({count} annotations)")
    return 0


def cmd_evidence(args: argparse.Namespace) -> int:
    """The evidence pack of a meeting held on members' laptops: evidence.json and evidence.pdf in a zip."""
    dest = Path(args.output).expanduser().resolve()
    with _services(args) as services:
        meeting = services.meetings.resolve(args.meeting)
        if not services.store.read_only:
            _catch_up_live_events(services, meeting.id)
        services.evidence.write(meeting.id, dest, lang=args.lang, thai_digits=args.thai_digits)
    print(f"wrote {args.output}")
    return 0


def _catch_up_live_events(services: Services, meeting_id: str) -> None:
    """Fetch the meeting's live events this computer has not kept yet (it keeps only those it was following
    for), so that the pack holds the whole channel; offline, the pack is made from what is kept."""
    from emeeting.domain.errors import EmeetingError
    from emeeting.services.credentials import Credentials
    from emeeting.sync.paper_keys import PaperKeys
    from emeeting.sync.service import SyncService

    sync = SyncService(services.store, Credentials(), paper_keys=PaperKeys())
    if not sync.servers():
        return
    try:
        sync.live_events(meeting_id)
    except EmeetingError as error:
        print(f"emeeting: note: the live events were not brought up to date ({error}); the pack holds "
              "those this computer kept", file=sys.stderr)  # fmt: skip


def cmd_serve(args: argparse.Namespace) -> int:
    from emeeting.server.commands import serve

    return serve(args, paths.data_dir(args.data_dir))


def cmd_server(args: argparse.Namespace) -> int:
    from emeeting.server.commands import server_command

    return server_command(args, paths.data_dir(args.data_dir))


def cmd_sync(args: argparse.Namespace) -> int:
    from emeeting.services.credentials import Credentials
    from emeeting.sync.command import run
    from emeeting.sync.paper_keys import PaperKeys
    from emeeting.sync.service import SyncService

    # --status only reads: allowed in a read-only data folder.
    with _services(args, writes=args.writes and not args.status) as services:
        sync = SyncService(services.store, Credentials(), paper_keys=PaperKeys())
        return run(args, sync, services.meetings.resolve)


def cmd_calendar_feed(args: argparse.Namespace) -> int:
    from emeeting.services.credentials import Credentials
    from emeeting.sync.command import run_calendar_feed
    from emeeting.sync.service import SyncService

    with _services(args, writes=True) as services:
        return run_calendar_feed(args, SyncService(services.store, Credentials()))


def cmd_invite(args: argparse.Namespace) -> int:
    from emeeting.mail.command import run_invite

    with _services(args, writes=not args.dry_run) as services:
        return run_invite(args, services)


def cmd_mail(args: argparse.Namespace) -> int:
    from emeeting.mail.command import run_mail

    with _services(args, writes=args.mail_action != "show") as services:
        return run_mail(args, services)


def cmd_remind(args: argparse.Namespace) -> int:
    from emeeting.mail.command import run_remind

    with _services(args, writes=not args.dry_run) as services:
        return run_remind(args, services)


def cmd_replies(args: argparse.Namespace) -> int:
    from emeeting.mail.replies import describe, read_replies
    from emeeting.mail.settings import MailSettingsStore
    from emeeting.storage.mail_log import MailLog

    with _services(args, writes=not args.dry_run) as services:
        report = read_replies(services, MailSettingsStore(MailLog(services.store)), dry_run=args.dry_run)
    for line in describe(report):
        print(line)
    return 0


def cmd_about(args: argparse.Namespace) -> int:
    from emeeting.about import report
    from emeeting.ui.widgets.components import qt_pdf

    return report(paths.data_dir(args.data_dir), extra=[qt_pdf])


def _positive_int(text: str) -> int:
    """An argparse type: a bad value becomes a usage error (exit status 2), not a traceback."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _day(text: str) -> date:
    """An argparse type: YYYY-MM-DD; a year from 2400 on is a Buddhist Era year (2569-03-01)."""
    from emeeting.domain.thai import BE_OFFSET

    try:
        year, month, day = (int(part) for part in text.strip().split("-"))
        return date(year - BE_OFFSET if year >= 2400 else year, month, day)
    except ValueError:  # also 29 February of a year that has none (2568 BE is 2025)
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _search_kinds(text: str) -> list[str]:
    """An argparse type: one kind of search hit, or several separated by commas."""
    from emeeting.domain.search import SearchKind

    kinds = [k.strip().replace("-", "_") for k in text.split(",") if k.strip()]
    known = [k.value for k in SearchKind]
    if not kinds:  # --kind "" (a script's unset variable) would otherwise widen the search to every kind
        raise argparse.ArgumentTypeError(f"no kind given (choose from {', '.join(known)})")
    for kind in kinds:
        if kind not in known:
            raise argparse.ArgumentTypeError(f"not a kind: {kind!r} (choose from {', '.join(known)})")
    return kinds


SEARCH_EPILOG = """\
Exit status: 0 when something was found, 1 when nothing was (as grep), 2 on an error (an unknown
committee, say).

Output: the hits grouped by meeting (reference, date, title, committee), best first; each hit with its
kind, its name (an agenda item's number and title, a paper's name with the pages that match) and a
snippet with the words found between « » (in bold on a terminal). People come under "people". Papers
of those meetings that have no text to search (scans, or confidential papers whose text is not kept on
this computer) are listed at the end.

--json prints one object, for scripts (fields are only ever added):
  query      the query as given
  count      how many hits
  groups     [{meeting, hits}], best first; meeting is null for people, else
             {id, label ("3/2569"), reference ("ICT:3/2569"), title,
              committee {id, short_name, name}, date (YYYY-MM-DD)}
  hits       [{kind, id, label, page, pages, version, item_id, snippet {text, marks}}]:
             kind as for --kind; id the record's id; page the best matching page of a paper
             (1-based; null otherwise), pages every matching page; version of certified minutes
             (0 as certified, 1… amendments; null: the draft); item_id the agenda item it belongs to;
             marks [[start, end], …]: where in snippet.text the words found are
  more       true when more records matched than --limit read: narrow the search
  no_text    [{id, meeting_id, name, sealed}]: papers in those meetings with no text to search
             (sealed: confidential, its text is not kept on this computer)
"""


#: What the examples of ``build_parser``'s commands may refer to (a test supplies real values).
EXAMPLE_PLACEHOLDERS = {
    "meeting": "a meeting in the store (SHORT:n/year)",
    "item": "a number of that meeting's agenda items, e.g. 4.1",
    "pdf": "a PDF file",
    "package": "a meeting package exported from another store",
    "backup": "a folder that `emeeting backup` wrote from the store",
    "scratch": "an empty folder",
    "port": "a free TCP port: the command is a server that must answer HTTP on 127.0.0.1 there",
    "server": "the address of a running sync server (http://127.0.0.1:PORT)",
    "user": "a member on that server, whose password is in EMEETING_PASSWORD",
    "document": "the id of one of that meeting's papers",
}


def _meeting_and_output(command: argparse.ArgumentParser, output: str) -> None:
    """The arguments of every command that writes one of a meeting's documents to a file."""
    command.add_argument("meeting", metavar="MEETING")
    command.add_argument("-o", "--output", required=True, metavar=output)


def _language_options(command: argparse.ArgumentParser, *, lang: str | None, lang_help: str) -> None:
    command.add_argument("--lang", choices=("th", "en"), default=lang, help=lang_help)
    command.add_argument("--thai-digits", action="store_true", help="write numbers in Thai digits")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="emeeting",
        description="Paperless meetings. With no command, starts the application window.",
        epilog="MEETING is a meeting id or SHORT:n/year, e.g. ICT:3/2569.",
    )
    parser.add_argument("--version", action="version", version=f"emeeting {__version__}")
    parser.add_argument(
        "--data-dir", help="data folder (default: $EMEETING_DATA_DIR or the user's app-data folder)"
    )
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        help: str,
        *,
        example: str,
        writes: bool = False,
    ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help, description=help)
        # writes: refused up front in a read-only data folder (reading commands work there)
        command.set_defaults(handler=handler, example=example, writes=writes)
        return command

    # Every command declares one example invocation (see EXAMPLE_PLACEHOLDERS); the frozen build's tests
    # run each one, so a new command is covered there without editing the tests.
    demo = add(
        "demo",
        cmd_demo,
        "fill an empty store with realistic demo committees and meetings",
        example="demo --meetings 3",
        writes=True,
    )
    demo.add_argument("--meetings", type=_positive_int, default=12, help="how many meetings (default 12)")
    meetings = add("meetings", cmd_meetings, "list meetings", example="meetings --json")
    meetings.add_argument("--committee", help="only this committee (short name or id)")
    meetings.add_argument("--json", action="store_true", help="print JSON")
    show = add("show", cmd_show, "show one meeting with its agenda and documents", example="show {meeting}")
    show.add_argument("meeting", metavar="MEETING")
    show.add_argument("--json", action="store_true", help="print JSON")
    attach = add(
        "attach",
        cmd_attach,
        "attach files to an agenda item",
        example="attach {meeting} {item} {pdf}",
        writes=True,
    )
    attach.add_argument("meeting", metavar="MEETING")
    attach.add_argument("item", metavar="ITEM", help="agenda item number, e.g. 4.1")
    attach.add_argument("files", metavar="FILE", nargs="+")
    export = add(
        "export",
        cmd_export,
        "export a meeting with its documents (OParl-shaped zip)",
        example="export {meeting} -o {scratch}/meeting.zip",
    )
    export.add_argument("meeting", metavar="MEETING")
    export.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    imp = add(
        "import", cmd_import, "import a meeting exported by emeeting", example="import {package}", writes=True
    )
    imp.add_argument("file", metavar="FILE.zip")
    check = add("check", cmd_check, "check the database and every stored document", example="check")
    check.add_argument(
        "--reindex",
        action="store_true",
        help="first rebuild the search index from the records (when check reports it damaged or stale)",
    )
    search = add(
        "search",
        cmd_search,
        "search meetings, agenda items, minutes, action items, people and the text of every paper page, "
        "Thai and English",
        example="search งบประมาณ --committee ICT",
    )
    search.epilog = SEARCH_EPILOG
    search.formatter_class = argparse.RawDescriptionHelpFormatter
    search.add_argument(
        "query",
        metavar="QUERY",
        nargs="+",
        help="words (all must occur; Thai may be typed without spaces; an English fragment matches as a "
        'prefix) and "quoted phrases" (quote them for the shell too: \'"budget report"\')',
    )
    search.add_argument("--committee", metavar="C", help="only this committee (short name or id)")
    search.add_argument(
        "--since", type=_day, metavar="DATE", help="only meetings on or after DATE (YYYY-MM-DD)"
    )
    search.add_argument("--until", type=_day, metavar="DATE", help="only meetings on or before DATE")
    search.add_argument(
        "--kind",
        type=_search_kinds,
        action="extend",
        metavar="KIND",
        help="only these kinds (repeat, or separate with commas): "
        "meeting, agenda_item, minutes, action_item, person, paper",
    )
    search.add_argument(
        "--limit",
        type=_positive_int,
        metavar="N",
        help="read at most N matching records (each page of a paper counts one; default 100)",
    )
    search.add_argument("--json", action="store_true", help="print JSON (the shape is described below)")
    audit = add(
        "audit",
        cmd_audit,
        "show the audit trail (who, what, when, old → new) of a meeting or of the whole store, and "
        "whether its hash chain holds",
        example="audit {meeting}",
    )
    audit.add_argument("meeting", metavar="MEETING", nargs="?", help="only this meeting and what is in it")
    audit.add_argument("--json", action="store_true", help="print JSON")
    backup = add(
        "backup",
        cmd_backup,
        "write an online backup of the store to an empty folder",
        example="backup {scratch}/backup",
    )
    backup.add_argument("dest", metavar="DEST")
    restore = add(
        "restore",
        cmd_restore,
        "replace a damaged database by a backup (a file from the data folder's backups/ or a folder "
        "written by `emeeting backup`); the database it replaces is kept. Close emeeting windows on the "
        "store first",
        example="restore {backup}",
    )
    restore.add_argument("backup", metavar="BACKUP")
    for kind, help, suffixes in (
        ("minutes", "write the minutes in form 11 (PDF, or DOCX to finish in Word)", "FILE.pdf|FILE.docx"),
        ("agenda", "write the agenda: items with background, facts, legal basis, proposal (PDF)", "FILE.pdf"),
        ("invitation", "write the letter of invitation, urgency and secrecy in red (PDF)", "FILE.pdf"),
    ):
        document = add(kind, cmd_document, help, example=f"{kind} {{meeting}} -o {{scratch}}/{kind}.pdf")
        document.set_defaults(kind=kind)
        _meeting_and_output(document, suffixes)
        _language_options(document, lang="th", lang_help="document language (default th)")
    summary = add(
        "annotation-summary",
        cmd_annotation_summary,
        "write a reader's annotations on a meeting's papers and items, with their pages (PDF)",
        example="annotation-summary {meeting} --owner reader -o {scratch}/annotations.pdf",
    )
    _meeting_and_output(summary, "FILE.pdf")
    summary.add_argument("--owner", required=True, metavar="ACCOUNT", help="the reader's server account")
    _language_options(summary, lang="th", lang_help="document language (default th)")
    copy = add(
        "annotated-copy",
        cmd_annotated_copy,
        "write a paper with the reader's annotations as standard PDF annotations other readers show",
        example="annotated-copy {document} --owner reader -o {scratch}/annotated.pdf",
    )
    copy.add_argument("document", metavar="DOCUMENT", help="the paper's id (emeeting show MEETING --json)")
    copy.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    copy.add_argument("--owner", required=True, metavar="ACCOUNT", help="the reader's server account")
    book = add(
        "book",
        cmd_book,
        "write the board book: cover, agenda with page numbers, every item's documents, bookmarks (PDF)",
        example="book {meeting} -o {scratch}/book.pdf",
    )
    _meeting_and_output(book, "FILE.pdf")
    book.add_argument(
        "--reader",
        metavar="PERSON",
        help="the invitee the copy is for (id, e-mail or name): only their papers, their name as watermark",
    )
    _language_options(book, lang=None, lang_help="document language (default: the committee's)")
    book.add_argument(
        "--include-top-secret",
        action="store_true",
        help="include papers classed TOP SECRET (ลับที่สุด), where policy allows them to leave this computer",
    )
    evidence = add(
        "evidence",
        cmd_evidence,
        "write the evidence pack of a meeting held on members' laptops: who joined when and from where, "
        "how identity was verified, attendance, votes, the live channel's event log, the recording link "
        "and the certified minutes' hash (evidence.json and evidence.pdf in a zip)",
        example="evidence {meeting} -o {scratch}/evidence.zip",
    )
    _meeting_and_output(evidence, "FILE.zip")
    _language_options(evidence, lang=None, lang_help="document language (default: the meeting's)")
    replies = add(
        "replies",
        cmd_replies,
        "read members' answers to invitations from the replies mailbox (calendar replies) and record their "
        "RSVPs; the mailbox is left as it is",
        example="replies --dry-run",
        writes=True,
    )
    replies.add_argument("--dry-run", action="store_true", help="say what would be recorded, change nothing")
    add(
        "smoke",
        cmd_gui,
        "start the window on the current store, show it populated, and exit",
        example="smoke",
    ).set_defaults(smoke=True)
    add(
        "about",
        cmd_about,
        "show the version, the folders in use, and whether each bundled component works here",
        example="about",
    )
    from emeeting.sync.command import add_arguments as sync_arguments  # argparse only
    from emeeting.sync.command import add_calendar_feed_arguments

    sync_arguments(
        add(
            "sync",
            cmd_sync,
            "sync with a server: publish meetings, receive agendas and documents, send RSVPs and votes",
            example="sync --server {server} --user {user}",
            writes=True,
        )
    )
    add_calendar_feed_arguments(
        add(
            "calendar-feed",
            cmd_calendar_feed,
            "the private address of your calendar feed on the sync server (to subscribe to from a "
            "calendar): show it, make a new one, or stop it",
            example="calendar-feed --server {server} --user {user} --new",
            writes=True,
        )
    )
    from emeeting.mail.command import (  # argparse only
        add_invite_arguments,
        add_mail_arguments,
        add_remind_arguments,
    )

    add_invite_arguments(
        add(
            "invite",
            cmd_invite,
            "send the invitation by e-mail to each invitee: the letter, the agenda and a calendar "
            "invitation; after a change of date or place an update, after cancelling a cancellation",
            example="invite {meeting} --dry-run",
            writes=True,
        )
    )
    add_mail_arguments(
        add(
            "mail",
            cmd_mail,
            "show or change the office's outgoing mail server, or send a test message",
            example="mail show",
        )
    )
    add_remind_arguments(
        add(
            "remind",
            cmd_remind,
            "send the reminders due today (for a scheduled task)",
            example="remind --dry-run",
            writes=True,
        )
    )
    from emeeting.server.commands import add_parsers  # argparse only: no server libraries

    add_parsers(
        add(
            "serve",
            cmd_serve,
            "run the sync server (HTTP API, TLS with a certificate)",
            example="serve --host 127.0.0.1 --port {port}",
        ),
        add(
            "server",
            cmd_server,
            "manage the sync server's users and devices",
            example="server --db sqlite:///{scratch}/server.db user list",
        ),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except EmeetingError as error:
        print(f"emeeting: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`emeeting meetings | head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
