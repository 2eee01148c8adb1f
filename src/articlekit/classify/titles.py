"""What a page's metadata says its title is: the <title>, og:title, twitter:title and JSON-LD headline,
split at site-name separators, with the pieces that name the site told apart from the headline.

A <title> reads "Headline | Site", "Site » Blog Archive » Headline" or "Kicker - Headline - Section - Site".
A piece names the site when the page says so elsewhere: it is the og:site_name (or another site-name meta
tag), it spells the URL's host ("regards.fr", "heraldsun"), or another metadata title leaves it out ("Headline"
in og:title beside "Headline | Site" in the <title>).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from articlekit.classify.headline_model import tokens
from articlekit.model import Page

# Separators between a headline and the site name in a <title>: "Headline - Site", "Site | Headline".
TITLE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " » ")
# Meta tags that name the site, in order of trust.
SITE_NAME_META: tuple[str, ...] = ("og:site_name", "application-name", "apple-mobile-web-app-title")
# Meta tags that give the page's title, after the JSON-LD headline: each is read whole and in its pieces.
TITLE_META: tuple[str, ...] = ("og:title", "twitter:title")
# Host labels that name no site: "www.example.com" is "example".
HOST_NOISE: frozenset[str] = frozenset({"www", "m", "mobile", "amp", "news", "blog", "blogs"})
# A title line is read this far: the pieces of a longer one are not a headline and a site name.
TITLE_MAX_CHARS = 2_000
# A title split into more pieces than this is a list of keywords, not a headline and a site name: it is
# read whole (and the runs of its pieces, which grow with the square of their number, are not built).
MAX_TITLE_PIECES = 8

Tokens = tuple[str, ...]


def title_parts(title: str) -> list[str]:
    """The pieces of a <title>-like line split at the first site-name separator it holds, longest first."""
    for separator in TITLE_SEPARATORS:
        if separator in title:
            return sorted((p.strip() for p in title.split(separator) if p.strip()), key=len, reverse=True)
    return [title.strip()]


# Separators a <title> may also put between its pieces ("SunHerald.com : Headline", "Site > News > World
# -- Headline"): used to find the pieces and the site's name among them, never to cut a headline that the
# site name does not flank.
PIECE_SEPARATORS: tuple[str, ...] = (*TITLE_SEPARATORS, " : ", " > ", " -- ", " ~ ")
_SEPARATOR = re.compile("|".join(map(re.escape, PIECE_SEPARATORS)))


def title_pieces(title: str) -> list[str]:
    """The pieces of a <title>-like line split at every site-name separator, in reading order.

    >>> title_pieces("Site » Blog Archive » A long day | Site")
    ['Site', 'Blog Archive', 'A long day', 'Site']
    """
    return [title[start:end] for start, end in _piece_spans(title)]


def _piece_spans(title: str) -> list[tuple[int, int]]:
    """Where each piece of `title` starts and ends, blank pieces left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in [*_SEPARATOR.finditer(title), None]:
        end = len(title) if match is None else match.start()
        piece = title[start:end]
        if piece.strip():
            spans.append((start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())))
        if match is not None:
            start = match.end()
    return spans


@dataclass(frozen=True, slots=True)
class PageTitles:
    """The page's metadata titles as token tuples (case-folded `\\w+` words)."""

    headlines: tuple[Tokens, ...]  # each metadata title minus its site-name pieces, most trusted first
    headline_texts: tuple[str, ...]  # the same as the page writes them, one per headline
    parts: frozenset[Tokens]  # each title whole, its `title_parts` and its opening runs of pieces, site names left out
    sites: frozenset[Tokens]  # the pieces that name the site
    # each opening run that is no title or piece itself: the pieces, and runs of them, that follow it
    runs: dict[Tokens, frozenset[Tokens]]
    named: bool  # a site-name meta tag or the URL's host names one of the pieces: the rest is the headline


def metadata_titles(page: Page) -> list[str]:
    """The titles the page's metadata gives: JSON-LD headline, og:title, twitter:title, <title>."""
    meta = page.metadata
    found: list[str | None] = []
    for item in meta.json_ld[:1]:
        headline = item.get("headline")
        found.append(headline if isinstance(headline, str) else None)
    found.extend(meta.meta.get(key) for key in TITLE_META)
    found.append(meta.title)
    return [title[:TITLE_MAX_CHARS] for title in found if title and title.strip()]  # JSON-LD may be megabytes


def _runs(pieces: Sequence[Tokens]) -> list[Tokens]:
    return [sum(pieces[start:end], ()) for start in range(len(pieces)) for end in range(start + 1, len(pieces) + 1)]


def host_names(url: str | None) -> set[str]:
    """The host's labels joined and alone, without "www" and punctuation: "www.petri-heil.ch" ->
    {"petriheilch", "petriheil"}.
    """
    if not url:
        return set()
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed URL names no site
        return set()
    labels = ["".join(tokens(label)) for label in host.split(".") if label.casefold() not in HOST_NOISE]
    return {"".join(labels), "".join(labels[:-1]), *labels[:-1]} - {""}


def _meta_sites(page: Page) -> set[Tokens]:
    """The site names the meta tags give."""
    return {tokens(page.metadata.meta.get(key, "")) for key in SITE_NAME_META} - {()}


def _spells_host(piece: Tokens, hosts: set[str]) -> bool:
    """ "regards.fr", "Herald Sun" on heraldsun.com, or the host's labels in another order: "CTV Toronto" on
    toronto.ctv.ca."""
    return "".join(piece) in hosts or (len(piece) > 1 and hosts >= set(piece))


def _named_sites(page: Page, titles: Sequence[Sequence[Tokens]]) -> set[Tokens]:
    """The site names the meta tags give, and the title pieces that spell the URL's host."""
    sites = _meta_sites(page)
    hosts = host_names(page.metadata.url)
    for pieces in titles:
        sites.update(piece for piece in pieces if _spells_host(piece, hosts))
    return sites


# What may set the site's name apart from the headline at a title's start besides `PIECE_SEPARATORS`:
# "NDTV.com: Headline". Read only after a piece that names the site: elsewhere a colon follows a kicker
# ("Climate: Drilling until it gets hot"), part of the headline.
SITE_COLON = ": "


def _split_site_lead(page: Page, title: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the first piece cut after a site name that opens it with a colon: "NDTV.com: Headline"."""
    if not spans:
        return spans
    start, end = spans[0]
    colon = title.find(SITE_COLON, start, end)
    if colon < 0:
        return spans
    lead = tokens(title[start:colon])
    if not lead or not (lead in _meta_sites(page) or _spells_host(lead, host_names(page.metadata.url))):
        return spans
    rest = colon + len(SITE_COLON)
    rest += len(title[rest:end]) - len(title[rest:end].lstrip())
    return [(start, colon), (rest, end), *spans[1:]] if rest < end else spans


def _site_pieces(named: set[Tokens], titles: Sequence[Sequence[Tokens]]) -> set[Tokens]:
    """The named sites, and each piece of one title that another title, a run of its pieces, leaves out."""
    sites = set(named)
    for pieces in titles:
        runs = _runs(pieces)
        for other in titles:
            whole = sum(other, ())
            if len(pieces) > 1 and other is not pieces and whole not in named and whole in runs:
                sites.update(piece for piece in pieces if not contains(whole, piece))
    return sites


def contains(whole: Tokens, part: Tokens) -> bool:
    """Whether `part` stands in `whole` as consecutive words."""
    size = len(part)
    return any(whole[start : start + size] == part for start in range(len(whole) - size + 1))


def _strip(pieces: Sequence[Tokens], sites: set[Tokens]) -> tuple[int, int]:
    """The first run of pieces between site-name pieces (all of them when none is known).

    "Headline | site.ch | The site's slogan": a site name in the middle cuts its slogan off too;
    "Site » Blog Archive » Headline" keeps what follows the site name.
    """
    start = 0
    for index in range(len(pieces) + 1):
        if index == len(pieces) or pieces[index] in sites:
            if index > start:
                return start, index
            start = index + 1
    return 0, 0


# The last page's metadata and its titles: the header stages and the headline field ask for the same page's
# titles several times; they depend on the metadata alone, which is immutable. One (object, result) pair,
# replaced whole, so a thread sees a matching pair or a miss.
_LAST_TITLES: tuple[object, PageTitles] | None = None


def page_titles(page: Page) -> PageTitles:
    """The headline the metadata gives, its pieces and runs, and the site-name pieces."""
    global _LAST_TITLES  # noqa: PLW0603 - a one-entry cache keyed by the metadata object's identity
    last = _LAST_TITLES
    if last is not None and last[0] is page.metadata:
        return last[1]
    found = _page_titles(page)
    _LAST_TITLES = (page.metadata, found)
    return found


def _page_titles(page: Page) -> PageTitles:
    raw = metadata_titles(page)
    texts: list[tuple[str, list[tuple[int, int]]]] = []
    titles: list[list[Tokens]] = []
    for title in raw:
        spans = _split_site_lead(
            page, title, [(start, end) for start, end in _piece_spans(title) if tokens(title[start:end])]
        )
        if len(spans) > MAX_TITLE_PIECES:
            spans = [(spans[0][0], spans[-1][1])]
        if spans:
            texts.append((title, spans))
            titles.append([tokens(title[start:end]) for start, end in spans])
    named = _named_sites(page, titles)
    sites = _site_pieces(named, titles)
    headlines: dict[Tokens, str] = {}
    for (title, spans), pieces in zip(texts, titles, strict=True):
        start, end = _strip(pieces, sites)
        if start < end:
            headlines.setdefault(sum(pieces[start:end], ()), title[spans[start][0] : spans[end - 1][1]])
    # "Chapter 1: Prologue - Murdered - Melas | Site": a heading may give the title's first pieces run together,
    # the story's or a section's name after them; a run that holds a site-name piece heads a section instead
    runs: dict[Tokens, set[Tokens]] = {}
    for pieces in titles:
        for end in range(2, len(pieces)):
            if not any(piece in sites for piece in pieces[:end]):
                runs.setdefault(sum(pieces[:end], ()), set()).update(_runs(pieces[end:]))
    whole = frozenset(tokens(part) for title in raw for part in (title, *title_parts(title))) - sites - {()}
    follows = {run: frozenset(rest - sites) for run, rest in runs.items() if run not in whole | sites}
    parts = whole | follows.keys()
    return PageTitles(
        headlines=tuple(headlines),
        headline_texts=tuple(headlines.values()),
        parts=parts,
        sites=frozenset(sites),
        runs=follows,
        named=any(piece in named for pieces in titles if len(pieces) > 1 for piece in pieces),
    )
