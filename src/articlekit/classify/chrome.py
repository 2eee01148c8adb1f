"""Block-alone chrome detection: the lexicons of `lexicons.py` applied to short blocks."""

from __future__ import annotations

import re
from collections.abc import Mapping

from articlekit.classify import thresholds as t
from articlekit.classify.features import lowercase_words
from articlekit.classify.verdicts import VerdictMemo, judge_each_text_once
from articlekit.lexicons import BROWSER_NOTICE_PHRASES, CHROME_LINE_STARTS, CHROME_LINES, CHROME_PHRASES, LANGUAGES
from articlekit.model import Block, Kind, Page, Role
from articlekit.options import Options

# When two kinds match equally often, the more specific one wins.
KIND_PRIORITY: tuple[Kind, ...] = (
    Kind.PAYWALL,
    Kind.COOKIE,
    Kind.LOGIN,
    Kind.NEWSLETTER,
    Kind.COMMENTS,
    Kind.SHARE,
    Kind.AD,
    Kind.RELATED,
    Kind.FOOTER,
    Kind.NAVIGATION,
    Kind.OTHER,
)
# Kinds whose long notices (cookie walls, paywall teasers) are told by phrase density, not length.
NOTICE_KINDS: frozenset[Kind] = frozenset({Kind.COOKIE, Kind.PAYWALL, Kind.NEWSLETTER, Kind.LOGIN})
# Languages without spaces between words: phrases match as plain substrings.
UNSPACED_LANGUAGES: frozenset[str] = frozenset({"ja"})

# Words that turn "more" into a comparison: "More than", "Mehr als", "Plus que", "Más que".
COMPARATIVES: frozenset[str] = frozenset({"than", "and", "als", "que", "di", "do", "dan", "de", "of"})
# Headings of link boxes are short.
LINE_START_MAX_WORDS = 6
_EDGE_PUNCTUATION = " \t.,:;!?|/\\-–—•·*+>»«<()[]{}\"'“”‘’#"
# Counts around a label ("12 Comments", "Kommentare (3)"): bounded runs, so that a line of 100,000
# digits or dots costs one short attempt per position, not a rescan of the rest of the line.
_LEADING_COUNT = re.compile(r"\A[\d.,]{1,12}[kKmM]?\s+")
_TRAILING_COUNT = re.compile(r"\s?[(（\[]?[\d.,]{1,12}[kKmM]?[)）\]]?\Z")
TRAILING_COUNT_MAX_CHARS = 16  # the longest match of _TRAILING_COUNT: 1 + 1 + 12 + 1 + 1
# Whole-line chrome is short; longer lines are not looked up (their key is returned as is).
LINE_KEY_MAX_CHARS = 80


_WORD = re.compile(r"\w+")

# A phrase, indexed by its first word: its words, its literal text, its kind.
PhraseEntry = tuple[tuple[str, ...], str, Kind]


def _build_phrase_index() -> tuple[Mapping[str, Mapping[str, tuple[PhraseEntry, ...]]], Mapping[str, re.Pattern[str]]]:
    """Per language: phrases indexed by first word (spaced languages), or one alternation (unspaced).

    Matching by word index costs a dictionary lookup per word of the block, where a regex alternation
    over a thousand phrases costs a scan per character.
    """
    index: dict[str, dict[str, list[PhraseEntry]]] = {}
    patterns: dict[str, re.Pattern[str]] = {}
    for language in LANGUAGES:
        table: dict[str, Kind] = {}
        for kind in reversed(KIND_PRIORITY):  # a phrase listed under two kinds goes to the more specific
            for phrase in CHROME_PHRASES.get(kind, {}).get(language, ()):
                table[phrase] = kind
        if language in UNSPACED_LANGUAGES:
            if table:
                patterns[language] = re.compile("|".join(re.escape(p) for p in sorted(table, key=len, reverse=True)))
            continue
        by_first: dict[str, list[PhraseEntry]] = {}
        for phrase, kind in table.items():
            words = tuple(_WORD.findall(phrase))
            if words:
                by_first.setdefault(words[0], []).append((words, phrase, kind))
        index[language] = by_first
    frozen = {lang: {w: tuple(entries) for w, entries in by_first.items()} for lang, by_first in index.items()}
    return frozen, patterns


def _build_line_sets() -> Mapping[str, Mapping[str, Kind]]:
    lines: dict[str, dict[str, Kind]] = {}
    for language in LANGUAGES:
        table: dict[str, Kind] = {}
        for kind in reversed(KIND_PRIORITY):  # higher priority overwrites
            for line in CHROME_LINES.get(kind, {}).get(language, ()):
                table[line] = kind
        lines[language] = table
    return lines


def _build_line_starts() -> Mapping[str, tuple[tuple[str, Kind], ...]]:
    starts: dict[str, list[tuple[str, Kind]]] = {}
    for kind, by_language in CHROME_LINE_STARTS.items():
        for language, words in by_language.items():
            spaced = language not in UNSPACED_LANGUAGES
            starts.setdefault(language, []).extend((w + " " if spaced else w, kind) for w in words)
    return {language: tuple(pairs) for language, pairs in starts.items()}


PHRASE_INDEX, UNSPACED_PATTERNS = _build_phrase_index()
LINE_STARTS = _build_line_starts()
LINE_START_TEXTS: Mapping[str, tuple[str, ...]] = {
    language: tuple(start for start, _ in pairs) for language, pairs in LINE_STARTS.items()
}
_DIGIT = re.compile(r"\d")
_UNSPACED_KINDS: Mapping[str, Kind] = {
    phrase: kind
    for kind in reversed(KIND_PRIORITY)
    for language in UNSPACED_LANGUAGES
    for phrase in CHROME_PHRASES.get(kind, {}).get(language, ())
}
LINE_KINDS = _build_line_sets()
# Verdicts on short lines, kept across pages (see `verdicts.VerdictMemo`).
_MEMO = VerdictMemo()


def chrome_languages(language: str | None) -> tuple[str, ...]:
    """The lexicon languages to try on a page: its own, then English (chrome is often English)."""
    if language and language in LANGUAGES and language != "en":
        return (language, "en")
    return ("en",)


def line_key(text: str) -> str:
    """A block's text as the whole-line lexicon sees it: lowercased, edge punctuation and counts gone."""
    key = _LEADING_COUNT.sub("", text.strip(_EDGE_PUNCTUATION).lower())  # anchored: one attempt
    if len(key) > LINE_KEY_MAX_CHARS:
        return key
    # a trailing count is at most TRAILING_COUNT_MAX_CHARS long: search only the key's tail
    count = _TRAILING_COUNT.search(key, max(0, len(key) - TRAILING_COUNT_MAX_CHARS))
    return (key if count is None else key[: count.start()]).strip(_EDGE_PUNCTUATION)


def match_line(text: str, languages: tuple[str, ...]) -> Kind | None:
    """The kind whose whole-line lexicon holds `text`, if any."""
    key = line_key(text)
    for language in languages:
        kind = LINE_KINDS[language].get(key)
        if kind is not None:
            return kind
    return None


def match_line_start(text: str, languages: tuple[str, ...]) -> Kind | None:
    """The kind of a short heading that opens with a box-of-links word ("More poems of the week")."""
    if len(text.split(maxsplit=LINE_START_MAX_WORDS)) > LINE_START_MAX_WORDS:
        return None  # too long for a heading, told without lowercasing and splitting all of a paragraph
    words = text.lower().split()
    if text.rstrip().endswith((".", "?", "!")) or _DIGIT.search(text):
        return None
    if len(words) > 1 and words[1] in COMPARATIVES:
        return None  # "More than a game", "Mehr als Fußball": a headline, not a box heading
    lowered = " ".join(words)
    for language in languages:
        starts = LINE_START_TEXTS.get(language)
        if starts and lowered.startswith(starts):
            return next(kind for start, kind in LINE_STARTS[language] if lowered.startswith(start))
    return None


def phrase_hits(text: str, languages: tuple[str, ...]) -> dict[Kind, int]:
    """How many phrases of each kind occur in `text` (on word boundaries in spaced languages)."""
    lowered = text.lower()
    words = lowercase_words(text) if text.isascii() else _WORD.findall(lowered)
    hits: dict[Kind, int] = {}
    for language in languages:
        pattern = UNSPACED_PATTERNS.get(language)
        if pattern is not None:
            for phrase in pattern.findall(lowered):
                kind = _UNSPACED_KINDS[phrase]
                hits[kind] = hits.get(kind, 0) + 1
            continue
        by_first = PHRASE_INDEX.get(language)
        if not by_first:
            continue
        # the first words the block holds, each looked up once: common words ("to", "you") open
        # phrases, so a walk over every word of the block would look most of them up
        for word in by_first.keys() & words:
            for phrase_words, phrase, kind in by_first[word]:
                size = len(phrase_words)
                if size == 1:
                    if phrase.isalnum() or phrase in lowered:
                        hits[kind] = hits.get(kind, 0) + words.count(word)
                    continue
                # a phrase of several words holds a non-word character, so it shows in the text itself
                if phrase not in lowered:
                    continue
                found = 0
                position = words.index(word)
                while True:
                    if tuple(words[position : position + size]) == phrase_words:
                        found += 1
                    try:
                        position = words.index(word, position + 1)
                    except ValueError:
                        break
                if found:
                    hits[kind] = hits.get(kind, 0) + found
    return hits


def phrase_covered(text: str, languages: tuple[str, ...]) -> bool:
    """Whether several chrome phrases cover every word of `text`, one after the other: "Log in Sign up", a few
    controls run into one line that no whole-line lexicon entry matches. One phrase that is the whole text
    ("Über uns", "Willkommen") is a page's own heading as often as a control. Spaced languages only.
    """
    lowered = text.lower()
    words = lowercase_words(text) if text.isascii() else _WORD.findall(lowered)
    if not words:
        return False
    for language in languages:
        by_first = PHRASE_INDEX.get(language)
        if not by_first or language in UNSPACED_LANGUAGES:
            continue
        covered = [False] * len(words)
        for position, word in enumerate(words):
            for phrase_words, _, _ in by_first.get(word, ()):
                size = len(phrase_words)
                if size < len(words) and tuple(words[position : position + size]) == phrase_words:
                    covered[position : position + size] = [True] * size
        if all(covered):
            return True
    return False


def best_kind(hits: Mapping[Kind, int]) -> Kind | None:
    """The kind with most hits, ties broken by `KIND_PRIORITY`."""
    if not hits:
        return None
    return max(hits, key=lambda kind: (hits[kind], -KIND_PRIORITY.index(kind)))


def _judge(block: Block, languages: tuple[str, ...], max_chars: int) -> Block:
    features = block.features
    if features is None or features.words > t.CHROME_NOTICE_MAX_WORDS:
        return block
    text = block.text[:max_chars]
    kind = match_line(text, languages)
    if kind is not None:
        return block.labelled(Role.BOILERPLATE, kind, f"chrome.{kind.value}.line")
    kind = match_line_start(text, languages)
    if kind is not None:
        return block.labelled(Role.BOILERPLATE, kind, f"chrome.{kind.value}.start")
    hits = phrase_hits(text, languages)
    if features.words > t.CHROME_MAX_WORDS:
        other = Kind.OTHER in hits and _browser_notice(text, languages)
        hits = {k: n for k, n in hits.items() if k in NOTICE_KINDS and n >= t.CHROME_NOTICE_MIN_HITS}
        if other and not hits:
            return block.labelled(Role.BOILERPLATE, Kind.OTHER, "chrome.other.browser")
    elif features.words > t.CHROME_SURE_MAX_WORDS and max(hits.values(), default=0) < t.CHROME_NOTICE_MIN_HITS:
        # a sentence that mentions one phrase ("she had to sign in at the desk") is prose, unless
        # the phrase opens it ("Read more: ...", "Sign up for our newsletter ...")
        opening = phrase_hits(" ".join(text.split()[: t.CHROME_OPENING_WORDS]), languages)
        hits = {k: n for k, n in hits.items() if k in opening}
    kind = best_kind(hits)
    if kind is None:
        return block
    return block.labelled(Role.BOILERPLATE, kind, f"chrome.{kind.value}.phrase")


def _browser_notice(text: str, languages: tuple[str, ...]) -> bool:
    """A paragraph about the reader's browser: at least `CHROME_NOTICE_MIN_HITS` of its phrases. Kind OTHER's
    other phrases ("ratings") are words a story may use twice, so they tell no long notice."""
    lowered = text.lower()
    found = sum(lowered.count(phrase) for language in languages for phrase in BROWSER_NOTICE_PHRASES.get(language, ()))
    return found >= t.CHROME_NOTICE_MIN_HITS


def mark_chrome(page: Page, options: Options) -> Page:
    """Label short blocks that the lexicons recognise as chrome, with their kind."""
    languages = chrome_languages(page.language)
    max_chars = options.max_block_chars

    def key(block: Block) -> tuple[str, Role, Kind | None, int, tuple[str, ...], int] | None:
        # a short text is judged on itself, its label and its word count alone (and the page's languages and
        # length limit); a long one is no chrome line
        features = block.features
        if features is None or features.words > t.CHROME_NOTICE_MAX_WORDS:
            return None
        return block.text[:max_chars], block.role, block.kind, features.words, languages, max_chars

    return page.with_blocks(
        judge_each_text_once(page.blocks, lambda block: _judge(block, languages, max_chars), key, _MEMO)
    )
