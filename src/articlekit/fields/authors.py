"""Authors: from byline blocks, else from the page's metadata."""

from __future__ import annotations

from articlekit.model import Page, Role
from articlekit.recognize.bylines import is_name, parse_byline, parse_name_before_date


def _from_json_ld(page: Page) -> tuple[str, ...]:
    names: list[str] = []
    for item in page.metadata.json_ld:
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str) and is_name(name.strip()):
                names.append(name.strip())
        if names:
            break
    return tuple(dict.fromkeys(names))


def build_authors(page: Page) -> tuple[tuple[str, ...], str | None]:
    """The author names and the source they came from."""
    for block in page.blocks:
        if block.role is Role.BYLINE:
            names = parse_byline(block.text) or parse_name_before_date(block.text)
            if not names and "header.byline_name" in block.evidence:
                names = (block.text.strip(),)
            if names:
                return names, f"byline block {block.index}"
    names = _from_json_ld(page)
    if names:
        return names, "json-ld author"
    meta = page.metadata.meta.get("author")
    if meta and is_name(meta.strip()):
        return (meta.strip(),), "meta author"
    return (), None
