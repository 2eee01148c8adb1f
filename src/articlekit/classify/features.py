"""First stage: measure each block once, and guess the page language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from itertools import repeat

from articlekit.classify import thresholds as t
from articlekit.lexicons import CJK_CHARS_PER_WORD, STOPWORDS
from articlekit.model import Block, Features, Page, Prose
from articlekit.options import Options

_WORD = re.compile(r"\w+")
# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar):
# their words are counted per characters. Korean is spaced and not listed.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_LETTERS = re.compile(r"[^\W\d_]")
# Characters that running text in any script rarely holds, but binary data read as Latin-1/cp1252
# is full of (C0/C1 controls, the Latin-1 symbol block, cp1252's typographic odds, U+FFFD, private
# use), and stacks of combining marks (zalgo). A block with too many is junk, never prose.
_JUNK_CHARACTERS = (
    "\x00-\x08\x0e-\x1f\x7f-\xa0\xa4\xa6\xa8\xac\xad\xaf\xb1-\xb6\xb8-\xba\xbc-\xbf"
    "\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\ufffd\ue000-\uf8ff"
)
_COMBINING_MARKS = "\u0300-\u036f\u0483-\u0489"
_JUNK = re.compile(f"[{_JUNK_CHARACTERS}]|[{_COMBINING_MARKS}]{{3,}}")
# One character class that any junk match starts with: text without one is searched once, not twice.
_MAYBE_JUNK = re.compile(f"[{_JUNK_CHARACTERS}{_COMBINING_MARKS}]")
# Above this share of junk characters a block is junk.
JUNK_MAX_SHARE = 0.12
JUNK_MIN_CHARS = 20
# Binary data read as Latin-1 is about half letters and symbols of Latin-1's upper half, mixed with the ASCII
# symbols that prose rarely uses; text in a Latin-script language keeps these under 15% (Icelandic,
# Vietnamese, accented French), random bytes over 28% (adversarial's binary-random-latin1-text, 830 blocks).
_BINARY = re.compile(r"[\xa1-\xff\\^`{|}~<>=@#$*+_\[\]]")
BINARY_MAX_SHARE = 0.25
_CLOSED = re.compile(r"""[.!?…。！？]['"”’»)\]]?\s*\Z""")
# Language guessing reads at most this many words of the page, at most this many characters of it, and
# of each block its first characters (a page of junk blocks costs no more than a page of prose).
LANGUAGE_SAMPLE_WORDS = 3000
LANGUAGE_SAMPLE_CHARS = 100_000
LANGUAGE_BLOCK_CHARS = 2_000
# A word counts at most this many times per block. Once per block starved long paragraphs of their
# repeated stopwords ("de", "a", "o"), and a Portuguese article fell under LANGUAGE_MIN_SHARE.
LANGUAGE_WORD_REPEATS = 4
# A language needs this many stopword hits, and this share of the words, to be recognised.
LANGUAGE_MIN_HITS = 3
LANGUAGE_MIN_SHARE = 0.08
# A declared page language gives way to the text's when another language's stopwords are this many
# times as frequent (a German `lang` left on an English article's template). Calibrated on the
# scrapinghub, readability and trafilatura dev pages: wrong declarations read 3 to 47 times more in
# another language, while tables of scores and mixed-language pages stay near 2.
LANGUAGE_OVERRIDE_FACTOR = 3.0
# ... and when it also shows this many times as many different stopwords (calibrated alike: a wrong
# declaration shows 1.8 to 30 times as many; the hits of one repeated word, one or two)
LANGUAGE_OVERRIDE_DISTINCT_FACTOR = 1.5
# Japanese when this share of the letters is kana.
KANA_MIN_SHARE = 0.05


_ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())


def guess_language(
    texts: Iterable[str], declared: str | None = None, lowered_words: Iterable[list[str] | None] | None = None
) -> str | None:
    """Guess the language of a page's block texts from stopword hits (and kana for Japanese).

    Each block counts each of its words at most `LANGUAGE_WORD_REPEATS` times, so that one block
    repeating a token ("2023 2023 ...", "(c) (c) ...", the letters of zalgo text) cannot outweigh the
    page's prose, while a long paragraph still shows how often its language repeats its stopwords. A `declared` language
    (the page's `<html lang>`) stands unless the text reads as another language by far, in both the
    number of stopwords and the number of different ones: templates copied between sites keep a `lang`
    that their articles do not speak. `lowered_words`, beside the texts, may give the lowercased words
    of a text already split (None where not), so that `measure` splits each block once.
    """
    counts: dict[str, int] = {}  # stopwords only: the other words count towards `words` alone
    uncapped: list[str] = []  # stopwords of the blocks under the cap, counted at the end in one go
    pieces: list[str] = []
    words = chars = 0
    pairs = ((text, None) for text in texts) if lowered_words is None else zip(texts, lowered_words, strict=True)
    for text, known in pairs:
        piece = text[:LANGUAGE_BLOCK_CHARS]
        pieces.append(piece)
        lowered = lowercase_words(piece) if known is None or len(text) > len(piece) else known
        if len(lowered) - len(set(lowered)) < LANGUAGE_WORD_REPEATS:
            # no word repeats past the cap (one more occurrence would take as many repeats as the cap): all
            # count, without a Counter per block
            words += len(lowered)
            uncapped.extend(filter(_ALL_STOPWORDS.__contains__, lowered))
        else:
            found = Counter(lowered)
            words += sum(map(min, found.values(), repeat(LANGUAGE_WORD_REPEATS)))
            # the set's `intersection` walks the block's words; `keys() & frozenset` would walk the whole set
            for word in _ALL_STOPWORDS.intersection(found):
                counts[word] = counts.get(word, 0) + min(found[word], LANGUAGE_WORD_REPEATS)
        chars += len(piece)
        if words >= LANGUAGE_SAMPLE_WORDS or chars >= LANGUAGE_SAMPLE_CHARS:
            break
    for word, count in Counter(uncapped).items():
        counts[word] = counts.get(word, 0) + count
    sample = "\n".join(pieces)
    kana = 0 if sample.isascii() else len(_KANA.findall(sample))  # `isascii` reads a flag, in constant time
    if kana and kana / max(1, len(_LETTERS.findall(sample))) >= KANA_MIN_SHARE:
        return "ja"
    hits: dict[str, int] = {}
    best, best_hits = None, 0
    for language, stopwords in STOPWORDS.items():
        hits[language] = sum(map(counts.__getitem__, stopwords.intersection(counts)))
        if hits[language] > best_hits:
            best, best_hits = language, hits[language]
    total = words
    # A page in a language we have no list for (Russian, Korean...) still has English chrome: a few
    # stopword hits among many words is not enough to call it English.
    if best is None or best_hits < LANGUAGE_MIN_HITS or best_hits < LANGUAGE_MIN_SHARE * total:
        return declared
    if declared is None or declared not in STOPWORDS or best == declared:
        return best
    if best_hits < LANGUAGE_OVERRIDE_FACTOR * hits[declared]:
        return declared
    seen = frozenset(counts)
    if len(STOPWORDS[best] & seen) < LANGUAGE_OVERRIDE_DISTINCT_FACTOR * len(STOPWORDS[declared] & seen):
        return declared
    return best


def is_junk(text: str) -> bool:
    """Binary data or stacked combining marks rather than text."""
    return len(text) >= JUNK_MIN_CHARS and (
        (_MAYBE_JUNK.search(text) is not None and sum(len(j) for j in _JUNK.findall(text)) > JUNK_MAX_SHARE * len(text))
        or (not text.isascii() and len(_BINARY.findall(text)) > BINARY_MAX_SHARE * len(text))
    )


def measure_block(text: str, stopwords: frozenset[str], lowered: list[str] | None = None) -> Features:
    """Measure one block's text (`lowered`: its words lowercased, when the caller has them)."""
    tokens = lowercase_words(text) if lowered is None else lowered
    words = len(tokens)
    cjk = len(_CJK.findall(text)) if not text.isascii() and _CJK.search(text) else 0
    if cjk:
        words += int(cjk / CJK_CHARS_PER_WORD)
    # a block mostly in an unspaced script is judged by length, whatever the page language
    unspaced = cjk * 2 > len(text)
    if unspaced:
        stopwords = frozenset()
    stop = sum(map(stopwords.__contains__, tokens)) if stopwords else 0
    ratio = stop / len(tokens) if tokens and stopwords else 0.0
    # a sentence end sits among the last two characters before trailing space: search only there
    closed = _CLOSED.search(text, max(0, len(text.rstrip()) - 2)) is not None
    if is_junk(text):
        return Features(words=words, chars=len(text), stopword_ratio=ratio, closed=closed, prose=Prose.BAD)
    if not stopwords:
        # A language without a stopword list (or Japanese, whose particles are not words): length and
        # sentence ends are all we have.
        if words >= t.GOOD_MIN_WORDS and (closed or words >= t.LONG_BLOCK_WORDS):
            prose = Prose.GOOD
        elif (words >= t.NEAR_MIN_WORDS and closed) or (unspaced and words >= t.UNSPACED_NEAR_MIN_WORDS):
            prose = Prose.NEAR
        else:
            prose = Prose.SHORT if words < t.GOOD_MIN_WORDS else Prose.BAD
    elif words < t.NEAR_MIN_WORDS:
        prose = Prose.SHORT
    elif (words >= t.GOOD_MIN_WORDS and ratio >= t.GOOD_MIN_STOPWORD_RATIO) or (
        words >= t.LONG_BLOCK_WORDS and closed and ratio >= t.NEAR_MIN_STOPWORD_RATIO / 2
    ):
        prose = Prose.GOOD
    elif ratio >= t.NEAR_MIN_STOPWORD_RATIO and (closed or words >= t.GOOD_MIN_WORDS):
        prose = Prose.NEAR
    elif words < t.GOOD_MIN_WORDS:
        prose = Prose.SHORT
    else:
        prose = Prose.BAD
    return Features(words=words, chars=len(text), stopword_ratio=ratio, closed=closed, prose=prose)


# ASCII bytes as `lowercase_words` reads them: word characters (what `\w` matches in ASCII: letters, digits,
# the underscore) kept and lowercased, every other byte a space. A byte translation and a split cost a
# third of what `\w+` costs, which tests each character's Unicode category.
_ASCII_WORD_BYTES = bytes(
    ord(chr(byte).lower()) if chr(byte).isalnum() or chr(byte) == "_" else 32 for byte in range(128)
) + bytes(range(128, 256))


def lowercase_words(text: str) -> list[str]:
    r"""The words (runs of `\w`) of `text`, lowercased (ASCII text is lowercased whole, which splits it the
    same way).

    >>> lowercase_words("Sign-up, it's FREE_2day!")
    ['sign', 'up', 'it', 's', 'free_2day']
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
    return list(map(str.lower, _WORD.findall(text)))


# Prose by a language's stopwords, fully or nearly: a page with neither does not write in that language.
_PROSE_LIKE = (Prose.GOOD, Prose.NEAR)


def _reusable(text: str, measured: str, lowered: list[str]) -> list[str] | None:
    """A block's words as split for `measure_block`, when that split read the whole text."""
    return lowered if len(measured) == len(text) else None


def measure(page: Page, options: Options) -> Page:
    """Measure every block and set the page language."""
    language = options.language
    # each block split into words once, for the language guess and the block's own measures; a text the
    # page repeats (menu entries, "Share") once, its words shared (nothing changes them)
    texts = [block.text[: options.max_block_chars] for block in page.blocks]
    split: dict[str, list[str]] = {}
    lowered = []
    for text in texts:
        words = split.get(text)
        if words is None:
            words = split[text] = lowercase_words(text)
        lowered.append(words)
    if language is None:
        declared = page.metadata.language
        if declared == "ja":
            language = declared
        elif declared in STOPWORDS:
            # junk blocks are left out: zalgo's marks cut words into single letters, read as stopwords
            kept = [i for i, b in enumerate(page.blocks) if not is_junk(b.text[:LANGUAGE_BLOCK_CHARS])]
            sample = [page.blocks[i].text for i in kept]
            language = guess_language(
                sample, declared, [_reusable(page.blocks[i].text, texts[i], lowered[i]) for i in kept]
            )
        else:
            sample = [b.text for b in page.blocks]
            reuse = [_reusable(b.text, text, words) for b, text, words in zip(page.blocks, texts, lowered, strict=True)]
            language = guess_language(sample, lowered_words=reuse) or declared
    stopwords = STOPWORDS.get(language, frozenset()) if language else frozenset()
    measured: dict[str, Features] = {}  # a text's measures depend on the text and the page language alone
    for text, words in zip(texts, lowered, strict=True):
        if text not in measured:
            measured[text] = measure_block(text, stopwords, words)
    if stopwords and not any(f.prose in _PROSE_LIKE for f in measured.values()):
        # the page's language, but not one block of prose, nor near it, by its stopwords: a text that does not
        # write in it
        # (Lorem ipsum under lang="en", a roundup of scores and names). Prose is judged by length and sentence
        # ends, as for a language without a list, when that finds some; `language` stays as it is.
        unlisted = {text: measure_block(text, frozenset(), words) for text, words in zip(texts, lowered, strict=True)}
        if any(f.prose is Prose.GOOD for f in unlisted.values()):
            measured = unlisted
    blocks = []
    for block, text in zip(page.blocks, texts, strict=True):
        features = measured[text]
        # a `Prose` is a `str`: its value joins without the (Python-level) `.value` lookup
        evidence = (*block.evidence, "prose." + features.prose)
        blocks.append(
            Block(block.index, block.text, block.role, block.kind, evidence, block.first_role, block.hints, features)
        )
    return replace(page, blocks=tuple(blocks), language=language)
