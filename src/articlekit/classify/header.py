"""Context pass over the article's header zone, the blocks just before the body: headline, section,
dek, bylines, date lines, a standalone dateline, and photo titles above captions.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from urllib.parse import urlsplit

from articlekit.classify import thresholds as t
from articlekit.classify.chrome import chrome_languages, phrase_covered
from articlekit.classify.furniture import BYLINE_EVIDENCE, DATE_EVIDENCE, markup_chrome
from articlekit.classify.headline_model import (
    MENU_SEPARATORS,
    Context,
    candidate_features,
    lead_stems,
    overlaps,
    score,
    tokens,
)
from articlekit.classify.mainrun import ARTICLE_MIN_PARAGRAPHS
from articlekit.classify.titles import (
    TITLE_MAX_CHARS,
    PageTitles,
    Tokens,
    contains,
    metadata_titles,
    page_titles,
    title_parts,
    title_pieces,
)
from articlekit.lexicons import AGENCIES, DEK_MARKUP_TOKENS, JOB_TITLE_WORDS, PROFILE_LINES
from articlekit.model import Block, Kind, Page, Prose, Role
from articlekit.options import Options
from articlekit.recognize.bylines import (
    MAX_NAME_LINE_WORDS,
    ONE_WORD_OPENERS,
    is_lone_opener,
    is_name,
    parse_name_line,
)
from articlekit.recognize.datelines import DATELINE_WEEKDAYS, parse_standalone_dateline
from articlekit.recognize.datespans import find_date_span, starts_with_date_label

# How many blocks after the body start may still hold the byline or date ("By ..." under the lead).
BYLINE_AFTER_START = 3
_AGENCIES: frozenset[str] = frozenset(AGENCIES)
# Bylines set an agency's name in capitals as often as they set a person's: "JIJI", "KYODO", "REUTERS".
_AGENCIES_IN_CAPITALS: frozenset[str] = frozenset(agency.upper() for agency in AGENCIES)
AGENCY_LINE_MAX_WORDS = 3
# Words that name an agency's desk around its name: "Agencia EFE", "Redazione ANSA", "Agência Lusa".
AGENCY_DESK_WORDS: frozenset[str] = frozenset(
    {
        "agencia",
        "agência",
        "agence",
        "agenzia",
        "agentur",
        "redazione",
        "redacción",
        "redação",
        "redaktion",
        "rédaction",
        "news",
        "wire",
    }
)
_JOB_WORDS: tuple[str, ...] = tuple(w for words in JOB_TITLE_WORDS.values() for w in words)
# "By THE ASSOCIATED PRESS", "by The Times-Picayune": an opener and a few capitalised words naming a
# newsroom, not a person; at most this many words after the opener.
ORGANISATION_BYLINE_MAX_WORDS = 5
JOB_TITLE_MAX_WORDS = 5
# Between a writer's name and the date line, at most this many lines of a profile box ("Political Editor",
# "@handle", "Follow", "2 min read"), each of at most this many words.
BYLINE_TRAILER_LINES = 2
BYLINE_TRAILER_MAX_WORDS = 4
# The dek: a standfirst sentence or two, found within this many blocks under the headline.
DEK_WINDOW = 5
DEK_MIN_WORDS = 6
DEK_MAX_WORDS = 70
# A long winner right under another headline-like line is that headline's dek.
DEK_MIN_WORDS_OVER_HEADLINE = 10
KICKER_MIN_WORDS = 4
# The winner becomes the dek of the line above it only when the ranker scores that line nearly as high
# (within this many points): a menu or a byline right above a long headline is not its headline.
# Tried on the trafilatura and readability pages: no limit 0.661 (with naeb and l3s_gn1), 0.5 0.695, 1.0
# 0.693, 2.0 0.689. 1.0 keeps a plain "headline, dek, byline" header, where the dek scores ~0.9 higher.
KICKER_MAX_GAP = 1.0
# A kicker above the headline is short; the section label sits above it.
KICKER_MAX_WORDS = 8
# A section label repeats a menu item seen within this many blocks above it.
REPEAT_WINDOW = 60
# Words that make a lone credit line a photo credit, not an agency sign-off ("（共同）", "(dpa)").
PHOTO_MARKERS: tuple[str, ...] = ("photo", "foto", "bild", "image", "credit", "getty", "/", "写真", "撮影", "画像")
# A caption whose credit stands alone on the next line is at most this long.
CAPTION_MAX_WORDS = 60
# A headline is usually the wordiest candidate among its neighbours within this many lines.
LONGEST_NEAR_LINES = 8
# The header zone may reach this many blocks into the body run, to its first real paragraph.
ANCHOR_MAX_SKIP = 12
# HTML: the zone reaches past the body's first lines to the run's first paragraph only when less than this
# share of the lines between are body: mostly a sidebar's boxes, not the article's own short lines (a page
# of addresses, a list of dates) that the headline stands above. Half: a round value, not fitted.
SKIPPED_BODY_MAX_SHARE = 0.5
# The evidence of the blocks the body run (`mainrun`) found; the article's element may add others around them.
MAIN_RUN_EVIDENCE = "run.main"


# Text mode: a one-word line is a headline candidate when the title line opens with it ("Penny | Wiki")
# and it has at least this many characters: not a short label ("Tag", "FAQ") nor a number.
ONE_WORD_TITLE_MIN_CHARS = 4


# HTML: a heading (<h1> first, else down to this level) that repeats the metadata's title is the headline,
# when it has at least this many words (a one-word <h1> may be the site's name, also in the <title>).
CONFIRMED_HEADING_MAX_LEVEL = 2
CONFIRMED_HEADING_MIN_WORDS = 2
# HTML: a heading below <h2>, down to this level, is confirmed only when it is the metadata's headline itself and
# no top heading says it too: a blog sets the post's title in an <h3> under its own name in the <h1>, where an
# <h3> that repeats the end of an <h1> ("Kicker: ...: Headline" over "Headline") is that headline's dek. Some
# publishing platforms set the title in an <h4> (with a shorter line under it the ranker preferred): 3 -> 4 gained
# one readability page and changed no other headline in the HTML sets.
CONFIRMED_HEADLINE_MAX_LEVEL = 4
# HTML: when the ranker's winner is not an <h1> and says nothing the metadata says, a block that gives the
# metadata's headline is the headline: the whole block, or a block with at most this many words more
# (a kicker, a section label or a date run into it: "World news Judges allow video", "... Thursday, 10
# January 2008, 09:14"). Eight is a section label and a date; it was set before measuring.
TITLE_BLOCK_EXTRA_WORDS = 8
# HTML: a block that is a piece of the <title> ("Headline - Section - Site") stands in for the metadata's
# headline when it has at least this many words: a section's or a site's name ("State News") is shorter.
TITLE_PIECE_MIN_WORDS = 3
# HTML: a paragraph sentence the ranker chose is the headline only when some metadata title gives at least this
# share of its words ("Welcome back, dear readers." under "Welcome back readers"); a lead sentence that repeats the
# site's name or the story's names ("Los Angeles - Jane Doe said ...") gives a smaller share. Set before measuring.
SENTENCE_BACKED_MIN_SHARE = 0.5
# A class or id word part that names a breadcrumb trail ("breadcrumb", "c-breadcrumbs", "breadcrumb__item"): a
# heading in it is the trail's last item, the page's name in the site's menu. Preferring a heading outside it
# among headings that each repeat a metadata title gained one trafilatura page and lost none on the HTML sets.
TRAIL_TOKEN = "breadcrumb"
# Markup rules that call a block a box of links to other pieces ("markup.related.token", "markup.related.aside").
RELATED_MARKUP_PREFIX = "markup.related"
# HTML: the page's one <h1> wins over a ranker's winner at most this many blocks below it (its dek, a
# credit line between), when at most this share of its text is a link (a site's name links home).
H1_ABOVE_WINNER_MAX_GAP = 3
# HTML: a heading names the section its URL's directory runs together when it has at least this many words.
SECTION_DIRECTORY_MIN_WORDS = 2
H1_LINK_MAX_DENSITY = 0.5


def _set(block: Block, role: Role, evidence: str) -> Block:
    return block.labelled(role, None, evidence)


# Members read once per block, as module names: Python < 3.12 looks `Role.BODY` up through `EnumType.__getattr__`,
# a call each time.
_BOILERPLATE, _BODY, _CAPTION, _SHORT = Role.BOILERPLATE, Role.BODY, Role.CAPTION, Prose.SHORT
_FREE_OR_BODY = (Role.BOILERPLATE, Role.BODY)
_META_LINE_ROLES = (Role.BYLINE, Role.DATE, Role.DATELINE, Role.CAPTION)
_ABOVE_BODY_ROLES = (Role.DATE, Role.DATELINE, Role.BODY)


def _free(block: Block) -> bool:
    """Not yet claimed by any stage."""
    return block.role is _BOILERPLATE and block.kind is None


def _title_lines(page: Page) -> list[str]:
    """What the page says its title is: <title>, og:title, JSON-LD headline; in text mode, the first
    line (converters put the <title> there).
    """
    meta = page.metadata
    found = [meta.title, meta.meta.get("og:title"), meta.meta.get("twitter:title")]
    for item in meta.json_ld[:1]:
        headline = item.get("headline")
        found.append(headline if isinstance(headline, str) else None)
    if page.source == "text" and page.blocks:
        first = page.blocks[0]
        if first.features is not None and first.features.words <= t.HEADLINE_MAX_WORDS + 10:
            found.append(first.text)
    return [title[:TITLE_MAX_CHARS] for title in found if title]  # a JSON-LD headline may be megabytes


def indented_layout(blocks: Sequence[Block]) -> bool:
    """Text laid out with indentation (inscriptis, lynx): its first line is not the page's <title>."""
    indented = sum(1 for block in blocks if block.hints.indent >= t.INDENTED_MIN_SPACES)
    return bool(blocks) and indented >= t.INDENTED_LAYOUT_MIN_SHARE * len(blocks)


def _chrome_line(block: Block) -> bool:
    """Chrome by a whole-line match or a region, not merely by a phrase it contains."""
    return (
        block.role is Role.BOILERPLATE
        and block.kind is not None
        and not any(e.endswith(".phrase") for e in block.evidence)
    )


# Labels the header pass gives a short line by its shape alone (two capitalised words read as a name, one
# upper-case word as a dateline): a line that repeats the metadata's headline, or that the ranker
# prefers, is that headline instead.
SHAPE_LABELS: frozenset[str] = frozenset({"header.byline_name", "header.dateline"})


def shape_labelled(block: Block) -> bool:
    """A byline or dateline only by its shape (two capitalised words, one upper-case word): maybe a headline."""
    return block.role in (Role.BYLINE, Role.DATELINE) and any(e in SHAPE_LABELS for e in block.evidence)


def _is_headline_candidate(block: Block, index: int, one_word_titles: frozenset[tuple[str, ...]] = frozenset()) -> bool:
    features = block.features
    if features is None or (block.hints.bullet and features.words < 4):
        return False
    if not (block.role in _FREE_OR_BODY or shape_labelled(block)) or (
        _chrome_line(block) and not _linked_heading(block)
    ):
        return False
    if any(e in BYLINE_EVIDENCE or e in DATE_EVIDENCE for e in block.evidence):
        return False
    if "://" in block.text or block.text.startswith("www."):
        return False
    if features.words == 1 and index > 0 and tokens(block.text) in one_word_titles:
        return True
    return t.HEADLINE_MIN_WORDS <= features.words <= t.HEADLINE_MAX_WORDS or (
        features.words == 1 and features.chars >= 8 and not block.text.isascii()
    )


# The evidence of a block that the markup stage called navigation for its links alone.
LINKS_EVIDENCE = "markup.navigation.links"
# The chrome stage's label of a short heading that opens with a box-of-links word ("More ...", "Weitere ..."):
# a headline may open so too ("More authority needed", "Weitere Digitalisierung der Kinos").
LINE_START_RULE = f"chrome.{Kind.RELATED.value}.start"


def _linked_heading(block: Block) -> bool:
    """HTML: a heading that is chrome only because it is a link, as a headline linking to its own story is,
    or only for its first word (`_worded_heading`)."""
    if block.hints.heading_level is None or block.kind is None:
        return False
    return _worded_heading(block) or (
        LINKS_EVIDENCE in block.evidence
        and not any(
            e.startswith(("chrome.", "region.")) or (e.startswith("markup.") and e != LINKS_EVIDENCE)
            for e in block.evidence
        )
    )


def _worded_heading(block: Block) -> bool:
    """HTML: a heading that is chrome only for the box-of-links word it opens with (`LINE_START_RULE`), as a
    headline may open too ("More authority needed", "Weitere Digitalisierung der Kinos")."""
    return (
        block.hints.heading_level is not None
        and block.evidence[-1:] == (LINE_START_RULE,)
        and not any(e.startswith(("markup.", "region.")) for e in block.evidence)
    )


def _phrase_line(block: Block, languages: tuple[str, ...]) -> bool:
    """A line the chrome stage labelled by a phrase it holds, whose words are all chrome phrases: several
    controls in one element ("Log in Sign up"), as much chrome as a whole-line match."""
    return (
        block.role is Role.BOILERPLATE
        and block.kind is not None
        and any(e.endswith(".phrase") for e in block.evidence)
        and phrase_covered(block.text, languages)
    )


def _one_word_titles(page: Page) -> frozenset[tuple[str, ...]]:
    """Text mode: the one-word headline the page's title line opens with ("Impressum - Site", "Penny | Wiki").

    A one-word line is a headline candidate only when it repeats it: alone, such lines are menu items. The
    first piece, not the last: titles put the site's name last. HTML confirms a one-word heading by the
    metadata (`_confirmed_heading`) instead.
    """
    if page.source != "text":
        return frozenset()
    found = set()
    for title in _title_lines(page):
        pieces = title_pieces(title)
        first = tokens(pieces[0]) if pieces else ()
        if len(first) == 1 and len(first[0]) >= ONE_WORD_TITLE_MIN_CHARS and not first[0].isdigit():
            found.add(first)
    return frozenset(found)


def header_zone(page: Page) -> tuple[int, int, tuple[tuple[str, ...], ...]] | None:
    """(first body block, first real paragraph, title tokens), or None for a page without body.

    The header zone ends at the first real paragraph: headlines, teasers and kickers that the body
    run swallowed before it stay candidates.
    """
    first_body = next((b.index for b in page.blocks if b.role is _BODY), None)
    if first_body is None:
        return None
    title_tokens = tuple(tokens(part) for title in _title_lines(page) for part in title_parts(title))
    anchor = _anchor(page.blocks, first_body, title_tokens)
    if page.source == "html" and anchor == first_body and not _real_paragraph(page.blocks[anchor], title_tokens):
        # HTML: the article's element may enclose a sidebar's boxes above the story (a table layout's link
        # lists, a poll), which the body then begins with; when no real paragraph follows that first line
        # closely, the story's text starts where the body run does, and its headline stands above that
        main = next((b.index for b in page.blocks if MAIN_RUN_EVIDENCE in b.evidence), first_body)
        body = sum(block.role is Role.BODY for block in page.blocks[first_body:main])
        if main > anchor and body < SKIPPED_BODY_MAX_SHARE * (main - first_body):
            anchor = _anchor(page.blocks, main, title_tokens)
    return first_body, anchor, title_tokens


def mark_header_furniture(page: Page, options: Options) -> Page:
    """Label the bylines, date lines and standalone dateline of the header zone."""
    del options
    zone = header_zone(page)
    if zone is None:
        return page
    _, start, _ = zone
    blocks = list(page.blocks)
    window = range(max(0, start - t.HEADLINE_WINDOW), start)
    # bylines and date lines: before the body, or just inside its start. Text only: the meta line that ends with
    # the comments' link (in HTML its markup says which part is the link; reading the whole as the date line cost
    # body text on three HTML dev pages)
    dated_links = page.source == "text"
    for index in [*window, *range(start, min(len(blocks), start + BYLINE_AFTER_START))]:
        block = blocks[index]
        features = block.features
        # a paragraph-length line is a date line only when it says so ("Publié le 03/03/2023 ...")
        long_body = block.role is _BODY and features is not None and features.prose is not _SHORT
        if long_body and features is not None and features.closed and not starts_with_date_label(block.text):
            continue
        dated_link = dated_links and _dated_comment_link(block)
        if not (_free(block) or block.role is Role.BODY or markup_chrome(block) or dated_link):
            continue
        if any(e in BYLINE_EVIDENCE for e in block.evidence):
            blocks[index] = _set(block, Role.BYLINE, "header.byline")
        elif any(e in DATE_EVIDENCE for e in block.evidence) or dated_link:
            blocks[index] = _set(block, Role.DATE, "header.date")
    # a newsroom byline right above the date line or the body: "By THE ASSOCIATED PRESS"
    for index in range(max(0, start - t.HEADLINE_WINDOW), start):
        block, following = blocks[index], blocks[index + 1]
        if _free(block) and following.role in _ABOVE_BODY_ROLES and is_organisation_byline(block.text):
            blocks[index] = _set(block, Role.BYLINE, "header.byline_newsroom")
    # a bare name right above the date line or the body ("Pamela Falk"), maybe with a job title line
    for index in range(max(1, start - t.HEADLINE_WINDOW), start):
        block, following = blocks[index], blocks[index + 1]
        claimable = _free(block) or (block.role is Role.BODY and _short_open(block))
        if not (claimable and block.features is not None and 2 <= block.features.words <= 4):
            continue
        # HTML: an <h1> or <h2> is the page's headline or a section's, not a byline ("Ronson Denies Affair")
        level = block.hints.heading_level
        if not is_name(block.text.strip()) or (level is not None and 0 < level <= CONFIRMED_HEADING_MAX_LEVEL):
            continue
        if (
            (_free(following) or following.role is Role.BODY)
            and is_job_title(following.text)
            and index + 2 < len(blocks)
            and blocks[index + 2].role in (Role.DATE, Role.BODY)
        ):
            blocks[index] = _set(block, Role.BYLINE, "header.byline_name")
            blocks[index + 1] = _set(following, Role.BYLINE, "header.byline_title")
        elif following.role in (Role.DATE, Role.BODY):
            blocks[index] = _set(block, Role.BYLINE, "header.byline_name")
    # a name line with the job, the outlet or the handle after the names ("Richard Adams Education editor",
    # "Kelly Quinlan • JacketsOnline"), or a bare name over the lines a profile box sets under it (a job, a
    # handle, "Follow", a reading time), right above the date line (or, with nothing between, the body). Text
    # only: in HTML the byline's markup says it (on the HTML dev pages this found no author and lost a headline)
    # Just under the body's start (a dek the run took for the lead), only above a date line.
    end = min(len(blocks) - 1, start + BYLINE_AFTER_START) if page.source == "text" else 0
    for index in range(max(1, start - t.HEADLINE_WINDOW), end):
        block = blocks[index]
        claimable = _free(block) or (block.role is Role.BODY and _short_open(block))
        level = block.hints.heading_level
        features = block.features
        if (
            not claimable
            or (level is not None and 0 < level <= CONFIRMED_HEADING_MAX_LEVEL)
            or features is None
            or not 2 <= features.words <= MAX_NAME_LINE_WORDS
        ):
            continue
        # where the line stands first (a few role tests), the names last (a scan of the line)
        after = index + 1
        while after < min(len(blocks), index + 1 + BYLINE_TRAILER_LINES) and _byline_trailer(blocks[after]):
            after += 1
        # the date line, or a line with a date the header stage left to the body's chrome ("Saturday 23
        # December 2023 05:39, UK" under a lead), never a byline with its date
        dated = after < len(blocks) and (
            blocks[after].role is Role.DATE
            or (blocks[after].role in _FREE_OR_BODY and not DATE_EVIDENCE.isdisjoint(blocks[after].evidence))
        )
        if not (dated or (index < start and after == index + 1 and blocks[after].role is Role.BODY)):
            continue
        if (features.words <= 4 and is_name(block.text.strip())) or parse_name_line(block.text):
            blocks[index] = _set(block, Role.BYLINE, "header.byline_name")
    # an opener alone on its line, the name on the next: "By" / "Alexandra Tremayne-Pengelly", "Written by" /
    # "Lori Grunin" (converters that put every element on its own line)
    for index in range(max(0, start - t.HEADLINE_WINDOW), min(len(blocks) - 1, start + BYLINE_AFTER_START)):
        block, following = blocks[index], blocks[index + 1]
        if not (_free(block) or block.role is Role.BODY) or not is_lone_opener(block.text):
            continue
        claimable = _free(following) or (following.role is Role.BODY and _short_open(following))
        if (claimable or following.role is Role.BYLINE) and is_name(following.text.strip()):
            blocks[index] = _set(block, Role.BYLINE, "header.byline_opener")
            if following.role is not Role.BYLINE:
                blocks[index + 1] = _set(following, Role.BYLINE, "header.byline_name")
    # an agency standing as the byline ("Agencia EFE", "Redazione ANSA")
    for index in window:
        block = blocks[index]
        if _free(block) and is_agency_line(block.text):
            blocks[index] = _set(block, Role.BYLINE, "header.byline_agency")
    # a standalone dateline right before the first paragraph ("BAKU"), which the run may have swallowed
    for index in range(max(0, start - 3), min(len(blocks) - 1, start + 2)):
        block = blocks[index]
        claimable = _free(block) or (block.role is Role.BODY and _short_open(block))
        if claimable and blocks[index + 1].role is Role.BODY and parse_standalone_dateline(block.text) is not None:
            blocks[index] = _set(block, Role.DATELINE, "header.dateline")
            break
    return page.with_blocks(tuple(blocks))


def headline_candidates(page: Page) -> list[tuple[int, list[float]]]:
    """Every headline candidate of the header zone with its feature vector, closest first."""
    zone = header_zone(page)
    if zone is None:
        return []
    _, start, title_tokens = zone
    blocks = page.blocks
    one_word_titles = _one_word_titles(page)
    found: list[tuple[int, int, int]] = []  # index, distance, rank
    # a heading that is chrome for its link alone is measured as if it were a line, but the other
    # candidates are measured as they were without it (their distance, rank and length among neighbours)
    linked: set[int] = set()
    sites = page_titles(page).sites if page.source == "html" else frozenset()
    languages = chrome_languages(page.language)
    distance = rank = 0
    for index in range(start - 1, max(-1, start - t.HEADLINE_WINDOW - 1), -1):
        block = blocks[index]
        meta = block.role in _META_LINE_ROLES and not shape_labelled(block)
        if meta or _phrase_line(block, languages):
            continue
        if _chrome_line(block):
            if (
                _linked_heading(block)
                and tokens(block.text) not in sites  # the site's name linking home
                and _is_headline_candidate(block, index, one_word_titles)
            ):
                linked.add(index)
                found.append((index, distance + 1, rank))
            continue
        distance += 1
        if _is_headline_candidate(block, index, one_word_titles):
            found.append((index, distance, rank))
            rank += 1
    words = {index: _words(blocks[index]) for index, _, _ in found}
    longest = {
        index: all(
            words[index] >= words[other]
            for other, _, _ in found
            if abs(other - index) <= LONGEST_NEAR_LINES and (other not in linked or other == index)
        )
        for index, _, _ in found
    }
    context = Context(
        start,
        title_tokens,
        dict(Counter(b.text for b in blocks)),
        longest,
        indented_layout(blocks),
        lead_stems(blocks, start),
    )
    return [(index, candidate_features(blocks, index, distance, rank, context)) for index, distance, rank in found]


def _claimable_title(block: Block) -> bool:
    """A block the headline may be: unclaimed, body, chrome by markup, a heading chrome by its first word alone
    ("More authority needed"), or labelled by its shape alone."""
    if block.role is Role.BOILERPLATE:
        return block.kind is None or markup_chrome(block) or _worded_heading(block)
    return block.role is Role.BODY or any(e in SHAPE_LABELS for e in block.evidence)


def _in_a_box(block: Block) -> bool:
    """HTML: a block in an <aside> or a box the markup calls related, where teasers' headings stand."""
    return "aside" in block.hints.ancestors or any(rule.startswith(RELATED_MARKUP_PREFIX) for rule in block.evidence)


def _confirmed_heading(page: Page, anchor: int) -> int | None:
    """HTML: the first heading up to the first real paragraph that says what the page's metadata says
    its headline is (og:title, twitter:title, JSON-LD headline, or the <title> minus the site name).

    Markup alone may have labelled it chrome (a link to itself, a "paywall" or "nav" class), or its first
    word ("More ...", `LINE_START_RULE`): the words the page's own metadata repeats outweigh a class name.
    A heading that repeats only the site's name (the blog's name in an <h1> above the post, also at the end
    of the <title>) is not confirmed; one that repeats the metadata's headline, site name stripped, wins over
    one that repeats another piece. Among headings that each repeat a piece of a <title> whose site name is
    not known ("Post | Blog's Name"), the one nearest the first paragraph wins: the site's name heads the
    page, the post's title its text; an <h3> competes only when an <h1> or <h2> repeats another piece.
    """
    if page.source != "html":
        return None
    titles = page_titles(page)
    if not titles.parts and not titles.headlines:
        return None
    # (not the headline, in a breadcrumb trail, level, trust or distance), index
    found: tuple[tuple[bool, bool, int, int], int] | None = None
    top_piece: bool | None = None  # an <h1> or <h2> repeats a piece that is no headline (asked when needed)
    for block in page.blocks[: anchor + 1]:
        level = block.hints.heading_level
        if level is None or level > CONFIRMED_HEADLINE_MAX_LEVEL or not _claimable_title(block):
            continue
        if level > CONFIRMED_HEADING_MAX_LEVEL and _in_a_box(block):
            continue  # a teaser's <h3> or <h4> in a trending box that repeats the page's own headline
        own = tokens(block.text)
        headline = own in titles.headlines
        if level > CONFIRMED_HEADING_MAX_LEVEL and not headline and top_piece is None:
            top_piece = _a_top_heading_repeats_a_piece(page, titles, anchor)  # once a page
        if level > CONFIRMED_HEADING_MAX_LEVEL and not (
            (headline or top_piece) and not _said_by_a_top_heading(page, own, anchor)
        ):
            continue
        if not (headline or own in titles.parts) or own in titles.sites or names_a_section_directory(page, block.text):
            continue
        if not headline and any(own[-len(site) :] == site and len(own) > len(site) for site in titles.sites):
            continue  # the whole <title> with its site's name: the page's title bar, not its headline
        if not headline and _heads_a_section(page, titles, own, block.index, anchor):
            continue
        if block.role not in (Role.BOILERPLATE, Role.BODY) and not headline:
            continue
        # one word may be the site's name, unless the page names its site apart from it ("Nebelsuppe | Site")
        if len(own) < CONFIRMED_HEADING_MIN_WORDS and not (headline and titles.named):
            continue
        # the headline: one outside a breadcrumb trail (whose last item may be an <h1> that repeats one metadata
        # title, above the story's own heading that repeats another), the highest level, then the most trusted
        # title's (JSON-LD before og:title and <title>, which may give the kicker over it), then the first; a
        # piece: the nearest to the first paragraph
        rank = (
            (False, _in_a_trail(block), level, titles.headlines.index(own))
            if headline
            else (True, False, 0, anchor - block.index)
        )
        if found is None or rank < found[0]:
            found = rank, block.index
    if found is not None and found[0][0] and len(tokens(page.blocks[found[1]].text)) < TITLE_PIECE_MIN_WORDS:
        # a short piece (a section's name) above the anchor, the story's longer piece in a heading just past it
        for block in page.blocks[anchor + 1 : anchor + 1 + ANCHOR_MAX_SKIP]:
            level = block.hints.heading_level
            own = tokens(block.text)
            if level is None or level > CONFIRMED_HEADING_MAX_LEVEL or not _claimable_title(block):
                continue
            if len(own) >= TITLE_PIECE_MIN_WORDS and own in titles.parts and own not in titles.sites:
                return block.index
    return None if found is None else found[1]


def _in_a_trail(block: Block) -> bool:
    """HTML: a block in a <nav> or an element whose class or id names a breadcrumb trail."""
    return "nav" in block.hints.ancestors or any(TRAIL_TOKEN in token for token in block.hints.tokens)


def _heads_a_section(page: Page, titles: PageTitles, own: Tokens, at: int, anchor: int) -> bool:
    """HTML: `own` (the heading at `at`) gives only a <title>'s first pieces run together ("Recipes -
    Desserts" under "Recipes - Desserts - Chocolate cake | Site") and another heading after it, up to the
    first paragraph, gives what follows them: it names the section, the other heading the story. A heading
    above it, or a link, gives what the piece belongs to (a serial's name over its chapter's title).
    """
    follows = titles.runs.get(own)
    if not follows:
        return False
    return any(
        block.hints.heading_level is not None
        and block.hints.heading_level <= CONFIRMED_HEADING_MAX_LEVEL
        and block.hints.link_density < H1_LINK_MAX_DENSITY
        and _claimable_title(block)
        and len(words := tokens(block.text)) >= CONFIRMED_HEADING_MIN_WORDS
        and words in follows
        for block in page.blocks[at + 1 : anchor + 1]
    )


def _a_top_heading_repeats_a_piece(page: Page, titles: PageTitles, anchor: int) -> bool:
    """Whether an <h1> or <h2> up to the first paragraph repeats a piece of the <title> that names no known site:
    a blog's own name over its post ("Site News Blog" under the <title> "Post title - Site News Blog")."""
    return any(
        block.hints.heading_level is not None
        and block.hints.heading_level <= CONFIRMED_HEADING_MAX_LEVEL
        and (own := tokens(block.text)) in titles.parts
        and own not in titles.sites
        and own not in titles.headlines
        for block in page.blocks[: anchor + 1]
    )


def _said_by_a_top_heading(page: Page, own: tuple[str, ...], anchor: int) -> bool:
    """Whether an <h1> or <h2> up to the first paragraph holds the words `own`."""
    return any(
        block.hints.heading_level is not None
        and block.hints.heading_level <= CONFIRMED_HEADING_MAX_LEVEL
        and contains(tokens(block.text), own)
        for block in page.blocks[: anchor + 1]
    )


# A date line gives the headline after its date when at most this many words stand before the date: a
# weekday ("Wednesday, 09 January 2008 Headline").
DATE_LEAD_MAX_WORDS = 1
# What is cut from the ends of the headline taken from a date line: the marks between it and the date.
DATE_TRIM = " ,|-–—:·"


# The rule that gives the headline to a date line that opens or closes with the metadata's headline:
# the date field still reads such a block's date, the headline field takes the metadata's words.
DATED_TITLE_RULE = "header.title_dated"
# The rule that gives the headline to a date line that opens with it when no metadata title says what the
# headline is ("'No exceptions to settlement freeze' Sat, 29 Dec 2007 17:50:54"): the headline field gives the
# words before the date, the date field still reads the block's date.
DATED_LINE_RULE = "header.headline_dated_line"
# The rules whose headline block is also the page's date line.
DATED_HEADLINE_RULES: frozenset[str] = frozenset({DATED_TITLE_RULE, DATED_LINE_RULE})
# A date line gives a headline of at least this many words before its date (a weekday, "Adelaide United" or
# "Last updated at" are shorter or labelled).
DATED_LINE_MIN_WORDS = 3
# A date line stands at most this many blocks above the first paragraph to give the headline: right above
# it, or above a caption or the ranker's winner between.
DATED_LINE_MAX_GAP = 2


def headline_before_date(text: str) -> str | None:
    """The headline a date line opens with: the words before its date, up to a byline opener or a date label
    that stands between ("Harry rubbishes slump theory by Chris Stanton, 30 December 2007", "It's not 'monkey'
    Published on January 12, 2008"), when they are at least `DATED_LINE_MIN_WORDS` words, no label, byline,
    menu or sentence.
    """
    span = find_date_span(text)
    if span is None:
        return None
    before = text[: text.find(span)]
    words = before.split()
    if not words or starts_with_date_label(before) or words[0].casefold() in ONE_WORD_OPENERS:
        return None
    for position, word in enumerate(words):
        rest = " ".join(words[position:])
        if position and (word.casefold() in ONE_WORD_OPENERS or starts_with_date_label(rest)):
            words = words[:position]
            break
    if words and _weekday(words[-1]):
        words = words[:-1]  # "Sat, 29 Dec 2007": the date's weekday, before the span the date finder gives
    headline = " ".join(words).strip(DATE_TRIM)
    if (
        len(tokens(headline)) < DATED_LINE_MIN_WORDS
        or headline.endswith(".")
        or any(separator in headline for separator in MENU_SEPARATORS)
    ):
        return None
    return headline


_WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset(day[:3] for day in DATELINE_WEEKDAYS)


def _weekday(word: str) -> bool:
    """A weekday's name, or its three-letter abbreviation with the comma after it ("Sat,")."""
    key = word.casefold()
    return key.strip(DATE_TRIM) in DATELINE_WEEKDAYS or (key.endswith(",") and key[:-1] in _WEEKDAY_ABBREVIATIONS)


def _dated_line(page: Page, winner: int, anchor: int) -> int | None:
    """HTML: the date line right above the first paragraph that opens with the headline, when the ranker's
    winner is no heading of several words and no metadata title backs it: old table layouts set the headline,
    its byline and date in one cell ("Harry rubbishes slump theory by Chris Stanton, 30 December 2007"),
    which the date stage claimed, so the ranker took a section's name or a photo's title above or below it.
    """
    if page.source != "html":
        return None
    block = page.blocks[winner]
    chosen = tokens(block.text)
    if block.hints.heading_level is not None and len(chosen) >= DATED_LINE_MIN_WORDS:
        return None
    said = [tokens(title) for title in metadata_titles(page)]
    if any(overlaps(chosen, title) or contains(title, chosen) for title in said):
        return None
    for index in range(anchor - 1, max(-1, anchor - DATED_LINE_MAX_GAP - 1), -1):
        line = page.blocks[index]
        if line.role is Role.DATE and headline_before_date(line.text) is not None:
            return index
    return None


def _dated_title(block: Block, words: tuple[str, ...], headline: tuple[str, ...]) -> bool:
    """A date line that is the headline with its date run into it: "Fix of Hubble on hold 09.01.08 00:09",
    "Jan 17, 2008 Murph's Turf: ...", when one element holds both (a <br> between them).
    """
    size = len(headline)
    dated = block.role is Role.DATE and any(e in DATE_EVIDENCE for e in block.evidence)
    # a credit line that opens with the headline and its date: "Headline Site Sunday 30th December, 2007 (IANS)",
    # which the caption stage took for a photo's credit
    credited = block.role is Role.CAPTION and words[:size] == headline and find_date_span(block.text) is not None
    return credited or (dated and (words[:size] == headline or words[-size:] == headline))


def title_around_date(block: Block, page: Page) -> str | None:
    """HTML: the headline in a date line that runs it into its date, when a metadata title opens with it:
    "Lukla Airport to be named ... 15 Jan, 2008, 1202 hrs IST" under the <title> "Lukla Airport to be named
    ...- Travel-Services-News", "Wednesday, 09 January 2008 Jeremy Clarkson ripped off" under "Jeremy
    Clarkson ripped off - Digital Lifestyle". The words before the date (or, when at most a weekday stands
    before it, after it) must be the title's first words, however the title goes on: separators the pieces
    are not split at ("Airport- Travel", "talks: Sport") do not hide the headline. A title's piece that
    another piece outnumbers in words is its site's or section's name ("The Evening Star - Headline"), no
    headline, whatever date line it opens; a title that holds the date as well is a headline with a date
    in it ("Minutes of the board meeting of 10 October 2019").
    """
    if page.source != "html" or not any(e in DATE_EVIDENCE for e in block.evidence):
        return None
    span = find_date_span(block.text)
    if span is None:
        return None
    start = block.text.find(span)
    before, after = block.text[:start], block.text[start + len(span) :]
    sites = page_titles(page).sites
    for part, lead in ((before, ()), (after, tokens(before))):
        words = tokens(part)
        if len(words) < TITLE_PIECE_MIN_WORDS or len(lead) > DATE_LEAD_MAX_WORDS or words in sites:
            continue
        for title in metadata_titles(page):
            opening = tokens(title)
            if opening[: len(words)] != words or contains(opening, tokens(f"{before} {span}")):
                continue  # not the title's first words, or a headline that holds the date too
            pieces = [tokens(piece) for piece in title_pieces(title)]
            if all(len(piece) <= len(words) or contains(piece, words) for piece in pieces):
                return part.strip(DATE_TRIM)
    return None


def _title_block(page: Page, winner: int, anchor: int) -> int | None:
    """HTML: the block that gives the metadata's headline, when the ranker's winner says something else.

    The ranker reads the header zone alone; on pages whose zone holds only chrome ("Your Province",
    "Today's UK news") its winner is a menu line, while the headline the <title> or og:title gives
    stands in a block elsewhere (past a teaser the body run began with, or in a table cell with its
    section label, or run into its date line). An <h1> winner stays: editors write the visible headline,
    the metadata a shorter one. A chrome line below the first paragraph that holds the title among other
    words is the site's footer or menu naming the site (a <title> that is the site's name alone).
    """
    if page.source != "html":
        return None
    block = page.blocks[winner]
    if block.hints.heading_level == 1:
        return None
    titles = page_titles(page)
    headlines = [headline for headline in titles.headlines if len(headline) >= CONFIRMED_HEADING_MIN_WORDS]
    own = tokens(block.text)
    if not headlines or any(overlaps(own, headline) for headline in titles.headlines):
        return None
    best: tuple[tuple[bool, int], int] | None = None  # (only contains it, distance to the anchor), index
    for headline in headlines:
        for other in page.blocks:
            if other.features is None or other.features.words > len(headline) + TITLE_BLOCK_EXTRA_WORDS:
                continue
            words = tokens(other.text)
            free = other.role in (Role.BOILERPLATE, Role.BODY) or _claimable_title(other)
            if not free and not _dated_title(other, words, headline):
                continue
            # "NY1: Top Stories": a title of a site and a section, whose few words a list's label repeats
            if len(headline) < TITLE_PIECE_MIN_WORDS and any(e.startswith("chrome.") for e in other.evidence):
                continue
            if names_a_section_directory(page, other.text):
                continue
            if words != headline and other.index > anchor and other.kind is not None and other.role is Role.BOILERPLATE:
                continue  # a menu or footer line below the story that names the site among other words
            if words == headline or contains(words, headline):
                rank = (words != headline, abs(other.index - anchor))
                if best is None or rank < best[0]:
                    best = rank, other.index
        if best is not None:
            return best[1]
    dated = [b.index for b in page.blocks if b.role is Role.DATE and title_around_date(b, page) is not None]
    if dated:
        return min(dated, key=lambda index: abs(index - anchor))
    # a <title> whose site name nothing gives ("Headline - Section - Site", "Site : Headline"): a block that
    # is one of its pieces, or a date line run into one, the longest first (a site's or a section's name
    # is the shorter piece); weaker evidence, so only against a winner that is no heading at all
    if block.hints.heading_level is not None:
        return None
    pieces = {tokens(piece) for title in metadata_titles(page) for piece in title_pieces(title)} - titles.sites
    # "Deutscher Schwimm-Verband e.V.": a line that ends like a sentence is no headline, whatever piece it repeats
    # before the end of the text: a piece that a comment's heading under the article repeats is no headline
    text_end = max((other.index for other in page.blocks if other.role is Role.BODY), default=anchor)
    open_lines = [
        (other, tokens(other.text)) for other in page.blocks[:text_end] if other.features and not other.features.closed
    ]
    for piece in sorted((piece for piece in pieces if len(piece) >= TITLE_PIECE_MIN_WORDS), key=len, reverse=True):
        found = [
            other.index
            for other, words in open_lines
            if (words == piece and _claimable_title(other))
            or (len(words) <= len(piece) + TITLE_BLOCK_EXTRA_WORDS and _dated_title(other, words, piece))
        ]
        if found:
            return min(found, key=lambda index: abs(index - anchor))
    return None


def _heading_under_title_line(page: Page, titled: int, anchor: int) -> int | None:
    """HTML: the heading between a line the metadata's title backs and the first paragraph, when that line is
    no heading but a menu's or a breadcrumb's item, or a label of a few words: the page's name in its
    breadcrumb ("Start > Engagieren > Nachhaltiger leben") or a generic label ("News Article" under the
    <title> "Site :: News Article") above the story's own heading ("Nachhaltig leben", "Cassio and
    Cornthwaite return for Glory clash"). The page sets its headline as a heading; the line only repeats
    the <title>'s words.
    """
    line = page.blocks[titled]
    if page.source != "html" or line.hints.heading_level is not None:
        return None
    if line.kind is None and len(tokens(line.text)) >= TITLE_PIECE_MIN_WORDS:
        return None  # a line of several words outside any menu: the headline set without a heading
    sites = page_titles(page).sites
    for block in page.blocks[titled + 1 : anchor]:
        level = block.hints.heading_level
        own = tokens(block.text)
        if level is None and block.role is Role.BODY:
            return None  # the story's text begins above any heading: the line heads it
        if level is None or level > CONFIRMED_HEADLINE_MAX_LEVEL or not _claimable_title(block):
            continue
        if level > CONFIRMED_HEADING_MAX_LEVEL and _in_a_box(block):
            continue
        if len(own) < CONFIRMED_HEADING_MIN_WORDS or own in sites or block.hints.link_density >= H1_LINK_MAX_DENSITY:
            continue
        return block.index
    return None


def _the_one_h1(page: Page) -> tuple[list[Block], Tokens] | None:
    """The page's shown <h1> elements and their words, when they all give the same words (one heading, or
    its copies for narrow and wide screens)."""
    h1s = [b for b in page.blocks if b.hints.heading_level == 1 and "hidden" not in b.hints.ancestors]
    texts = {tokens(b.text) for b in h1s} - {()}
    if len(texts) != 1:
        return None
    (own,) = texts
    return h1s, own


def _lone_h1(page: Page, winner: int, anchor: int) -> int | None:
    """HTML: the page's one <h1>, when it stands where the ranker's winner suggests the headline is.

    The ranker reads the lines above the first paragraph one by one; a page that marks a single line as
    its top heading says more. That <h1> is the headline when it stands between the winner and the first
    paragraph (the winner is a teaser, a menu line or a photo title above it), or right above the winner
    (the winner is its dek, a subtitle, or a credit line under it) unless it is a link (the site's name
    heads many pages as a one-word <h1> linking home) or a short one the <title> does not give (a section's
    name). An <h1> that names the site in the <title> never is.
    """
    if page.source != "html" or page.blocks[winner].hints.heading_level == 1 or (one := _the_one_h1(page)) is None:
        return None
    h1s, own = one
    titles = page_titles(page)
    if own in titles.sites or any(names_a_section_directory(page, b.text) for b in h1s):
        return None
    # a few words head the page above a line only when the <title> gives them too: a one-word "Sport" or
    # "Local News" <h1> heads a section's page above the story's own <h2> headline, where "Ischgl" above
    # "The Tyrolean freeride mecca" under "Ischgl - Trails" is the story's
    sized = len(own) >= TITLE_PIECE_MIN_WORDS or (
        own in titles.parts and not _heads_a_section(page, titles, own, h1s[0].index, anchor)
    )
    for block in h1s:
        if not _claimable_title(block) or not tokens(block.text):
            continue
        if winner < block.index <= anchor:
            return block.index
        above = block.index < winner <= block.index + H1_ABOVE_WINNER_MAX_GAP
        if above and block.hints.link_density < H1_LINK_MAX_DENSITY and sized:
            return block.index
    return None


def _titled_h1(page: Page, winner: int | None) -> int | None:
    """HTML: the page's one <h1>, wherever it stands and whatever stage called it chrome, when a metadata title
    holds its words and the ranker's winner says nothing the metadata says: "Sequilho com Chocolate Amargo"
    under the <title> "Receita de Sequilho com Chocolate Amargo | Site", a one-word place name set between
    menus ("Ischgl" under "Trails! Ischgl"), where the winner is a form's heading or a teaser.
    """
    if page.source != "html" or (winner is not None and page.blocks[winner].hints.heading_level == 1):
        return None
    if (one := _the_one_h1(page)) is None:
        return None
    h1s, own = one
    titles = page_titles(page)
    said = [tokens(title) for title in metadata_titles(page)]
    chosen = tokens(page.blocks[winner].text) if winner is not None else ()
    backed = any(overlaps(chosen, headline) for headline in titles.headlines) or any(contains(t, chosen) for t in said)
    if chosen and backed:
        return None  # the winner says what the metadata says
    if own in titles.sites or not any(contains(title, own) for title in said):
        return None
    for block in h1s:
        if (
            block.role in _FREE_OR_BODY
            and tokens(block.text) == own
            and not names_a_section_directory(page, block.text)
        ):
            return block.index
    return None


# A directory's index page: the directory above it is the page's own slug.
INDEX_PAGE = re.compile(r"(?:index|default)\.\w+\Z", re.IGNORECASE)


def names_a_section_directory(page: Page, text: str) -> bool:
    """HTML: a heading of several words that the URL runs together as a directory of its path: the section's
    name ("Local Sports Wire" on example.com/localsportswire/22.html), not the story's headline, whose slug
    keeps its words apart ("/fun-returns/"). One word says nothing: "/ischgl/" may be the story's own page;
    nor does a heading that is the whole <title>, a blog's name on a host that gives each blog a directory.
    """
    if page.source != "html" or len(text.split()) < SECTION_DIRECTORY_MIN_WORDS:
        return False
    try:
        parts = urlsplit(page.metadata.url or "")
    except ValueError:  # a malformed URL names no section
        return False
    path = parts.path
    segments = [segment for segment in path.split("/") if segment]
    index_page = bool(segments) and not path.endswith("/") and INDEX_PAGE.match(segments[-1]) is not None
    if segments and not path.endswith("/"):
        segments.pop()  # the page's own name ("22.html", "index.php")
    if not parts.query and (path.endswith("/") or index_page):
        segments = segments[:-1]  # "/slug/" and "/slug/index.html" name the story; "/dir/?p=22" does not
    directories = {segment.casefold() for segment in segments}
    own = tokens(text)
    # the whole <title>: a blog's own name ("LAPD Wife" on host/lapdwife/), the site's and no section's
    return "".join(own) in directories and own != tokens(page.metadata.title or "")


def _names_the_site(page: Page, block: Block) -> bool:
    """HTML: a line (no heading) that is the site's name, as the metadata or the URL's domain gives it
    ("MalaysiaSun.com" on story.malaysiasun.com): the ranker's winner on a page whose header zone holds no
    headline, where the metadata's title stands in for it.
    """
    if page.source != "html" or block.hints.heading_level is not None:
        return False
    own = tokens(block.text)
    if own in page_titles(page).sites:
        return True
    try:
        host = urlsplit(page.metadata.url or "").hostname or ""
    except ValueError:  # a malformed URL names no site
        return False
    domain = "".join(tokens("".join(host.split(".")[-2:])))  # "story.malaysiasun.com" -> "malaysiasuncom"
    return len(own) > 1 and "".join(own) == domain  # "MalaysiaSun.com", not the one word "Malaysiasun"


# Class and id words that call an element a headline ("entry-title", "headline", "story-heading").
HEADLINE_CLASS_WORDS: tuple[str, ...] = ("title", "headline", "heading")


def _unbacked_sentence(page: Page, block: Block) -> bool:
    """HTML: a paragraph (`<p>`) that ends like a sentence and whose words no metadata title mostly gives
    (`SENTENCE_BACKED_MIN_SHARE`): the ranker's pick of a lead sentence ("Lorem ipsum dolor sit amet.", "The Example
    website is hosted by Acme." under the <title> "Example: Colophon"), where the page's own title stands in.
    Sharing the site's name, or the names a lead repeats, is not saying the same.
    """
    features = block.features
    if page.source != "html" or block.hints.tag != "p" or features is None or not features.closed:
        return False
    if block.text.rstrip().endswith("?") or any(
        word in token for token in block.hints.tokens for word in HEADLINE_CLASS_WORDS
    ):
        return False  # a question is a headline's form; so is a paragraph its classes call a title
    titles = metadata_titles(page)
    own = tokens(block.text)
    return bool(titles) and not any(
        sum(word in words for word in own) >= SENTENCE_BACKED_MIN_SHARE * len(own)
        for words in (set(tokens(title)) for title in titles)
    )


def mark_headline(page: Page, options: Options) -> Page:
    """Label the headline, then the dek under it, the section label above it and photo titles."""
    del options
    candidates = headline_candidates(page)
    zone = header_zone(page)
    confirmed = _confirmed_heading(page, zone[1]) if zone is not None else None
    if zone is None:
        return page
    first_body, _, _ = zone
    blocks = list(page.blocks)
    # a section's name the URL's directory spells is no candidate, however much the <title> backs it
    sections = {index for index, _ in candidates if names_a_section_directory(page, blocks[index].text)}
    scores = {index: score(vector) for index, vector in candidates if index not in sections}
    lone_titled = _titled_h1(page, None) if not scores and confirmed is None else None
    if not scores and confirmed is None and lone_titled is None:
        return page
    if confirmed is not None:
        headline, rule = confirmed, "header.title_heading"
    elif lone_titled is not None:  # no candidate at all: the header zone held only chrome
        headline, rule = lone_titled, "header.titled_h1"
    else:
        headline, rule = max(scores, key=lambda index: (scores[index], index)), "header.headline"
        titled = _title_block(page, headline, zone[1])
        if titled is not None and (under := _heading_under_title_line(page, titled, zone[1])) is not None:
            headline, rule = under, "header.heading_under_title_line"
        elif titled is not None:
            dated = blocks[titled].role is Role.DATE
            headline, rule = titled, DATED_TITLE_RULE if dated else "header.title_block"
        else:
            lone = _lone_h1(page, headline, zone[1])
            titled_h1 = _titled_h1(page, headline) if lone is None else None
            if lone is not None:
                headline, rule = lone, "header.lone_h1"
            elif titled_h1 is not None:
                headline, rule = titled_h1, "header.titled_h1"
            if rule != "header.titled_h1" and (dated_line := _dated_line(page, headline, zone[1])) is not None:
                headline, rule = dated_line, DATED_LINE_RULE
            elif _names_the_site(page, blocks[headline]) or (
                _unbacked_sentence(page, blocks[headline])
                and not (headline + 1 in scores and blocks[headline + 1].hints.heading_level is not None)
            ):  # a sentence with a candidate heading right under it: that heading may be the headline (below)
                return page
    above = blocks[headline - 1] if headline > 0 else None
    features = blocks[headline].features
    if (
        rule == "header.headline"
        and scores.get(headline - 1, -math.inf) >= scores[headline] - KICKER_MAX_GAP
        and above is not None
        and features is not None
        and features.words >= DEK_MIN_WORDS_OVER_HEADLINE
        and _is_headline_candidate(above, headline - 1)
        and above.features is not None
        and above.features.words >= KICKER_MIN_WORDS
        and not above.features.closed
        and not above.hints.bullet
    ):
        headline -= 1  # a headline directly above the winner: the winner is its dek
    elif (
        rule == "header.headline"
        and features is not None
        and features.closed
        and blocks[headline].hints.heading_level is None
        and headline + 1 < len(blocks)
        and blocks[headline + 1].hints.heading_level is not None
        and scores.get(headline + 1, -math.inf) >= scores[headline] - KICKER_MAX_GAP
    ):
        headline += 1  # a heading right under a sentence the ranker chose: the sentence is a note above it
    blocks[headline] = _set(blocks[headline], Role.HEADLINE, rule)
    # whatever the body run took in above the headline is not the article (teasers, breadcrumbs); the lines
    # between the body's first one and the run's first paragraph, when the zone reached that far, stay. A
    # "headline" under an article's worth of the body's paragraphs (`ARTICLE_MIN_PARAGRAPHS`), with less of them
    # below it, stands under the story, not over it (a sidebar's link that repeats the <title>, the heading of
    # a page's second section): what is above it is the story, no teaser
    _, anchor, title_tokens = zone
    above_words, above_paragraphs = _body_prose(blocks[first_body:headline])
    story_above = above_paragraphs >= ARTICLE_MIN_PARAGRAPHS and above_words > _body_prose(blocks[headline + 1 :])[0]
    if _anchor(page.blocks, first_body, title_tokens) == anchor and not story_above:
        for index in range(first_body, min(headline, anchor + 1)):
            if blocks[index].role is Role.BODY:
                blocks[index] = blocks[index].labelled(Role.BOILERPLATE, None, "header.above_headline")
    # the dek: a sentence right under the headline, set apart from the body by furniture
    dek = _find_dek(blocks, headline)
    if dek is not None:
        blocks[dek] = _set(blocks[dek], Role.SUBHEADLINE, "header.dek")
    # the section label: a short line just above the headline (photo captions and a kicker may sit between)
    section = _find_section(blocks, headline)
    if section is not None:
        blocks[section] = _set(blocks[section], Role.SECTION, "header.section")
    # photo titles: a short free line right above a caption ("Azerbaijan Nagorno Karabakh Flag"); a
    # caption whose credit stands on the next line ("Foto: Markus Riedl / picture alliance")
    paragraphs: Counter[int] | None = None  # per element, the story's paragraphs it holds (HTML, counted once)
    for index in range(1, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if block.role is _CAPTION and "caption.lone_credit" in block.evidence:
            photo = any(marker in block.text.lower() for marker in PHOTO_MARKERS)  # not a bare "(Kyodo)" sign-off
            claimable = (_free(above) or above.role is _BODY) and not _outside_the_credits_figure(above, block)
            if claimable and above.role is _BODY and len(above.hints.containers) >= 2:
                paragraphs = _paragraph_counts(blocks) if paragraphs is None else paragraphs
                claimable = not _among_the_storys_paragraphs(above, paragraphs)
            if photo and claimable and above.features is not None and above.features.words <= CAPTION_MAX_WORDS:
                blocks[index - 1] = _set(above, Role.CAPTION, "caption.above_credit")
            continue
        titled = block.role is _CAPTION and _free(above) and above.features is not None
        if titled and above.features is not None and not above.features.closed and above.features.words <= 8:
            blocks[index - 1] = _set(above, Role.CAPTION, "caption.title")
    _mark_caption_copies(blocks)
    return page.with_blocks(tuple(blocks))


# A caption's copy opens with at least this many of the same words.
CAPTION_COPY_MIN_WORDS = 8


# A caption cut short: an ellipsis at its end, maybe with the toggle that shows the rest ("... more").
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)\s*\w{0,12}\s*\Z")


def _mark_caption_copies(blocks: list[Block]) -> None:
    """A caption printed twice, whole and cut short (a gallery's "less" and "more" toggles): the line next to
    a caption that opens with the same words, one of the two cut short, is that caption too, not a paragraph
    of the story. A caption that repeats the story's lead sentence whole cuts nothing short: the lead stays."""
    for index, block in enumerate(blocks):
        if block.role is not _CAPTION or "caption.copy" in block.evidence:
            continue
        opening = tokens(block.text)[:CAPTION_COPY_MIN_WORDS]
        if len(opening) < CAPTION_COPY_MIN_WORDS:
            continue
        for other in (index - 1, index + 1):
            if not 0 <= other < len(blocks):
                continue
            copy = blocks[other]
            if (
                (copy.role is _BODY or _free(copy))
                and tokens(copy.text)[:CAPTION_COPY_MIN_WORDS] == opening
                and (_CUT_SHORT.search(block.text) is not None or _CUT_SHORT.search(copy.text) is not None)
            ):
                blocks[other] = _set(copy, Role.CAPTION, "caption.copy")


def _story_paragraph(block: Block) -> bool:
    features = block.features
    return block.role is _BODY and features is not None and features.prose in (Prose.GOOD, Prose.NEAR)


def _paragraph_counts(blocks: list[Block]) -> Counter[int]:
    """For each element, how many of the body's paragraphs of prose lie within it (HTML: text pages carry no
    elements, and count nothing)."""
    counts: Counter[int] = Counter()
    for block in blocks:
        if _story_paragraph(block):
            counts.update(block.hints.containers[:-1])
    return counts


def _among_the_storys_paragraphs(line: Block, paragraphs: Counter[int]) -> bool:
    """HTML: a body `<p>` whose parent element holds another paragraph of the story is one of the story's
    paragraphs, set above a credit line; a photo's caption sits in a box of its own with its credit, or in a
    `<div>` or a `<figcaption>` beside the story's paragraphs (never in the story's own `<p>` elements)."""
    if line.hints.tag != "p":
        return False
    parent = line.hints.containers[-2]
    return paragraphs[parent] - (1 if _story_paragraph(line) else 0) > 0


# HTML elements that hold a photo and its caption: a credit inside one captions only what is inside it too.
FIGURE_ANCESTORS: frozenset[str] = frozenset({"figure", "figcaption"})


def _outside_the_credits_figure(line: Block, credit: Block) -> bool:
    """HTML: the credit sits in a `<figure>` and the line above it does not: the story's paragraph before the
    photo, not the photo's caption, unless it shares the credit's own parent element and reads as no
    paragraph of the story (a caption set in a `<div>` beside the `<figcaption>` that holds the credit).
    Text pages carry no ancestors, and keep the rule."""
    if not credit.hints.ancestors & FIGURE_ANCESTORS or line.hints.ancestors & FIGURE_ANCESTORS:
        return False
    parent = credit.hints.containers[-2:-1]
    beside = bool(parent) and parent[0] in line.hints.containers
    return not beside or (line.features is not None and line.features.prose is Prose.GOOD)


def _words(block: Block) -> int:
    return block.features.words if block.features is not None else 0


_PROFILE_LINES: frozenset[str] = frozenset(line for lines in PROFILE_LINES.values() for line in lines)
# The reading time's number (and the "ca." before it) goes before the line is looked up: "ca. 8 Min." -> "min."
_PROFILE_NUMBER = re.compile(r"\A(?:ca\.\s*)?\d+\s*")


# A header's meta line may end with the link to the comments ("Doric Sam December 20, 2023 Comments", "26.
# September 2019 Ulrike Stockhausen Schreibe einen Kommentar"); up to this many words it is the date line.
DATED_COMMENT_LINK_MAX_WORDS = 12


def _dated_comment_link(block: Block) -> bool:
    """A short line with a date that the comments' phrase at its end made chrome."""
    features = block.features
    return (
        block.kind is Kind.COMMENTS
        and features is not None
        and features.words <= DATED_COMMENT_LINK_MAX_WORDS
        and find_date_span(block.text) is not None
    )


def _byline_trailer(block: Block) -> bool:
    """A line a profile box sets under the writer's name: a job ("Political Editor"), a handle, "Follow", a
    reading time; never prose, never a date."""
    features = block.features
    if features is None or features.words > BYLINE_TRAILER_MAX_WORDS or block.role not in _FREE_OR_BODY:
        return False
    if block.role is _BODY and not _short_open(block):
        return False
    text = block.text.strip(" ·|•")
    if not text:
        return True  # a separator between the name and its links
    return is_job_title(text) or text.startswith("@") or _PROFILE_NUMBER.sub("", text).casefold() in _PROFILE_LINES


def is_agency_line(text: str) -> bool:
    """A line that is only a news agency, maybe with its desk: "Agencia EFE", "dpa", "Redazione ANSA"."""
    words = text.strip(" .·|-").split()
    if not 1 <= len(words) <= AGENCY_LINE_MAX_WORDS:
        return False
    name = " ".join(w for w in words if w.lower() not in AGENCY_DESK_WORDS)
    return name in _AGENCIES or (name.isupper() and name in _AGENCIES_IN_CAPITALS)


def is_organisation_byline(text: str) -> bool:
    """An opener and a newsroom's capitalised name: "By THE ASSOCIATED PRESS", "by The Times-Picayune"."""
    words = text.split()
    if not 2 <= len(words) <= ORGANISATION_BYLINE_MAX_WORDS + 1 or words[0].casefold() not in ONE_WORD_OPENERS:
        return False
    return all(word[:1].isupper() for word in words[1:])


def is_job_title(text: str) -> bool:
    """A short line naming a job: "Environment correspondent", "Redakteurin"."""
    lowered = text.lower()
    return len(text.split()) <= JOB_TITLE_MAX_WORDS and any(w in lowered for w in _JOB_WORDS)


def _real_paragraph(block: Block, title_tokens: tuple[tuple[str, ...], ...]) -> bool:
    """A body block that is prose, ends like a sentence, and is not the title."""
    features = block.features
    return (
        block.role is Role.BODY
        and features is not None
        and features.prose is Prose.GOOD
        and features.closed
        and tokens(block.text) not in title_tokens
    )


def _anchor(blocks: Sequence[Block], start: int, title_tokens: tuple[tuple[str, ...], ...]) -> int:
    """The first real paragraph a few blocks from `start`, else `start`."""
    for index in range(start, min(len(blocks), start + ANCHOR_MAX_SKIP)):
        if _real_paragraph(blocks[index], title_tokens):
            return index
    return start


def _body_prose(blocks: Sequence[Block]) -> tuple[int, int]:
    """The words and the number of the body's paragraphs of prose among `blocks`."""
    words = [
        b.features.words
        for b in blocks
        if b.role is Role.BODY and b.features is not None and b.features.prose is Prose.GOOD
    ]
    return sum(words), len(words)


def _lead_paragraph(block: Block) -> bool:
    """HTML: a paragraph of prose in a plain `<p>` that no standfirst class marks: the story's first
    paragraph, which the body keeps, however much it looks like a dek between the byline and the rest."""
    features = block.features
    return (
        block.hints.tag == "p"
        and features is not None
        and features.prose is Prose.GOOD
        and not block.hints.tokens & DEK_MARKUP_TOKENS
    )


def _find_dek(blocks: list[Block], headline: int) -> int | None:
    """The block under the headline that reads as a standfirst, if any.

    A standfirst is set apart from the body: a byline or date follows it, or (when none sits between
    it and the headline) chrome or a photo does, or it has no full stop.
    """
    meta = (Role.BYLINE, Role.DATE, Role.DATELINE)
    meta_above = False
    for index in range(headline + 1, min(len(blocks), headline + DEK_WINDOW)):
        block = blocks[index]
        if block.role in meta:
            meta_above = True
            continue
        if block.role is Role.CAPTION or (block.role is Role.BOILERPLATE and block.kind is not None):
            continue
        features = block.features
        if features is None or not (_free(block) or block.role is Role.BODY):
            return None
        if features.words < DEK_MIN_WORDS or features.words > DEK_MAX_WORDS:
            return None
        if block.role is Role.BODY and not any(_story_paragraph(b) for b in blocks[index + 1 :]):
            # the article's only paragraph of prose (a short blog post, the one paragraph over a video page's
            # player, whatever short lines the body keeps under it) is its body, not a standfirst
            return None
        if block.role is Role.BODY and _lead_paragraph(block):
            return None
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is None or following.role in meta:
            return index
        furniture = following.role is Role.CAPTION or following.role is Role.BOILERPLATE
        if not meta_above and (furniture or not features.closed):
            return index
        return None
    return None


def _find_section(blocks: list[Block], headline: int) -> int | None:
    """A short label above the headline: alone on its line, or a menu item repeated as a breadcrumb."""
    skipped_kicker = False
    for index in range(headline - 1, max(-1, headline - 6), -1):
        block = blocks[index]
        if block.role is Role.CAPTION:
            continue
        features = block.features
        if not _free(block) or features is None or any(e in DATE_EVIDENCE for e in block.evidence):
            return None
        if features.words > t.SECTION_MAX_WORDS or features.chars > t.SECTION_MAX_CHARS:
            if skipped_kicker or features.words > KICKER_MAX_WORDS or features.closed:
                return None
            skipped_kicker = True  # "Mittelstand in der Krise": a kicker between section and headline
            continue
        repeated = any(b.text == block.text for b in blocks[max(0, index - REPEAT_WINDOW) : index])
        alone = index == 0 or not _lone_short(blocks[index - 1])
        return index if repeated or alone else None
    return None


def _short_open(block: Block) -> bool:
    """A short line that does not end like a sentence: a heading, a headline."""
    features = block.features
    return features is not None and features.prose is Prose.SHORT and not features.closed


def _lone_short(block: Block) -> bool:
    """A short unclaimed line: one of a menu's items, not a lone label."""
    features = block.features
    return _free(block) and features is not None and features.words <= t.SECTION_MAX_WORDS
