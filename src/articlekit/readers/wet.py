"""Common Crawl WET files: a crawl's text dump, one page's scraped text per record.

A WET file is a sequence of WARC records (usually each one gzip member of a `.warc.wet.gz`): a
`WARC/1.0` line, `Name: value` header lines, a blank line, `Content-Length` bytes of UTF-8 text,
and two line breaks. The `conversion` records hold the pages' text; the others (`warcinfo`) are
skipped. Records are read one at a time, so memory is bounded by the largest record kept, and a
record over `max_record_bytes` is skipped through in chunks without being held.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import BinaryIO, Protocol, cast

from articlekit.errors import WetFormatError

_GZIP_MAGIC = b"\x1f\x8b"
# A header line longer than this, or a header with more lines, is not a WARC header.
MAX_HEADER_LINE = 65_536
MAX_HEADER_LINES = 256
_CHUNK = 1 << 20
# Blank lines tolerated between records (the format asks for exactly two line breaks).
_MAX_GAP_LINES = 64


class Readable(Protocol):
    """A binary stream: an open file, `sys.stdin.buffer`, `io.BytesIO`, a `gzip.GzipFile`."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True, slots=True)
class WetRecord:
    """One page of a WET file: its address, crawl time and scraped text."""

    url: str | None
    # WARC-Date: when the page was fetched, timezone-aware; a good `Options.reference_date`.
    date: datetime | None
    record_id: str | None
    # The page's text, decoded as UTF-8 (undecodable bytes replaced); "" when the record was too large.
    text: str
    # Content-Length in bytes.
    size: int
    # True when the content was over `max_record_bytes` and skipped unread (`text` is then "").
    too_large: bool = False
    headers: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)


def _readline(stream: Readable, offset: int) -> bytes:
    line = stream.readline(MAX_HEADER_LINE + 1)
    if len(line) > MAX_HEADER_LINE:
        raise WetFormatError(f"a header line longer than {MAX_HEADER_LINE:,} bytes", offset)
    return line


def _read_headers(stream: Readable, offset: int) -> tuple[dict[str, str], int] | None:
    """The next record's headers and the bytes they took, or None at the end of the file."""
    used = 0
    for _ in range(_MAX_GAP_LINES):
        line = _readline(stream, offset + used)
        used += len(line)
        if not line:
            return None
        if line.strip():
            break
    else:
        raise WetFormatError("no WARC record after the blank lines", offset + used)
    if not line.startswith(b"WARC/"):
        raise WetFormatError(f"a record starts with {line[:40]!r}, not a WARC/ version line", offset)
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADER_LINES):
        line = _readline(stream, offset + used)
        used += len(line)
        if not line:
            raise WetFormatError("the file ends inside a record's header", offset + used)
        if not line.strip():
            return headers, used
        name, colon, value = line.decode("utf-8", "replace").partition(":")
        if not colon:
            raise WetFormatError(f"a header line without a colon: {line[:40]!r}", offset + used)
        headers[name.strip().lower()] = value.strip()
    raise WetFormatError(f"a header of more than {MAX_HEADER_LINES} lines", offset)


def _content_length(headers: dict[str, str], offset: int) -> int:
    value = headers.get("content-length", "")
    if not (value.isascii() and value.isdigit()):  # isdigit alone passes "²", which int() refuses
        raise WetFormatError(f"a record without a valid Content-Length ({value!r})", offset)
    return int(value)


def _consume(stream: Readable, size: int, offset: int, *, keep: bool) -> bytes:
    """The next `size` bytes, over as many reads as a pipe takes to give them, in chunks of at most `_CHUNK`;
    with `keep=False` they are read and dropped (a record over the limit is never held) and b"" is returned."""
    parts: list[bytes] = []
    left = size
    while left:
        chunk = stream.read(min(left, _CHUNK))
        if not chunk:
            raise WetFormatError("the file ends inside a record's content", offset + size - left)
        if keep:
            parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


class _Prefixed:
    """A stream whose first bytes were already read: they are served again before the rest."""

    __slots__ = ("_head", "_rest")

    def __init__(self, head: bytes, rest: Readable) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1, /) -> bytes:
        head = self._head
        if not head:
            return self._rest.read(size)
        if 0 <= size <= len(head):
            self._head = head[size:]
            return head[:size]
        self._head = b""
        return head + self._rest.read(-1 if size < 0 else size - len(head))

    def readline(self, size: int = -1, /) -> bytes:
        head = self._head
        if not head:
            return self._rest.readline(size)
        end = head.find(b"\n") + 1 or len(head)
        if 0 <= size < end:
            end = size
        line, self._head = head[:end], head[end:]
        if line.endswith(b"\n") or (0 <= size == len(line)):
            return line
        return line + self._rest.readline(-1 if size < 0 else size - len(line))

    def seek(self, offset: int, whence: int = 0, /) -> int:  # gzip's reader never seeks while reading
        raise OSError("not seekable")


def _open(source: Readable) -> Readable:
    peek = getattr(source, "peek", None)
    head = peek(2)[:2] if callable(peek) else b""
    if len(head) < 2:  # io.BytesIO, a pipe's short read: read the magic bytes and serve them again
        head = b""
        while len(head) < 2:
            more = source.read(2 - len(head))
            if not more:
                break
            head += more
        source = _Prefixed(head, source)
    if head == _GZIP_MAGIC:
        # reads every member of a per-record .gz; reading never seeks, so stdin's stream will do
        return gzip.GzipFile(fileobj=cast(BinaryIO, source), mode="rb")
    return source


def iter_wet(source: Readable, max_record_bytes: int = 50_000_000) -> Iterator[WetRecord]:
    """The `conversion` records of a WET file opened in binary mode, gzip or not, in file order.

    A malformed or truncated file raises `WetFormatError` (with the byte offset, in the
    uncompressed stream) after the records before the fault have been yielded.

    >>> import io
    >>> data = (b"WARC/1.0\\r\\nWARC-Type: conversion\\r\\nWARC-Target-URI: https://example.com/a\\r\\n"
    ...         b"WARC-Date: 2023-10-15T12:00:00Z\\r\\nContent-Length: 14\\r\\n\\r\\nHeadline\\nBody.\\r\\n\\r\\n")
    >>> [(r.url, r.date.isoformat(), r.text) for r in iter_wet(io.BytesIO(data))]
    [('https://example.com/a', '2023-10-15T12:00:00+00:00', 'Headline\\nBody.')]
    """
    stream = _open(source)
    offset = 0
    while True:
        try:
            read = _read_headers(stream, offset)
            if read is None:
                return
            headers, used = read
            offset += used
            size = _content_length(headers, offset)
            conversion = headers.get("warc-type", "").lower() == "conversion"
            content = _consume(stream, size, offset, keep=conversion and size <= max_record_bytes)
        except (EOFError, OSError, zlib.error) as error:  # a truncated or corrupt gzip stream
            raise WetFormatError(f"the compressed stream is broken ({error})", offset) from error
        offset += size
        if not conversion:
            continue
        yield WetRecord(
            url=headers.get("warc-target-uri") or None,
            date=_warc_date(headers.get("warc-date")),
            record_id=headers.get("warc-record-id") or None,
            text=content.decode("utf-8", "replace"),
            size=size,
            too_large=size > max_record_bytes,
            headers=headers,
        )


__all__ = ["WetRecord", "iter_wet"]
