"""Keep Hypothesis's storage (example database, constants cache) out of the checkout.

pyproject's ``norecursedirs`` replaces pytest's defaults, so a .hypothesis/ directory in the checkout makes
Hypothesis's plugin warn during collection, and warnings are errors here.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis.configuration import set_hypothesis_home_dir

set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "emeeting-hypothesis")
