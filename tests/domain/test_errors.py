"""Our errors carry a translatable template and its parameters; every message in the code is marked."""

from __future__ import annotations

import ast
import pickle
import string
from pathlib import Path

import pytest

from emeeting.domain import errors
from emeeting.domain.errors import (
    QT_TRANSLATE_NOOP,
    EmeetingError,
    RejectedFileError,
    StoreError,
    StoreTooNewError,
    ValidationError,
)

PACKAGE = Path(errors.__file__).resolve().parents[1]  # emeeting/


def test_the_english_line_is_the_template_with_its_parameters_filled_in() -> None:
    error = StoreTooNewError(
        QT_TRANSLATE_NOOP("Errors", "{db_path} was written by a newer version (schema {revision})"),
        db_path=Path("/data/emeeting.db"),
        revision="0042",
    )
    assert str(error) == "/data/emeeting.db was written by a newer version (schema 0042)"
    assert error.template == "{db_path} was written by a newer version (schema {revision})"
    assert error.params == {"db_path": Path("/data/emeeting.db"), "revision": "0042"}
    assert isinstance(error, StoreError)


def test_a_message_without_parameters_is_shown_as_written() -> None:
    assert str(ValidationError(QT_TRANSLATE_NOOP("Errors", "a meeting needs a title"))) == (
        "a meeting needs a title"
    )
    assert str(ValidationError("braces {like these} need no escaping without parameters")) == (
        "braces {like these} need no escaping without parameters"
    )
    assert str(ValidationError("{{literal}} braces and {n}", n=1)) == "{literal} braces and 1"


def test_an_error_can_be_a_parameter_of_another() -> None:
    inner = RejectedFileError(QT_TRANSLATE_NOOP("Errors", "{name}: is empty (0 bytes)"), name="a.pdf")
    outer = StoreError(QT_TRANSLATE_NOOP("Errors", "demo document rejected: {result}"), result=inner)
    assert str(outer) == "demo document rejected: a.pdf: is empty (0 bytes)"


def test_pickling_keeps_the_template_and_the_parameters() -> None:
    error = RejectedFileError(QT_TRANSLATE_NOOP("Errors", "{name}: file not found"), name="x.pdf")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is RejectedFileError
    assert (str(copy), copy.template, copy.params) == (str(error), error.template, error.params)


# -------------------------------------------------------------------- every message in the code is marked


def error_classes() -> set[str]:
    """Names of EmeetingError and every subclass, in errors.py and wherever the code defines more."""
    names = {EmeetingError.__name__}
    pending: list[type] = [EmeetingError]
    while pending:
        for sub in pending.pop().__subclasses__():
            names.add(sub.__name__)
            pending.append(sub)
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in scanned_files()]
    grew = True
    while grew:  # subclasses of subclasses, in any order
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in names
                    and any(_name(base) in names for base in node.bases)
                ):
                    names.add(node.name)
                    grew = True
    return names


def scanned_files() -> list[Path]:
    """Every module below the UI (and the composition roots): the UI translates its own text with tr()."""
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "ui" not in p.relative_to(PACKAGE).parts]


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def data_keywords() -> dict[str, set[str]]:
    """Per error class, the keyword-only parameters its own ``__init__`` declares: facts carried for the
    program (``meeting_id=``), not placeholders of the message."""
    found: dict[str, set[str]] = {}
    for path in scanned_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        found[node.name] = {a.arg for a in item.args.kwonlyargs}
    return found


def unmarked_messages(
    source: str, where: str, classes: set[str], data: dict[str, set[str]] | None = None
) -> list[str]:
    """How the error constructions in ``source`` break the rule: the first argument is
    ``QT_TRANSLATE_NOOP("Errors", "<literal template>")`` and every ``{placeholder}`` is a keyword argument
    of the same name (and every keyword argument a placeholder, but for the facts a class declares it
    carries: ``data``)."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if _name(node.func) == "QT_TRANSLATE_NOOP" and not _is_marked(node):
            problems.append(f'{where}:{node.lineno}: QT_TRANSLATE_NOOP needs "Errors" and a literal string')
        if _name(node.func) not in classes:
            continue
        at = f"{where}:{node.lineno}: {_name(node.func)}"
        first = node.args[0] if node.args else None
        if not (
            isinstance(first, ast.Call) and _name(first.func) == "QT_TRANSLATE_NOOP" and _is_marked(first)
        ):
            problems.append(f'{at}: the message must be QT_TRANSLATE_NOOP("Errors", "<template>")')
            continue
        if len(node.args) > 1 or any(k.arg is None for k in node.keywords):
            problems.append(f"{at}: the parameters must be named keyword arguments")
            continue
        template = first.args[1].value  # type: ignore[attr-defined]
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        except ValueError as error:
            problems.append(f"{at}: {template!r} is not a valid template ({error})")
            continue
        given = {k.arg for k in node.keywords} - (data or {}).get(str(_name(node.func)), set())
        if not given and not fields:
            continue
        if not all(f.isidentifier() for f in fields):
            problems.append(f"{at}: {template!r} must name its placeholders plainly ({{name}})")
        elif set(fields) != given:
            problems.append(
                f"{at}: {template!r} has placeholders {sorted(set(fields))}, given {sorted(given)}"
            )
    return problems


def _is_marked(call: ast.Call) -> bool:
    args = call.args
    return (
        len(args) == 2
        and not call.keywords
        and isinstance(args[0], ast.Constant)
        and args[0].value == "Errors"
        and isinstance(args[1], ast.Constant)
        and isinstance(args[1].value, str)
    )


def test_every_error_message_in_the_code_is_a_marked_template() -> None:
    classes = error_classes()
    assert {"EmeetingError", "ValidationError", "RejectedFileError", "StoreTooNewError"} <= classes
    data = data_keywords()
    problems = []
    for path in scanned_files():
        where = str(path.relative_to(PACKAGE.parent))
        problems += unmarked_messages(path.read_text(encoding="utf-8"), where, classes, data)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "code",
    [
        'raise ValidationError("a meeting needs a title")',
        'raise ValidationError(f"no meeting {ref}")',
        "raise ValidationError(message)",
        "return RejectedFileError(f'{name}: {reason}')",
        'raise ValidationError(QT_TRANSLATE_NOOP("Labels", "a meeting needs a title"))',
        'raise ValidationError(QT_TRANSLATE_NOOP("Errors", template))',
        'raise ValidationError(QT_TRANSLATE_NOOP("Errors", f"no meeting {ref}"))',
        'raise ValidationError(QT_TRANSLATE_NOOP("Errors", "no meeting {ref}"), reference=ref)',
        'raise ValidationError(QT_TRANSLATE_NOOP("Errors", "no meeting {ref}"), ref=ref, extra=1)',
        'raise ValidationError(QT_TRANSLATE_NOOP("Errors", "no meeting {}"), ref=ref)',
        'raise ValidationError(QT_TRANSLATE_NOOP("Errors", "no meeting {ref"), ref=ref)',
        'raise ValidationError(QT_TRANSLATE_NOOP("Errors", "no meeting {ref}"), **params)',
        'raise ValidationError(QT_TRANSLATE_NOOP("Errors", "no meeting {ref}"), ref)',
        'raise ValidationError(QT_TRANSLATE_NOOP("Errors", "no meeting {ref}"))',
        'raise errors.NotFoundError("no meeting")',
        'class LocalError(StoreError): pass\nraise LocalError("x")',
    ],
)
def test_the_rule_catches_unmarked_messages(code: str) -> None:
    classes = {"ValidationError", "RejectedFileError", "NotFoundError", "StoreError", "LocalError"}
    assert unmarked_messages(code, "example.py", classes)


def test_the_rule_accepts_marked_templates() -> None:
    code = """
raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a meeting needs a title"))
raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a {{literal}} brace and {ref}"), ref=ref)
return RejectedFileError(
    QT_TRANSLATE_NOOP("Errors", "{name}: is too large ({size}; " "the limit is {limit})"),
    name=name, size=size, limit=limit,
)
raise TypeError(f"not ours: {value!r}")
"""
    assert unmarked_messages(code, "example.py", {"ValidationError", "RejectedFileError"}) == []
