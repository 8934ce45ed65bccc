"""The program IT ships: the PyInstaller bundle from build.spec, run as a fresh user would run it.

Every command of the command line runs once against the bundle (each command declares its example
invocation next to the parser, so a new command is covered here without editing this file), on a store
the bundle made itself; the store passes `emeeting check` afterwards, and nothing is ever written into the
install folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from emeeting.about import sample_pdf
from emeeting.cli import EXAMPLE_PLACEHOLDERS, build_parser
from emeeting.services.container import Services
from tests.conftest import fill_demo
from tests.frozen.conftest import BUNDLE, ROOT, frozen_env, run_frozen, set_writable, snapshot

pytestmark = pytest.mark.frozen

NOT_SHIPPED = ("pytest", "_pytest", "hypothesis", "schemathesis", "mypy", "PyInstaller", "ruff", "tkinter")
UNUSED_QT = ("WebEngine", "Qml", "Quick", "3D", "Multimedia", "Designer")
SERVER_START_S = 60
SERVER_PASSWORD = "frozen-test-password"
NOBODY = 65534


def commands() -> dict[str, argparse.ArgumentParser]:
    """Every subcommand the command line has, by name."""
    parser = build_parser()
    (subparsers,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(subparsers.choices)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """The output of a run that must have succeeded, or a failure that shows what it printed."""
    command = shlex.join(result.args)
    assert result.returncode == 0 and "Traceback" not in result.stderr, (
        f"{command} exited {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result.stdout


@pytest.fixture(scope="module")
def user(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("frozen-user")


@pytest.fixture(scope="module")
def store(frozen_app: Path, user: Path) -> Path:
    """A data folder filled by the frozen `emeeting demo` (its documents went through PDF intake)."""
    data = user / "store"
    ok(run_frozen(frozen_app, "--data-dir", data, "demo", "--meetings", "4", home=user))
    return data


@pytest.fixture(scope="module")
def placeholders(
    frozen_app: Path, user: Path, store: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    """Real values for the commands' examples (see emeeting.cli.EXAMPLE_PLACEHOLDERS)."""
    listed = json.loads(ok(run_frozen(frozen_app, "--data-dir", store, "meetings", "--json", home=user)))
    reference = listed[0]["reference"]
    shown = json.loads(
        ok(run_frozen(frozen_app, "--data-dir", store, "show", reference, "--json", home=user))
    )
    files = tmp_path_factory.mktemp("files")
    pdf = files / "รายงานการประชุม.pdf"
    pdf.write_bytes(sample_pdf())
    other = tmp_path_factory.mktemp("other-store")
    with Services.open(other / "data", actor="secretary") as services:
        fill_demo(services)
        package = files / "package.zip"
        services.interchange.export_meeting(services.meetings.summaries()[0].meeting.id, package)
    backup = files / "backup"  # of the store itself: restoring it brings back the meetings the others use
    ok(run_frozen(frozen_app, "--data-dir", store, "backup", backup, home=user))
    return {
        "meeting": reference,
        "item": shown["agenda"][-1]["number"],
        "document": next(d["id"] for e in shown["agenda"] for d in e["documents"]),
        "pdf": str(pdf),
        "package": str(package),
        "backup": str(backup),
    }


def test_every_placeholder_the_examples_may_use_has_a_value(placeholders: dict[str, str]) -> None:
    """``placeholders`` and, per example, ``test_command_runs_frozen`` give each its value."""
    assert set(EXAMPLE_PLACEHOLDERS) == {*placeholders, "scratch", "port", "server", "user"}


def test_smoke_starts_on_a_fresh_user_account(frozen_app: Path, home: Path) -> None:
    """No --data-dir, nothing in the environment: the window starts offscreen on a new, empty store in
    the user's data folder."""
    output = ok(run_frozen(frozen_app, "smoke", home=home))
    assert "smoke: 0 meetings" in output
    (database,) = home.rglob("emeeting.db")
    assert database.parent.name == "emeeting" and (database.parent / "logs" / "emeeting.log").is_file()


def test_runs_as_an_ordinary_user_from_the_read_only_install_folder(frozen_app: Path) -> None:
    """The bundle is read-only during these tests; root may write anyway, so as root the program runs as
    the unprivileged user `nobody`, with a home of its own, from a copy of the bundle in a folder every user
    may enter (as under /opt: the checkout may sit in a folder only its owner can enter)."""
    home = Path(tempfile.mkdtemp())  # outside pytest's private temp folder, which nobody else may enter
    install = Path(tempfile.mkdtemp())
    try:
        program = frozen_app
        as_user: dict[str, object] = {}
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            os.chown(home, NOBODY, NOBODY)
            install.chmod(0o755)
            shutil.copytree(BUNDLE, install / BUNDLE.name, symlinks=True)
            set_writable(install, False)
            program = install / BUNDLE.name / frozen_app.name
            as_user = {"user": NOBODY, "group": NOBODY, "extra_groups": []}
        env = frozen_env(home)
        for args in (["demo", "--meetings", "2"], ["smoke"], ["check"]):
            result = subprocess.run(
                [str(program), *args],
                cwd=home,
                env=env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=180,
                **as_user,
            )
            assert ok(result)
        assert list(home.rglob("emeeting.db"))
    finally:
        shutil.rmtree(home)
        set_writable(install, True)
        shutil.rmtree(install)


@pytest.mark.parametrize("name", sorted(commands()))
def test_command_runs_frozen(
    name: str,
    frozen_app: Path,
    user: Path,
    store: Path,
    placeholders: dict[str, str],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    example = commands()[name].get_default("example")
    assert example, f"`emeeting {name}` declares no example invocation (emeeting/cli.py, add(..., example=))"
    assert example.split()[0] == name
    values = {**placeholders, "scratch": str(tmp_path), "port": str(free_port())}
    if "{server}" in example or "{user}" in example:
        values.update(request.getfixturevalue("sync_server"))
    try:
        args = [part.format(**values) for part in shlex.split(example)]
    except KeyError as error:
        pytest.fail(f"example {example!r} uses {error}, which EXAMPLE_PLACEHOLDERS and this test lack")
    if "{port}" in example:
        server = start_server(frozen_app, ["--data-dir", str(store), *args], int(values["port"]), home=user)
        output = stop_server(server)
        assert "Traceback" not in output, output
    else:
        ok(run_frozen(frozen_app, "--data-dir", store, *args, home=user, EMEETING_PASSWORD=SERVER_PASSWORD))


@pytest.fixture(scope="module")
def sync_server(frozen_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The frozen sync server on 127.0.0.1 with one member, for the examples' {server} and {user}."""
    home = tmp_path_factory.mktemp("server-admin")
    data = home / "server-data"
    name = "tester"
    added = run_frozen(
        frozen_app, "--data-dir", data, "server", "user", "add", name, home=home, input=f"{SERVER_PASSWORD}\n"
    )
    ok(added)
    port = free_port()
    server = start_server(
        frozen_app, ["--data-dir", str(data), "serve", "--port", str(port)], port, home=home
    )
    try:
        yield {"server": f"http://127.0.0.1:{port}", "user": name}
    finally:
        output = stop_server(server)
        assert "Traceback" not in output, output


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(executable: Path, args: list[str], port: int, *, home: Path) -> subprocess.Popen[str]:
    """Start a server command; it must answer HTTP on 127.0.0.1:port within a minute."""
    (home / "work").mkdir(exist_ok=True)
    process = subprocess.Popen(
        [str(executable), *args],
        cwd=home / "work",
        env=frozen_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    deadline = time.monotonic() + SERVER_START_S
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5):
                return process
        except urllib.error.HTTPError:  # any HTTP answer shows the server is up
            return process
        except OSError:
            time.sleep(0.2)
    output = stop_server(process)
    pytest.fail(f"{shlex.join(args)} did not answer HTTP on port {port}:\n{output}")


def stop_server(process: subprocess.Popen[str]) -> str:
    """Stop a server as a service manager would; returns what it printed."""
    process.terminate()
    output, _ = process.communicate(timeout=30)
    return output


def test_attach_reads_a_real_pdf_in_the_frozen_intake_child(
    frozen_app: Path, user: Path, store: Path, placeholders: dict[str, str], tmp_path: Path
) -> None:
    meeting, item = placeholders["meeting"], placeholders["item"]
    pdf = tmp_path / "สรุปผล.pdf"
    pdf.write_bytes(sample_pdf() + b"\n% not the same file as {pdf}\n")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    result = run_frozen(frozen_app, "--data-dir", store, "attach", meeting, item, pdf, broken, home=user)
    assert result.returncode == 1, result.stderr
    assert "attached สรุปผล.pdf (application/pdf, 1 pages)" in result.stdout
    assert "rejected broken.pdf: not a readable PDF" in result.stderr and "Traceback" not in result.stderr
    shown = json.loads(ok(run_frozen(frozen_app, "--data-dir", store, "show", meeting, "--json", home=user)))
    (entry,) = (e for e in shown["agenda"] if e["number"] == item)
    assert [d["pages"] for d in entry["documents"] if d["name"] == "สรุปผล"] == [1]


def test_minutes_as_a_word_document_frozen(
    frozen_app: Path, user: Path, store: Path, placeholders: dict[str, str], tmp_path: Path
) -> None:
    """python-docx reads its header template from a path next to its modules: it must be in the bundle."""
    out = tmp_path / "รายงานการประชุม.docx"
    ok(run_frozen(frozen_app, "--data-dir", store, "minutes", placeholders["meeting"], "-o", out, home=user))
    with zipfile.ZipFile(out) as package:
        assert "word/document.xml" in package.namelist()
        assert any(name.startswith("word/header") for name in package.namelist())


def test_about_finds_every_component_working(frozen_app: Path, home: Path) -> None:
    output = ok(run_frozen(frozen_app, "about", home=home))
    assert "FAILED" not in output
    for line in (
        "ok     Thai word breaking: การประชุม | คณะกรรมการ | เทคโนโลยีสารสนเทศ",
        "ok     Thai text shaping: ",
        "ok     PDF writing and reading: ",
        "ok     Word documents: ",
        "ok     spreadsheets: ",
        "ok     sync server stack: ",
        "ok     confidential papers: cryptography ",
        "ok     PDF viewer (QtPdf): ",
    ):
        assert line in output
    assert "translations:  emeeting_en.qm, emeeting_th.qm" in output
    assert f"program:       {frozen_app}" in output


def test_keyring_and_its_backends_load_in_the_bundle(frozen_app: Path, home: Path) -> None:
    output = ok(run_frozen(frozen_app, "about", home=home))
    (line,) = (row for row in output.splitlines() if "password store:" in row)
    assert line.startswith("ok ")
    for backend in ("SecretService", "Windows", "macOS", "KWallet", "chainer"):
        assert backend in line.split("backends in this build:")[1]


def test_without_a_keyring_backend_the_app_says_logins_last_for_this_session(
    frozen_app: Path, home: Path
) -> None:
    result = run_frozen(
        frozen_app, "about", home=home, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    assert (
        "ok     password store: no password store (keyring backend) is usable on this computer: server "
        "passwords are kept for this session only, and asked for again after a restart "
        "(keyring.backends.fail.Keyring)"
    ) in ok(result)


def test_sync_without_a_keyring_backend_logs_in_for_the_session_and_says_so(
    frozen_app: Path, home: Path, sync_server: dict[str, str]
) -> None:
    data = home / "laptop"
    login = [
        "--data-dir",
        str(data),
        "sync",
        "--server",
        sync_server["server"],
        "--user",
        sync_server["user"],
    ]
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = run_frozen(frozen_app, *login, home=home, EMEETING_PASSWORD=SERVER_PASSWORD, **no_keyring)
    ok(result)
    assert "no password store (keyring backend) is usable on this computer" in result.stderr
    assert "logged in for this session only" in result.stderr
    status = ok(run_frozen(frozen_app, "--data-dir", data, "sync", "--status", home=home, **no_keyring))
    assert f"{sync_server['server']}\tuser {sync_server['user']}" in status
    assert "password store: no password store (keyring backend) is usable" in status


def test_the_store_passes_check_after_every_command(frozen_app: Path, user: Path, store: Path) -> None:
    assert "store is healthy" in ok(run_frozen(frozen_app, "--data-dir", store, "check", home=user))


def test_the_bundle_carries_fonts_with_licence_icons_and_migrations() -> None:
    resources = next(BUNDLE.rglob("resources"))
    for name in (
        "fonts/Laksaman.ttf",
        "fonts/Laksaman-Bold.ttf",
        "fonts/LICENSE-Laksaman.txt",
        "icons/emeeting.png",
    ):
        assert (resources / name).is_file(), name
    migrations = sorted(p.name for p in BUNDLE.rglob("storage/migrations/versions/*.py"))
    assert migrations == sorted(p.name for p in (ROOT / "emeeting/storage/migrations/versions").glob("*.py"))


def test_the_bundle_carries_compiled_translations_only() -> None:
    sources = sorted(p.stem for p in (ROOT / "translations").glob("emeeting_*.ts"))
    shipped = sorted(BUNDLE.rglob("emeeting_*.qm"))
    assert sources and [p.stem for p in shipped] == sources
    assert not list(BUNDLE.rglob("*.ts"))
    thai = QTranslator()
    assert thai.load(str(next(p for p in shipped if p.stem == "emeeting_th")))
    assert thai.translate("App", "emeeting cannot start") not in ("", "emeeting cannot start")
    # Qt ships no Thai for its own texts (context menus, file dialog): the bundle carries ours.
    [qt_thai] = BUNDLE.rglob("qtbase_th.qm")
    assert thai.load(str(qt_thai))
    assert thai.translate("QLineEdit", "Select All") == "เลือกทั้งหมด"


def test_the_bundle_leaves_out_test_tools_and_unused_qt() -> None:
    internal = next(BUNDLE.glob("*/PySide6")).parent
    assert not [name for name in NOT_SHIPPED if (internal / name).exists()]
    qt_files = [p.name for p in (internal / "PySide6").rglob("*")]
    assert not [name for name in qt_files if any(module in name for module in UNUSED_QT)]
    assert [name for name in qt_files if "Pdf" in name], "QtPdf must be bundled"


def test_nothing_is_written_into_the_install_folder(
    built_bundle: tuple[Path, dict[str, tuple[int, int]]],
) -> None:
    """Runs last: every run above left the (read-only) install folder exactly as it was built."""
    assert snapshot(BUNDLE) == built_bundle[1]
