"""The zip around the JSON document: writing it atomically with the documents' contents, reading it within
size and compression limits, and streaming the contents hash-checked."""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO, Final

from emeeting.atomic_file import atomic_file
from emeeting.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from emeeting.domain.model import SHA256_PATTERN, Document
from emeeting.interop.oparl.decode import decode
from emeeting.interop.oparl.encode import check_exportable, encode_package
from emeeting.interop.oparl.fields import FILES_PREFIX, MeetingPackage

MAX_JSON_BYTES: Final = 50 * 1024 * 1024  # meeting.json larger than this is refused
MAX_FILES_BYTES: Final = 64 * 1024**3  # the sum of the distinct documents' sizes

_MEETING_JSON: Final = "meeting.json"
_CHUNK: Final = 1024 * 1024
_ZIP_EPOCH: Final = (1980, 1, 1, 0, 0, 0)
_FILE_MEMBER: Final = re.compile(f"files/({SHA256_PATTERN.pattern})")
# What zipfile and zlib raise on damaged or unsupported archives.
_ZIP_ERRORS: Final = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    ValueError,
    OSError,
)

# What reading a member's data raises when the data is damaged.
_DATA_ERRORS: Final = (zipfile.BadZipFile, zlib.error, EOFError)

# The largest document a package may carry (as large as emeeting attaches, intake.DEFAULT_MAX_BYTES), and
# how far a large one may have been compressed: real documents (PDF, DOCX, scans) shrink little, a file of
# zeros a thousandfold.
MAX_DOCUMENT_BYTES: Final = 512 * 1024 * 1024
_LARGE_DOCUMENT_BYTES: Final = 10 * 1024 * 1024
_MAX_COMPRESSION_RATIO: Final = 200


# ---------------------------------------------------------------------------------------------- writing


def write_package(package: MeetingPackage, open_blob: Callable[[str], BinaryIO], dest: Path) -> None:
    """Write ``package`` and its documents' contents to the zip ``dest``, atomically.

    ``open_blob(sha256)`` must give a readable binary stream of that content; it is copied in chunks and its
    size and hash are checked against the document. Raises :class:`ValidationError` if the package cannot be
    exported faithfully (inconsistent references, naive datetimes, certified minutes without their frozen
    versions, content not matching its hash …); on any failure ``dest`` is left untouched and no temporary
    file remains.
    """
    dest = Path(dest)
    bundle = package.bundle
    doc = encode_package(package)
    check_exportable(package, doc)
    try:
        data = (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot export meeting {label}: a text contains a character that is not valid Unicode "
                "({reason})",
            ),
            label=bundle.meeting.label,
            reason=exc.reason,
        ) from None
    if len(data) > MAX_JSON_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot export meeting {label}: meeting.json would be {size} bytes, more than the "
                "limit of {limit}",
            ),
            label=bundle.meeting.label,
            size=len(data),
            limit=MAX_JSON_BYTES,
        )
    contents = _distinct_contents(bundle.documents)

    with atomic_file(dest) as tmp, zipfile.ZipFile(tmp, "w") as zf:
        zf.writestr(_zip_info(_MEETING_JSON, zipfile.ZIP_DEFLATED), data)
        for sha256, (size, name) in contents.items():
            _copy_content(zf, open_blob, sha256, size, name)


def _zip_info(name: str, compress_type: int) -> zipfile.ZipInfo:
    """A member header that does not depend on the clock or the platform, so packages are reproducible."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
    info.compress_type = compress_type
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    return info


def _distinct_contents(documents: Iterable[Document]) -> dict[str, tuple[int, str]]:
    """sha256 → (size, a document name), in document order, once per distinct content."""
    out: dict[str, tuple[int, str]] = {}
    for d in documents:
        out.setdefault(d.sha256, (d.size, d.name))
    return out


def _copy_content(
    zf: zipfile.ZipFile, open_blob: Callable[[str], BinaryIO], sha256: str, size: int, name: str
) -> None:
    info = _zip_info(FILES_PREFIX + sha256, zipfile.ZIP_STORED)
    info.file_size = size  # lets zipfile pick ZIP64 up front for large contents
    digest = hashlib.sha256()
    copied = 0
    with open_blob(sha256) as src, zf.open(info, "w") as out:
        while chunk := src.read(_CHUNK):
            copied += len(chunk)
            if copied > size:
                break
            digest.update(chunk)
            out.write(chunk)
    if copied != size or digest.hexdigest() != sha256:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot export document {name}: its stored content does not match its size and sha256",
            ),
            name=repr(name),
        )


# ---------------------------------------------------------------------------------------------- reading


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "meeting.json: duplicate key {key}"), key=repr(key)
            )
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "meeting.json: {name} is not valid JSON"), name=name)


def read_package(
    src: Path,
    *,
    max_json_bytes: int = MAX_JSON_BYTES,
    max_files_bytes: int = MAX_FILES_BYTES,
) -> tuple[MeetingPackage, PackageFiles]:
    """Read and validate the package ``src``; return what it carries and its (still unverified) contents.

    The returned :class:`PackageFiles` keeps the zip open: use it as a context manager, and call
    :meth:`PackageFiles.verify_all` before storing anything. Any problem raises one-line
    :class:`ValidationError`.
    """
    src = Path(src)
    try:
        zf = zipfile.ZipFile(src)
    except FileNotFoundError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name}: no such file"), name=src.name) from None
    except _ZIP_ERRORS as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name}: not a readable zip file ({reason})"),
            name=src.name,
            reason=_reason(exc),
        ) from None
    try:
        package, files = _read_open(zf, src.name, max_json_bytes, max_files_bytes)
    except BaseException:
        zf.close()
        raise
    return package, files


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _read_open(
    zf: zipfile.ZipFile, label: str, max_json_bytes: int, max_files_bytes: int
) -> tuple[MeetingPackage, PackageFiles]:
    meeting_json: zipfile.ZipInfo | None = None
    members: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        match = _FILE_MEMBER.fullmatch(info.filename)
        if info.filename != _MEETING_JSON and match is None:
            continue  # anything else, including "../" names, is never looked at
        duplicate = meeting_json is not None if match is None else match.group(1) in members
        if duplicate:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: the zip holds {member} twice"),
                label=label,
                member=info.filename,
            )
        if info.flag_bits & 0x1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: {member} is encrypted"),
                label=label,
                member=info.filename,
            )
        if match is None:
            meeting_json = info
        else:
            members[match.group(1)] = info
    if meeting_json is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}: not an emeeting package (meeting.json is missing)"),
            label=label,
        )
    if meeting_json.file_size > max_json_bytes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}: meeting.json is {size} bytes, over the limit of {limit}"),
            label=label,
            size=meeting_json.file_size,
            limit=max_json_bytes,
        )
    try:
        with zf.open(meeting_json) as fh:
            raw = fh.read(max_json_bytes + 1)
    except _ZIP_ERRORS as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}: meeting.json is damaged ({reason})"),
            label=label,
            reason=_reason(exc),
        ) from None
    if len(raw) > max_json_bytes:  # pragma: no cover - zipfile stops at the declared size
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}: meeting.json is larger than the limit of {limit}"),
            label=label,
            limit=max_json_bytes,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "meeting.json: not valid UTF-8 at byte {position}"),
            position=exc.start,
        ) from None
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "meeting.json: invalid JSON: {problem} (line {line} column {column})"
            ),
            problem=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "meeting.json: invalid JSON: nested too deeply")
        ) from None
    except ValueError:  # not a JSONDecodeError: a number with more digits than int() converts (4300)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "meeting.json: invalid JSON: a number has too many digits")
        ) from None
    package = decode(doc)
    bundle = package.bundle

    sizes: dict[str, int] = {}
    for d in bundle.documents:
        sizes.setdefault(d.sha256, d.size)
    total = sum(sizes.values())
    if total > max_files_bytes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{label}: the documents add up to {total} bytes, more than the limit of {limit}"
            ),
            label=label,
            total=total,
            limit=max_files_bytes,
        )
    for d in bundle.documents:
        member = members.get(d.sha256)
        if member is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: files/{sha256} (document {document}) is missing"),
                label=label,
                sha256=d.sha256,
                document=repr(d.name),
            )
        if member.file_size > MAX_DOCUMENT_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: document {document} is {size} bytes, more than the limit of {limit} for one "
                    "document",
                ),
                label=label,
                document=repr(d.name),
                size=member.file_size,
                limit=MAX_DOCUMENT_BYTES,
            )
        if member.file_size > _LARGE_DOCUMENT_BYTES and member.file_size > _MAX_COMPRESSION_RATIO * max(
            member.compress_size, 1
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: document {document} unpacks from {packed} to {size} bytes, more than {ratio} "
                    "times its size in the zip, which no real document does; the package is refused",
                ),
                label=label,
                document=repr(d.name),
                packed=member.compress_size,
                size=member.file_size,
                ratio=_MAX_COMPRESSION_RATIO,
            )
        if member.file_size != d.size:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: files/{sha256} declares {declared} bytes but document {document} has {size}",
                ),
                label=label,
                sha256=d.sha256,
                declared=member.file_size,
                document=repr(d.name),
                size=d.size,
            )
    return package, PackageFiles(zf, label, {sha: members[sha] for sha in sizes})


class PackageFiles:
    """The documents' contents inside a package being read, streamed from the zip and hash-checked.

    Streams from :meth:`open` check the size and SHA-256 when they reach the end and raise
    :class:`ValidationError` on a mismatch or damaged data; :meth:`verify_all` reads everything once.
    Close it (or use it as a context manager) to release the zip file.
    """

    def __init__(self, zf: zipfile.ZipFile, label: str, members: Mapping[str, zipfile.ZipInfo]) -> None:
        self._zf = zf
        self._label = label
        self._members = dict(members)

    @property
    def sha256s(self) -> tuple[str, ...]:
        """The distinct contents the documents refer to, in document order."""
        return tuple(self._members)

    def __contains__(self, sha256: object) -> bool:
        return sha256 in self._members

    def __len__(self) -> int:
        return len(self._members)

    def size(self, sha256: str) -> int:
        return self._info(sha256).file_size

    def open(self, sha256: str) -> BinaryIO:
        """A binary stream of that content; it raises :class:`ValidationError` at its end if it is wrong."""
        info = self._info(sha256)
        try:
            raw: IO[bytes] = self._zf.open(info)
        except _ZIP_ERRORS as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: files/{sha256} is damaged ({reason})"),
                label=self._label,
                sha256=sha256,
                reason=_reason(exc),
            ) from None
        return io.BufferedReader(_VerifyingReader(raw, sha256, info.file_size, self._label), _CHUNK)

    def verify_all(self) -> None:
        """Read every content through once, checking its size and SHA-256; raise on the first problem."""
        for sha256 in self._members:
            with self.open(sha256) as stream:
                while stream.read(_CHUNK):
                    pass

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> PackageFiles:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _info(self, sha256: str) -> zipfile.ZipInfo:
        info = self._members.get(sha256)
        if info is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "{label}: no document content with sha256 {sha256}"),
                label=self._label,
                sha256=sha256,
            )
        return info


class _VerifyingReader(io.RawIOBase):
    """Reads a zip member, hashing as it goes; at the end checks size and SHA-256."""

    def __init__(self, raw: IO[bytes], sha256: str, size: int, label: str) -> None:
        super().__init__()
        self._raw = raw
        self._sha256 = sha256
        self._size = size
        self._label = label
        self._digest = hashlib.sha256()
        self._count = 0
        self._checked = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if not len(view):
            return 0
        try:
            data = self._raw.read(len(view))
        except _DATA_ERRORS as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: files/{sha256} is damaged ({reason})"),
                label=self._label,
                sha256=self._sha256,
                reason=_reason(exc),
            ) from None
        n = len(data)
        view[:n] = data
        self._digest.update(data)
        self._count += n
        if not self._checked and (n == 0 or self._count >= self._size):
            self._checked = True  # checked as soon as the last byte arrives, or at a premature end
            if self._count != self._size or self._digest.hexdigest() != self._sha256:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: files/{sha256} does not match its sha256 (the content was altered)",
                    ),
                    label=self._label,
                    sha256=self._sha256,
                )
        return n

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()
