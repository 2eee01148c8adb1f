"""Datelines: a standalone "BAKU" line, or "WASHINGTON, Oct 15 (Reuters) -" opening the first paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A dateline sits in the first characters of a paragraph.
MAX_PREFIX_CHARS = 100
MAX_LOCATION_WORDS = 5
MAX_LOCATION_CHARS = 40
MAX_STANDALONE_CHARS = 30
# The dash (or colon) that ends an inline dateline: "-", "--", "—", "–", with spaces as wires write them.
_SEPARATOR = re.compile(r"\s?(?:--|—|–|-|:)\s|(?<=\))\s?[—–-]{1,2}\s?|(?<=\))\.-\s?")
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.(?:[A-Z][a-z]?\.)?|[A-Z]{2}")


@dataclass(frozen=True, slots=True)
class DatelineParts:
    """What a dateline says."""

    location: str
    agency: str | None
    text: str


def _is_location(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_LOCATION_WORDS or len(text) > MAX_LOCATION_CHARS:
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters) and all(ch.isalpha() or ch in " .'-/" for ch in text)


def parse_inline_dateline(paragraph: str) -> DatelineParts | None:
    """The dateline opening `paragraph`, if it has one; the paragraph itself is never changed."""
    head = paragraph[:MAX_PREFIX_CHARS]
    separator = _SEPARATOR.search(head)
    if separator is None or separator.start() == 0:
        return None
    prefix = head[: separator.start()].strip()
    agency = None
    if prefix.endswith(")") and "(" in prefix:
        opening = prefix.rfind("(")
        agency = prefix[opening + 1 : -1].strip() or None
        prefix = prefix[:opening].strip()
    parts = [p.strip() for p in prefix.split(",")]
    location = parts[0]
    if not _is_location(location):
        return None
    if len(parts) > 1 and _STATE_ABBREVIATION.fullmatch(parts[1]):
        location = f"{location}, {parts[1]}"
    if any(len(p.split()) > 4 for p in parts[1:]):
        return None
    if agency is not None and (len(agency) > 30 or any(ch.isdigit() for ch in agency)):
        return None
    return DatelineParts(location=location, agency=agency, text=head[: separator.end()].strip())


def parse_standalone_dateline(line: str) -> DatelineParts | None:
    """A line that is only a dateline: "BAKU", "NEW YORK (AP)", "BERLIN, 15. Oktober (dpa)"."""
    text = line.strip().rstrip("-—–: ")
    if not text or len(text) > MAX_STANDALONE_CHARS + 20:
        return None
    agency = None
    if text.endswith(")") and "(" in text:
        opening = text.rfind("(")
        agency = text[opening + 1 : -1].strip() or None
        text = text[:opening].strip()
    location = text.split(",")[0].strip()
    if len(location) > MAX_STANDALONE_CHARS or not _is_location(location):
        return None
    return DatelineParts(location=location, agency=agency, text=line.strip())
