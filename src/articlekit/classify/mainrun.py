"""Context pass: find the article's main run of prose and label its blocks body.

Each block gets a score (prose earns its words, chrome and short lines cost), and the body is the
maximum-sum run (Pasternack & Roth 2009, "maximum subsequence segmentation"). Comment-thread and
related-links headings and copyright lines split the page into segments, so that a long comment
thread after the article cannot swallow it: runs after a comment heading are discounted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from articlekit.classify import thresholds as t
from articlekit.classify.chrome import chrome_languages, line_key
from articlekit.classify.lexicons import SECTION_STARTERS
from articlekit.model import Block, Kind, Page, Prose, Role
from articlekit.options import Options

# A run found after a comment-thread heading counts for this share of its score.
COMMENT_SEGMENT_DISCOUNT = 0.3
# Kinds whose headings ("Comments", "Related articles") split the page into segments.
BARRIER_KINDS: frozenset[Kind] = frozenset(SECTION_STARTERS)
# Lines that stay chrome inside the article ("Advertisement"), unlike phrase matches in prose.
_HEADER_EVIDENCE = ("byline.prefix", "byline.name_date", "date.span", "date.relative", "date.label")


@dataclass(frozen=True, slots=True)
class Run:
    """A run of blocks [start, end] and its score."""

    start: int
    end: int
    score: float


def block_score(block: Block) -> float:
    """What a block adds to a run: its words when it reads as prose, a cost otherwise."""
    features = block.features
    if features is None:
        return t.SCORE_SHORT
    if block.role in (Role.CAPTION, Role.COPYRIGHT):
        return 0.0
    if block.kind is not None and not _prose_over_phrase(block):
        return t.SCORE_CHROME_BASE - features.words * 0.5
    if features.prose is Prose.GOOD:
        return float(features.words)
    if features.prose is Prose.NEAR:
        return features.words * t.SCORE_NEAR_FACTOR
    if features.prose is Prose.BAD:
        return features.words * t.SCORE_BAD_PER_WORD
    return t.SCORE_SHORT


def _prose_over_phrase(block: Block) -> bool:
    """A real paragraph that merely mentions a chrome phrase ("sign in", "cookie") stays prose."""
    features = block.features
    return (
        features is not None
        and features.prose is Prose.GOOD
        and any(e.endswith(".phrase") for e in block.evidence)
        and block.kind not in (Kind.COOKIE, Kind.PAYWALL)
    )


def best_run(scores: list[float], start: int, end: int) -> Run | None:
    """Kadane's maximum-sum run of scores[start:end]."""
    best: Run | None = None
    run_start, total = start, 0.0
    for index in range(start, end):
        if total <= 0:
            run_start, total = index, 0.0
        total += scores[index]
        if total > 0 and (best is None or total > best.score):
            best = Run(run_start, index, total)
    return best


def _barriers(blocks: tuple[Block, ...], languages: tuple[str, ...]) -> dict[int, Kind | Role]:
    starters = {
        kind: frozenset(p for lang in languages for p in SECTION_STARTERS[kind].get(lang, ())) for kind in BARRIER_KINDS
    }
    barriers: dict[int, Kind | Role] = {}
    for block in blocks:
        if block.role is Role.COPYRIGHT:
            barriers[block.index] = Role.COPYRIGHT
        elif block.kind in starters and block.features is not None and block.features.prose is Prose.SHORT:
            if line_key(block.text) in starters[block.kind] or any(e.endswith(".line") for e in block.evidence):
                barriers[block.index] = block.kind
    return barriers


def find_runs(page: Page) -> list[Run]:
    """The runs that make up the article body, in page order."""
    blocks = page.blocks
    scores = [block_score(b) for b in blocks]
    barriers = _barriers(blocks, chrome_languages(page.language))
    segments: list[tuple[int, int, bool]] = []  # start, end, after a comment heading
    start, after_comments, words_before = 0, False, 0
    for index, block in enumerate(blocks):
        if index in barriers:
            segments.append((start, index, after_comments))
            if barriers[index] is Kind.COMMENTS and words_before >= t.BARRIER_MIN_WORDS_BEFORE:
                after_comments = True
            start = index + 1
        elif block.features is not None and block.features.prose is Prose.GOOD:
            words_before += block.features.words
    segments.append((start, len(blocks), after_comments))
    candidates: list[tuple[float, Run, bool]] = []
    for seg_start, seg_end, comments in segments:
        run = best_run(scores, seg_start, seg_end)
        if run is not None:
            weight = COMMENT_SEGMENT_DISCOUNT if comments else 1.0
            candidates.append((run.score * weight, run, comments))
    if not candidates:
        return []
    main_score, main, _ = max(candidates, key=lambda c: c[0])
    runs = [main]
    for score, run, comments in sorted(candidates, key=lambda c: c[1].start):
        if run is main or comments or score < t.SECOND_RUN_MIN_SHARE * main_score:
            continue
        gap = run.start - runs[-1].end if run.start > main.end else main.start - run.end
        if gap <= t.SECOND_RUN_MAX_GAP:
            runs.append(run)
    return sorted(runs, key=lambda r: r.start)


def content_kind(block: Block) -> Kind:
    """Paragraph, heading or list item, from the block's shape."""
    if block.hints.tag is not None:
        tag = block.hints.tag
        if block.hints.heading_level is not None:
            return Kind.HEADING
        if tag == "li":
            return Kind.LIST_ITEM
        if tag == "blockquote":
            return Kind.QUOTE
        if tag in ("table", "tr", "td", "th"):
            return Kind.TABLE
    if block.hints.bullet:
        return Kind.LIST_ITEM
    features = block.features
    if features is not None and features.prose is Prose.SHORT and not features.closed:
        return Kind.HEADING
    return Kind.PARAGRAPH


def mark_main_run(page: Page, options: Options) -> Page:
    """Label the blocks of the main prose run(s) body; chrome, captions and copyright inside stay."""
    del options
    runs = find_runs(page)
    blocks = list(page.blocks)
    for run in runs:
        for index in range(run.start, run.end + 1):
            block = blocks[index]
            if block.role in (Role.CAPTION, Role.COPYRIGHT):
                continue
            if block.kind is not None and not _prose_over_phrase(block):
                continue
            if any(e in _HEADER_EVIDENCE for e in block.evidence) and block.features is not None and block.features.prose is Prose.SHORT:
                continue
            evidence = "run.prose_over_phrase" if block.kind is not None else "run.main"
            blocks[index] = replace(block, role=Role.BODY, kind=content_kind(block), evidence=(*block.evidence, evidence))
    if not runs:
        return page.with_diagnostic("body: no run of prose found")
    return page.with_blocks(tuple(blocks))
