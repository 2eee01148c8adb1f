"""Context pass: find the article's main run of prose and label its blocks body.

Each block gets a score (prose earns its words, chrome and short lines cost), and the body is the
maximum-sum run (Pasternack & Roth 2009, "maximum subsequence segmentation"). Comment-thread and
related-links headings and copyright lines split the page into segments, so that a long comment
thread after the article cannot swallow it: runs after a comment heading are discounted. In HTML, so are the
runs after a related-links heading set outside the article's element (teasers of other stories under "More
from the site").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from articlekit.classify import thresholds as t
from articlekit.classify.chrome import chrome_languages, line_key
from articlekit.classify.furniture import HEADER_EVIDENCE
from articlekit.classify.markup import SIDEBAR_PROSE
from articlekit.lexicons import CHROME_PHRASES, SECTION_STARTERS
from articlekit.model import Block, Kind, Page, Prose, Role
from articlekit.options import Options

# A run found after a comment-thread heading counts for this share of its score.
COMMENT_SEGMENT_DISCOUNT = 0.3
# Kinds whose headings ("Comments", "Related articles") split the page into segments.
BARRIER_KINDS: frozenset[Kind] = frozenset(SECTION_STARTERS)
# Lines that stay chrome inside the article ("Advertisement"), unlike phrase matches in prose.


# The sign-off that closes wire copy: part of the story, though it reads like a credit line.
_SIGN_OFF = re.compile(
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b|\((?:[a-z]{2,4}/){1,4}[a-z]{2,4}\)\Z", re.I
)

# Members read once per block, as module names: Python < 3.12 looks `Role.BODY` up through `EnumType.__getattr__`,
# a call each time.
_CAPTION_OR_COPYRIGHT, _COPYRIGHT = (Role.CAPTION, Role.COPYRIGHT), Role.COPYRIGHT
_GOOD, _NEAR, _BAD = Prose.GOOD, Prose.NEAR, Prose.BAD


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
    if block.role in _CAPTION_OR_COPYRIGHT:
        return 0.0
    if block.kind is not None:
        return t.SCORE_CHROME_BASE - features.words * 0.5
    # words inside links are a teaser's or a menu's, not the article's (HTML only: text has no links)
    unlinked = 1.0 - block.hints.link_density
    if SIDEBAR_PROSE in block.evidence:
        unlinked *= t.SIDEBAR_PROSE_FACTOR
    if features.prose is _GOOD:
        return features.words * unlinked
    if features.prose is _NEAR:
        return features.words * t.SCORE_NEAR_FACTOR * unlinked
    if features.prose is _BAD:
        return features.words * t.SCORE_BAD_PER_WORD
    return t.SCORE_SHORT


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
    # a heading that is one of its kind's phrases and nothing else ("Next article") starts that section too
    phrases = {
        kind: frozenset(p for lang in languages for p in CHROME_PHRASES.get(kind, {}).get(lang, ()))
        for kind in BARRIER_KINDS
    }
    barriers: dict[int, Kind | Role] = {}
    for block in blocks:
        if block.role is _COPYRIGHT:
            barriers[block.index] = Role.COPYRIGHT
        elif block.kind in starters and block.features is not None and block.features.prose is Prose.SHORT:
            key = line_key(block.text)
            if (
                any(e.endswith(".line") for e in block.evidence)
                or key in phrases[block.kind]
                or any(key == starter or key.startswith(starter + " ") for starter in starters[block.kind])
            ):
                barriers[block.index] = block.kind
    return barriers


def all_runs(scores: list[float], start: int, end: int, floor: float) -> list[Run]:
    """Every disjoint maximum-sum run scoring at least `floor`, best first, by repeated splitting."""
    found: list[Run] = []
    pending = [(start, end)]
    while pending:
        left, right = pending.pop()
        run = best_run(scores, left, right)
        if run is None or run.score < floor:
            continue
        found.append(run)
        pending.append((left, run.start))
        pending.append((run.end + 1, right))
    return sorted(found, key=lambda r: -r.score)


def _sidebar_run(blocks: tuple[Block, ...], run: Run) -> bool:
    """A run whose prose all sits in a sidebar: a text widget beside the article, not a part of it."""
    prose = [b for b in blocks[run.start : run.end + 1] if b.features is not None and b.features.prose is Prose.GOOD]
    return bool(prose) and all(SIDEBAR_PROSE in b.evidence for b in prose)


def _comment_counter(
    blocks: tuple[Block, ...], scores: list[float], barriers: dict[int, Kind | Role], index: int
) -> bool:
    """A comment heading that is a link ("4 Comments", pointing at the thread) right above a run of
    prose: the counter in an article's header, not the start of the thread."""
    if blocks[index].hints.link_density < t.COUNTER_LINK_DENSITY:
        return False
    end = next((i for i in range(index + 1, len(blocks)) if i in barriers), len(blocks))
    run = best_run(scores, index + 1, end)
    return run is not None and run.score >= t.RUN_MIN_SCORE and run.start - index <= t.COUNTER_MAX_GAP


def _lists_outside_the_article_discounted(blocks: tuple[Block, ...], scores: list[float]) -> list[float]:
    """HTML: on a page that sets its story's prose in an `<article>` (at least `ARTICLE_MIN_PARAGRAPHS` of its
    paragraphs, none in an `<aside>`), prose in list items outside every `<article>` scores as a short line
    (`SCORE_SHORT`): a list of other stories' teasers (a name over a lead paragraph in each item) after the
    story, which may hold more prose than the story itself and would otherwise extend its run or outweigh it.
    A list inside the `<article>` (a list article's items), and any list on a page without one, keep their scores.
    """
    story = sum(
        1
        for b in blocks
        if b.features is not None
        and b.features.prose is _GOOD
        and "article" in b.hints.ancestors
        and "aside" not in b.hints.ancestors  # teaser cards set as <article> elements in a sidebar
    )
    if story < ARTICLE_MIN_PARAGRAPHS:
        return scores
    return [
        t.SCORE_SHORT
        if score > 0 and "li" in block.hints.ancestors and "article" not in block.hints.ancestors
        else score
        for score, block in zip(scores, blocks, strict=True)
    ]


def _related_boxes_discounted(
    blocks: tuple[Block, ...], scores: list[float], barriers: dict[int, Kind | Role]
) -> list[float]:
    """HTML: a related-links heading ("You may also like") that opens its own element heads a box of other
    stories; the prose inside that element scores as a short line, however much of it there is. A heading
    set among the story's paragraphs (not the first block of its element) heads nothing of the kind."""
    boxes: list[int] = []
    for index, kind in barriers.items():
        block = blocks[index]
        containers = block.hints.containers
        if kind is not Kind.RELATED or block.hints.heading_level is None or len(containers) < 2:
            continue
        parent = containers[-2]
        if index > 0 and parent in blocks[index - 1].hints.containers:
            continue  # the element holds lines above the heading: the story's own
        boxes.append(parent)
    if not boxes:
        return scores
    opened = frozenset(boxes)  # one set test a block, however many boxes the page has
    return [
        t.SCORE_SHORT if score > 0 and not opened.isdisjoint(block.hints.containers) else score
        for score, block in zip(scores, blocks, strict=True)
    ]


# A run of at least this many paragraphs of prose is an article that a related box can come after; above a box
# set after the story's first paragraph or two (a how-to's "Other people are reading" between its steps) the story
# goes on. Three: the fewest paragraphs of a short news story, a round value, not fitted.
ARTICLE_MIN_PARAGRAPHS = 3


def enclosing_element(blocks: Iterable[Block]) -> int | None:
    """HTML: the deepest element that encloses at least `CONTAINER_MIN_SHARE` of the prose words (GOOD and
    NEAR) of `blocks`, not counting each block's own element; None when there is none (text blocks have no
    elements). The container stage finds the article's element so; the main run, a run's."""
    weights: dict[int, int] = {}
    depths: dict[int, int] = {}
    total = 0
    for block in blocks:
        features = block.features
        if features is None or features.prose not in (_GOOD, _NEAR):
            continue
        total += features.words
        for depth, element in enumerate(block.hints.containers[:-1]):
            weights[element] = weights.get(element, 0) + features.words
            depths[element] = depth
    enclosing = [element for element, weight in weights.items() if total and weight >= t.CONTAINER_MIN_SHARE * total]
    return max(enclosing, key=depths.__getitem__, default=None)


def _box_after_the_article(blocks: tuple[Block, ...], candidates: list[tuple[float, Run, bool]], index: int) -> bool:
    """HTML: a related-links heading (an `<h*>` element) set outside the element of the strongest run above it
    opens a box after the article ("More from the site" over teasers of other stories, as long as prose as the
    story's): the runs after it count as those after a comment heading. The same heading inside the article's
    element is a box in the middle of the story, which goes on below it."""
    heading = blocks[index]
    if heading.hints.heading_level is None or not heading.hints.containers or "aside" in heading.hints.ancestors:
        return False  # no heading element, or a sidebar's box set beside the story's paragraphs
    before = [c for c in candidates if not c[2]]
    if not before:
        return False
    run = max(before, key=lambda c: c[0])[1]
    prose = [b for b in blocks[run.start : run.end + 1] if b.features is not None and b.features.prose is _GOOD]
    if len(prose) < ARTICLE_MIN_PARAGRAPHS:
        return False  # a lead paragraph or two above a box in the story's middle
    if "article" in heading.hints.ancestors and all("article" in b.hints.ancestors for b in prose):
        return False  # inside the story's <article>, however its sections split it into elements
    element = enclosing_element(blocks[run.start : run.end + 1])
    return element is not None and element not in heading.hints.containers


def find_runs(page: Page) -> list[Run]:
    """The runs that make up the article body, in page order.

    The strongest run is the article's core; runs on either side join it while they are strong
    enough and close enough (an article split by an ad box, a pull quote, a "Read more" link).
    """
    blocks = page.blocks
    scores = _lists_outside_the_article_discounted(blocks, [block_score(b) for b in blocks])
    barriers = _barriers(blocks, chrome_languages(page.language))
    scores = _related_boxes_discounted(blocks, scores, barriers)
    candidates: list[tuple[float, Run, bool]] = []  # weighted score, run, after a comment heading
    start, after_comments, words_before = 0, False, 0
    # headings that open with a box-of-links word ("More from the site"): a barrier only where they open a box
    # after the article, which a mere split of the page into segments would not tell
    box_headings = frozenset(
        b.index
        for b in blocks
        if b.kind is Kind.RELATED and b.hints.heading_level is not None and b.evidence[-1:] == ("chrome.related.start",)
    )
    for index in range(len(blocks) + 1):
        if index in box_headings and words_before >= t.BARRIER_MIN_WORDS_BEFORE and not after_comments:
            runs = [(run.score, run, False) for run in all_runs(scores, start, index, t.RUN_MIN_SCORE)]
            if _box_after_the_article(blocks, candidates + runs, index):
                barriers[index] = Kind.RELATED
        if index < len(blocks) and index not in barriers:
            features = blocks[index].features
            if features is not None and features.prose is _GOOD:
                words_before += features.words
            continue
        weight = COMMENT_SEGMENT_DISCOUNT if after_comments else 1.0
        candidates.extend(
            (run.score * weight, run, after_comments) for run in all_runs(scores, start, index, t.RUN_MIN_SCORE)
        )
        if (
            index < len(blocks)
            and barriers[index] is Kind.COMMENTS
            and words_before >= t.BARRIER_MIN_WORDS_BEFORE
            and not _comment_counter(blocks, scores, barriers, index)
        ) or (
            index < len(blocks)
            and barriers[index] is Kind.RELATED
            and words_before >= t.BARRIER_MIN_WORDS_BEFORE
            and _box_after_the_article(blocks, candidates, index)
        ):
            after_comments = True
        start = index + 1
    if not candidates:
        return []
    main_score, main, _ = max(candidates, key=lambda c: (c[0], -c[1].start))
    joinable = sorted(
        (
            c[1]
            for c in candidates
            if not c[2]
            and c[0] >= t.SECOND_RUN_MIN_SHARE * main_score
            and c[1] is not main
            and not _sidebar_run(blocks, c[1])
        ),
        key=lambda r: r.start,
    )
    chosen = [main]
    low, high = main.start, main.end
    for run in reversed([r for r in joinable if r.end < main.start]):
        if low - run.end <= t.SECOND_RUN_MAX_GAP:
            chosen.append(run)
            low = run.start
    for run in (r for r in joinable if r.start > main.end):
        if run.start - high <= t.SECOND_RUN_MAX_GAP:
            chosen.append(run)
            high = run.end
    # a lead paragraph above the article's photo: only the photo's caption or credit line stands between them,
    # and a credit line ("© Example Photo") is a barrier, so the lead was left a run of its own, too weak to join
    for run in sorted((c[1] for c in candidates if not c[2] and c[1].end < low), key=lambda r: -r.end):
        if run.end < low and _credit_gap(blocks, run.end + 1, low) and not _sidebar_run(blocks, run):
            chosen.append(run)
            low = run.start
    return sorted(chosen, key=lambda r: r.start)


def _credit_gap(blocks: tuple[Block, ...], start: int, end: int) -> bool:
    """Between blocks `start` and `end` (excluded) stand only a photo's caption and credit lines, at least one."""
    gap = blocks[start:end]
    return 0 < len(gap) <= t.CREDIT_GAP_MAX_BLOCKS and all(b.role in (Role.CAPTION, Role.COPYRIGHT) for b in gap)


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


def unclaimed_text(block: Block) -> bool:
    """No stage claimed the block, it is not junk, and it is no byline or date line: the article may take it."""
    features = block.features
    return (
        block.role is Role.BOILERPLATE
        and block.kind is None
        and features is not None
        and features.prose is not Prose.BAD
        and not any(e in HEADER_EVIDENCE for e in block.evidence)
    )


def _sidebar_prose_is_aside(blocks: list[Block], runs: list[Run]) -> bool:
    """The runs' paragraphs of prose marked as a sidebar's hold fewer words than the others: a box beside the
    article that a run took in, not the article's own wrapper named for its sidebar layout."""
    marked = unmarked = 0
    for run in runs:
        for block in blocks[run.start : run.end + 1]:
            features = block.features
            if features is None or features.prose is not _GOOD:
                continue
            if SIDEBAR_PROSE in block.evidence:
                marked += features.words
            else:
                unmarked += features.words
    return 0 < marked < unmarked


def mark_main_run(page: Page, options: Options) -> Page:
    """Label the blocks of the main prose run(s) body; chrome, captions and copyright inside stay."""
    del options
    runs = find_runs(page)
    blocks = list(page.blocks)
    # a sidebar's prose that a run took in beside the article's own (an author's bio box under the story) stays
    # out; when most of the runs' prose carries the mark, a sidebar class sits on the article's own wrapper
    story = _sidebar_prose_is_aside(blocks, runs)
    for run in runs:
        for index in range(run.start, run.end + 1):
            block = blocks[index]
            if block.role in _CAPTION_OR_COPYRIGHT:
                continue
            if story and SIDEBAR_PROSE in block.evidence:
                continue
            if block.kind is not None:
                continue
            if (
                any(e in HEADER_EVIDENCE for e in block.evidence)
                and block.features is not None
                and block.features.prose is Prose.SHORT
            ):
                continue
            blocks[index] = block.labelled(Role.BODY, content_kind(block), "run.main")
    # short lines between two parts of the article, unclaimed by any lexicon, belong to it (a poem's
    # lines, list items, subheadings between paragraphs split by an ad)
    for before, after in itertools.pairwise(runs):
        gap = range(before.end + 1, after.start)
        if len(gap) <= t.SANDWICH_MAX_BLOCKS and all(unclaimed_text(blocks[i]) for i in gap):
            for index in gap:
                block = blocks[index]
                blocks[index] = block.labelled(Role.BODY, content_kind(block), "run.sandwiched")
    if not runs:
        return page.with_diagnostic("body: no run of prose found")
    # a wire story's sign-off right under the last paragraph ("Reporting by ...; Editing by ...")
    closing = runs[-1].end + 1
    if closing < len(blocks) and _SIGN_OFF.match(blocks[closing].text) and blocks[closing].kind is None:
        blocks[closing] = blocks[closing].labelled(Role.BODY, Kind.PARAGRAPH, "run.sign_off")
    return page.with_blocks(tuple(blocks))
