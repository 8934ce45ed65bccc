"""Regenerate docs/screenshots/: every tab of the meeting workspace and the dialogs, in Thai and English.

Run:  .venv/bin/python docs/screenshots.py
Offscreen; a temporary store with demo data and temporary settings, so nothing of the user's is touched.
Files: ``<language>/<nn>_<screen>.png`` (e.g. ``th/02_agenda.png``), and ``main_<language>.png`` (the
agenda), which the README shows; ``24``–``26`` are the live meeting (a demo meeting held today: the
projector, the Meeting day's vote on laptops, the member's reader following the chair); ``27``–``31`` are
the first-run guide on an empty data folder (the window with the guide over it, then each step); ``dark/``
has the tabs, dialogs and guide in Thai under a dark desktop palette and ``hidpi/`` the agenda at a device
pixel ratio of 2; ``43``–``44`` are the search box's results and a paper opened from them at the page found.
EMEETING_SHOTS=<folder> writes elsewhere (to look before replacing).
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Asia/Bangkok"  # the demo's meetings are in Thai office hours
if hasattr(time, "tzset"):
    time.tzset()

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from emeeting.app import ensure_thai_font
from emeeting.demo.load import load_demo
from emeeting.domain import model as m
from emeeting.mail.settings import MailSettingsStore, ReminderSettings, SmtpSettings
from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.services.meetings import MeetingView
from emeeting.storage.mail_log import MailLog
from emeeting.storage.sync_state import ServerState
from emeeting.sync import protocol as p
from emeeting.sync.calendar_feed import CalendarFeeds, FeedState
from emeeting.sync.service import SyncService
from emeeting.ui.directory.committee_editor import CommitteeDialog
from emeeting.ui.directory.people_import import PeopleImportDialog
from emeeting.ui.directory.people_pane import PeopleDialog
from emeeting.ui.mail.send_dialog import SendMailDialog
from emeeting.ui.mail.settings_dialog import MailSettingsDialog
from emeeting.ui.meeting.invitees_pane import GuestDialog, SubstituteDialog
from emeeting.ui.meeting.meeting_editor import NewMeetingDialog, NextMeetingDialog
from emeeting.ui.minutes.audit_view import AuditDialog
from emeeting.ui.reader.mark_tools import Tool
from emeeting.ui.shell.i18n import LanguageSwitcher, ensure_compiled_translations
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA, DOCUMENTS, MEETING_DAY, MINUTES
from emeeting.ui.sync.calendar_feed_dialog import CalendarFeedDialog
from emeeting.ui.widgets.style import apply_look
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner

# A small list to import: good rows, one already in the directory, and rows with mistakes.
PEOPLE_CSV = """คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,หน่วยงาน,อีเมล,โทรศัพท์
นาย,ปกรณ์,ศรีสวัสดิ์,นักวิเคราะห์นโยบายและแผน,สำนักงานปลัดกระทรวง,pakorn@example.go.th,02 141 7000
นางสาว,วรรณา,แก้วประเสริฐ,นักวิชาการคอมพิวเตอร์,ศูนย์เทคโนโลยีสารสนเทศ,wanna@example.go.th,02 141 7001
ดร.,กัญญา,,ที่ปรึกษา,คณะรัฐประศาสนศาสตร์,kanya-at-example,
นาย,,สมบูรณ์,นิติกร,กองกฎหมาย,,
นาง,สุนีย์,ทองดี,ผู้อำนวยการกองคลัง,กองคลัง,sunee@example.go.th,02 141 7002
"""
# The audit trail names the computer's login: the demo secretary's, as an office PC would.
LOGIN = "nanthana.r"
OUT = Path(os.environ.get("EMEETING_SHOTS", Path(__file__).resolve().parent / "screenshots"))
HIDPI = bool(os.environ.get("EMEETING_SHOTS_HIDPI"))
TAB_NAMES = ("details", "agenda", "invitees", "documents", "meeting_day", "minutes")


def settle(runner: TaskRunner, condition: Callable[[], bool] = lambda: True) -> None:
    for _ in range(500):
        runner.wait_idle(20)
        QCoreApplication.processEvents()
        if condition():
            for _ in range(3):  # retranslated or reloaded text changes sizes: let the layouts settle
                QCoreApplication.processEvents()
            return
    raise SystemExit("the window did not load in time")


def save(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(path)


def shoot_dialog(
    dialog: QDialog, path: Path, runner: TaskRunner, prepare: Callable[[], object] | None = None
) -> None:
    dialog.show()
    settle(runner)
    if prepare is not None:  # once the dialog has loaded what it shows
        prepare()
        settle(runner)
    save(dialog, path)
    dialog.close()
    dialog.deleteLater()


def set_up_office_mail(services: Services) -> None:
    """The office's mail server and reminders, as a secretariat sets them up (the dialog shows them)."""
    store = MailSettingsStore(MailLog(services.store))
    store.save(
        SmtpSettings(
            host="mail.dapd.example.go.th",
            user="saraban",
            sender_address="saraban@dapd.example.go.th",
            sender_name="ฝ่ายเลขานุการคณะกรรมการ",
        )
    )
    with services.store.read() as repo:
        committees = repo.select(m.Committee)
    store.save(ReminderSettings(days_before={c.id: 3 for c in committees}))


def main() -> int:
    ensure_compiled_translations()
    app = QApplication(sys.argv[:1])
    apply_look(app)
    ensure_thai_font()
    with tempfile.TemporaryDirectory() as tmp, Services.open(Path(tmp) / "data", actor=LOGIN) as services:
        load_demo(services, 12)
        set_up_office_mail(services)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        runner, bus = TaskRunner(), ChangeBus()
        languages = LanguageSwitcher(settings)
        languages.install("th")
        sync = SyncService(services.store, Credentials())
        window = MainWindow(services, sync, runner, bus, languages, settings)
        # The most common office laptop screen; the offscreen screen is smaller, where a first start would
        # maximise the window.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1366, 768)
        window.show()
        window.reload()
        settle(runner, lambda: window.navigator.meeting_count > 0)
        # A Thai meeting with documents and invitees shows the most.
        summaries = services.meetings.summaries()
        target = max(
            (s for s in summaries if s.committee.short_name == "ICT"),
            key=lambda s: (len(services.meetings.view(s.meeting.id).invitations), s.meeting.number),
        )
        # The invitations to send: the next meeting of a Thai committee, not yet sent.
        to_invite = min(
            (s for s in summaries if s.committee.language == "th" and s.meeting.notice_sent_at is None),
            key=lambda s: (s.meeting.status is not m.MeetingStatus.DRAFT, s.meeting.start),
        )
        shown: list[str] = []
        window.meeting_shown.connect(shown.append)
        window.navigator.select_meeting(target.meeting.id)
        settle(runner, lambda: bool(shown))
        view = window.workspace.meeting_view
        assert view is not None
        with_documents = next((e for e in view.agenda if e.documents), view.agenda[-1])
        first_document = with_documents.documents[0].id if with_documents.documents else None
        committees = services.records.select(m.Committee, order_by=("short_name",))
        people = services.records.select(m.Person, order_by=("first_name",))
        member = next((i for i in view.invitations if i.role is m.InviteeRole.MEMBER), None)

        # What each tab shows: the item with documents, its first document in the viewer.
        workspace = window.workspace
        selections: dict[int, Callable[[], object]] = {
            AGENDA: lambda: workspace.agenda.select_item(with_documents.item.id),
            MEETING_DAY: lambda: workspace.session.select_item(with_documents.item.id),
            MINUTES: lambda: workspace.minutes.select_item(with_documents.item.id),
        }
        if first_document is not None:
            selections[DOCUMENTS] = lambda: workspace.documents.select_document(first_document)
        import_sample = Path(tmp) / "people.csv"
        import_sample.write_text(PEOPLE_CSV, encoding="utf-8")

        if HIDPI:  # this process runs at twice the pixels: only the main screen, in Thai
            workspace.tabs.setCurrentIndex(AGENDA)
            settle(runner)
            selections[AGENDA]()
            settle(runner)
            save(window, OUT / "hidpi" / "agenda_th.png")
            runner.shutdown()
            return 0

        # Thai, English, and Thai under a dark desktop palette (a desktop in dark mode hands Qt one):
        # every screen must stay readable with each.
        light = app.palette()
        for language, folder, palette in (
            ("th", OUT / "th", light),
            ("en", OUT / "en", light),
            ("th", OUT / "dark", dark_palette()),
        ):
            app.setPalette(palette)
            window.set_language(language)
            for tab in range(workspace.tabs.count()):
                workspace.tabs.setCurrentIndex(tab)
                settle(runner)
                if tab in selections:
                    selections[tab]()
                    settle(runner)
                    if tab == DOCUMENTS:
                        settle(runner, lambda: workspace.documents.viewer.page_count > 0)
                        time.sleep(0.3)  # thumbnails render on a worker thread
                        settle(runner)
                name = TAB_NAMES[tab] if tab < len(TAB_NAMES) else f"tab{tab}"
                save(window, folder / f"{tab + 1:02d}_{name}.png")
                if tab == AGENDA and palette is light:
                    save(window, OUT / f"main_{language}.png")
            people_dialog = PeopleDialog(window.context, window)
            import_dialog = PeopleImportDialog(window.context, window)
            guest_dialog = GuestDialog(people, view, window)
            prepare: dict[str, Callable[[], object]] = {
                "guest": partial(enter_new_guest, guest_dialog),
                "people": partial(people_dialog.pane.select, member.person_id if member else people[0].id),
                "people_import": partial(import_dialog.load_file, import_sample),
            }
            dialogs: list[tuple[str, QDialog]] = [
                ("new_meeting", NewMeetingDialog(committees, target.committee.id, window)),
                ("next_meeting", NextMeetingDialog(target.meeting, window)),
                ("guest", guest_dialog),
                ("committees", CommitteeDialog(window.context, window)),
                ("people", people_dialog),
                ("people_import", import_dialog),
                ("audit_trail", AuditDialog(window.context, target.meeting.id, window)),
            ]
            if member is not None:
                dialogs.insert(3, ("substitute", SubstituteDialog(people, member, view, window)))
            for number, (name, dialog) in enumerate(dialogs, start=10):
                shoot_dialog(dialog, folder / f"{number:02d}_{name}.png", runner, prepare.get(name))
            mail_dialogs: list[tuple[str, QDialog]] = [
                ("mail_settings", MailSettingsDialog(window.context, window)),
                ("send_invitations", SendMailDialog(window.context, to_invite.meeting.id, window)),
            ]
            for number, (name, dialog) in enumerate(mail_dialogs, start=41):
                # Each reads what it shows in the background: shot once it is there.
                shoot_dialog(
                    dialog,
                    folder / f"{number:02d}_{name}.png",
                    runner,
                    partial(settle, runner, dialog.isEnabled),
                )
            shoot_sync_questions(window, runner, folder, [s.meeting.id for s in summaries[:7]])
            shoot_search(window, runner, folder, "งบประมาณ" if language == "th" else "budget")
            window.navigator.select_meeting(target.meeting.id)  # the next language's tabs show it again
            settle(runner, lambda: window.workspace.meeting_id == target.meeting.id)

        app.setPalette(light)
        window.set_language("th")
        if member is not None:  # last: the desktop becomes a member's, as after a member's login
            shoot_reader(window, runner, member, target.meeting.id, with_documents.item.id, first_document)
            if first_document is not None:
                shoot_reader_marks(window, runner, target.meeting.id, first_document)
                shoot_live_meeting(window, runner, member.person_id)
        runner.shutdown()
        window.close()
        languages.uninstall()
    shoot_first_run(OUT)
    app.quit()
    # High DPI: the same window at a device pixel ratio of 2, in a process of its own (Qt reads the scale
    # factor once, at start).
    subprocess.run(
        [sys.executable, __file__],
        env={**os.environ, "QT_SCALE_FACTOR": "2", "EMEETING_SHOTS_HIDPI": "1"},
        check=True,
    )
    return 0


def shoot_search(window: MainWindow, runner: TaskRunner, folder: Path, words: str) -> None:
    """The search box's results for ``words`` (typed as a keyboard types them, Thai too), the first one
    chosen; then that result opened: a paper in the viewer at the page found, the words highlighted."""
    box = window.search_box
    window.focus_search()
    box.selectAll()
    QApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, words))
    panel = box.panel
    panel.search_now()  # without waiting for the typing to pause
    settle(runner, lambda: not panel.searching and panel.results.count() > 0)
    QTest.keyClick(box, Qt.Key.Key_Down)
    settle(runner)
    save(window, folder / "43_search.png")
    QTest.keyClick(box, Qt.Key.Key_Return)
    viewer = window.workspace.documents.viewer
    settle(runner, lambda: viewer.page_count > 0 and viewer.current_find_result() >= 0)
    time.sleep(0.3)  # thumbnails render on a worker thread
    settle(runner)
    save(window, folder / "44_search_paper.png")
    box.clear()  # the screens shot after these show the empty box


def shoot_first_run(out: Path) -> None:
    """The first-run guide on an empty data folder of its own, in Thai and English: the window as it
    first opens (the navigator's empty state, the guide over it), then each step as a secretary takes
    it — the committee typed, the meeting created from the Thai template, its members invited."""
    from emeeting.ui.shell.first_run import DONE, INVITEES_STEP, MEETING

    with tempfile.TemporaryDirectory() as tmp, Services.open(Path(tmp) / "data", actor=LOGIN) as services:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        runner, bus = TaskRunner(), ChangeBus()
        languages = LanguageSwitcher(settings)
        languages.install("th")
        window = MainWindow(
            services, SyncService(services.store, Credentials()), runner, bus, languages, settings
        )
        window.setWindowState(Qt.WindowState.WindowNoState)  # not maximised on the small offscreen screen
        window.resize(1366, 768)
        window.show()
        window.reload()
        window.offer_first_run()
        settle(runner, lambda: window.first_run is not None)
        guide = window.first_run
        assert guide is not None

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        light = app.palette()
        variants = (
            ("th", out / "th", light),
            ("en", out / "en", light),
            ("th", out / "dark", dark_palette()),
        )

        def each(name: str, over_window: bool = False) -> None:
            """The guide, or the window with the guide over it: Thai, English, Thai on a dark desktop."""
            for language, folder, palette in variants:
                app.setPalette(palette)
                window.set_language(language)
                settle(runner)
                if over_window:
                    save_with_dialog(window, guide, folder / name)
                else:
                    save(guide, folder / name)
            app.setPalette(light)
            window.set_language("th")
            settle(runner)

        each("27_first_run.png", over_window=True)
        window.set_language("th")
        guide.name_edit.setText("คณะกรรมการพัฒนาระบบสารสนเทศ")
        guide.short_edit.setText("DIT")
        each("28_first_run_committee.png")
        people = [
            m.Person("ประเสริฐ", "วงศ์สวัสดิ์", title="นาย", position="รองปลัดกระทรวง"),
            m.Person("สุภาพร", "ศรีสุข", title="นาง", position="ผู้อำนวยการกองคลัง"),
            m.Person("กมลวรรณ", "รัตนพันธ์", title="นางสาว", position="ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศ"),
        ]
        guide.create_committee(import_members=False)
        settle(runner, lambda: guide.step == MEETING)
        roles = (m.MemberRole.CHAIR, m.MemberRole.MEMBER, m.MemberRole.SECRETARY)
        services.records.create(*people)
        services.records.create(
            *(
                m.Membership(guide.committee_id, p.id, role=role)
                for p, role in zip(people, roles, strict=True)
            )
        )
        each("29_first_run_meeting.png")
        guide.ask_meeting()
        settle(runner, lambda: guide.meeting_dialog is not None)
        dialog = guide.meeting_dialog
        assert dialog is not None
        dialog.place_edit.setText("ห้องประชุม 2 ชั้น 5")
        dialog.accept()
        settle(runner, lambda: guide.step == INVITEES_STEP)
        each("30_first_run_invitees.png")
        guide.invite()
        settle(runner, lambda: guide.step == DONE)
        each("31_first_run_done.png", over_window=True)
        guide.close()
        runner.shutdown()
        window.close()
        languages.uninstall()


def save_with_dialog(window: QWidget, dialog: QWidget | None, path: Path) -> None:
    """The window with the dialog drawn over its middle (each is a window of its own to Qt)."""
    assert dialog is not None
    shot = window.grab()
    pix = dialog.grab()
    x, y = (shot.width() - pix.width()) // 2, (shot.height() - pix.height()) // 2
    painter = QPainter(shot)
    painter.fillRect(x - 1, y - 1, pix.width() + 2, pix.height() + 2, window.palette().dark())
    painter.drawPixmap(QPoint(x, y), pix)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    shot.save(str(path))
    print(path)


def shoot_sync_questions(
    window: MainWindow, runner: TaskRunner, folder: Path, meeting_ids: list[str]
) -> None:
    """What the window asks when the server was replaced, and before it removes many meetings; shown over
    the main window, as a user sees them."""
    menu = window.menus.sync_menu
    url = "https://emeeting.example.go.th"
    menu.ask_server_replaced(url)
    settle(runner, lambda: menu.replaced_dialog is not None and menu.replaced_dialog.isVisible())
    save_with_dialog(window, menu.replaced_dialog, folder / "18_server_replaced.png")
    assert menu.replaced_dialog is not None
    menu.replaced_dialog.close()
    menu.ask_removals(url, tuple(meeting_ids))
    settle(runner, lambda: menu.removals_dialog is not None and menu.removals_dialog.isVisible())
    save_with_dialog(window, menu.removals_dialog, folder / "19_removals.png")
    assert menu.removals_dialog is not None
    menu.removals_dialog.close()
    # Sync ▸ Calendar feed…, as it shows a feed made earlier (no server runs here).
    made = FeedState(True, datetime(2026, 12, 1, 3, 15, tzinfo=UTC), f"{url}/calendar/{'Xq3' * 14}a.ics")
    feed = CalendarFeedDialog(CalendarFeeds(window.context.sync), runner, url, window, made)
    feed.show()
    settle(runner)
    save_with_dialog(window, feed, folder / "40_calendar_feed.png")
    feed.close()
    feed.deleteLater()


def shoot_reader(
    window: MainWindow,
    runner: TaskRunner,
    member: m.Invitation,
    meeting_id: str,
    item_id: str,
    paper_id: str | None,
) -> None:
    """The member's reader, as a member who has answered sees it: the reading list with the item that has
    papers, then its first paper open, then the list of the member's annotations (with a fellow member's
    shared one); in Thai and English."""
    window.context.sync.rsvp(member.id, m.Rsvp.ACCEPTED)
    with window.context.sync.state.transaction() as st:
        info = {"role": "member", "person_id": member.person_id}
        st.save_server(ServerState("https://emeeting.example.go.th", "member", info=info))
    if paper_id is not None:
        add_annotations(window.context.services, member, meeting_id, item_id, paper_id)
    window.menus.sync_menu.check_attendee_mode()
    settle(runner, lambda: window.reader_view)
    reader = window.reader
    settle(runner, lambda: reader.agenda.topLevelItemCount() > 0)
    for language in ("th", "en"):
        window.set_language(language)
        settle(runner)
        reader.select_meeting(meeting_id)
        settle(
            runner,
            lambda: reader.current_meeting_id() == meeting_id and reader.agenda.topLevelItemCount() > 0,
        )
        reader.viewer.clear()
        reader.focus_item(item_id)
        settle(runner)
        save(window, OUT / language / "20_reader_agenda.png")
        if paper_id is None:
            continue
        reader.open_paper(paper_id)
        settle(runner, lambda: reader.viewer.page_count > 0)
        time.sleep(0.3)  # the page and thumbnails render on worker threads
        settle(runner)
        save(window, OUT / language / "21_reader_paper.png")
        reader.focus_item(item_id)  # its notes under its text
        reader.reading_tabs.setCurrentWidget(reader.annotation_list)
        settle(runner, lambda: reader.notebook.data is not None and bool(reader.annotation_list.rows()))
        data = reader.notebook.data
        sticky = [v for v in data.views if v.annotation.shape is m.AnnotationShape.STICKY] if data else []
        if sticky:  # chosen in the list, and the paper at its page, as after a double click on it
            reader.annotation_list.select(sticky[0].annotation.id)
            reader.notebook.jump(sticky[0])
        for _ in range(3):  # the page renders on a worker thread once the viewer has moved to it
            time.sleep(0.4)
            settle(runner)
        save(window, OUT / language / "23_reader_annotation_list.png")
        reader.show_agenda()


def held_meeting(services: Services, person_id: str) -> tuple[MeetingView, m.Invitation, str, str] | None:
    """A demo meeting still to come, with a paper on an item and the member invited (another member when
    not; the soonest first): the one the live shots hold today."""
    coming = (m.MeetingStatus.DRAFT, m.MeetingStatus.INVITED)
    for summary in sorted(services.meetings.summaries(), key=lambda s: s.meeting.start):
        if summary.meeting.status not in coming:
            continue
        view = services.meetings.view(summary.meeting.id)
        entry = next((e for e in view.agenda if e.documents), None)
        members = [i for i in view.invitations if i.role is m.InviteeRole.MEMBER]
        if entry is None or not members:
            continue
        member = next((i for i in members if i.person_id == person_id), members[0])
        return view, member, entry.item.id, entry.documents[0].id
    return None


def shoot_live_meeting(window: MainWindow, runner: TaskRunner, person_id: str) -> None:
    """A meeting held today: the projector showing the item with a presented page, the Meeting day's
    vote on laptops (a secret vote open, who has voted), and the member's reader following the chair,
    checked in, with the vote's card; in Thai and English. Last: it moves a demo meeting to today."""
    services = window.context.services
    found = held_meeting(services, person_id)
    if found is None:
        print("no demo meeting to hold: no shots of the live meeting")
        return
    view, member, item_id, paper_id = found
    window.context.sync.rsvp(member.id, m.Rsvp.ACCEPTED)
    with window.context.sync.state.transaction() as st:
        info = {"role": "member", "person_id": member.person_id}
        st.save_server(ServerState("https://emeeting.example.go.th", "member", info=info))
    meeting_id = view.summary.meeting.id
    meeting = services.records.get(m.Meeting, meeting_id)
    # Opened about fifty minutes ago, so the clocks of the Meeting day (the item's time, a leave's time)
    # agree with the times the shots show.
    now = datetime.now(UTC).astimezone().replace(second=0, microsecond=0)
    start = now - timedelta(minutes=50 + now.minute % 10)
    end = start + (meeting.end - meeting.start) if meeting.end is not None else None
    # Its invitations went out before the day it is held.
    held = replace(meeting, start=start, end=end, status=m.MeetingStatus.INVITED)
    services.meetings.update(held, base=meeting)
    services.session.start(meeting_id, start + timedelta(minutes=2))
    members = [i for i in view.invitations if i.role is m.InviteeRole.MEMBER]
    for minutes, invitation in enumerate(members, start=0):
        mode = (
            m.Attendance.ONLINE if invitation.id != member.id and minutes % 3 == 2 else m.Attendance.PRESENT
        )
        services.session.check_in(
            invitation.id, mode, start - timedelta(minutes=10) + timedelta(minutes=minutes)
        )
    opened = start + timedelta(minutes=48)
    vote = m.Vote(
        meeting_id,
        item_id,
        "เห็นชอบแผนปฏิบัติการตามที่เสนอหรือไม่",
        kind=m.VoteKind.SECRET,
        opened_at=opened,
    )
    services.records.create(vote)
    at = opened.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    def event(event_id: int, type_: str, **data: object) -> p.LiveEvent:
        return p.LiveEvent(id=event_id, meeting_id=meeting_id, type=type_, at=at, by="secretary", data=data)

    workspace = window.workspace
    window.set_reader_view(False)
    window.navigator.select_meeting(meeting_id)
    for language in ("th", "en"):
        window.set_language(language)
        workspace.tabs.setCurrentIndex(MEETING_DAY)
        window.reload()
        settle(runner)
        session = workspace.session
        session.select_item(item_id)
        settle(runner)
        projector = session.open_projector()
        projector.showNormal()
        projector.resize(1366, 768)
        presenter = session.present_paper(paper_id)
        assert presenter is not None
        settle(runner)
        presenter.go_to_page(1)
        for _ in range(3):  # the page renders on a worker thread
            time.sleep(0.4)
            settle(runner)
        save(projector, OUT / language / "24_projector.png")
        presenter.close()
        projector.close()
        session.projector = None
        panel = session.live_vote
        panel.bring_forward()
        settle(runner, partial(lambda shown: shown.vote is not None, panel))
        for count, invitation in enumerate(members[:4], start=1):
            panel.on_live_event(
                event(count, "voted", vote_id=vote.id, person_id=invitation.person_id, count=count)
            )
        settle(runner)
        save(window, OUT / language / "25_live_vote.png")
    window.set_reader_view(True)
    reader = window.reader
    for language in ("th", "en"):
        window.set_language(language)
        reader.reload()
        settle(runner)
        reader.on_live_event(event(10, "chair", item_id=item_id, document_id=paper_id, page=1))
        settle(runner, lambda: reader.open_paper_id() == paper_id and reader.viewer.page_count > 0)
        reader.vote_card.on_live_event(
            event(11, "vote_opened", vote_id=vote.id, question=vote.question, kind="secret")
        )
        for _ in range(3):  # the page renders on a worker thread
            time.sleep(0.4)
            settle(runner)
        save(window, OUT / language / "26_reader_live.png")


def add_annotations(
    services: Services, member: m.Invitation, meeting_id: str, item_id: str, paper_id: str
) -> None:
    """What a member has marked by the day before: a highlight, an underline, a drawing and a sticky note on
    the paper, a note on its item, and a fellow member's highlight shared with the committee."""
    import json

    paper = services.records.get(m.Document, paper_id)
    me = services.records.get(m.Person, member.person_id)
    fellow = next(
        p
        for p in services.meetings.view(meeting_id).people.values()
        if p.id != me.id and any(i.person_id == p.id and i.role is m.InviteeRole.MEMBER
                                 for i in services.meetings.view(meeting_id).invitations)
    )  # fmt: skip
    lines = [" ".join(line.split()) for line in paper.text.splitlines() if len(line.strip()) > 20]
    quote = (lines[0] if lines else paper.name)[:60]
    later = (lines[3] if len(lines) > 3 else quote)[:60]

    def mark(shape: m.AnnotationShape, **more: object) -> m.Annotation:
        return m.Annotation(
            meeting_id, "member", shape, document_id=paper.id, sha256=paper.sha256,
            author=me.display_name, **more,  # type: ignore[arg-type]
        )  # fmt: skip

    notes = [
        mark(m.AnnotationShape.HIGHLIGHT, quote=quote, geometry=json.dumps([[90, 120, 500, 136]])),
        mark(m.AnnotationShape.UNDERLINE, page=1, quote=later, geometry=json.dumps([[90, 300, 480, 314]]),
             color="#e53935", sharing=m.Sharing.SECRETARY),
        mark(m.AnnotationShape.INK, page=1, geometry=json.dumps([[[80, 420], [140, 400], [200, 430]]]),
             color="#1e88e5"),
        mark(m.AnnotationShape.STICKY, page=2, geometry="[420, 200]", color="#ffb74d",
             text="ขอให้ฝ่ายเลขานุการชี้แจงที่มาของตัวเลขงบประมาณในตารางนี้"),
        m.Annotation(meeting_id, "member", m.AnnotationShape.ITEM_NOTE, item_id=item_id,
                     author=me.display_name, sharing=m.Sharing.COMMITTEE,
                     text="เสนอให้รับรองโดยมีข้อแก้ไขเรื่องวันที่ในหน้า 2"),
        m.Annotation(meeting_id, "fellow", m.AnnotationShape.HIGHLIGHT, document_id=paper.id,
                     sha256=paper.sha256, page=1, quote=later, geometry=json.dumps([[90, 300, 480, 314]]),
                     color="#81c784", sharing=m.Sharing.COMMITTEE, author=fellow.display_name,
                     text="เห็นด้วยกับข้อเสนอนี้"),
    ]  # fmt: skip
    for note in notes:
        services.annotations.add(note)


def shoot_reader_marks(window: MainWindow, runner: TaskRunner, meeting_id: str, paper_id: str) -> None:
    """A paper in the member's reader with a mark of each kind made with the tools, as a member makes
    them: a highlight and an underline dragged over lines of the text, a hand-drawn ring in the margin,
    a sticky note for the secretary; in Thai and English."""
    reader = window.reader
    reader.select_meeting(meeting_id)
    settle(
        runner, lambda: reader.current_meeting_id() == meeting_id and reader.agenda.topLevelItemCount() > 0
    )
    reader.open_paper(paper_id)
    settle(runner, lambda: reader.viewer.page_count > 0 and reader.marks.document_id == paper_id)
    reader.viewer.go_to_page(0)  # the viewer may still hold the page the list's shot went to
    time.sleep(0.3)  # the page renders on a worker thread
    settle(runner)
    marks, document = reader.marks, reader.viewer.document
    marked_before = len(marks.layer.index)  # the paper may carry marks made before these
    viewport = reader.viewer.page_view.viewport()
    text = document.getAllText(0).text()
    lines = [line for line in text.splitlines() if len(line.strip()) >= 40]
    right_margin = document.pagePointSize(0).width() - 57  # where a justified line ends on the page

    def at(x: float, y: float) -> QPoint:
        point = marks.page_map.to_viewport(0, QPointF(x, y))
        assert point is not None
        return point.toPoint()

    def drag(points: list[QPoint]) -> None:
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
        for point in points[1:]:
            QTest.mouseMove(viewport, point)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])
        settle(runner)

    def drag_over_line(line: str) -> QRectF:
        glyphs = document.getSelectionAtIndex(0, text.index(line), len(line)).boundingRectangle()
        middle = glyphs.center().y()
        drag([at(glyphs.left() + 1, middle), at(right_margin / 2, middle), at(right_margin - 2, middle)])
        return glyphs

    marks.tools.tool_actions[Tool.HIGHLIGHT].trigger()
    drag_over_line(lines[0])
    marks.tools.tool_actions[Tool.UNDERLINE].trigger()
    marks.tools.color_actions["#e57373"].trigger()
    ringed = drag_over_line(lines[2])
    marks.tools.tool_actions[Tool.INK].trigger()
    marks.tools.color_actions["#64b5f6"].trigger()
    centre = QPointF(ringed.left() - 30, ringed.center().y())
    drag(
        [
            at(centre.x() + 14 * math.cos(t * math.pi / 10), centre.y() + 12 * math.sin(t * math.pi / 10))
            for t in range(21)
        ]
    )
    marks.tools.tool_actions[Tool.STICKY].trigger()
    marks.tools.color_actions["#81c784"].trigger()
    QTest.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(right_margin - 20, 60)
    )
    settle(runner, lambda: marks.sticky_dialog is not None and marks.sticky_dialog.isVisible())
    dialog = marks.sticky_dialog
    assert dialog is not None
    dialog.text_edit.setPlainText("ขอดูรายละเอียดงบประมาณก่อนประชุม")
    dialog.sharing_combo.setCurrentIndex(dialog.sharing_combo.findData(m.Sharing.SECRETARY.value))
    dialog.accept()
    marks.tools.tool_actions[Tool.READ].trigger()
    settle(runner, lambda: len(marks.layer.index) == marked_before + 4 and not runner.pending)
    for language in ("th", "en"):
        window.set_language(language)
        settle(runner)
        reader.viewer.go_to_page(0)
        time.sleep(0.3)  # the page renders on a worker thread
        settle(runner)
        save(window, OUT / language / "22_reader_marks.png")


def enter_new_guest(dialog: GuestDialog) -> None:
    """A presenter from outside who is not in the directory yet, as the secretary types them in."""
    dialog.choice.new_radio.setChecked(True)
    form = dialog.choice.form
    form.title_combo.setEditText("ผศ.ดร.")
    for edit, text in (
        (form.first_edit, "วรวิทย์"),
        (form.last_edit, "ศรีสุข"),
        (form.position_edit, "อาจารย์ประจำคณะวิศวกรรมศาสตร์"),
        (form.organisation_edit, "มหาวิทยาลัยเกษตรศาสตร์"),
        (form.email_edit, "worawit.s@example.ac.th"),
    ):
        edit.setText(text)
    dialog.role_combo.set_value(m.InviteeRole.PRESENTER)


def dark_palette() -> QPalette:
    """The colours a dark desktop theme gives Qt's Fusion style."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2d2d2d",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#282828",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#383838",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#3d79c2",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#383838",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#4a4a4a",
        QPalette.ColorRole.Dark: "#202020",
        QPalette.ColorRole.Light: "#505050",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a0a0"))
    return palette


if __name__ == "__main__":
    sys.exit(main())
