"""Where data and resources live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "emeeting"


def default_data_dir() -> Path:
    """The platform's per-user application data folder (never the install folder)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, then ``EMEETING_DATA_DIR``, then the platform default."""
    chosen = explicit or os.environ.get("EMEETING_DATA_DIR")
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def resources_dir() -> Path:
    """Bundled fonts, icons and templates: beside the frozen executable, or at the top of the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"
