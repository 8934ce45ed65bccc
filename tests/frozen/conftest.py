"""The frozen (PyInstaller) build under test: built from build.spec once per state of the sources.

The bundle is cached in build/frozen/ together with a digest of everything that goes into it (the
package, resources, translations, the spec and packaging files, pyproject.toml and the versions of
Python, PyInstaller and PySide6); a run with the same digest reuses it, any change rebuilds it. While the
tests run, the bundle is read-only, as in a system-wide install.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import IO

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "frozen"
DIST = CACHE / "dist"
BUNDLE = DIST / "emeeting"
EXECUTABLE = BUNDLE / ("emeeting.exe" if sys.platform == "win32" else "emeeting")
STAMP = CACHE / "sources.sha256"
BUILD_LOG = CACHE / "build.log"
BUILD_TIMEOUT_S = 30 * 60
LOCK_WAIT_S = 20 * 60
INPUTS = ("emeeting", "resources", "translations", "packaging", "build.spec", "pyproject.toml")
GENERATED = {"__pycache__", ".mypy_cache"}


def _input_files() -> list[Path]:
    files: list[Path] = []
    for name in INPUTS:
        path = ROOT / name
        if path.is_file():
            files.append(path)
            continue
        for found in path.rglob("*"):
            relative = found.relative_to(ROOT)
            if (
                found.is_file()
                and not GENERATED.intersection(relative.parts)
                and found.suffix not in {".pyc", ".qm"}
            ):
                files.append(found)
    return sorted(files)


def sources_digest() -> str:
    """What the bundle is built from; the .qm files in translations/ are build output, not input."""
    digest = hashlib.sha256()
    versions = [sys.version, metadata.version("pyinstaller"), metadata.version("PySide6-Essentials")]
    digest.update("\n".join(versions).encode())
    for path in _input_files():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def set_writable(folder: Path, writable: bool) -> None:
    """Add or remove write permission on a bundle folder (owner's, and group/other's read-only stays)."""
    if not folder.exists():
        return
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        new = mode | stat.S_IWUSR if writable else mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        if new != mode:
            path.chmod(new)


def _lock(handle: IO[str], exclusive: bool) -> None:
    """Readers share the bundle; a build needs it alone (POSIX; elsewhere runs are not shared). Waits at
    most LOCK_WAIT_S for another test run to let go."""
    if sys.platform == "win32":
        return
    import fcntl

    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                pytest.fail(f"another test run has held {handle.name} for {LOCK_WAIT_S // 60} minutes")
            time.sleep(1)


def _is_current(digest: str) -> bool:
    return EXECUTABLE.is_file() and STAMP.is_file() and STAMP.read_text().strip() == digest


@contextlib.contextmanager
def bundle_in_use() -> Iterator[Path]:
    """The frozen program, built first if missing or built from other sources; no other test run
    rebuilds it while the block runs (two runs may share the checkout)."""
    digest = sources_digest()
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / "build.lock").open("a") as handle:
        _lock(handle, exclusive=False)
        if not _is_current(digest):
            _lock(handle, exclusive=True)
            if not _is_current(digest):
                _build(digest)
            _lock(handle, exclusive=False)
        yield EXECUTABLE


def _build(digest: str) -> None:
    STAMP.unlink(missing_ok=True)
    set_writable(DIST, True)  # a previous run's read-only bundle must be replaceable
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(DIST),
        "--workpath",
        str(CACHE / "work"),
        str(ROOT / "build.spec"),
    ]
    with BUILD_LOG.open("w", encoding="utf-8") as log:
        result = subprocess.run(
            command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, timeout=BUILD_TIMEOUT_S
        )
    if result.returncode != 0 or not EXECUTABLE.is_file():
        tail = "\n".join(BUILD_LOG.read_text(encoding="utf-8", errors="replace").splitlines()[-30:])
        pytest.fail(f"pyinstaller build.spec failed (exit {result.returncode}); {BUILD_LOG}:\n{tail}")
    STAMP.write_text(digest + "\n")


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file in ``folder`` with its size and modification time."""
    return {
        path.relative_to(folder).as_posix(): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
        if path.is_file()
    }


@pytest.fixture(scope="module")
def built_bundle() -> Iterator[tuple[Path, dict[str, tuple[int, int]]]]:
    """The built ``emeeting`` executable and the install folder's files as built. The folder is read-only,
    and no other test run may rebuild it, only while the module's tests run (not for a whole session:
    another run waiting to rebuild would wait for all of it)."""
    with bundle_in_use() as executable:
        set_writable(BUNDLE, False)
        try:
            yield executable, snapshot(BUNDLE)
        finally:
            set_writable(BUNDLE, True)


@pytest.fixture(scope="module")
def frozen_app(built_bundle: tuple[Path, dict[str, tuple[int, int]]]) -> Path:
    return built_bundle[0]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A fresh user: home, settings and data folders in a temp folder."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def frozen_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user whose home (settings, data, caches) is ``home``, with Qt offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EMEETING_", "PYTHON", "XDG_", "QT_"))}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        APPDATA=str(home / "AppData" / "Roaming"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        **extra,
    )
    return env


def run_frozen(
    executable: Path, *args: str | Path, home: Path, timeout: float = 180, input: str = "", **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """Run the frozen program as that user, from a working folder that is neither the repository nor the
    install folder."""
    workdir = home / "work"
    workdir.mkdir(exist_ok=True)
    return subprocess.run(
        [str(executable), *map(str, args)],
        cwd=workdir,
        env=frozen_env(home, **extra_env),
        input=input,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
    )
