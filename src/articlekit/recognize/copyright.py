"""Copyright lines: "© Copyright 2023 The Associated Press. All rights reserved.", "©2023 GPlusMedia Inc."."""

from __future__ import annotations

import re

from articlekit.classify.lexicons import COPYRIGHT_PHRASES

_MARK = re.compile(r"©|&copy;|\(c\)\s?(?:19|20)\d\d|\A\s*copyright\b", re.I)
_PHRASES = re.compile(
    "|".join(re.escape(p) for p in sorted({p for g in COPYRIGHT_PHRASES.values() for p in g}, key=len, reverse=True)),
    re.I,
)


def is_copyright(text: str) -> bool:
    """True when `text` is a copyright notice (callers bound its length)."""
    return _MARK.search(text) is not None or _PHRASES.search(text) is not None
