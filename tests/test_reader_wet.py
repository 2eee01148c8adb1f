"""readers/wet.py: the records of a Common Crawl WET file, plain or gzip, and its faults."""

from __future__ import annotations

import gzip
import io
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit import WetFormatError, WetRecord, iter_wet

PAGE_A = "World\nMinisters agree new energy rules\nThe minister said on Tuesday that the rules would change."
PAGE_B = "Sport\nThe final ends in a draw\nBoth sides scored twice in a match played in heavy rain, a report said."


def record(kind: str, content: str, uri: str | None = None, date: str = "2023-10-15T12:00:00Z") -> bytes:
    body = content.encode("utf-8")
    lines = ["WARC/1.0", f"WARC-Type: {kind}", f"WARC-Date: {date}", "WARC-Record-ID: <urn:uuid:1>"]
    if uri:
        lines.append(f"WARC-Target-URI: {uri}")
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body + b"\r\n\r\n"


def wet_file() -> bytes:
    return (
        record("warcinfo", "software: a crawler\r\nformat: WARC file version 1.0")
        + record("conversion", PAGE_A, "https://example.com/a")
        + record("conversion", PAGE_B, "https://example.org/b", date="2023-10-16T08:30:00+02:00")
    )


def test_yields_the_conversion_records_in_order_and_skips_warcinfo() -> None:
    records = list(iter_wet(io.BytesIO(wet_file())))
    assert [r.url for r in records] == ["https://example.com/a", "https://example.org/b"]
    assert [r.text for r in records] == [PAGE_A, PAGE_B]
    assert records[0].date == datetime(2023, 10, 15, 12, tzinfo=timezone.utc)
    assert records[1].date is not None and records[1].date.utcoffset() is not None
    assert records[0].record_id == "<urn:uuid:1>"
    assert records[0].size == len(PAGE_A.encode()) and not records[0].too_large


def test_reads_gzip_files_of_one_member_per_record() -> None:
    data = b"".join(gzip.compress(part) for part in (record("conversion", PAGE_A, "u1"), record("conversion", PAGE_B)))
    records = list(iter_wet(io.BufferedReader(io.BytesIO(data))))  # peekable, as open(path, "rb") is
    assert [r.text for r in records] == [PAGE_A, PAGE_B]
    assert records[1].url is None


def test_a_record_over_the_limit_is_skipped_unread_and_flagged() -> None:
    records = list(iter_wet(io.BytesIO(wet_file()), max_record_bytes=len(PAGE_A.encode()) + 1))
    assert [r.text for r in records] == [PAGE_A, ""]
    assert [r.too_large for r in records] == [False, True]
    assert records[1].size == len(PAGE_B.encode())


def test_undecodable_bytes_are_replaced_not_fatal() -> None:
    raw = (
        record("conversion", "x")
        .replace(b"Content-Length: 1", b"Content-Length: 3")
        .replace(b"\r\n\r\nx", b"\r\n\r\nx\xff\xfe")
    )
    (only,) = iter_wet(io.BytesIO(raw))
    assert only.text == "x\ufffd\ufffd"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"HTTP/1.1 200 OK\r\n\r\n", "not a WARC/ version line"),
        (b"WARC/1.0\r\nWARC-Type: conversion\r\n\r\nabc", "Content-Length"),
        (b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 100\r\n\r\nshort", "ends inside a record's content"),
        (b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 5", "ends inside a record's header"),
        (b"WARC/1.0\r\nno colon here\r\n\r\n", "without a colon"),
        (b"WARC/1.0\r\nX: " + b"y" * 70_000 + b"\r\n\r\n", "longer than"),
        (b"WARC/1.0\r\n" + b"X: y\r\n" * 300, "more than"),
        (gzip.compress(record("conversion", PAGE_A))[:-12], "compressed stream is broken"),
    ],
)
def test_a_malformed_file_raises_a_typed_error_with_the_reason(data: bytes, reason: str) -> None:
    stream = io.BufferedReader(io.BytesIO(data))
    with pytest.raises(WetFormatError, match=reason) as raised:
        list(iter_wet(stream))
    assert raised.value.offset >= 0


def test_records_before_a_fault_are_yielded_first() -> None:
    records = iter_wet(io.BytesIO(wet_file() + b"garbage\r\n"))
    assert next(records).url == "https://example.com/a"
    assert next(records).url == "https://example.org/b"
    with pytest.raises(WetFormatError):
        next(records)


def test_an_empty_file_has_no_records() -> None:
    assert list(iter_wet(io.BytesIO(b""))) == []
    assert list(iter_wet(io.BytesIO(b"\r\n\r\n"))) == []


def test_an_unreadable_date_is_none_and_a_naive_one_is_utc() -> None:
    bad, naive = (
        record("conversion", PAGE_A, date="yesterday"),
        record("conversion", PAGE_B, date="2023-10-15T12:00:00"),
    )
    first, second = iter_wet(io.BytesIO(bad + naive))
    assert first.date is None
    assert second.date == datetime(2023, 10, 15, 12, tzinfo=timezone.utc)


def test_records_are_plain_values() -> None:
    one = WetRecord(url="u", date=None, record_id=None, text="t", size=1)
    assert one == WetRecord(url="u", date=None, record_id=None, text="t", size=1, headers={"x": "y"})


PIECES = [
    b"WARC/1.0\r\n",
    b"WARC-Type: conversion\r\n",
    b"WARC-Type: warcinfo\r\n",
    b"Content-Length: 5\r\n",
    b"Content-Length: x\r\n",
    b"WARC-Date: 2023-10-15T12:00:00Z\r\n",
    b"\r\n",
    b"hello",
    b"\x1f\x8b",
    b"\xff\xfe",
    b"no colon\r\n",
]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES) | st.binary(max_size=20), max_size=30))
def test_any_bytes_give_records_or_the_typed_error(parts: list[bytes]) -> None:
    stream = io.BufferedReader(io.BytesIO(b"".join(parts)))
    try:
        for found in iter_wet(stream):
            assert isinstance(found.text, str)
            assert found.size >= 0
    except WetFormatError:
        pass


def test_a_corrupt_compressed_stream_raises_the_typed_error() -> None:
    data = bytearray(gzip.compress(record("conversion", PAGE_A) * 50))
    faults = 0
    for at in range(12, len(data) - 8, 5):  # every flipped byte: a zlib, gzip or CRC fault, or none
        corrupt = bytearray(data)
        corrupt[at] ^= 0xFF
        try:
            list(iter_wet(io.BufferedReader(io.BytesIO(bytes(corrupt)))))
        except WetFormatError:
            faults += 1
    assert faults > 0


def test_gzip_is_recognised_on_a_stream_without_peek() -> None:
    data = gzip.compress(record("conversion", PAGE_A, "u1")) + gzip.compress(record("conversion", PAGE_B, "u2"))
    assert [r.url for r in iter_wet(io.BytesIO(data))] == ["u1", "u2"]


class OneByteReads(io.RawIOBase):
    """A pipe that hands over one byte a read, with no peek."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        if not self.data or not len(buffer):
            return 0
        buffer[0], self.data = self.data[0], self.data[1:]
        return 1


@pytest.mark.parametrize("compress", [False, True])
def test_short_reads_give_the_same_records(compress: bool) -> None:
    data = wet_file()
    if compress:
        data = gzip.compress(data)
    assert [r.text for r in iter_wet(OneByteReads(data))] == [PAGE_A, PAGE_B]


def test_a_content_length_of_non_ascii_digits_is_a_format_error() -> None:
    raw = record("conversion", "x").replace(b"Content-Length: 1", "Content-Length: \u00b2".encode())
    with pytest.raises(WetFormatError, match="Content-Length"):
        list(iter_wet(io.BytesIO(raw)))
