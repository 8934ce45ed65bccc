"""``emeeting sync``: log in (token from the keyring, else a password), publish, sync, say what moved.

The password comes from EMEETING_PASSWORD (scripts) or a prompt; it is never stored, only the token the
server gives for this device, and that only in the OS password store.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError

if TYPE_CHECKING:
    from emeeting.domain import model as m
    from emeeting.sync.engine import SyncReport
    from emeeting.sync.service import SyncService

PASSWORD_ENV = "EMEETING_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--server", metavar="URL", help="the sync server, e.g. https://emeeting.example.go.th"
    )
    parser.add_argument("--user", metavar="NAME", help="your user name on the server")
    parser.add_argument(
        "--totp", metavar="CODE", help="the six-digit code, for accounts with a second factor"
    )
    parser.add_argument(
        "--publish",
        metavar="MEETING",
        action="append",
        default=[],
        help="send this meeting to the server (secretaries; repeatable)",
    )
    parser.add_argument(
        "--start-over",
        action="store_true",
        help="the server was replaced: drop what came from the old one and sync with this one"
        " (your own meetings stay and are published again)",
    )
    parser.add_argument(
        "--allow-removals",
        action="store_true",
        help="let a sync remove more than a few meetings the server no longer shares with you",
    )
    parser.add_argument("--logout", action="store_true", help="end this device's login and forget its token")
    parser.add_argument(
        "--status",
        action="store_true",
        help="only show the servers, the last contact and conflict copies"
        " (also what a bare `emeeting sync` does before the first connection)",
    )


def _password(user: str, url: str) -> str:
    if (password := os.environ.get(PASSWORD_ENV)) is not None:
        return password
    if not sys.stdin.isatty():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "no password for {user}: set EMEETING_PASSWORD or run the command in a terminal"
            ),
            user=user,
        )
    return getpass.getpass(f"password for {user} at {url}: ")


def _login(sync: SyncService, url: str, user: str, totp: str | None) -> None:
    if not sync.login(url, user, _password(user, url), totp):
        print("logged in for this session only (no password store)", file=sys.stderr)


def _status(sync: SyncService) -> int:
    unavailable = sync.credentials.check()
    print(f"password store: {unavailable if unavailable else 'ok'}")
    for state in sync.servers():
        contact = (
            state.last_contact.astimezone().strftime("%Y-%m-%d %H:%M") if state.last_contact else "never"
        )
        role = state.info.get("role", "?")
        print(f"{state.url}\tuser {state.user} ({role})\tlast contact {contact}\tcursor {state.cursor}")
    conflicts = sync.conflicts()
    print(f"{len(conflicts)} conflict copies to look at")
    for copy in conflicts:
        kept, yours = copy.server_value, copy.local_value
        print(f"  {copy.kind} {copy.record_id} {copy.field}: kept {kept!r}, yours {yours!r}")
    return 0


def describe(report: SyncReport) -> list[str]:
    lines = [
        f"received {report.pulled} records, sent {report.pushed}",
        f"documents: {report.uploaded} uploaded, {report.downloaded} downloaded"
        + (f", {report.download_failures} not available" if report.download_failures else ""),
    ]
    if report.full_resync:
        lines.append(f"full resync: {report.removed} records no longer shared with you were removed")
    if report.conflicts:
        lines.append(f"{report.conflicts} conflict copies kept: see `emeeting sync --status`")
    if report.wiped:
        lines.append(f"{report.wiped} confidential documents removed (offline too long)")
    traffic = f"{report.requests} requests, {report.bytes_received} bytes in, {report.bytes_sent} bytes out"
    lines.append(traffic)
    return lines


def _sync(sync: SyncService, url: str, args: argparse.Namespace) -> SyncReport:
    from emeeting.sync.engine import TooManyRemovals

    try:
        return sync.sync(url, start_over=args.start_over, allow_removals=args.allow_removals)
    except TooManyRemovals as held:  # the rest of the sync was done: what moved, then what is held back
        for line in describe(held.report) if held.report is not None else ():
            print(line)
        raise


def run(args: argparse.Namespace, sync: SyncService, find_meeting: Callable[[str], m.Meeting]) -> int:
    """``find_meeting``: the meeting a reference given with --publish names (its id or ``SHORT:n/year``)."""
    from emeeting.sync.client import AuthError
    from emeeting.sync.service import normalise_url

    credentials = sync.credentials
    known = sync.servers()
    server = args.server or (known[0].url if len(known) == 1 else None)
    if args.status or not server:
        _status(sync)
        if not server and not args.status:
            print("to connect: emeeting sync --server URL --user NAME")
        return 0
    url = normalise_url(server)
    state = sync.server(url)
    user = args.user or (state.user if state is not None else None)
    if not user:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "give your user name on the server with --user"))
    if (unavailable := credentials.check()) is not None:
        print(f"emeeting: {unavailable}", file=sys.stderr)
    if args.logout:
        sync.logout(url)
        print(f"logged out of {url}")
        return 0
    meetings = [find_meeting(reference) for reference in args.publish]
    fresh = False
    if state is None or state.user != user or credentials.get(url, user) is None:
        _login(sync, url, user, args.totp)
        fresh = True
    for meeting in meetings:
        sync.publish(url, meeting.id)
        print(f"publishing {meeting.label} {meeting.title}")
    try:
        report = _sync(sync, url, args)
    except AuthError as error:
        if fresh or error.code not in ("invalid_token", "token_expired"):
            raise
        _login(sync, url, user, args.totp)  # the stored token ran out: once more with the password
        report = _sync(sync, url, args)
    for line in describe(report):
        print(line)
    for refused in report.refused:  # the rest of the sync went on; these meetings are not published
        print(f"emeeting: {refused}", file=sys.stderr)
    if report.unsealable is not None:  # confidential papers left on the server rather than kept in clear
        print(f"emeeting: {report.not_sealed} documents not downloaded: {report.unsealable}", file=sys.stderr)
    return 1 if report.refused else 0


# -- emeeting calendar-feed -------------------------------------------------------------------------------


def add_calendar_feed_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", metavar="URL", help="the sync server (default: the one you sync with)")
    parser.add_argument("--user", metavar="NAME", help="your user name on the server")
    parser.add_argument(
        "--totp", metavar="CODE", help="the six-digit code, for accounts with a second factor"
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--new", action="store_true", help="make a new private address (the one before stops working)"
    )
    action.add_argument("--revoke", action="store_true", help="stop the feed: its address no longer works")


def run_calendar_feed(args: argparse.Namespace, sync: SyncService) -> int:
    """Print the address of the user's calendar feed, make a new one, or stop it; logs in as
    ``emeeting sync`` does when this computer holds no token for the server."""
    from emeeting.sync.calendar_feed import CalendarFeeds
    from emeeting.sync.client import AuthError
    from emeeting.sync.service import normalise_url

    known = sync.servers()
    server = args.server or (known[0].url if len(known) == 1 else None)
    if not server:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "name the sync server with --server"))
    url = normalise_url(server)
    state = sync.server(url)
    user = args.user or (state.user if state is not None else None)
    if not user:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "give your user name on the server with --user"))
    if state is None or state.user != user or not sync.logged_in(url):
        _login(sync, url, user, args.totp)
    feeds = CalendarFeeds(sync)

    def act() -> int:
        if args.revoke:
            feeds.end(url)
            print("the calendar feed is stopped: its address no longer works")
            return 0
        feed = feeds.new(url) if args.new else feeds.state(url)
        if not feed.exists:
            print("no calendar feed yet: `emeeting calendar-feed --new` makes one")
        elif feed.address is None:
            print("you have a calendar feed, but its address is not kept on this computer:"
                  " `emeeting calendar-feed --new` makes a new one (the old one stops working)")  # fmt: skip
        else:
            print(feed.address)
            if not feed.kept:
                print("the address is kept for this session only (no password store)", file=sys.stderr)
        return 0

    try:
        return act()
    except AuthError as error:
        if error.code not in ("invalid_token", "token_expired"):
            raise
        _login(sync, url, user, args.totp)  # the stored token ran out: once more with the password
        return act()
