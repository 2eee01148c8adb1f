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
from typing import Any

# Where `str.lower()` and `re.IGNORECASE` disagree: "İ" (U+0130), "ı" (U+0131), "ſ" (U+017F), "Σ" (U+03A3).
_CASE_ODDITIES = re.compile("[\u0130\u0131\u017f\u03a3]")


def signs_pattern(signs: Iterable[str]) -> re.Pattern[str]:
    """One case-sensitive pattern (fast to scan: no `re.IGNORECASE`) that finds a lowercase sign wherever one
    is, for a yes or no: which sign it finds is not said (a sign that another opens with ends the match).

    The signs are spelled as a trie ("jan(?:uary|v)|feb..."): at each position the engine tests one branch
    per next character, where a flat alternation of a hundred month names tries each name in turn.

    >>> bool(signs_pattern(["January", "Jan", "June"]).search("late june")), signs_pattern(["ab"]).pattern
    (True, 'ab')
    """
    trie: dict[str, dict[str, Any]] = {}
    for sign in {sign.lower() for sign in signs}:
        node = trie
        for character in sign:
            node = node.setdefault(character, {})
        node[""] = {}  # a sign ends here
    return re.compile(_trie_source(trie))


def _trie_source(node: dict[str, dict[str, Any]]) -> str:
    """The pattern of a trie node: the alternation of its characters, each followed by its own node's."""
    if "" in node:
        return ""  # a sign ends here: its longer signs need not be read to say yes
    branches = []
    ends = []  # characters that end their signs, gathered in one class
    for character in sorted(node):
        rest = _trie_source(node[character])
        if rest:
            branches.append(re.escape(character) + rest)
        else:
            ends.append(re.escape(character))
    if ends:
        branches.append(ends[0] if len(ends) == 1 else "[" + "".join(ends) + "]")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def may_match(text: str, lowered: str, signs: re.Pattern[str]) -> bool:
    """False only when `lowered` (`text.lower()`) holds no sign, so no case-insensitive match is possible."""
    return signs.search(lowered) is not None or (not text.isascii() and _CASE_ODDITIES.search(text) is not None)


def may_open(text: str, lowered: str, signs: re.Pattern[str]) -> bool:
    """False only when `lowered` (`text.lower()`) opens with no sign, so no anchored case-insensitive match
    at the start of `text` is possible."""
    return signs.match(lowered) is not None or (not text.isascii() and _CASE_ODDITIES.search(text) is not None)
