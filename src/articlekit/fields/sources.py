"""What every field module shares: a found value with its source, and metadata lookups."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from articlekit.model import Page


@dataclass(frozen=True, slots=True)
class Found:
    """A field value and where it came from (for the diagnostics)."""

    value: str
    source: str


def first_found(page: Page, sources: Sequence[Callable[[Page], Found | None]]) -> Found | None:
    """Try the sources in order; the first that finds something wins."""
    for source in sources:
        found = source(page)
        if found is not None and found.value.strip():
            return found
    return None


def json_ld_value(page: Page, key: str) -> str | None:
    """A string value of `key` in the page's first Article-like JSON-LD object that has it."""
    for item in page.metadata.json_ld:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, list) and value and isinstance(value[0], str):
            return str(value[0]).strip()
    return None
