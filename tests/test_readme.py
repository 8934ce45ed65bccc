"""The README's two commands are the project's contract with a fresh machine and with CI."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"))[:2]


def test_readme_opens_with_run_and_test_commands() -> None:
    run, test = _readme_commands()
    assert "emeeting demo" in run and run.rstrip().endswith(".venv/bin/emeeting")
    assert "pytest" in test and "mypy" in test and "lint-imports" in test and "ruff" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, test = _readme_commands()
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci_lines[-1] == test
