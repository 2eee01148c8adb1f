"""Authors: from the page's metadata (JSON-LD, author meta tags, elements marked as the author), else from
byline blocks."""

from __future__ import annotations

from collections.abc import Mapping

from articlekit.model import Page, Role
from articlekit.recognize.bylines import (
    find_inline_byline,
    parse_author_value,
    parse_byline,
    parse_marked_author,
    parse_name_before_date,
)

# Meta tags that name the author, in order of trust. `article:author` is often a profile URL, which
# `parse_author_value` refuses.
AUTHOR_META: tuple[str, ...] = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
)


# JSON-LD author types that are not people: a site that credits itself ("USA TODAY", "BET") names no author.
ORGANIZATION_TYPES: tuple[str, ...] = ("organization", "organisation", "corporation")


def _is_organization(author: object) -> bool:
    if not isinstance(author, dict):
        return False
    kinds = author.get("@type")
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        if isinstance(kind, str) and any(word in kind.lower() for word in ORGANIZATION_TYPES):
            return True
    return False


def _publisher_name(item: Mapping[str, object]) -> str | None:
    publisher = item.get("publisher")
    name = publisher.get("name") if isinstance(publisher, dict) else publisher
    return name.strip().casefold() if isinstance(name, str) else None


def _from_json_ld(page: Page) -> tuple[str, ...]:
    names: list[str] = []
    for item in page.metadata.json_ld:
        authors = item.get("author")
        publisher = _publisher_name(item)
        for author in authors if isinstance(authors, list) else [authors]:
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str) and not _is_organization(author) and name.strip().casefold() != publisher:
                names.extend(parse_author_value(name))
        if names:
            break
    return tuple(dict.fromkeys(names))


def _from_meta(page: Page) -> tuple[tuple[str, ...], str | None]:
    for key in AUTHOR_META:
        value = page.metadata.meta.get(key)
        names = parse_author_value(value) if value else ()
        if names:
            return names, key
    return (), None


def _from_markup(page: Page) -> tuple[tuple[str, ...], str | None]:
    for number, value in enumerate(page.metadata.marked_authors):
        names = parse_marked_author(value)
        if names:
            return names, f"author markup {number} {value[:40]!r}"
    return (), None


def build_authors(page: Page) -> tuple[tuple[str, ...], str | None]:
    """The author names and the source they came from."""
    names = _from_json_ld(page)
    if names:
        return names, "json-ld author"
    names, key = _from_meta(page)
    if names:
        return names, f"meta {key}"
    names, source = _from_markup(page)
    if names:
        return names, source
    for block in page.blocks:
        if block.role is Role.BYLINE:
            names = parse_byline(block.text) or parse_name_before_date(block.text)
            if not names and "header.byline_name" in block.evidence:
                names = (block.text.strip(),)
            if names:
                return names, f"byline block {block.index}"
    for block in page.blocks:
        if block.role is Role.DATE:
            names = find_inline_byline(block.text)
            if names:
                return names, f"date block {block.index}"
    return (), None
