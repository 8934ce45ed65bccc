"""Small input widgets the editors share: enum, person and title pickers, date editors that count Buddhist
Era years in Thai, and local date-time conversion."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from enum import StrEnum
from functools import cmp_to_key
from typing import Generic, TypeVar

from PySide6.QtCore import QCollator, QDate, QDateTime, QEvent, QLocale, Qt, QTime
from PySide6.QtGui import QShowEvent, QValidator
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.thai import BE_OFFSET, TITLE_SUGGESTIONS, from_thai_digits, is_thai
from emeeting.ui.widgets.labels import time_edit_format, ui_language
from emeeting.ui.widgets.language import FollowsLanguage

E = TypeVar("E", bound=StrEnum)


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as the local wall-clock time the user edits."""
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime) -> datetime:
    """The edited local wall-clock time back as an aware datetime."""
    day, time = value.date(), value.time()
    return datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second()
    ).astimezone()


DATE_FORMAT = "dd/MM/yyyy"


def date_time_format() -> str:
    return f"{DATE_FORMAT} {time_edit_format()}"


_YEAR = slice(6, 10)  # where "yyyy" sits in both formats
# The latest CE year whose Buddhist Era year still has four digits.
_LAST_DAY = QDate(9999 - BE_OFFSET, 12, 31)


def _shift_year(text: str, offset: int) -> str | None:
    """``text`` with its four-digit year moved by ``offset``; None while the year is still being typed."""
    year = text[_YEAR]
    if len(year) != 4 or not year.isdigit():
        return None
    return f"{text[: _YEAR.start]}{int(year) + offset:04d}{text[_YEAR.stop :]}"


class BuddhistEraYearBox(QSpinBox):
    """A year spin box counting พ.ศ. years that also takes Thai digits (typed on a Thai keyboard)."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        text = from_thai_digits(text)
        state, _, _ = super().validate(text, pos)
        return state, text, pos

    def valueFromText(self, text: str) -> int:
        return super().valueFromText(from_thai_digits(text))


class BuddhistEraCalendar(QCalendarWidget):
    """The date editors' calendar popup: month names in the UI's language and, in Thai, the year in พ.ศ.

    Qt's year button opens a spin box counting CE years that cannot be shifted, so in Thai both are hidden
    and ``year_box``, a spin box counting พ.ศ. years, takes their place in Qt's navigation bar: changing it
    turns the calendar to that year, and paging across a year boundary updates it. In English Qt's own year
    button is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year_button = self.findChild(QToolButton, "qt_calendar_yearbutton")
        self._year_edit = self.findChild(QSpinBox, "qt_calendar_yearedit")
        self.year_box = BuddhistEraYearBox(self)
        self.year_box.setObjectName("buddhistEraYear")
        self.year_box.setKeyboardTracking(False)  # move the page once the year is typed, not per digit
        self.year_box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.year_box.hide()
        bar = self.findChild(QWidget, "qt_calendar_navigationbar")
        layout = bar.layout() if bar is not None else None
        if isinstance(layout, QBoxLayout) and self._year_button is not None:
            self.year_box.setParent(bar)
            layout.insertWidget(layout.indexOf(self._year_button) + 1, self.year_box)
        self.year_box.valueChanged.connect(self._year_chosen)
        self.currentPageChanged.connect(lambda _year, _month: self._show_year())
        self._retranslate()

    def _retranslate(self) -> None:
        thai = ui_language() == "th"
        self.setLocale(QLocale(QLocale.Language.Thai if thai else QLocale.Language.English))
        placed = self.year_box.parent() is not self  # our box only where Qt's year button was
        if self._year_button is not None:
            self._year_button.setVisible(not (thai and placed))
        if self._year_edit is not None and thai:
            self._year_edit.hide()  # in case it was open when the language changed
        self.year_box.setVisible(thai and placed)
        self._show_year()

    def _show_year(self) -> None:
        self.year_box.blockSignals(True)  # showing the year is not choosing one
        self.year_box.setRange(self.minimumDate().year() + BE_OFFSET, self.maximumDate().year() + BE_OFFSET)
        self.year_box.setValue(self.yearShown() + BE_OFFSET)
        self.year_box.blockSignals(False)

    def _year_chosen(self, year_be: int) -> None:
        self.setCurrentPage(year_be - BE_OFFSET, self.monthShown())

    def showEvent(self, event: QShowEvent) -> None:
        self._show_year()  # the edit sets the popup's date range just before showing it
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()


class _BuddhistEraMixin:
    """Shows and reads the year as พ.ศ. (CE + 543) while the UI is Thai, and as CE in English.

    Qt has no Buddhist calendar, so the edit keeps counting CE and only its text is shifted: what the user
    types is turned back into CE text before Qt's own parser sees it. BuddhistEraCalendar is the popup.
    """

    def _offset(self) -> int:
        return BE_OFFSET if ui_language() == "th" else 0

    def textFromDateTime(self, value: QDateTime) -> str:
        text: str = super().textFromDateTime(value)  # type: ignore[misc]
        return _shift_year(text, self._offset()) or text

    def dateTimeFromText(self, text: str) -> QDateTime:
        ce = _shift_year(from_thai_digits(text), -self._offset())
        return super().dateTimeFromText(ce or text)  # type: ignore[misc,no-any-return]

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        text = from_thai_digits(text)  # a Thai keyboard types ๒๕๖๙
        ce = _shift_year(text, -self._offset())
        # A half-typed year is judged as it stands: the start of a พ.ศ. year in range also starts a CE one.
        state, _, _ = super().validate(ce or text, pos)  # type: ignore[misc]
        return state, text, pos

    def fixup(self, text: str) -> str:
        ce = _shift_year(from_thai_digits(text), -self._offset())
        if ce is None:
            return text
        fixed: str = super().fixup(ce)  # type: ignore[misc]
        return _shift_year(fixed, self._offset()) or fixed

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.LanguageChange:
            edit: QDateTimeEdit = self  # type: ignore[assignment]
            edit.setDisplayFormat(self._display_format())  # redraws the text with the new language's year

    def _display_format(self) -> str:
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        return edit.displayFormat()


class DateEdit(_BuddhistEraMixin, QDateEdit):
    """A day as dd/MM/yyyy with a calendar popup; the year in พ.ศ. in the Thai UI."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setCalendarWidget(BuddhistEraCalendar(self))
        self.setMaximumDate(_LAST_DAY)
        self.setDisplayFormat(DATE_FORMAT)


class DateTimeEdit(_BuddhistEraMixin, QDateTimeEdit):
    """A local day and time with a calendar popup: dd/MM/yyyy HH.mm with the year in พ.ศ. in the Thai UI,
    dd/MM/yyyy HH:mm in English."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setCalendarWidget(BuddhistEraCalendar(self))
        self.setMaximumDate(_LAST_DAY)
        self.setDisplayFormat(date_time_format())

    def _display_format(self) -> str:
        return date_time_format()


class TimeEdit(QTimeEdit):
    """A time of day as HH.mm in the Thai UI (the official style), HH:mm in English."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(time_edit_format())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setDisplayFormat(time_edit_format())


class EnumCombo(QComboBox, Generic[E]):
    """A combo box over some members of an enum, labelled in the current language."""

    def __init__(
        self,
        enum: type[E],
        label: Callable[[E], str],
        values: Iterable[E] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._enum = enum
        self._label = label
        self.set_values(list(enum) if values is None else values)

    def set_values(self, values: Iterable[E], current: E | None = None) -> None:
        current = current if current is not None else self.value()
        self.blockSignals(True)
        self.clear()
        for value in values:
            self.addItem(self._label(value), value.value)
        self.blockSignals(False)
        if current is not None:
            self.set_value(current)

    def values(self) -> list[E]:
        return [self._enum(self.itemData(i)) for i in range(self.count())]

    def value(self) -> E | None:
        data = self.currentData()
        return self._enum(data) if data is not None else None

    def set_value(self, value: E) -> None:
        index = self.findData(value.value)
        if index >= 0:
            self.setCurrentIndex(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for i in range(self.count()):
                self.setItemText(i, self._label(self._enum(self.itemData(i))))
        super().changeEvent(event)


def in_language_order(people: Sequence[m.Person], language: str) -> list[m.Person]:
    """``people`` as a list in a meeting of ``language`` reads them: by first and last name in that
    language's alphabetical order, names written in its script first (in a Thai meeting, a member known only
    by a romanised name comes after the Thai names)."""
    thai = language == "th"
    collator = QCollator(QLocale(QLocale.Language.Thai if thai else QLocale.Language.English))

    def in_script(person: m.Person) -> bool:
        return is_thai(person.first_name + person.last_name) == thai

    def compare(a: m.Person, b: m.Person) -> int:
        if in_script(a) != in_script(b):
            return -1 if in_script(a) else 1
        return collator.compare(f"{a.first_name} {a.last_name}", f"{b.first_name} {b.last_name}") or (
            (a.id > b.id) - (a.id < b.id)
        )

    return sorted(people, key=cmp_to_key(compare))


class PersonCombo(QComboBox):
    """Picks a person (or nobody, when ``none_text`` gives the empty choice's label)."""

    def __init__(self, none_text: Callable[[], str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def set_people(self, people: Sequence[m.Person], current: str | None = None) -> None:
        current = current if current is not None else self.person_id()
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text(), "")
        for person in people:
            text = person.display_name
            if person.position:
                text = f"{text} — {person.position}"
            self.addItem(text, person.id)
        self.blockSignals(False)
        self.set_person(current)

    def person_id(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None

    def set_person(self, person_id: str | None) -> None:
        index = self.findData(person_id or "")
        self.setCurrentIndex(max(index, 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._none_text is not None and self.count():
            self.setItemText(0, self._none_text())
        super().changeEvent(event)


class TitleCombo(FollowsLanguage, QComboBox):
    """A person's title or rank before the name: the usual ones to choose from, or any other typed in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItems(TITLE_SUGGESTIONS)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(12)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setToolTip(self.tr("Choose a title or rank, or type another"))
