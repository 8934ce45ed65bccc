"""The demo's vocabulary, read from the TOML files in ``emeeting/demo/data``.

The files are the place to change what the demo says (committees, seats, names, topics, texts,
documents, holidays); this module turns them into typed, checked tables. A file that names an unknown
organisation, law, document, role or kind is refused with the file and the name, so a slip in the data
shows up as a clear error rather than as odd demo records. Orders matter: the generator draws from
these lists with a seeded random generator, so the same files always give the same demo.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any, NamedTuple, get_origin, get_type_hints

from emeeting.domain.model import MemberRole, NumberingStyle
from emeeting.domain.templates import AGENDA_TEMPLATES
from emeeting.domain.thai import format_english_date, format_thai_date

TOPIC_KINDS = ("info", "approve", "procure", "award")
_TOPIC_KEYS = ("title", "kind", "law", "document", "facts")
LANGUAGES = ("th", "en")  # each has its file, language-<code>.toml
NAMINGS = ("th", "rt", "en")  # how an organisation's people are named: Thai, romanised Thai, English


class Organisation(NamedTuple):
    name: str
    domain: str
    names: str  # one of NAMINGS


class Names(NamedTuple):
    """First names for men and women and last names, as (native, romanised) pairs."""

    male: tuple[tuple[str, str], ...]
    female: tuple[tuple[str, str], ...]
    last: tuple[tuple[str, str], ...]


class Seat(NamedTuple):
    role: MemberRole
    position: str
    organisation: str  # a key of Tables.organisations
    voting: bool = True
    title: str = ""  # a fixed prefix such as a rank; otherwise one is chosen
    rotates: bool = False  # the holder changes half way through the demo period


class Staff(NamedTuple):
    """A presenter or stand-in."""

    position: str
    organisation: str


class Topic(NamedTuple):
    title: str  # may use {fy} (BE fiscal year), {fy_ce}, {q} (quarter of the fiscal year)
    kind: str  # info (noted) | approve | procure (closed) | award (closed, secret vote, 2/3)
    law: str  # a key of Language.laws
    doc: str  # a DocumentSpec key
    facts: str  # may use {amount} and {pct}


class CommitteeSpec(NamedTuple):
    name: str
    short_name: str
    language: str  # a key of Tables.languages
    numbering: NumberingStyle
    unit: str  # the secretariat's unit, which proposes most matters
    seats: tuple[Seat, ...]
    staff: tuple[Staff, ...]
    places: tuple[str, ...]
    online: float  # share of meetings held online
    hybrid: float
    topics: tuple[Topic, ...]


_COMMITTEE_KEYS = (*(f for f in CommitteeSpec._fields if f != "topics"), "topic")  # [[committee.topic]]


class Language(NamedTuple):
    template: str  # the agenda template (a key of AGENDA_TEMPLATES): section and announcement titles
    date_text: Callable[[date], str]  # a date in running text
    chair_says: str
    secretary_says: str
    chair_news: tuple[str, ...]
    secretary_news: tuple[str, ...]
    certify_title: str
    certify_background: str
    certify_proposal: str
    certified: tuple[str, ...]
    circulated: str
    nothing: str
    arising_title: str
    arising_background: str
    progress: tuple[str, ...]
    noted: str
    background: str
    proposal: str
    approved: tuple[str, ...]
    rejected: str
    tally: str
    casting: str
    question: str
    discussion: tuple[str, ...]
    action: str
    other_items: tuple[str, ...]
    absence: tuple[str, ...]
    dissent: tuple[str, ...]
    dissent_note: str
    recusal: tuple[str, ...]
    recusal_note: str
    resolution_label: str
    meeting_title: str
    online_place: str
    minutes_name: str
    laws: Mapping[str, str]
    titles_male: tuple[str, ...]
    titles_female: tuple[str, ...]
    minutes_doc: str
    chair_docs: tuple[str, ...]
    briefing_doc: str
    boilerplate: tuple[str, ...]


class DocumentSpec(NamedTuple):
    key: str
    title: str
    pages: int
    file_name: str
    paragraphs: tuple[str, ...]  # the language's boilerplate is added when the document is made


@dataclass(frozen=True)
class Tables:
    organisations: Mapping[str, Organisation]
    male_titles: frozenset[str]  # a fixed title among these makes its holder a man, any other a woman
    thai_names: Names
    english_names: Names
    committees: tuple[CommitteeSpec, ...]
    languages: Mapping[str, Language]  # "th", "en"
    documents: Mapping[str, DocumentSpec]  # in the file's order
    holidays: frozenset[tuple[int, int]]  # (month, day)


class TableError(ValueError):
    """A demo data file that does not say what the generator needs."""


def read_tables(folder: Traversable | None = None) -> Tables:
    """Read and check every demo data file in ``folder`` (by default the package's own ``data``)."""
    folder = folder or files("emeeting.demo").joinpath("data")

    def read_file(name: str) -> dict[str, Any]:
        try:
            return tomllib.loads(folder.joinpath(name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise TableError(f"demo data {name}: {error}") from error

    def entries(name: str, key: str) -> list[Any]:
        """The list under ``key``, the one thing file ``name`` holds."""
        return _list(_only(read_file(name), (key,), name), key, name)

    people = _only(read_file("people.toml"), ("male_titles", "organisations", "names"), "people.toml")
    organisations = {
        key: _organisation(org, f"people.toml, organisation {key}")
        for key, org in _table(people, "organisations", "people.toml").items()
    }
    names = _only(_table(people, "names", "people.toml"), ("thai", "english"), "people.toml, names")
    thai = _only(_table(names, "thai", "people.toml"), Names._fields, "people.toml, names.thai")
    english = _only(_table(names, "english", "people.toml"), Names._fields, "people.toml, names.english")
    thai_names = Names(*(_pairs(thai, part) for part in Names._fields))
    english_names = Names(
        *(
            tuple((n, n) for n in _texts(english, part, "people.toml, names.english"))
            for part in Names._fields
        )
    )
    documents: dict[str, DocumentSpec] = {}
    for row in entries("documents.toml", "document"):
        spec = _document(row)
        if documents.setdefault(spec.key, spec) is not spec:
            raise TableError(f"demo data documents.toml: two documents are called {spec.key!r}")
    languages = {code: _language(code, read_file(f"language-{code}.toml"), documents) for code in LANGUAGES}
    committees = tuple(
        _committee(row, organisations, languages, documents)
        for row in entries("committees.toml", "committee")
    )
    holidays = frozenset(_month_day(pair) for pair in entries("holidays.toml", "holidays"))
    return Tables(
        organisations,
        frozenset(_texts(people, "male_titles", "people.toml")),
        thai_names,
        english_names,
        committees,
        languages,
        documents,
        holidays,
    )


def _committee(
    row: dict[str, Any],
    organisations: Mapping[str, Organisation],
    languages: Mapping[str, Language],
    documents: Mapping[str, DocumentSpec],
) -> CommitteeSpec:
    where = f"committees.toml, committee {row.get('short_name', '?')}"
    _only(row, _COMMITTEE_KEYS, where)
    language = _choice(row, "language", tuple(languages), where)

    def organisation(entry: dict[str, Any]) -> str:
        return _choice(entry, "organisation", tuple(organisations), where)

    seats = tuple(
        Seat(
            MemberRole(_choice(seat, "role", tuple(MemberRole), where)),
            _text(seat, "position", where),
            organisation(seat),
            voting=_value(seat, "voting", bool, where, True),
            title=_value(seat, "title", str, where, ""),
            rotates=_value(seat, "rotates", bool, where, False),
        )
        for seat in (_only(seat, Seat._fields, where) for seat in _list(row, "seats", where))
    )
    for role in (MemberRole.CHAIR, MemberRole.SECRETARY, MemberRole.ASSISTANT_SECRETARY):
        if sum(seat.role is role for seat in seats) != 1:
            raise TableError(f"demo data {where}: needs exactly one {role} seat")
    topics = tuple(
        Topic(
            _text(topic, "title", where),
            _choice(topic, "kind", TOPIC_KINDS, where),
            _choice(topic, "law", tuple(languages[language].laws), where),
            _choice(topic, "document", tuple(documents), where),
            _text(topic, "facts", where),
        )
        for topic in (_only(topic, _TOPIC_KEYS, where) for topic in _list(row, "topic", where))
    )
    if not any(t.kind != "info" for t in topics):
        raise TableError(f"demo data {where}: needs a topic to decide")
    return CommitteeSpec(
        _text(row, "name", where),
        _text(row, "short_name", where),
        language,
        NumberingStyle(_choice(row, "numbering", tuple(NumberingStyle), where)),
        _text(row, "unit", where),
        seats,
        tuple(
            Staff(_text(s, "position", where), organisation(_only(s, Staff._fields, where)))
            for s in _list(row, "staff", where, empty=True)
        ),
        _texts(row, "places", where),
        _value(row, "online", float, where),
        _value(row, "hybrid", float, where),
        topics,
    )


def _language(code: str, row: dict[str, Any], documents: Mapping[str, DocumentSpec]) -> Language:
    where = f"language-{code}.toml"
    _only(row, (*(f for f in Language._fields if f != "date_text"), "dates"), where)
    fields: dict[str, Any] = {}
    for name, kind in get_type_hints(Language).items():
        if name == "date_text":
            dates = _choice(row, "dates", ("thai", "english"), where)
            fields[name] = (
                format_thai_date if dates == "thai" else partial(format_english_date, weekday=False)
            )
        elif name == "laws":
            fields[name] = {key: _text(row["laws"], key, where) for key in _table(row, "laws", where)}
        elif get_origin(kind) is tuple:
            fields[name] = _texts(row, name, where)
        else:
            fields[name] = _text(row, name, where)
    language = Language(**fields)
    if language.template not in AGENDA_TEMPLATES:
        raise TableError(f"demo data {where}: no agenda template {language.template!r}")
    for key in (language.minutes_doc, language.briefing_doc, *language.chair_docs):
        if key not in documents:
            raise TableError(f"demo data {where}: no document {key!r} in documents.toml")
    return language


def _document(row: dict[str, Any]) -> DocumentSpec:
    where = f"documents.toml, document {row.get('key', '?')}"
    _only(row, DocumentSpec._fields, where)
    pages = _value(row, "pages", int, where)
    if pages < 1:
        raise TableError(f"demo data {where}: needs at least one page")
    return DocumentSpec(
        _text(row, "key", where),
        _text(row, "title", where),
        pages,
        _text(row, "file_name", where),
        _texts(row, "paragraphs", where),
    )


def _organisation(row: Any, where: str) -> Organisation:
    _only(row, Organisation._fields, where)
    return Organisation(
        _text(row, "name", where), _text(row, "domain", where), _choice(row, "names", NAMINGS, where)
    )


def _only(row: Any, keys: Iterable[str], where: str) -> dict[str, Any]:
    """``row`` as a table that holds no key but ``keys``: a misspelt or misplaced key is an error."""
    if not isinstance(row, dict):
        raise TableError(f"demo data {where}: a table was expected, not {row!r}")
    unknown = sorted(set(row) - set(keys))
    if unknown:
        raise TableError(f"demo data {where}: unknown {', '.join(unknown)}")
    return row


def _month_day(pair: Any) -> tuple[int, int]:
    try:
        month, day = pair
        date(2000, month, day)  # a leap year: 29 February is a valid holiday
    except (TypeError, ValueError) as error:
        raise TableError(f"demo data holidays.toml: {pair!r} is not [month, day]") from error
    return month, day


def _pairs(row: dict[str, Any], key: str) -> tuple[tuple[str, str], ...]:
    pairs = _list(row, key, "people.toml, names.thai")
    if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(n, str) for n in p) for p in pairs):
        raise TableError(f"demo data people.toml: names.thai.{key} holds [Thai, romanised] pairs")
    return tuple((thai, romanised) for thai, romanised in pairs)


def _value(row: dict[str, Any], key: str, kind: type, where: str, default: Any = ...) -> Any:
    if key not in row and default is not ...:
        return default
    value = row.get(key)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TableError(f"demo data {where}: {key} must be {kind.__name__}, not {value!r}")
    return value


def _text(row: dict[str, Any], key: str, where: str) -> str:
    text: str = _value(row, key, str, where)
    return text


def _choice(row: dict[str, Any], key: str, allowed: tuple[str, ...], where: str) -> str:
    value = _text(row, key, where)
    if value not in allowed:
        raise TableError(f"demo data {where}: {key} {value!r} is not one of {', '.join(allowed)}")
    return value


def _table(row: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    table: dict[str, Any] = _value(row, key, dict, where)
    return table


def _list(row: dict[str, Any], key: str, where: str, *, empty: bool = False) -> list[Any]:
    values: list[Any] = _value(row, key, list, where)
    if not values and not empty:
        raise TableError(f"demo data {where}: {key} is empty")
    return values


def _texts(row: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = _list(row, key, where)
    if not all(isinstance(v, str) for v in values):
        raise TableError(f"demo data {where}: {key} holds texts only")
    return tuple(values)
