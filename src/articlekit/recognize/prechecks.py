"""Cheap prechecks that let a recogniser skip its costly case-insensitive patterns.

A pattern compiled with `re.IGNORECASE` tries every position of a string, branch by branch. Every match
of such a pattern holds one of a few plain words (its "signs"), and looking for those in the lowercased
text is a fast scan. The precheck says "maybe" whenever the pattern could match, so the recogniser's
answer never changes; it only stops wasting time on text that cannot hold a match.

Lowercasing agrees with case-insensitive matching except on a few characters: `re.IGNORECASE` equates
the dotless i and the dotted capital I with "i", and the long s with "s", where `str.lower()` does not,
and `str.lower()` writes a capital sigma at a word's end as a final sigma. Text holding one of them
always gets "maybe".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Where `str.lower()` and `re.IGNORECASE` disagree: "İ" (U+0130), "ı" (U+0131), "ſ" (U+017F), "Σ" (U+03A3).
_CASE_ODDITIES = re.compile("[\u0130\u0131\u017f\u03a3]")


def signs_pattern(signs: Iterable[str]) -> re.Pattern[str]:
    """One case-sensitive alternation of lowercase signs (fast to scan: no `re.IGNORECASE`)."""
    spelled = sorted({sign.lower() for sign in signs}, key=len, reverse=True)
    return re.compile("|".join(re.escape(sign) for sign in spelled))


def may_match(text: str, lowered: str, signs: re.Pattern[str]) -> bool:
    """False only when `lowered` (`text.lower()`) holds no sign, so no case-insensitive match is possible."""
    return signs.search(lowered) is not None or (not text.isascii() and _CASE_ODDITIES.search(text) is not None)


def may_open(text: str, lowered: str, signs: re.Pattern[str]) -> bool:
    """False only when `lowered` (`text.lower()`) opens with no sign, so no anchored case-insensitive match
    at the start of `text` is possible."""
    return signs.match(lowered) is not None or (not text.isascii() and _CASE_ODDITIES.search(text) is not None)
