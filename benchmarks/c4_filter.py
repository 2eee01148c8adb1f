"""A C4-style line filter: the text-only baseline that corpus pipelines apply to scraped page text.

The rules of the C4 "clean" step (Raffel et al. 2020, section 2.2, as implemented in TensorFlow
Datasets' `c4_utils.clean_page`), applied line by line to scraped text, in the reference order:

1. drop a line holding a word longer than 1000 characters;
2. remove Wikipedia-style citation marks ("[1]", "[edit]", "[citation needed]");
3. drop a line that does not end in terminal punctuation (. ? ! ") or that ends in "...";
4. drop a line with fewer than 3 words;
5. drop the whole page if a kept line says "lorem ipsum";
6. drop a line that mentions "javascript";
7. drop the whole page if a kept line holds a curly bracket "{";
8. drop a line with a policy phrase ("terms of use", "privacy policy", "cookie policy", "uses cookies",
   "use of cookies", "use cookies");
9. drop the whole page if the kept lines hold fewer than 5 sentences.

Not applied: the bad-words page filter, the English-only language filter and the cross-document
deduplication of 3-sentence spans (they are corpus-level, not body extraction). The reference counts
sentences with NLTK's punkt; a small regex splitter stands in for it here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CITATION_RE = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
END_MARKS = (".", "?", "!", '"')
ELLIPSIS = "..."
POLICY_SUBSTRINGS = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
_SENTENCE_END_RE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+\S)")


@dataclass(frozen=True, slots=True)
class C4Config:
    """The C4 thresholds; the defaults are the reference implementation's."""

    min_words_per_line: int = 3
    min_sentences: int = 5
    max_word_length: int = 1000
    drop_page_on_lorem_ipsum: bool = True
    drop_page_on_curly_bracket: bool = True


@dataclass(frozen=True, slots=True)
class C4Result:
    """The kept lines, or no lines and the reason the whole page was dropped."""

    lines: tuple[str, ...]
    dropped: str | None = None

    @property
    def text(self) -> str:
        """The kept lines joined by newlines ("" for a dropped page)."""
        return "\n".join(self.lines)


def count_sentences(line: str) -> int:
    """Sentences in a line: terminal punctuation followed by more text starts a new one."""
    return len(_SENTENCE_END_RE.findall(line)) + (1 if line.strip() else 0)


def c4_clean(text: str, config: C4Config | None = None) -> C4Result:
    """Apply the C4 line and page rules to scraped page text."""
    cfg = config or C4Config()
    kept: list[str] = []
    sentences = 0
    for raw in text.splitlines():
        line = raw.strip()
        if any(len(word) > cfg.max_word_length for word in line.split()):
            continue
        line = CITATION_RE.sub("", line)
        if not line.endswith(END_MARKS) or line.endswith(ELLIPSIS):
            continue
        if len(line.split()) < cfg.min_words_per_line:
            continue
        lower = line.lower()
        if "lorem ipsum" in lower and cfg.drop_page_on_lorem_ipsum:
            return C4Result((), "lorem ipsum")
        if "javascript" in lower:
            continue
        if "{" in line and cfg.drop_page_on_curly_bracket:
            return C4Result((), "curly bracket")
        if any(p in lower for p in POLICY_SUBSTRINGS):
            continue
        sentences += count_sentences(line)
        kept.append(line)
    if sentences < cfg.min_sentences:
        return C4Result((), f"{sentences} sentences")
    return C4Result(tuple(kept))


def c4_filter(text: str, config: C4Config | None = None) -> str:
    """The body text the C4 rules keep from scraped page text ("" when the page is dropped)."""
    return c4_clean(text, config).text
