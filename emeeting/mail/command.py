"""``emeeting invite``, ``emeeting mail show|set|test`` and ``emeeting remind``: the mail commands.

The password for ``mail set`` is read from standard input (``--password-stdin``), never from the command
line (it would show in the process list and the shell's history), and kept in the OS password store.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError

if TYPE_CHECKING:
    from emeeting.domain.mailing import SentMail
    from emeeting.mail.outbox import MailPlan, Outbox, SendReport
    from emeeting.services.container import Services


def add_invite_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting", metavar="MEETING")
    parser.add_argument(
        "--to",
        metavar="PERSON",
        action="append",
        default=[],
        help="only this invitee (id, e-mail or name, as `book --reader` takes; repeatable)",
    )
    parser.add_argument("--dry-run", action="store_true", help="only say who would get which message")
    parser.add_argument(
        "--board-book", action="store_true", help="attach each reader's own board book (with their name)"
    )
    parser.add_argument(
        "--remind",
        choices=("all", "not_answered", "accepted"),
        help="send a reminder instead: to all coming or undecided, to those who have not answered, "
        "or to those who accepted",
    )


def add_mail_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="mail_action", metavar="ACTION", required=True)
    actions.add_parser("show", help="show the mail settings (never the password)")
    put = actions.add_parser("set", help="change the outgoing mail server's settings")
    put.add_argument("--host", help="the mail server, e.g. smtp.example.go.th")
    put.add_argument("--port", type=int, help="its port (default: 587, 465 or 25 after --security)")
    put.add_argument("--security", choices=("starttls", "tls", "none"))
    put.add_argument("--user", help="the login (empty: the server takes mail without one)")
    put.add_argument("--from", dest="sender_address", metavar="ADDRESS", help="the sender's address")
    put.add_argument("--name", dest="sender_name", help="the sender's name, e.g. the secretariat's")
    put.add_argument(
        "--ca-file",
        metavar="FILE.pem",
        help="trust this certificate (the office relay's own, or its authority) besides the system's",
    )
    put.add_argument("--timeout", type=float, dest="timeout_seconds", help="seconds to wait for the server")
    put.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    test = actions.add_parser("test", help="send a test message")
    test.add_argument("to", metavar="ADDRESS")


def add_remind_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true", help="only say which reminders are due")


def _outbox(services: Services) -> Outbox:
    from emeeting.mail.outbox import Outbox

    return Outbox(services)


def _print_plan(plan: MailPlan, *, dry_run: bool) -> None:
    verb = "would send" if dry_run else "to send"
    for o in plan.outgoing:
        print(f"{verb}: {o.kind.value} to {o.name} <{o.address}> ({o.language}, sequence {o.sequence})")
    for s in plan.skipped:
        print(f"nothing for {s.name}: {s.reason.value.replace('_', ' ')}")
    if not plan.outgoing:
        print("nothing to send")


def _print_report(report: SendReport) -> int:
    for o in report.sent:
        print(f"sent: {o.kind.value} to {o.name} <{o.address}>")
    for o, why in report.failed:
        print(f"failed: {o.kind.value} to {o.name} <{o.address}>: {why}", file=sys.stderr)
    if report.notice_set is not None:
        print(f"notice date set: {report.notice_set.astimezone().strftime('%Y-%m-%d %H:%M')}")
    if report.cancelled:
        print("cancelled: the rest were not sent", file=sys.stderr)
    return 1 if report.failed or report.cancelled else 0


def run_invite(args: argparse.Namespace, services: Services) -> int:
    from emeeting.mail.outbox import Reminder

    meeting = services.meetings.resolve(args.meeting)
    outbox = _outbox(services)
    to = [services.board_book.find_reader(meeting.id, text).id for text in args.to] or None
    reminder = Reminder(args.remind) if args.remind else None
    if not args.dry_run and not outbox.settings.smtp().configured:
        from emeeting.mail.transport import not_set_up

        raise not_set_up()  # before listing what would have been sent
    plan = outbox.plan(meeting.id, to=to, reminder=reminder)
    _print_plan(plan, dry_run=args.dry_run)
    if args.dry_run or not plan.outgoing:
        return 0

    def progress(done: int, total: int, name: str) -> None:
        print(f"[{done}/{total}] {name}", file=sys.stderr)

    return _print_report(outbox.send(plan, board_book=args.board_book, progress=progress))


def _describe(sent: SentMail | None) -> str:
    if sent is None:
        return "never"
    return f"{sent.at.astimezone().strftime('%Y-%m-%d %H:%M')} {sent.result.value}"


def run_mail(args: argparse.Namespace, services: Services) -> int:
    import dataclasses

    from emeeting.mail.settings import DEFAULT_PORTS, Security

    outbox = _outbox(services)
    store = outbox.settings
    smtp = store.smtp()
    if args.mail_action == "show":
        print(f"host: {smtp.host or '(not set)'}")
        print(f"port: {smtp.port}")
        print(f"security: {smtp.security.value}")
        print(f"user: {smtp.user or '(no login)'}")
        if smtp.user:
            kept = store.password(smtp) is not None
            print(f"password: {'kept in the password store' if kept else 'not kept'}")
        print(
            f"from: {smtp.sender_name} <{smtp.sender_address}>" if smtp.sender_address else "from: (not set)"
        )
        print(f"certificate trusted besides the system's: {smtp.ca_file or '(none)'}")
        print(f"timeout: {smtp.timeout_seconds:g} s")
        tests = [s for s in outbox.log.messages() if s.meeting_id is None]
        print(f"last test message: {_describe(tests[-1] if tests else None)}")
        return 0
    if args.mail_action == "set":
        changes = {
            k: getattr(args, k)
            for k in ("host", "port", "user", "sender_address", "sender_name", "ca_file", "timeout_seconds")
            if getattr(args, k) is not None
        }
        if args.security is not None:
            changes["security"] = Security(args.security)
            if args.port is None:
                changes["port"] = DEFAULT_PORTS["smtp"][Security(args.security)]
        smtp = dataclasses.replace(smtp, **changes)
        store.save(smtp)
        print("saved the mail settings")
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
            if not smtp.user:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a password needs a user: give --user too"))
            if store.set_password(smtp, password):
                print("the password is kept in the password store")
            else:
                print(
                    "emeeting: note: no password store is usable here: the password was not kept",
                    file=sys.stderr,
                )
        return 0
    outbox.send_test(args.to)
    print(f"sent a test message to {args.to}")
    return 0


def run_remind(
    args: argparse.Namespace, services: Services, today: Callable[[], datetime] | None = None
) -> int:
    from emeeting.mail.reminders import run_due

    day = (today or datetime.now)().astimezone().date()
    results = run_due(_outbox(services), day, dry_run=args.dry_run)
    if not results:
        print("no reminders due")
    status = 0
    for result in results:
        print(
            f"{result.due.reference}: reminder due {result.due.day.isoformat()} ({result.due.reminder.value})"
        )
        if result.report is None:
            _print_plan(result.plan, dry_run=True)
        else:
            status = max(status, _print_report(result.report))
    return status
