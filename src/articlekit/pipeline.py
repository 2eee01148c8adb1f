"""The one pipeline: reader -> classification stages -> field builders -> Article."""

from __future__ import annotations

import time

from articlekit.article import Article, Boilerplate
from articlekit.classify import classify
from articlekit.fields.authors import build_authors
from articlekit.fields.captions import build_captions
from articlekit.fields.dateline import build_dateline
from articlekit.fields.dates import build_dates
from articlekit.fields.headline import build_headline
from articlekit.model import Block, Kind, Page, Role
from articlekit.options import Options
from articlekit.readers.html import read_html
from articlekit.readers.text import read_text

# Members read once per block, as module names: Python < 3.12 looks `Role.BODY` up through `EnumType.__getattr__`,
# a call each time.
_BODY, _COPYRIGHT, _BOILERPLATE, _OTHER = Role.BODY, Role.COPYRIGHT, Role.BOILERPLATE, Kind.OTHER


def _first_text(page: Page, role: Role) -> str | None:
    for block in page.blocks:
        if block.role is role:
            return block.text
    return None


def _limit_blocks(page: Page, options: Options) -> tuple[Page, tuple[Block, ...]]:
    """The page cut to `options.max_blocks` blocks, and the rest, labelled without analysis."""
    if len(page.blocks) <= options.max_blocks:
        return page, ()
    kept, rest = page.blocks[: options.max_blocks], page.blocks[options.max_blocks :]
    rest = tuple(b.labelled(Role.BOILERPLATE, Kind.OTHER, "limit.max_blocks") for b in rest)
    return page.with_blocks(kept).with_diagnostic(f"limit: {len(rest)} blocks past max_blocks left unanalysed"), rest


def build_article(page: Page, options: Options) -> Article:
    """Turn a page of labelled blocks into an Article."""
    notes = list(page.diagnostics)
    headline = build_headline(page)
    if headline is not None:
        notes.append(f"headline: {headline.source}")
    authors, author_source = build_authors(page)
    if author_source:
        notes.append(f"authors: {author_source}")
    published, modified, date_notes = build_dates(page, options)
    notes.extend(date_notes)
    headline_text = None
    if headline is not None:
        headline_text = headline.value
    return Article(
        headline=headline_text,
        subheadline=_first_text(page, Role.SUBHEADLINE),
        section=_first_text(page, Role.SECTION),
        authors=authors,
        dateline=build_dateline(page),
        published=published,
        modified=modified,
        body=tuple(b.text for b in page.blocks if b.role is _BODY),
        captions=build_captions(page),
        copyright=tuple(b.text for b in page.blocks if b.role is _COPYRIGHT),
        boilerplate=tuple(
            Boilerplate((b.kind or _OTHER)._value_, b.text) for b in page.blocks if b.role is _BOILERPLATE
        ),
        blocks=page.blocks,
        language=page.language,
        diagnostics=tuple(notes),
    )


def run_page(page: Page, options: Options, started: float) -> Article:
    """Classify a page from any reader and build its Article."""
    page, rest = _limit_blocks(page, options)
    page = classify(page, options, started)
    if rest:
        page = page.with_blocks(page.blocks + rest)
    return build_article(page, options)


def run_text(text: str, url: str | None, options: Options) -> Article:
    """Scraped page text in, Article out."""
    started = time.process_time()
    return run_page(read_text(text, url, options.max_blocks), options, started)


def run_html(html: str | bytes, url: str | None, options: Options) -> Article:
    """Raw HTML in, Article out."""
    started = time.process_time()
    return run_page(read_html(html, url, options), options, started)
