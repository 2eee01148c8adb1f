"""Block-alone recognition of article furniture: copyright lines, captions, gallery counters, and
the byline and date evidence that the header stage later turns into roles by position.
"""

from __future__ import annotations

import re

from articlekit.classify import thresholds as t
from articlekit.classify.verdicts import VerdictMemo, judge_each_text_once
from articlekit.model import Block, Kind, Page, Prose, Role
from articlekit.options import Options
from articlekit.recognize.bylines import parse_byline, parse_name_before_date
from articlekit.recognize.captions import caption_words, split_credit
from articlekit.recognize.copyright import is_copyright
from articlekit.recognize.datespans import find_date_span, find_relative_span, is_time_only, starts_with_date_label

# "1 of 9", "3/12", "Bild 2 von 8": gallery counters.
_GALLERY_COUNTER = re.compile(
    r"\A(?:image|photo|picture|bild|foto|photo|imagen|immagine)?\s?\d{1,3}\s?(?:of|von|de|di|van|/|sur|из)\s?\d{1,3}\s?\|?\Z",
    re.I,
)
# The rule ids this stage notes for the header stages, which turn them into roles by position.
BYLINE_PREFIX_RULE = "byline.prefix"  # a byline's opener and names: read for authors by fields/authors.py too
BYLINE_EVIDENCE: frozenset[str] = frozenset({BYLINE_PREFIX_RULE, "byline.name_date"})
DATE_EVIDENCE: frozenset[str] = frozenset({"date.span", "date.relative", "date.label"})
# ... plus live-blog clock times, which are never the publication date but never body either.
HEADER_EVIDENCE: frozenset[str] = BYLINE_EVIDENCE | DATE_EVIDENCE | {"date.time"}

_DIGIT = re.compile(r"\d")
# A caption credit always shows one of these (a closing parenthesis, a "Photo:" label, a photographer
# slash, a photo agency): blocks without any are not split, which keeps this stage cheap.
CREDIT_HINTS: tuple[str, ...] = (
    ")",
    "）",
    ":",
    "：",
    "/",
    "／",
    "getty",
    "photo",
    "foto",
    "bild",
    "image",
    "credit",
    "courtesy",
    "reuters",
    "afp",
    "epa",
    "shutterstock",
    "撮影",
    "写真",
    "提供",
)
_CREDIT_HINT = re.compile("|".join(re.escape(hint) for hint in CREDIT_HINTS))
# The element that holds a figure's caption, as the HTML reader reports it among a block's ancestors.
FIGURE_CAPTION_ANCESTOR = "figcaption"
# Captions that wire services open with a marker: "FILE - A fan displays ...".
_CAPTION_OPENERS = re.compile(r"\A(?:FILE|IN THIS PHOTO|ARCHIVO|ARCHIVES?)\s?[-—–:]\s", re.I)
# Verdicts on short lines, kept across pages (see `verdicts.VerdictMemo`).
_MEMO = VerdictMemo()


def _note(block: Block, *evidence: str, role: Role | None = None, kind: Kind | None = None) -> Block:
    if role is None:
        return block.noted(*evidence)
    return block.labelled(role, kind, *evidence)


def markup_chrome(block: Block) -> bool:
    """Boilerplate by its HTML markup alone (a class name, a <nav>, a run of links), not by what it says.

    Sites wrap bylines in author links and "meta" or "footer" classes: such a block may still be a byline.
    """
    return (
        block.kind is not None
        and any(e.startswith("markup.") for e in block.evidence)
        and not any(e.startswith("chrome.") for e in block.evidence)
    )


def _judge(block: Block, max_chars: int) -> Block:
    features = block.features
    if features is None:
        return block
    text = block.text[:max_chars]  # a block of few words may still be one 50 MB "word"
    if block.kind is not None and block.kind not in (Kind.FOOTER, Kind.OTHER):
        # a byline or date line inside author links or a "meta" box: noted, not relabelled
        return _header_evidence(block, text) if markup_chrome(block) else block
    if features.words <= t.COPYRIGHT_MAX_WORDS and is_copyright(text):
        return _note(block, "copyright.mark", role=Role.COPYRIGHT)
    if block.kind is not None:
        return block
    if _GALLERY_COUNTER.match(text):
        return _note(block, "gallery.counter", role=Role.BOILERPLATE, kind=Kind.NAVIGATION)
    lowered = text.lower()
    credit = split_credit(text) if _CREDIT_HINT.search(lowered) else None
    if credit is not None:
        caption, _ = credit
        if not caption:
            return _note(block, "caption.lone_credit", role=Role.CAPTION)
        if caption_words(caption) >= t.CAPTION_MIN_WORDS:
            return _note(block, "caption.credit", role=Role.CAPTION)
    if _CAPTION_OPENERS.match(text) and features.prose is not Prose.SHORT:
        return _note(block, "caption.opener", role=Role.CAPTION)
    return _header_evidence(block, text)


def _header_evidence(block: Block, text: str) -> Block:
    """Note what makes a short block (whose text, to the length read, is `text`) a byline or a date line;
    the header stage decides by position."""
    features = block.features
    if features is None or features.words > t.BYLINE_MAX_WORDS:
        return block
    evidence: list[str] = []
    if features.words >= 2 and parse_byline(text):
        evidence.append(BYLINE_PREFIX_RULE)
    has_digit = _DIGIT.search(text) is not None
    date = find_date_span(text) if has_digit else None
    if date is not None:
        evidence.append("date.span")
        if not evidence[:-1] and parse_name_before_date(text):
            evidence.append("byline.name_date")
    elif (has_digit or features.words <= 2) and find_relative_span(text) is not None:
        evidence.append("date.relative")
    elif has_digit and starts_with_date_label(text):
        evidence.append("date.label")
    elif has_digit and is_time_only(text):
        evidence.append("date.time")
    return _note(block, *evidence) if evidence else block


def mark_furniture(page: Page, options: Options) -> Page:
    """Recognise copyright lines, captions and gallery counters; note byline and date evidence."""
    max_chars = options.max_block_chars

    def key(block: Block) -> tuple[str, Role, int, Prose, int] | None:
        # a block without a kind is judged on its text, label, word count and prose class alone (and the
        # length limit)
        features = block.features
        if features is None or block.kind is not None:
            return None
        return block.text[:max_chars], block.role, features.words, features.prose, max_chars

    blocks = judge_each_text_once(page.blocks, lambda block: _judge(block, max_chars), key, _MEMO)
    return page.with_blocks(_figure_captions(blocks))


def _in_figure_caption(block: Block) -> bool:
    """A line in a figure's `<figcaption>` that no rule claimed, and no heading (sites set the headline over
    their lead photo, inside its caption)."""
    return (
        FIGURE_CAPTION_ANCESTOR in block.hints.ancestors
        and block.role is Role.BOILERPLATE
        and block.kind is None
        and block.hints.heading_level is None
    )


def _figure_captions(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Label captions the lines of the page's `<figcaption>` elements (HTML only): what a story shows under a
    picture, even without a credit to tell it by. Scrapinghub's, naeb's and trafilatura's gold leave them out
    of the body (Readability.js keeps them).

    Not in a gallery story, whose `<figcaption>`s hold most of the page's prose: there they are the story.
    The memo of `_judge` keys on text alone, so this pass, which reads the markup, runs after it.
    """
    inside = [index for index, block in enumerate(blocks) if _in_figure_caption(block)]
    if not inside:
        return blocks
    caption_words = prose_words = 0
    for block in blocks:
        features = block.features
        if features is not None and features.prose is Prose.GOOD:
            prose_words += features.words
            if FIGURE_CAPTION_ANCESTOR in block.hints.ancestors:
                caption_words += features.words
    if caption_words > t.FIGCAPTION_STORY_MIN_SHARE * prose_words:
        return blocks
    found = list(blocks)
    for index in inside:
        found[index] = _note(blocks[index], "caption.figcaption", role=Role.CAPTION)
    return tuple(found)


# Members read once per block, as module names: Python < 3.12 looks `Role.BODY` up through `EnumType.__getattr__`,
# a call each time.
_BOILERPLATE, _BODY, _PROSE_OR_NEAR = Role.BOILERPLATE, Role.BODY, (Prose.GOOD, Prose.NEAR)


def remember_first_pass(page: Page, options: Options) -> Page:
    """Keep each block's block-alone label beside the final one: prose reads as body, the rest as labelled."""
    del options
    blocks = []
    for block in page.blocks:
        first = block.role
        unclaimed = block.kind is None and block.role is _BOILERPLATE and block.features is not None
        if unclaimed and block.features is not None and block.features.prose in _PROSE_OR_NEAR:
            first = _BODY
        blocks.append(
            Block(block.index, block.text, block.role, block.kind, block.evidence, first, block.hints, block.features)
        )
    return page.with_blocks(tuple(blocks))
