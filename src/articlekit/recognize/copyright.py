"""Copyright lines: "© Copyright 2023 The Associated Press. All rights reserved.", "©2023 GPlusMedia Inc."."""

from __future__ import annotations

import re

from articlekit.lexicons import COPYRIGHT_PHRASES
from articlekit.recognize.prechecks import may_match, signs_pattern

_MARK = re.compile(r"©|&copy;|\(c\)\s?(?:19|20)\d\d|\A\s*copyright\b", re.I)
# Single words ("copyright", "urheberrecht") also occur in prose ("a copyright lawsuit"): they count
# only at the start of a line; phrases ("all rights reserved") count anywhere.
_ALL_PHRASES = sorted({p for g in COPYRIGHT_PHRASES.values() for p in g}, key=len, reverse=True)
_PHRASES = re.compile("|".join(re.escape(p) for p in _ALL_PHRASES if " " in p or not p.isascii()), re.I)
_WORDS = re.compile(
    r"\A\W{0,3}(?:" + "|".join(re.escape(p) for p in _ALL_PHRASES if " " not in p and p.isascii()) + r")\b", re.I
)

# Every match of the three patterns above holds one of these (lowercased): the marks, and the phrases.
COPYRIGHT_SIGNS: tuple[str, ...] = ("©", "&copy;", "(c)", "copyright", *_ALL_PHRASES)
_SIGNS = signs_pattern(COPYRIGHT_SIGNS)


def is_copyright(text: str) -> bool:
    """True when `text` is a copyright notice (callers bound its length)."""
    if not may_match(text, text.lower(), _SIGNS):
        return False
    return _MARK.search(text) is not None or _PHRASES.search(text) is not None or _WORDS.match(text) is not None
