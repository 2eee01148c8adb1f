"""The headline: the headline block, else the page's metadata, else its <title> minus the site name."""

from __future__ import annotations

import re
from collections.abc import Callable

from articlekit.classify.header import (
    DATED_LINE_RULE,
    DATED_TITLE_RULE,
    headline_before_date,
    indented_layout,
    title_around_date,
)
from articlekit.classify.headline_model import tokens
from articlekit.classify.titles import (
    TITLE_SEPARATORS,
    contains,
    metadata_titles,
    page_titles,
    title_parts,
    title_pieces,
)
from articlekit.fields.sources import Found, first_found, json_ld_value
from articlekit.lexicons import HEADLINE_MEDIA_TAGS
from articlekit.model import Block, Page, Role
from articlekit.recognize.bylines import DATE_CONNECTORS
from articlekit.recognize.datelines import DATELINE_MONTHS, DATELINE_WEEKDAYS


def from_block(page: Page) -> Found | None:
    """The block the header stage labelled headline."""
    for position, block in enumerate(page.blocks):
        if block.role is Role.HEADLINE:
            if DATED_LINE_RULE in block.evidence and (dated := headline_before_date(block.text)) is not None:
                return Found(dated, f"headline block {block.index}, the words before its date")
            trimmed = _without_kicker(block, page)
            if trimmed is not None:
                return trimmed
            # text mode: the <title> a converter kept as the first line (in HTML the first block is a block)
            if page.source == "text" and block.index == 0 and block.hints.line == 0:
                return Found(strip_site_name(block.text, page), f"headline block {block.index} (title line)")
            label = _menu_label(block, position, page)
            if label is not None:
                rest = block.text[len(label) :].strip()
                return Found(rest, f"headline block {block.index} minus the menu label it opens with")
            stamped = _without_date_stamp(block.text) if page.source == "html" else None
            if stamped is not None:
                return Found(stamped, f"headline block {block.index} minus the date stamp it ends with")
            if _follows_its_kicker(page.blocks[position - 1] if position else None, block):
                # HTML: the mark that set the kicker apart stays in the rest ("Climate" / ": Drilling ...")
                return Found(block.text.lstrip(HEADING_SEPARATOR_MARKS), f"headline block {block.index}")
            return Found(block.text, f"headline block {block.index}")
    return None


def _menu_label(block: Block, position: int, page: Page) -> str | None:
    """HTML: the section's label a headline block opens with, when the page's menu above it holds that label
    alone: the section's link and the headline in one element, a single <br> between them ("National" /
    "Minister sets new rules"). The label is the block's one link (its share of the text is the block's link
    density: a headline that opens with a menu item's words, "U.S. Envoy Arrives", links none or all of
    them), and the headline after it opens with a capital and has at least `MENU_LABEL_REST_MIN_WORDS` words;
    a metadata title that keeps the label's words with the headline's shows they belong to it.
    """
    density = block.hints.link_density
    if page.source != "html" or block.hints.heading_level is not None or not 0 < density < 1:
        return None
    text = block.text
    chars = len("".join(text.split()))
    labels = {
        other.text
        for other in page.blocks[:position]
        if (other.role is Role.SECTION or (other.role is Role.BOILERPLATE and other.kind is not None))
        and other.features is not None
        and other.features.words <= LABEL_MAX_WORDS
        and text.startswith(f"{other.text} ")
    }
    own = tokens(text)
    for label in sorted(labels, key=len, reverse=True):
        rest = text[len(label) :].strip()
        if not rest[:1].isupper() or len(tokens(rest)) < MENU_LABEL_REST_MIN_WORDS:
            continue
        if abs(len("".join(label.split())) / chars - density) > MENU_LABEL_LINK_TOLERANCE:
            continue
        if any(contains(tokens(title), own) for title in metadata_titles(page)):
            return None
        return label
    return None


def _date_word(word: str) -> bool:
    key = word.casefold()
    return key.isdigit() or key in DATELINE_MONTHS or key in DATELINE_WEEKDAYS


# Words before a date that make it a part of the headline's sentence, not a stamp run into its end.
DATE_PREPOSITIONS: frozenset[str] = DATE_CONNECTORS | frozenset(
    ("of", "for", "in", "since", "until", "till", "by", "from", "to", "before", "after", "during", "through",
     "vom", "seit", "bis", "im", "für", "ab", "depuis", "jusqu", "pour", "desde", "hasta", "para", "dal", "fino",
     "per", "sinds", "tot", "voor")
)  # fmt: skip


def _without_date_stamp(text: str) -> str | None:
    """The headline without the date stamp an element after it runs into its block: "Wurz joins Honda as test
    driver Thursday, 10, January, 2008, 09:14", "Bin Laden issues warning on Iraq, Israel 2007/12".

    The stamp is the run of numbers, month and weekday names that ends the block: at least two of them, a year
    among them, and the shape of a stamp, not of a date the headline names ("Housing starts fall in March
    2008"): a time, a slash date or a weekday opening it. At least `TITLE_PIECE_MIN_WORDS` words stay.
    """
    words = list(_WORD.finditer(text))
    cut = len(words)
    while cut > 0 and _date_word(words[cut - 1].group()):
        cut -= 1
    stamp = [word.group() for word in words[cut:]]
    if len(stamp) < 2 or cut < TITLE_PIECE_MIN_WORDS or not any(_YEAR.fullmatch(word) for word in stamp):
        return None
    if words[cut - 1].group().casefold() in DATE_PREPOSITIONS:
        return None  # "the attacks of 9/11/2001", "graduates on Friday 13 June 2008": the headline's own date
    tail = text[words[cut].start() :]
    if not _stamp_shaped(tail) and stamp[0].casefold() not in DATELINE_WEEKDAYS:
        return None
    return text[: words[cut].start()].rstrip(" ,|-–—:·/")


def _stamp_shaped(tail: str) -> bool:
    """A time ("09:14"), a day/month/year date ("10/01/2008") or a year and month ("2007/12"), not a season
    ("2020/21", "2020/2021")."""
    if _TIME.search(tail) or _SLASH_DATE.search(tail):
        return True
    month = _YEAR_MONTH.search(tail)
    if month is None:
        return False
    year, number = int(month.group(1)), int(month.group(2))
    return 1 <= number <= MONTHS and number != (year + 1) % 100


def _follows_its_kicker(previous: Block | None, block: Block) -> bool:
    """Whether `block` is the rest of a heading whose first element the reader made a block of its own: a
    block of the same heading level just before it, and the rest opening with the mark between them."""
    level = block.hints.heading_level
    return (
        level is not None
        and previous is not None
        and previous.hints.heading_level == level
        and block.text[:1] in HEADING_SEPARATOR_MARKS
    )


def _without_kicker(block: Block, page: Page) -> Found | None:
    """HTML: the metadata's headline, when the headline block is that headline with a kicker before it.

    Sites set a kicker in its own element inside the <h1> ("Climate Drilling until it gets hot"); their
    og:title, JSON-LD headline or <title> give the headline alone. A kicker the page writes into the
    headline itself ("Climate: Drilling until it gets hot"), or one some metadata title keeps, stays.
    """
    if page.source != "html":
        return None
    own = tokens(block.text)
    titles = page_titles(page)
    if own in titles.headlines:
        return None
    for headline, text in zip(titles.headlines, titles.headline_texts, strict=True):
        size = len(headline)
        if KICKER_TRIM_MIN_WORDS <= size < len(own) and own[-size:] == headline:
            words = list(_WORD.finditer(block.text))
            between = block.text[words[-size - 1].end() : words[-size].start()]
            if _GLUED_KICKER.fullmatch(between) is None:
                return Found(text, f"headline block {block.index} minus its kicker (metadata title)")
        # a table cell or a line that runs a section label or a date into the headline: not a heading,
        # whose longer text is the editors' own headline and the metadata's a shortened one, unless the
        # header stage took it for the headline run into its date line
        cell = block.hints.heading_level is None or DATED_TITLE_RULE in block.evidence
        if cell and KICKER_TRIM_MIN_WORDS <= size < len(own) and contains(own, headline):
            return Found(text, f"headline block {block.index}, the part the metadata title gives")
    if DATED_TITLE_RULE in block.evidence and (dated := title_around_date(block, page)) is not None:
        return Found(dated, f"headline block {block.index}, the title's first words around its date")
    if DATED_TITLE_RULE in block.evidence:  # the header stage matched a piece of a title with no known site
        pieces = [piece for title in metadata_titles(page) for piece in title_pieces(title)]
        for piece in sorted(pieces, key=lambda piece: len(tokens(piece)), reverse=True):
            if KICKER_TRIM_MIN_WORDS <= len(tokens(piece)) < len(own) and contains(own, tokens(piece)):
                return Found(piece, f"headline block {block.index}, the piece of the title it gives")
    if block.hints.heading_level is None:
        return _title_piece_after_label(block, own, page)
    return None


def _title_piece_after_label(block: Block, own: tuple[str, ...], page: Page) -> Found | None:
    """A line (no heading) that runs a label into the headline a <title> piece gives: "More World news
    Judges allow video" under "Site > News > World -- Judges allow video", "Sports : Judges allow video".

    The piece must end the line after a few words, and the piece before it in the <title> must not stand
    right before it in the line too: "Kim Jong Un - The dictator is back" is one headline cut in two.
    """
    sites = page_titles(page).sites
    for title in metadata_titles(page):
        pieces = [tokens(piece) for piece in title_pieces(title)]
        for position, piece in enumerate(pieces):
            size = len(piece)
            if piece in sites or size < TITLE_PIECE_MIN_WORDS or not 0 < len(own) - size <= LABEL_MAX_WORDS:
                continue
            if own[-size:] != piece:
                continue
            before = pieces[position - 1] if position > 0 else ()
            if before and own[-size - len(before) : -size] == before:
                continue
            if not _reads_as_label(block.text, own[:-size], size, pieces, position):
                continue
            return Found(
                title_pieces(title)[position], f"headline block {block.index}, the title piece after its label"
            )
    return None


def _reads_as_label(text: str, label: tuple[str, ...], size: int, pieces: list[tuple[str, ...]], position: int) -> bool:
    """The words before a title piece are a label, not the start of the headline a <title> shortened
    ("Barack Obama speaks in Berlin" under "Obama speaks in Berlin - Politics"): a mark sets them apart
    ("Sports : Judges..."), or they name another piece of the title, its section ("More World news").
    """
    words = list(_WORD.finditer(text))
    if len(words) > size and any(mark in text[words[-size - 1].end() : words[-size].start()] for mark in LABEL_MARKS):
        return True
    others = {word for number, piece in enumerate(pieces) if number != position for word in piece}
    return any(word in others for word in label)


def from_json_ld(page: Page) -> Found | None:
    """JSON-LD `headline` or `name` of the article object."""
    value = json_ld_value(page, "headline") or json_ld_value(page, "name")
    if not value:
        return None
    whole = _untruncated(value, page)
    return Found(whole, "json-ld headline, completed by another title") if whole else Found(value, "json-ld headline")


def from_open_graph(page: Page) -> Found | None:
    """`og:title` / `twitter:title`, minus a site name."""
    for key in ("og:title", "twitter:title"):
        value = page.metadata.meta.get(key)
        if value:
            value = strip_site_name(value, page)
            whole = _untruncated(value, page)
            return Found(whole, f"meta {key}, completed by another title") if whole else Found(value, f"meta {key}")
    return None


# What ends a metadata title that a site cut short to a length: "... for Hong Kong leader...".
TRUNCATION_MARKS: tuple[str, ...] = ("...", "…")


def _untruncated(value: str, page: Page) -> str | None:
    """The whole headline, when `value` is a metadata title cut short with an ellipsis and another metadata
    title (site name stripped) opens with the same words and goes on: JSON-LD "... for Hong Kong leader..."
    beside the <title> "... for Hong Kong leader Carrie Lam | Site".
    """
    if not value.rstrip().endswith(TRUNCATION_MARKS):
        return None
    own = tokens(value)
    titles = page_titles(page)
    for headline, text in zip(titles.headlines, titles.headline_texts, strict=True):
        if own and len(headline) > len(own) and headline[: len(own)] == own:
            return text
    return None


def from_title(page: Page) -> Found | None:
    """The <title>, or in text mode a first line shaped like one, minus the site name."""
    title = page.metadata.title
    if title is None and page.source == "text" and page.blocks:
        first = page.blocks[0]
        features = first.features
        if (
            first.hints.line == 0
            and not indented_layout(page.blocks)
            and first.role is Role.BOILERPLATE
            and not any(e.startswith("chrome.") for e in first.evidence)
            and features is not None
            and (any(s in first.text for s in TITLE_SEPARATORS) or 3 <= features.words <= TITLE_MAX_WORDS)
        ):
            title = first.text
    return Found(strip_site_name(title, page), "title") if title else None


def strip_site_name(title: str, page: Page) -> str:
    """'Headline - Site' -> 'Headline': keep the longest part, unless the site name is known."""
    site = page.metadata.meta.get("og:site_name")
    parts = title_parts(title)
    if site:
        parts = [p for p in parts if p.casefold() != site.casefold()] or parts
    return parts[0]


# What a heading whose kicker the reader made a block of its own may still open with: the kicker's separator.
HEADING_SEPARATOR_MARKS = ":-–—|/·• "
# A first line longer than this is prose, not a <title> the converter kept.
TITLE_MAX_WORDS = 25
# A headline block that ends with the metadata's headline loses the words before it (its kicker) only
# when that headline has this many words: a one-word title is more likely the block's last word.
KICKER_TRIM_MIN_WORDS = 2
# A <title> piece gives the headline of a line that ends with it after at most this many words (a section
# label, a breadcrumb: "More World news", "Eintracht Presse :") and has at least this many words itself.
LABEL_MAX_WORDS = 4
# What sets a label apart from the headline after it in one line: "Sports : Judges", "World | Judges".
LABEL_MARKS: tuple[str, ...] = (":", "|", ">", "»", "›", "–", "—", " - ", "/", "•", "·")
TITLE_PIECE_MIN_WORDS = 3
# The headline after a menu's label run into its block has at least this many words: "National Sonia in
# hospital" loses "National", a two-word line is more likely a menu item with its neighbour.
MENU_LABEL_REST_MIN_WORDS = 4
# How far the label's share of the block's characters may differ from the block's link density when the
# label is its link: a separator or a space the reader counts on one side only, not another linked word.
MENU_LABEL_LINK_TOLERANCE = 0.03
_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# What only a date stamp holds, not a date a headline names: a time, a slash date, a year and its month.
_TIME = re.compile(r"\d:\d\d")
_SLASH_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_YEAR_MONTH = re.compile(r"\b((?:19|20)\d\d)/(\d{1,2})\b")
MONTHS = 12
# What stands between a kicker the page writes into its headline and the headline: "Climate: Drilling",
# '"Pure emptiness": Kramer misses'. A space before the colon or none after it joins two elements.
_GLUED_KICKER = re.compile(r"[\"'“”„«»‘’]*:\s+")

SOURCES: tuple[Callable[[Page], Found | None], ...] = (from_block, from_json_ld, from_open_graph, from_title)


# A media label is looked for in this many characters at a headline's end (a <title> may be long).
MEDIA_TAG_MAX_CHARS = 100
# "(video)", "[Watch]", "(Fotos + Video)" at a headline's end: a media label of `HEADLINE_MEDIA_TAGS`, several
# joined by "+", "&", "/" or ",", in brackets. Linear: the alternation holds literal words only.
_MEDIA_WORDS = "|".join(
    sorted({re.escape(word) for words in HEADLINE_MEDIA_TAGS.values() for word in words}, key=len, reverse=True)
)
_MEDIA_TAG = re.compile(
    rf"\s*[(\[]\s*\+?\s*(?:{_MEDIA_WORDS})(?:\s*[+&/,]\s*(?:{_MEDIA_WORDS}))*\s*[)\]]\s*$", re.IGNORECASE
)


def build_headline(page: Page) -> Found | None:
    """The first source that gives a headline, without a media label at its end ("(video)")."""
    found = first_found(page, SOURCES)
    if found is None:
        return None
    start = max(0, len(found.value) - MEDIA_TAG_MAX_CHARS)  # the label ends the headline: only its end is read
    label = _MEDIA_TAG.search(found.value, start)
    if label is not None and found.value[: label.start()].strip():
        return Found(found.value[: label.start()], f"{found.source}, its media label left out")
    return found
