"""Publication and modification dates. The only module that imports dateparser, always with
explicit languages and settings, and only on short spans found by `recognize.datespans`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from itertools import chain

import dateparser

from articlekit.classify.header import DATED_HEADLINE_RULES
from articlekit.classify.markup import NAVIGATION_RULE_PREFIX
from articlekit.fields.datevalues import read_date
from articlekit.model import Block, Kind, Page, Role
from articlekit.options import Options
from articlekit.recognize.datespans import (
    find_date_span,
    find_relative_span,
    find_url_date,
    published_label_end,
)

# Words before a date that make it the modification date, not the publication date.
MODIFIED_MARKERS = re.compile(
    r"(?<!\w)(?:updated|last updated|modified|aktualisiert|geändert|mis à jour|modifié|actualizado|"
    r"actualización|aggiornato|atualizado|atualização|bijgewerkt|更新)(?!\w)",
    re.I,
)
# An ISO 8601 value; some CMSs write the fraction of a second after a colon ("22:06:08:684Z"). Read from
# its parts rather than by datetime.fromisoformat, whose accepted forms differ between Python versions
# (3.10 refuses "-0500" and a two-digit fraction; 3.11 takes them): one answer on every version.
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)"
    r"(?:[T ](?P<hour>\d\d):(?P<minute>\d\d)(?::(?P<second>\d\d)(?:[.:](?P<fraction>\d{1,6}))?)?)?"
    r"(?:(?P<utc>Z)|(?P<sign>[+-])(?P<zh>\d\d):?(?P<zm>[0-5]\d))?\Z",
    re.ASCII,  # ISO digits are ASCII
)
# dateparser's memo: same span, same languages, same reference, same answer; bounded.
PARSE_CACHE_SIZE = 4096


def _iso(value: str) -> datetime | None:
    """An ISO 8601 date or timestamp, aware when it names its offset; None when it is not one (or not real).

    >>> _iso("2019-01-03T02:00:02-0500").isoformat(), _iso("2019-01-03T07:00:02.5Z").isoformat()
    ('2019-01-03T02:00:02-05:00', '2019-01-03T07:00:02.500000+00:00')
    >>> _iso("2019-01-03").isoformat(), _iso("2019-02-30"), _iso("3 January 2019")
    ('2019-01-03T00:00:00', None, None)
    >>> _iso("2019-01-03T02:00:02+0560"), _iso("2019-01-03T02:00:02+2400"), _iso("\u0662\u0660\u0661\u0669-01-03")
    (None, None, None)
    """
    found = _ISO.match(value)
    if not found:
        return None
    part = found.group
    zone: tzinfo | None = None
    try:
        if part("utc"):
            zone = timezone.utc
        elif part("sign"):
            offset = timedelta(hours=int(part("zh")), minutes=int(part("zm")))
            zone = timezone(-offset if part("sign") == "-" else offset)
        return datetime(
            int(part("year")),
            int(part("month")),
            int(part("day")),
            int(part("hour") or 0),
            int(part("minute") or 0),
            int(part("second") or 0),
            int((part("fraction") or "0").ljust(6, "0")),
            tzinfo=zone,
        )
    except ValueError:  # a day, an hour or an offset out of range
        return None


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _dateparser(span: str, languages: tuple[str, ...], reference: datetime | None) -> datetime | None:
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": [] if reference is not None else ["day", "month", "year"],
        "PARSERS": ["relative-time", "absolute-time"] if reference is not None else ["absolute-time"],
    }
    if reference is not None:
        settings["RELATIVE_BASE"] = reference.astimezone(timezone.utc).replace(tzinfo=None)
        settings["TIMEZONE"] = "UTC"
    try:
        return dateparser.parse(span, languages=list(languages), settings=settings)
    except (ValueError, TypeError, OverflowError, LookupError):
        return None


def parse_date(span: str, language: str | None, options: Options, relative: bool = False) -> datetime | None:
    """Parse a short date span; relative spans only against `options.reference_date`."""
    span = span.strip()[: options.max_date_chars]
    if not span:
        return None
    parsed = _iso(span)
    if parsed is not None:
        return parsed
    if not relative:
        parsed = read_date(span, language)
        if parsed is not None:
            return parsed
    if relative and options.reference_date is None:
        return None
    languages = tuple(dict.fromkeys(([language] if language in options.date_languages else []) + ["en"]))
    parsed = _dateparser(span, languages, options.reference_date if relative else None)
    if parsed is not None and relative and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def _more_precise(value: datetime, known: datetime) -> bool:
    """The same day as `known`, which gave no time, now with a time: "Oct 12" then "Oct 12, 7:45 pm"."""
    has_time = (value.hour, value.minute) != (0, 0)
    return value.date() == known.date() and has_time and (known.hour, known.minute) == (0, 0)


def _spans(text: str) -> tuple[str | None, bool]:
    span = find_date_span(text)
    if span is not None:
        return span, False
    return find_relative_span(text), True


Dated = tuple[datetime, str] | None  # a date and where it came from


def _in_navigation(block: Block) -> bool:
    """A block in a menu or a run of links (HTML): a date there is another page's ("Vergütung (zum 28.02.2017
    gekündigt)" in a menu), read only when no date line outside one gives the date."""
    return any(rule.startswith(NAVIGATION_RULE_PREFIX) for rule in block.evidence)


# Members read once per block, as module names: Python < 3.12 looks `Role.BODY` up through `EnumType.__getattr__`,
# a call each time.
_DATE_OR_BYLINE = (Role.DATE, Role.BYLINE)


# A date line this many blocks above the headline or closer is the post's own (a blog theme's date heading over
# each post's title, maybe with its category and kicker between); farther up it is the masthead's day, which
# yields to the date lines under the headline. On the text dev pages (htmltext view, naeb, readability,
# trafilatura) 3 gave 36 dates more, 2 gave 38 and 0 gave 34.
DATE_ABOVE_HEADLINE_GAP = 3


def _visible(page: Page, options: Options) -> tuple[Dated, Dated]:
    """(published, modified) from the date and byline blocks of the header zone, those in a menu last, then
    those above the headline: a masthead prints the day the page was fetched ("Sunday, December 24, 2023")
    above the story's own date line."""
    published: Dated = None
    modified: Dated = None
    lines = [
        block
        for block in page.blocks
        # a headline with its date run into it still gives the date
        if block.role in _DATE_OR_BYLINE or not DATED_HEADLINE_RULES.isdisjoint(block.evidence)
    ]
    headline = next((block.index for block in page.blocks if block.role is Role.HEADLINE), -1)

    def order(block: Block) -> tuple[bool, bool]:
        return _in_navigation(block), block.index < headline - DATE_ABOVE_HEADLINE_GAP

    for block in sorted(lines, key=order):
        if published is not None and _in_navigation(block):
            break
        text = block.text[: options.max_block_chars]
        span, relative = _spans(text)
        if span is None:
            continue
        value = parse_date(span, page.language, options, relative)
        if value is None:
            continue
        before = text[: text.find(span)] if span in text else ""
        if MODIFIED_MARKERS.search(before):
            if modified is None:
                modified = (value, f"block {block.index} {span!r}")
        elif published is None or _more_precise(value, published[0]):
            published = (value, f"block {block.index} {span!r}")
    return published, modified


def _json_ld(page: Page, options: Options, keys: tuple[str, ...]) -> Dated:
    for key in keys:
        for item in page.metadata.json_ld:
            raw = item.get(key)
            if isinstance(raw, str) and (value := parse_date(raw, page.language, options)) is not None:
                return value, f"json-ld {key}"
    return None


def _meta(page: Page, options: Options) -> Dated:
    meta = page.metadata.meta
    for key in PUBLISHED_META:
        raw = meta.get(key)
        if raw and (value := parse_date(raw, page.language, options)) is not None:
            return value, f"meta {key}"
    for raw in page.metadata.times[:1]:
        if (value := parse_date(raw, page.language, options)) is not None:
            return value, "<time datetime>"
    for raw in page.metadata.json_ld_other_dates:
        if (value := parse_date(raw, page.language, options)) is not None:
            return value, "json-ld datePublished of a non-article (WebPage)"
    for key, raw in meta.items():  # "shareaholic:article_published_time", "og:article:published_time"
        if PUBLISHED_META_KEY.search(key) and (value := parse_date(raw, page.language, options)) is not None:
            return value, f"meta {key}"
    return None


# <time datetime> values read as witnesses when the JSON-LD and the meta tags disagree.
MAX_WITNESS_TIMES = 5


def _times(page: Page, options: Options) -> Iterator[Dated]:
    """The first <time datetime> values, parsed only when asked for (most pages never need them)."""
    for raw in page.metadata.times[:MAX_WITNESS_TIMES]:
        if (value := parse_date(raw, page.language, options)) is not None:
            yield value, "<time datetime>"


def _backed_over(meta: Dated, json_ld: Dated, witnesses: Iterable[Dated]) -> bool:
    """Whether the meta tags' day beats the JSON-LD's: they disagree, and the page's own dates (the marked date,
    the date line, the <time> elements) give the meta tags' day and never the JSON-LD's. A theme's JSON-LD may
    carry the day a draft was made ("2023-11-03") while the page and its meta tags say "6. November 2023"
    (fitted on trafilatura and htmldate: 13 pages fixed, none broken)."""
    if meta is None or json_ld is None or meta[0].date() == json_ld[0].date():
        return False
    days = {found[0].date() for found in witnesses if found is not None and found[1] != meta[1]}  # not itself
    return meta[0].date() in days and json_ld[0].date() not in days


def _time_yields(found: Dated, markup: Dated, visible: Dated) -> Dated:
    """The marked date, else the header's date line, over the page's first `<time datetime>`, which may be a
    teaser's in a list above the article."""
    if found is not None and found[1] == "<time datetime>":
        return markup or visible or found
    return found


def _markup(page: Page, options: Options) -> tuple[Dated, bool]:
    """The first value of an element marked as the publication date that holds a date, and whether the page
    writes it for its readers (a text, not an ISO attribute value)."""
    for number, raw in enumerate(page.metadata.marked_dates):
        machine = _iso(raw) is not None
        span = raw if machine else find_date_span(raw)
        if span is not None and (value := parse_date(span, page.language, options)) is not None:
            return (value, f"date markup {number} {span!r}"), not machine
    return None, False


def _shown_update(visible_published: Dated, visible_modified: Dated, markup: Dated, markup_written: bool) -> Dated:
    """The update date line, when it is the only date the page shows its readers: no date line of publication,
    and no marked date written on the page for another day. Readers, and the benchmarks' annotators, date
    such a page by that line ("Updated March 14, 2021") whatever day the metadata give (fitted on htmldate and
    trafilatura: 9 pages fixed, none broken; the one page that shows a marked publication day keeps it)."""
    if visible_published is not None or visible_modified is None:
        return None
    if markup is not None and markup_written and markup[0].date() != visible_modified[0].date():
        return None
    return visible_modified[0], f"{visible_modified[1]} (the only date line the page shows, an update)"


def _anywhere(page: Page, options: Options) -> Dated:
    """The first date written anywhere on the page outside the body's sentences, a guess for pages that state
    their date nowhere else: a footer's "Dieser Artikel wurde am 14. Dezember 2015 veröffentlicht", a
    teaser's "Datum: 19.11.2021". A body paragraph counts only when it opens with the date."""
    update: Dated = None
    for block in page.blocks:
        span = find_date_span(block.text[: options.max_block_chars])
        if span is None or (block.role is Role.BODY and not block.text.startswith(span)):
            continue
        before = block.text[: block.text.find(span)]
        if MODIFIED_MARKERS.search(before):
            if update is None and (value := parse_date(span, page.language, options)) is not None:
                update = value, f"block {block.index} {span!r} (a guess: the page's only date, its update)"
            continue
        value = parse_date(span, page.language, options)
        if value is not None:
            return value, f"block {block.index} {span!r} (a guess: the page's first date)"
    return update


# Scraped text: a labelled publication date outside the header is a guess only where these kinds of box, which
# date other pieces, do not hold it.
_OTHER_PIECES_KINDS = frozenset({Kind.RELATED, Kind.COMMENTS, Kind.AD})


# What may stand between a publication label and its date: "on", "am", "le", "el", "il", "em", "op", a colon.
_LABEL_TO_DATE = re.compile(r"[\s:]*(?:(?:on|am|le|el|il|em|op|at)\b[\s:]*)?", re.IGNORECASE)


def _labelled(page: Page, options: Options) -> Dated:
    """The first date on the page that a publication label opens, outside the boxes that date other pieces: a
    guess for scraped text whose header left its date line to the body's chrome ("Published December 22, 2023"
    under the lead, "Veröffentlicht am 16.08.2019" in a sidebar)."""
    for block in page.blocks:
        if block.role is Role.BODY or block.kind in _OTHER_PIECES_KINDS:
            continue  # the story's own sentences ("Published in London on 4 May 1999, the novel ...") date no page
        text = block.text[: options.max_block_chars]
        label = published_label_end(text)
        if label is None:
            continue
        span = find_date_span(text)
        # the date right after the label ("Published: 22.12.2023", "Veröffentlicht am 16.08.2019"), not after a
        # name ("Posted by Mike on March 3, 2019", a comment's line)
        if span is None or not _LABEL_TO_DATE.fullmatch(text[label : text.find(span)]):
            continue
        if (value := parse_date(span, page.language, options)) is not None:
            return value, f"block {block.index} {span!r} (a guess: the page's first labelled publication date)"
    return None


def _url(page: Page) -> Dated:
    url = page.metadata.url
    found = find_url_date(url) if url else None
    if found is None:
        return None
    try:
        return datetime(*found), "url"  # a calendar date without a zone, like a date line's
    except ValueError:  # "/2021/02/30/"
        return None


def _caption(page: Page, options: Options) -> Dated:
    for block in page.blocks:
        if block.role is Role.CAPTION and (span := find_date_span(block.text)) is not None:
            value = parse_date(span, page.language, options)
            if value is not None:
                return value, f"caption block {block.index} {span!r} (a guess)"
    return None


# Other <meta> names that carry the publication date, by their form: a publish word, then time or date.
PUBLISHED_META_KEY = re.compile(r"publi(?:shed|sh|cation)[_.:-]?(?:time|date)")
# <meta> names that carry the publication date, most specific first.
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "datecreated",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "citation_publication_date",
    "citation_date",
    "parsely-pub-date",
    "sailthru.date",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "originalpublicationdate",
)


# Meta names that say only "date": many CMSs fill them with the day the page was last changed or rendered.
# A date line on the page at least a day earlier is the publication (fitted on trafilatura and htmldate).
GENERIC_DATE_META: tuple[str, ...] = ("date",)
# Values of the page's own timestamps looked at when the chosen one is in UTC.
MAX_ZONED_VALUES = 12


def _zoned_values(page: Page) -> list[tuple[str, str]]:
    """Machine-readable publication values with their source: JSON-LD, the meta tags, <time>, marked elements."""
    values: list[tuple[str, str]] = []
    for item in page.metadata.json_ld:
        for key in ("datePublished", "dateCreated"):
            raw = item.get(key)
            if isinstance(raw, str):
                values.append((raw, f"json-ld {key}"))
    meta = page.metadata.meta
    values.extend((meta[key], f"meta {key}") for key in PUBLISHED_META if key in meta)
    values.extend((raw, "<time datetime>") for raw in page.metadata.times)
    values.extend((raw, f"date markup {number}") for number, raw in enumerate(page.metadata.marked_dates))
    return values[:MAX_ZONED_VALUES]


def _in_own_zone(found: tuple[datetime, str], page: Page) -> tuple[datetime, str]:
    """The same moment as written in the page's own zone, when `found` is in UTC and another timestamp of the
    page gives that moment with its offset: "2023-12-20T01:00:21Z" beside "2023-12-19T20:00:21-05:00" is
    December 19 where the story was published."""
    value, where = found
    if value.tzinfo is None or value.utcoffset() != timedelta(0):
        return found
    for raw, source in _zoned_values(page):
        other = _iso(raw.strip())
        if other is not None and other.tzinfo is not None and other.utcoffset() and other == value:
            return other, f"{where}, in the page's own zone from {source}"
    return found


def _generic_meta_yields(found: Dated, later: list[Dated]) -> Dated:
    """A date line at least a day before a generic `<meta name="date">`, which is often the last change."""
    if found is None or found[1] not in {f"meta {key}" for key in GENERIC_DATE_META}:
        return found
    for other in later:
        if other is not None and (found[0].date() - other[0].date()).days >= 1:
            return other[0], f"{other[1]} (before the generic {found[1]})"
    return found


def build_dates(page: Page, options: Options) -> tuple[datetime | None, datetime | None, list[str]]:
    """(published, modified, diagnostics).

    HTML pages: an update date line that is the only date line the page shows first, then a date in the
    page's address (a later source that agrees on the day adds the
    time), then the page's own metadata (JSON-LD, then <meta> and <time>, then elements marked as the
    publication date), since a visible date line may be a comment's or a teaser's; then the visible
    date lines, and with `Options.guess_dates` (the default) the page's first date (its update date when it
    has no other). A generic
    `<meta name="date">` yields to a date line a day or more before it, and a UTC timestamp is given in
    the page's own zone when another timestamp of the page writes that moment so. The first <time> yields
    to the marked date and the date line; meta tags whose day the page's dates back beat the JSON-LD's.
    Scraped text has only the visible lines. A caption's date is a last resort, only with `Options.dates_from_captions`.
    """
    visible_published, visible_modified = _visible(page, options)
    published_sources: list[Dated]
    if page.source == "html":
        markup, markup_written = _markup(page, options)
        shown_update = _shown_update(visible_published, visible_modified, markup, markup_written)
        json_ld = _json_ld(page, options, ("datePublished", "dateCreated"))
        meta = _time_yields(_meta(page, options), markup, visible_published)
        tagged = meta
        meta = _generic_meta_yields(meta, [visible_published, markup])
        # a date line that took a generic meta date's place cannot back itself over the JSON-LD
        if (
            meta is tagged
            and meta
            and _backed_over(meta, json_ld, chain((markup, visible_published), _times(page, options)))
        ):
            json_ld, meta = (meta[0], f"{meta[1]} (the page's dates back it over the JSON-LD)"), json_ld
        published_sources = [shown_update, _url(page), json_ld, meta, markup, visible_published]
        if options.guess_dates and not any(published_sources):
            published_sources.append(_anywhere(page, options))
    else:
        published_sources = [visible_published, _url(page)]
        if options.guess_dates and not any(published_sources):
            published_sources.append(_labelled(page, options))
    if options.dates_from_captions:
        published_sources.append(_caption(page, options))
    found_sources = [found for found in published_sources if found is not None]
    published = found_sources[0] if found_sources else None
    if published is not None and published[1] == "url":
        # the address gives the day only: a source that agrees on the day gives the time and zone too
        day = published[0].date()
        published = next((found for found in found_sources[1:] if found[0].date() == day), published)
    if published is not None and page.source == "html":
        published = _in_own_zone(published, page)
    modified = visible_modified or _json_ld(page, options, ("dateModified",))
    notes = []
    if published is not None:
        notes.append(f"published: {published[1]}")
    if modified is not None:
        notes.append(f"modified: {modified[1]}")
    return (published[0] if published else None), (modified[0] if modified else None), notes
