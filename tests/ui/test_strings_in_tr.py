"""Every text the UI shows goes through tr(): a string literal handed straight to a widget fails here."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "emeeting" / "ui"

# Qt calls whose text argument a user reads.
SHOWS_TEXT = frozenset(
    {
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
        "setTitle", "setTabText", "setTabToolTip", "setHeaderLabels", "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels", "showMessage", "addAction", "addMenu", "addTab", "addItem", "addItems",
        "setLabelText", "setInformativeText", "setDetailedText", "setPrefix", "setSuffix",
        "setSpecialValueText", "setFormat", "addRow", "setButtonText", "setWindowIconText",
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
        "QMenu",
    }
)  # fmt: skip
# Calls whose text is the second argument (after an index, a widget or an icon).
TEXT_SECOND = frozenset({"setTabText", "setTabToolTip", "addTab"})
MAYBE_ICON_FIRST = frozenset({"addAction", "addItem", "addMenu", "QAction", "QPushButton", "QToolButton"})
# Shown as they are in every language: the language menu names each language in its own script.
NOT_TRANSLATED = frozenset({"ไทย", "English"})


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_words(value: object) -> bool:
    return (
        isinstance(value, str)
        and any(ch.isalpha() for ch in value)
        and value not in NOT_TRANSLATED
        and not value.startswith(("https://", "http://"))  # an example address reads the same everywhere
    )


def _text_arguments(node: ast.Call, name: str) -> list[ast.expr]:
    args = node.args
    if name in TEXT_SECOND:
        texts = args[1:2]
    elif name in MAYBE_ICON_FIRST and args and "icon" in ast.unparse(args[0]).lower():
        texts = args[1:2]  # (icon, text, …)
    else:
        texts = args[:1]  # later arguments are data, parents or time-outs
    return [*texts, *(k.value for k in node.keywords if k.arg in ("text", "title"))]


def literal_texts(source: str) -> list[tuple[int, str, str]]:
    """(line, call, text) for each word-bearing string literal passed to a text-showing Qt call."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or (name := _called_name(node)) not in SHOWS_TEXT:
            continue
        for arg in _text_arguments(node, name):
            parts = arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]
            for part in parts:
                if isinstance(part, ast.Constant) and _is_words(part.value):
                    found.append((node.lineno, name, part.value))
                elif isinstance(part, ast.JoinedStr) and any(
                    isinstance(v, ast.Constant) and _is_words(v.value) for v in part.values
                ):
                    found.append((node.lineno, name, ast.unparse(part)))
    return found


def test_no_widget_text_bypasses_tr() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {call}({text!r})"
        for path in sorted(UI.rglob("*.py"))
        for line, call, text in literal_texts(path.read_text(encoding="utf-8"))
    ]
    assert problems == []


def test_the_check_catches_plain_and_formatted_literals() -> None:
    source = (
        "label.setText('Meeting')\n"
        "button = QPushButton(f'Save {name}', self)\n"
        "tabs.addTab(page, self.tr('Agenda'))\n"
        "label.setText('·')\n"
        "menu.addAction('ไทย')\n"
        "combo.addItem(self.tr('Thai'), 'th')\n"
        "menu.addAction(QIcon.fromTheme('edit-undo'), 'Undo')\n"
        "tabs.setTabText(0, 'Details')\n"
    )
    assert [(line, call) for line, call, _ in literal_texts(source)] == [
        (1, "setText"),
        (2, "QPushButton"),
        (7, "addAction"),
        (8, "setTabText"),
    ]


def untranslatable_calls(source: str) -> list[int]:
    """Lines where Qt's translate (or QT_TRANSLATE_NOOP) is given its context, or its text, in a variable:
    lupdate reads the source and cannot follow one, so such a text is never translated. (Error messages are
    the exception for the text: they are marked where they are raised and translated by their template.)"""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        qt_translate = (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id == "QCoreApplication"
        )
        if not (qt_translate or (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP")):
            continue
        context, text = node.args[:2]
        literal_context = isinstance(context, ast.Constant) and isinstance(context.value, str)
        if not literal_context or (not isinstance(text, ast.Constant) and context.value != "Errors"):
            found.append(node.lineno)
    return found


def test_every_translated_text_names_its_context_and_text_literally() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "emeeting").rglob("*.py"))
        for line in untranslatable_calls(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "lupdate cannot see these texts: write the context and the text out"


def test_the_literal_check_catches_a_context_in_a_variable() -> None:
    source = "\n".join(
        (
            'CONTEXT = "X"',
            'QCoreApplication.translate(CONTEXT, "Server:")',
            'QCoreApplication.translate("X", "ok")',
            'QCoreApplication.translate("X", text)',
            'QCoreApplication.translate("Errors", error.template)',
        )
    )
    assert untranslatable_calls(source) == [2, 4]
