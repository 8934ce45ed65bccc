"""Invitation benchmark: 100 invitations with three attachments each (letter, agenda, invite.ics) sent to
the local SMTP server, against a bare smtplib loop sending the same messages, in the same run.

Run:  .venv/bin/python tests/bench/bench_invitations.py [--runs 3] [--invitees 100]

A data folder in a temp directory holds a committee of 100 members (Thai names, one in ten with a Latin
name, so both languages' documents are made) and, per run, a new meeting inviting all of them. The SMTP
server is the tests' aiosmtpd on 127.0.0.1 (tests/mail/servers.py), which parses every message it takes.

- emeeting: ``Outbox.plan`` and ``Outbox.send``: the letter and the agenda rendered once per language
  (reportlab with the Thai text engine), one message composed per person with its calendar event, sent
  over one connection, each result recorded in the mail log, the notice date set by the first success.
  The first run's rendering imports reportlab and HarfBuzz once, as the running application would have
  done; it is timed (a secretary's first sending pays it too) and shown apart.
- smtplib: the very bytes the server received in that run, sent again by a loop of ``sendmail`` over one
  smtplib connection: the floor of sending these messages to this server from Python.

Prints each figure, the medians, and the target (emeeting at most 10 s for 100 invitations).
"""

from __future__ import annotations

import argparse
import smtplib
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402

from emeeting.domain import model as m  # noqa: E402
from emeeting.mail.outbox import Outbox  # noqa: E402
from emeeting.mail.settings import MailSettingsStore, Security, SmtpSettings  # noqa: E402
from emeeting.services.container import Services  # noqa: E402
from emeeting.storage.mail_log import MailLog  # noqa: E402
from tests.mail.servers import SmtpServer  # noqa: E402

TARGET_SECONDS = 10.0
THAI_FIRST = ("สมชาย", "สุดา", "วิชัย", "มาลี", "ประเสริฐ", "อรุณี", "ธนพล", "กาญจนา", "สมศักดิ์")
THAI_LAST = ("ใจดี", "รักงาน", "มั่นคง", "ศรีสุข", "ทองดี", "บุญมา", "แก้วใส", "พูลผล", "วงศ์ไทย")


def setup(services: Services, invitees: int) -> m.Committee:
    committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร", "ICT")
    people = []
    for n in range(invitees):
        if n % 10 == 9:
            person = m.Person(f"Expert{n}", "Smith", title="Dr.", email=f"expert{n}@example.org")
        else:
            person = m.Person(
                THAI_FIRST[n % len(THAI_FIRST)],
                f"{THAI_LAST[n % len(THAI_LAST)]}{n}",
                title="นาย",
                position="ผู้อำนวยการกอง",
                email=f"member{n}@example.go.th",
            )
        people.append(person)
    services.records.create(committee, *people)
    services.records.create(*(m.Membership(committee.id, p.id) for p in people))
    return committee


def new_meeting(services: Services, committee: m.Committee, run: int) -> str:
    start = datetime(2026, 12, 14, 7, 30, tzinfo=UTC) + timedelta(days=7 * run)
    meeting_id = f"bench-{run}"
    services.meetings.create(
        committee.id,
        "งบประมาณโครงการระบบคลาวด์ภาครัฐ",
        start,
        template="th",
        meeting_id=meeting_id,
        end=start + timedelta(hours=2),
        place="ห้องประชุม 1 ชั้น 9 อาคารศูนย์ราชการ",
        online_link="https://meet.example.go.th/ict",
        mode=m.MeetingMode.HYBRID,
    )
    services.meetings.invite_committee(meeting_id)
    return meeting_id


def bare_loop(server: SmtpServer, messages: list[tuple[str, list[str], bytes]]) -> float:
    began = time.perf_counter()
    with smtplib.SMTP(server.host, server.port, timeout=30) as client:
        for sender, recipients, data in messages:
            client.sendmail(sender, recipients, data)
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--invitees", type=int, default=100)
    args = parser.parse_args()
    keyring.set_keyring(fail.Keyring())  # never the machine's password store
    server = SmtpServer(security="none").start()
    ours: list[float] = []
    bare: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as folder, Services.open(Path(folder) / "data") as services:
            committee = setup(services, args.invitees)
            settings = MailSettingsStore(MailLog(services.store))
            settings.save(
                SmtpSettings(
                    host=server.host,
                    port=server.port,
                    security=Security.NONE,
                    sender_address="secretariat@example.go.th",
                    sender_name="สำนักงานเลขานุการคณะกรรมการ",
                )
            )
            outbox = Outbox(services, settings)
            for run in range(args.runs):
                meeting_id = new_meeting(services, committee, run)
                before = len(server.received)
                began = time.perf_counter()
                report = outbox.send(outbox.plan(meeting_id))
                ours.append(time.perf_counter() - began)
                if report.failed or len(report.sent) != args.invitees:
                    print(f"run {run + 1}: {len(report.failed)} failed", file=sys.stderr)
                    return 1
                received = server.received[before:]
                attachments = {len(list(r.message.iter_attachments())) for r in received}
                assert attachments == {3}, attachments
                messages = [(r.sender, r.recipients, r.raw) for r in received]
                bare.append(bare_loop(server, messages))
                size = sum(len(d) for *_x, d in messages) / len(messages)
                print(
                    f"run {run + 1}: emeeting {ours[-1]:6.2f} s   smtplib loop {bare[-1]:6.2f} s   "
                    f"({len(messages)} messages, {size / 1024:.0f} KiB each)"
                )
    finally:
        server.stop()
    print()
    print(f"{args.invitees} invitations × 3 attachments to the local SMTP server (median of {args.runs}):")
    print(f"  emeeting (render once per language, compose, send, record): {statistics.median(ours):6.2f} s")
    print(f"  bare smtplib loop, the same bytes, one connection:          {statistics.median(bare):6.2f} s")
    print(f"  first run, with the report modules' imports:                {ours[0]:6.2f} s")
    verdict = "met" if max(ours) <= TARGET_SECONDS else "MISSED"
    print(f"  target: emeeting ≤ {TARGET_SECONDS:g} s in every run: {verdict}")
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
