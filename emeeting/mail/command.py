"""``emeeting invite``, ``emeeting mail show|set|test|replies|remind`` and ``emeeting remind``: the mail
commands.

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
    from emeeting.mail.settings import ImapSettings, MailSettingsStore, SmtpSettings
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
    replies = actions.add_parser(
        "replies", help="the mailbox (IMAP) that calendar replies arrive in, read by `emeeting replies`"
    )
    switch = replies.add_mutually_exclusive_group()
    switch.add_argument("--on", dest="enabled", action="store_const", const=True, help="read replies")
    switch.add_argument("--off", dest="enabled", action="store_const", const=False, help="stop reading them")
    replies.add_argument("--host", help="the mailbox's server, e.g. imap.example.go.th")
    replies.add_argument("--port", type=int, help="its port (default: 993 or 143 after --security)")
    replies.add_argument("--security", choices=("tls", "starttls", "none"))
    replies.add_argument("--user", help="the mailbox's login")
    replies.add_argument("--folder", help="the folder replies are read from (default INBOX)")
    replies.add_argument("--ca-file", metavar="FILE.pem", help="trust this certificate besides the system's")
    replies.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    remind = actions.add_parser(
        "reminder", help="how many days before its meetings a committee's members are reminded"
    )
    remind.add_argument("committee", metavar="COMMITTEE", help="the committee's short name or id")
    remind.add_argument("days", metavar="DAYS", type=int, help="days before the meeting (0: no reminder)")


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

    from emeeting.domain import model as m
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
        imap = store.imap()
        where = f"{imap.user}@{imap.host}:{imap.port}/{imap.folder}" if imap.host else "(no mailbox set)"
        print(f"calendar replies: {'read' if imap.enabled else 'not read'} from {where}")
        days = store.reminders().days_before
        with services.store.read() as repo:
            names = {c.id: c.short_name for c in repo.select(m.Committee)}
        reminded = [f"{names.get(cid, cid)} {n} day(s) before" for cid, n in sorted(days.items()) if n]
        print(f"reminders: {', '.join(reminded) if reminded else 'none'}")
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
        _save_with_password(store, smtp, args.password_stdin)
        return 0
    if args.mail_action == "replies":
        return _set_replies(args, store)
    if args.mail_action == "reminder":
        return _set_reminder(args, services, store)
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


def _save_with_password(store: MailSettingsStore, settings: SmtpSettings | ImapSettings, read: bool) -> None:
    """Save the settings, and the password read from standard input with them; a password without a user
    is refused before anything is saved."""
    if read and not settings.user:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a password needs a user: give --user too"))
    password = sys.stdin.readline().rstrip("\r\n") if read else None
    store.save(settings)
    print("saved the mail settings")
    if password is None:
        return
    if store.set_password(settings, password):
        print("the password is kept in the password store")
    else:
        print("emeeting: note: no password store is usable here: the password was not kept", file=sys.stderr)


def _set_replies(args: argparse.Namespace, store: MailSettingsStore) -> int:
    import dataclasses

    from emeeting.mail.settings import DEFAULT_PORTS, Security

    imap = store.imap()
    changes: dict[str, object] = {
        k: getattr(args, k)
        for k in ("enabled", "host", "port", "user", "folder", "ca_file")
        if getattr(args, k) is not None
    }
    if args.security is not None:
        changes["security"] = Security(args.security)
        if args.port is None:
            changes["port"] = DEFAULT_PORTS["imap"][Security(args.security)]
    imap = dataclasses.replace(imap, **changes)  # type: ignore[arg-type]
    _save_with_password(store, imap, args.password_stdin)
    where = f"{imap.user}@{imap.host}:{imap.port}/{imap.folder}" if imap.host else "(no mailbox set)"
    print(f"reading calendar replies: {'on' if imap.enabled else 'off'}, {where}")
    return 0


def _set_reminder(args: argparse.Namespace, services: Services, store: MailSettingsStore) -> int:
    import dataclasses

    from emeeting.domain import model as m
    from emeeting.domain.errors import NotFoundError

    with services.store.read() as repo:
        committees = [c for c in repo.select(m.Committee) if args.committee in (c.short_name, c.id)]
    if not committees:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "no committee {reference}"), reference=repr(args.committee)
        )
    committee = committees[0]
    reminders = store.reminders()
    days = {**reminders.days_before, committee.id: args.days}
    store.save(dataclasses.replace(reminders, days_before=days))
    if args.days:
        print(f"{committee.short_name}: members are reminded {args.days} day(s) before each meeting")
    else:
        print(f"{committee.short_name}: no reminders")
    return 0
