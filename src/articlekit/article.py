"""The frozen output: fields are a view over the labelled blocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from articlekit.model import Block


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where (and through which agency) a story was filed: "BAKU", "WASHINGTON, Oct 15 (Reuters) -"."""

    location: str
    agency: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Caption:
    """An image caption with its credit split off."""

    text: str
    credit: str | None


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A piece of site chrome and its kind."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """Everything articlekit found on one page."""

    headline: str | None = None
    subheadline: str | None = None
    section: str | None = None
    authors: tuple[str, ...] = ()
    dateline: Dateline | None = None
    published: datetime | None = None
    modified: datetime | None = None
    body: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    copyright: tuple[str, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    blocks: tuple[Block, ...] = ()
    language: str | None = None
    diagnostics: tuple[str, ...] = ()  # where each field came from, and anything worth knowing

    @property
    def text(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(self.body)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict: datetimes as ISO 8601 strings, enums as lowercase strings."""
        return {
            "headline": self.headline,
            "subheadline": self.subheadline,
            "section": self.section,
            "authors": list(self.authors),
            "dateline": (
                None
                if self.dateline is None
                else {"location": self.dateline.location, "agency": self.dateline.agency, "text": self.dateline.text}
            ),
            "published": None if self.published is None else self.published.isoformat(),
            "modified": None if self.modified is None else self.modified.isoformat(),
            "body": list(self.body),
            "captions": [{"text": c.text, "credit": c.credit} for c in self.captions],
            "copyright": list(self.copyright),
            "boilerplate": [{"kind": b.kind, "text": b.text} for b in self.boilerplate],
            "language": self.language,
            "blocks": [
                {
                    "text": b.text,
                    "role": b.role.value,
                    "kind": None if b.kind is None else b.kind.value,
                    "evidence": list(b.evidence),
                }
                for b in self.blocks
            ],
            "diagnostics": list(self.diagnostics),
        }
