"""Context pass over the article's header zone, the blocks just before the body: headline, section,
dek, bylines, date lines, a standalone dateline, and photo titles above captions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from articlekit.classify import thresholds as t
from articlekit.model import Block, Page, Prose, Role
from articlekit.options import Options
from articlekit.recognize.datelines import parse_standalone_dateline

_TOKENS = re.compile(r"\w+")
# Separators between a headline and the site name in a <title>: "Headline - Site", "Site | Headline".
TITLE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " » ")
_BYLINE_EVIDENCE = frozenset({"byline.prefix", "byline.name_date"})
_DATE_EVIDENCE = frozenset({"date.span", "date.relative"})
# How many blocks after the body start may still hold the byline or date ("By ..." under the lead).
BYLINE_AFTER_START = 3
# Headline scores.
SCORE_TITLE_MATCH = 4.0
SCORE_NEAR_BODY = 2.0
SCORE_PER_BLOCK_AWAY = -0.15
SCORE_BEFORE_CAPTION = -2.5
SCORE_LONG_ENOUGH = 1.0
SCORE_CLOSED = -1.5


def tokens(text: str) -> list[str]:
    """Case-folded word tokens."""
    return [w.casefold() for w in _TOKENS.findall(text)]


def title_parts(title: str) -> list[str]:
    """The pieces of a <title>-like line split at site-name separators, longest first."""
    for separator in TITLE_SEPARATORS:
        if separator in title:
            return sorted((p.strip() for p in title.split(separator) if p.strip()), key=len, reverse=True)
    return [title.strip()]


def _set(block: Block, role: Role, evidence: str) -> Block:
    return replace(block, role=role, kind=None, evidence=(*block.evidence, evidence))


def _free(block: Block) -> bool:
    """Not yet claimed by any stage."""
    return block.role is Role.BOILERPLATE and block.kind is None


def _title_line(page: Page) -> str | None:
    if page.metadata.title:
        return page.metadata.title
    for block in page.blocks[:2]:
        if any(s in block.text for s in TITLE_SEPARATORS) and block.features and block.features.words <= 40:
            return block.text
    return None


def _headline_score(block: Block, distance: int, title_tokens: list[list[str]], next_block: Block | None) -> float:
    features = block.features
    assert features is not None
    score = SCORE_PER_BLOCK_AWAY * distance
    own = tokens(block.text)
    if own and any(own == part for part in title_tokens):
        score += SCORE_TITLE_MATCH
    elif own and any(len(own) >= 3 and part[: len(own)] == own for part in title_tokens):
        score += SCORE_TITLE_MATCH / 2
    if distance <= 3:
        score += SCORE_NEAR_BODY
    if features.words >= 4:
        score += SCORE_LONG_ENOUGH
    if features.closed and block.text.endswith("."):
        score += SCORE_CLOSED
    if next_block is not None and next_block.role is Role.CAPTION:
        score += SCORE_BEFORE_CAPTION
    return score


def _is_headline_candidate(block: Block, index: int) -> bool:
    features = block.features
    if features is None or not _free(block) or block.hints.bullet:
        return False
    if any(e in _BYLINE_EVIDENCE or e in _DATE_EVIDENCE for e in block.evidence):
        return False
    if index == 0 and any(s in block.text for s in TITLE_SEPARATORS):
        return False  # the <title> line: a source for the headline field, not the headline block
    return t.HEADLINE_MIN_WORDS <= features.words <= t.HEADLINE_MAX_WORDS or (
        features.words == 1 and features.chars >= 8 and not block.text.isascii()
    )


def mark_header(page: Page, options: Options) -> Page:
    """Label the header zone before the first body block."""
    del options
    blocks = list(page.blocks)
    body = [b.index for b in blocks if b.role is Role.BODY]
    if not body:
        return page
    start = body[0]
    window = range(max(0, start - t.HEADLINE_WINDOW), start)
    # bylines and date lines: before the body, or just inside its start
    for index in [*window, *range(start, min(len(blocks), start + BYLINE_AFTER_START))]:
        block = blocks[index]
        if block.role is Role.BODY and block.features is not None and block.features.prose is not Prose.SHORT:
            continue
        if not (_free(block) or block.role is Role.BODY):
            continue
        if any(e in _BYLINE_EVIDENCE for e in block.evidence):
            blocks[index] = _set(block, Role.BYLINE, "header.byline")
        elif any(e in _DATE_EVIDENCE for e in block.evidence):
            blocks[index] = _set(block, Role.DATE, "header.date")
    # a standalone dateline right before the body ("BAKU")
    for index in range(start - 1, max(-1, start - 3), -1):
        block = blocks[index]
        if _free(block) and parse_standalone_dateline(block.text) is not None:
            blocks[index] = _set(block, Role.DATELINE, "header.dateline")
            break
        if block.role not in (Role.BYLINE, Role.DATE, Role.CAPTION):
            break
    # the headline
    title = _title_line(page)
    title_tokens = [tokens(p) for p in title_parts(title)] if title else []
    best: tuple[float, int] | None = None
    distance = 0
    for index in range(start - 1, window.start - 1, -1):
        block = blocks[index]
        if block.role in (Role.BODY, Role.BYLINE, Role.DATE, Role.DATELINE, Role.CAPTION) or block.kind is not None:
            continue
        distance += 1
        if _is_headline_candidate(block, index):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            score = _headline_score(block, distance, title_tokens, following)
            if best is None or score > best[0]:
                best = (score, index)
    if best is None:
        return page.with_blocks(tuple(blocks))
    headline = best[1]
    blocks[headline] = _set(blocks[headline], Role.HEADLINE, "header.headline")
    # the dek: a sentence between the headline and the body
    for index in range(headline + 1, start):
        block = blocks[index]
        if _free(block) and block.features is not None and block.features.words >= 5:
            blocks[index] = _set(block, Role.SUBHEADLINE, "header.dek")
            break
    # the section label: a short lone line just above the headline (photo captions may sit between)
    for index in range(headline - 1, max(-1, headline - 6), -1):
        block = blocks[index]
        if block.role is Role.CAPTION:
            continue
        features = block.features
        if (
            _free(block)
            and features is not None
            and features.words <= t.SECTION_MAX_WORDS
            and features.chars <= t.SECTION_MAX_CHARS
            and not any(e in _DATE_EVIDENCE for e in block.evidence)
            and (index == 0 or not _lone_short(blocks[index - 1]))
        ):
            blocks[index] = _set(block, Role.SECTION, "header.section")
        break
    # photo titles: a short free line right above a caption ("Azerbaijan Nagorno Karabakh Flag")
    for index in range(1, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if block.role is Role.CAPTION and _free(above) and above.features is not None and not above.features.closed:
            if above.features.prose is Prose.SHORT or above.features.words <= 8:
                blocks[index - 1] = _set(above, Role.CAPTION, "caption.title")
    return page.with_blocks(tuple(blocks))


def _lone_short(block: Block) -> bool:
    """A short unclaimed line: one of a menu's items, not a lone label."""
    features = block.features
    return _free(block) and features is not None and features.words <= t.SECTION_MAX_WORDS
