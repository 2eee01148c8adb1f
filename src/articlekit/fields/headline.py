"""The headline: the headline block, else the page's metadata, else its <title> minus the site name."""

from __future__ import annotations

from collections.abc import Callable

from articlekit.classify.titles import TITLE_SEPARATORS, title_parts
from articlekit.fields.sources import Found, first_found, json_ld_value
from articlekit.model import Page, Role


def from_block(page: Page) -> Found | None:
    """The block the header stage labelled headline."""
    for block in page.blocks:
        if block.role is Role.HEADLINE:
            if block.index == 0 and block.hints.line == 0:  # the <title> a converter kept as first line
                return Found(strip_site_name(block.text, page), f"headline block {block.index} (title line)")
            return Found(block.text, f"headline block {block.index}")
    return None


def from_json_ld(page: Page) -> Found | None:
    """JSON-LD `headline` or `name` of the article object."""
    value = json_ld_value(page, "headline") or json_ld_value(page, "name")
    return Found(value, "json-ld headline") if value else None


def from_open_graph(page: Page) -> Found | None:
    """`og:title` / `twitter:title`, minus a site name."""
    for key in ("og:title", "twitter:title"):
        value = page.metadata.meta.get(key)
        if value:
            return Found(strip_site_name(value, page), f"meta {key}")
    return None


def from_title(page: Page) -> Found | None:
    """The <title>, or in text mode a first line shaped like one, minus the site name."""
    title = page.metadata.title
    if title is None and page.source == "text" and page.blocks:
        first = page.blocks[0]
        features = first.features
        if (
            first.hints.line == 0
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


# A first line longer than this is prose, not a <title> the converter kept.
TITLE_MAX_WORDS = 25

SOURCES: tuple[Callable[[Page], Found | None], ...] = (from_block, from_json_ld, from_open_graph, from_title)


def build_headline(page: Page) -> Found | None:
    """The first source that gives a headline."""
    return first_found(page, SOURCES)
