"""Bylines: "By Jane Doe and John Roe, Reuters", "Von Hans Meier", "文・山田太郎", "山田太郎記者"."""

from __future__ import annotations

import re

from articlekit.classify.lexicons import AGENCIES, AUTHOR_CONJUNCTIONS, BYLINE_PREFIXES, BYLINE_SUFFIXES

# Bylines are short: longer strings are not looked at (bounds the work on hostile input).
MAX_BYLINE_CHARS = 200
MAX_NAME_TOKENS = 5
MAX_NAME_CHARS = 50
# Lowercase particles allowed inside a name: "Ludwig van Beethoven", "María de la Cruz".
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das", "bin", "al", "y", "ter", "ten", "zu"}
)
# Job titles and desks that follow names in bylines; dropped, never taken for authors.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "staff", "staff writer", "staff reporter", "correspondent", "reporter", "editor", "senior editor",
        "contributor", "columnist", "the associated press", "associated press", "news desk", "redaktion",
        "rédaction", "redacción", "redazione", "redação", "redactie", "for", "special to", "guest author",
        "updated", "published", "posted", "last updated",
    }
)
_AGENCIES_LOWER = frozenset(a.lower() for a in AGENCIES)
# Where the names end: a separator, a date, a time, or "on"/"at"/"|".
_NAMES_END = re.compile(r"\s(?:[|•·—–]|-\s|on\s|at\s|updated|published|posted)|\s?\||\s\d|,\s*\d|\s*\(|\s*\n", re.I)
_CJK_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff]{2,8}")
_JA_PREFIX = re.compile(r"\A(?:取材・)?(?:文|写真|構成)[・／/=＝]\s?")


def _conjunction_pattern() -> re.Pattern[str]:
    words = sorted({w for group in AUTHOR_CONJUNCTIONS.values() for w in group}, key=len, reverse=True)
    spelled = "|".join(re.escape(w) for w in words if w.isalpha())
    symbols = "".join(re.escape(w) for w in words if not w.isalpha())
    return re.compile(r"\s*(?:[,;" + symbols + r"]|\s(?:" + spelled + r")\s)\s*", re.I)


def _prefix_pattern() -> re.Pattern[str]:
    prefixes = sorted({p for group in BYLINE_PREFIXES.values() for p in group}, key=len, reverse=True)
    return re.compile(r"\A(?:" + "|".join(re.escape(p) for p in prefixes) + r")(?:\s+|(?<=[:：・／]))", re.I)


_SPLIT_NAMES = _conjunction_pattern()
_PREFIX = _prefix_pattern()
_SUFFIXES: tuple[str, ...] = tuple(s for group in BYLINE_SUFFIXES.values() for s in group)


def is_name(text: str) -> bool:
    """True when `text` reads as a person's name: 1-5 capitalised words, no digits."""
    if not text or len(text) > MAX_NAME_CHARS or any(ch.isdigit() for ch in text):
        return False
    if text.lower() in NOT_NAMES or text.lower() in _AGENCIES_LOWER:
        return False
    tokens = text.split()
    if not 1 <= len(tokens) <= MAX_NAME_TOKENS:
        return False
    capitalised = 0
    for token in tokens:
        if token.lower() in NAME_PARTICLES:
            continue
        if not token[0].isupper() or not all(ch.isalpha() or ch in ".-'’" for ch in token):
            return False
        capitalised += 1
    return capitalised >= 1


def _tidy(name: str) -> str:
    name = name.strip(" .,:;")
    return name.title() if name.isupper() and len(name) > 3 else name


def _names(rest: str, require_two_words: bool) -> tuple[str, ...]:
    end = _NAMES_END.search(rest)
    if end is not None:
        rest = rest[: end.start()]
    names: list[str] = []
    for position, piece in enumerate(_SPLIT_NAMES.split(rest)):
        piece = piece.strip(" .:")
        if not piece:
            continue
        if is_name(piece) and (len(piece.split()) >= 2 or not require_two_words):
            names.append(_tidy(piece))
        elif position == 0:
            return ()
    return tuple(dict.fromkeys(names))


def parse_byline(text: str) -> tuple[str, ...]:
    """The author names in a byline, or () when `text` is not a byline."""
    text = text.strip()
    if not text or len(text) > MAX_BYLINE_CHARS:
        return ()
    prefix = _PREFIX.match(text)
    if prefix is not None:
        return _names(text[prefix.end() :], require_two_words=False)
    japanese = _JA_PREFIX.match(text)
    if japanese is not None:
        found = _CJK_NAME.match(text, japanese.end())
        return (found.group(),) if found else ()
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            found = _CJK_NAME.fullmatch(text[: -len(suffix)].strip(" 　・"))
            return (found.group(),) if found else ()
    return ()


def parse_name_before_date(text: str) -> tuple[str, ...]:
    """Names in an unprefixed "Chris Davies - Nov 19, 2019" line: two-word names before a separator."""
    text = text.strip()
    if not text or len(text) > MAX_BYLINE_CHARS or _NAMES_END.search(text) is None:
        return ()
    return _names(text, require_two_words=True)
