"""The one intermediate representation: a `Page` of `Block`s, and the labels a block can carry.

Both readers produce a `Page`; every later layer reads and returns `Page`s and never sees a DOM.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields, replace
from enum import Enum
from types import MappingProxyType
from typing import Any, TypeVar

_Frozen = TypeVar("_Frozen")


def _quick_init(cls: type[_Frozen]) -> type[_Frozen]:
    """Give a frozen, slotted dataclass an `__init__` that sets each slot through its descriptor.

    The generated one calls `object.__setattr__(self, name, value)` per field (frozen classes refuse
    plain assignment), which looks the name up every time; a page makes several thousand blocks, and
    this halves what each costs. Same parameters, defaults and default factories; no validation is lost
    (the generated one has none either).
    """
    params: list[str] = []
    lines: list[str] = []
    namespace: dict[str, Any] = {"_MISSING": MISSING}
    for spec in fields(cls):  # type: ignore[arg-type]
        name = spec.name
        namespace[f"_set_{name}"] = getattr(cls, name).__set__
        if spec.default is not MISSING:
            namespace[f"_default_{name}"] = spec.default
            params.append(f"{name}=_default_{name}")
            lines.append(f"    _set_{name}(self, {name})")
        elif spec.default_factory is not MISSING:
            namespace[f"_factory_{name}"] = spec.default_factory
            params.append(f"{name}=_MISSING")
            lines.append(f"    _set_{name}(self, _factory_{name}() if {name} is _MISSING else {name})")
        else:
            params.append(name)
            lines.append(f"    _set_{name}(self, {name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines) + "\n"
    exec(source, namespace)  # built from the class's own field names only
    init: Callable[..., None] = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    setattr(cls, "__init__", init)  # noqa: B010  # mypy keeps the dataclass signature
    return cls


class Role(str, Enum):
    """What a block is to the article."""

    HEADLINE = "headline"
    SUBHEADLINE = "subheadline"
    SECTION = "section"
    BYLINE = "byline"
    DATELINE = "dateline"
    DATE = "date"
    BODY = "body"
    CAPTION = "caption"
    COPYRIGHT = "copyright"
    BOILERPLATE = "boilerplate"


class Kind(str, Enum):
    """A finer label: the sort of chrome for boilerplate, the sort of text for content."""

    # boilerplate kinds
    NAVIGATION = "navigation"
    LOGIN = "login"
    NEWSLETTER = "newsletter"
    AD = "ad"
    SHARE = "share"
    COMMENTS = "comments"
    RELATED = "related"
    COOKIE = "cookie"
    PAYWALL = "paywall"
    FOOTER = "footer"
    OTHER = "other"
    # content kinds
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE = "table"


BOILERPLATE_KINDS: frozenset[Kind] = frozenset(
    {
        Kind.NAVIGATION,
        Kind.LOGIN,
        Kind.NEWSLETTER,
        Kind.AD,
        Kind.SHARE,
        Kind.COMMENTS,
        Kind.RELATED,
        Kind.COOKIE,
        Kind.PAYWALL,
        Kind.FOOTER,
        Kind.OTHER,
    }
)


@_quick_init
@dataclass(frozen=True, slots=True)
class Hints:
    """What the reader saw around a block. Text mode fills the layout fields, HTML mode the markup ones."""

    line: int = 0  # first source line (text mode) or document order (HTML mode)
    gap_before: bool = True  # a blank line (or a block boundary) precedes the block
    indent: int = 0  # leading spaces in text mode
    bullet: bool = False  # the line started with a list marker ("*", "-", "+", "•")
    tag: str | None = None  # HTML element name, e.g. "p", "h1", "li"
    heading_level: int | None = None
    tokens: frozenset[str] = frozenset()  # class/id tokens of the element and its ancestors, lowercased
    link_density: float = 0.0  # share of the text inside links
    ancestors: frozenset[str] = frozenset()  # structural ancestors (and the element itself): nav, aside, li, table...
    # Document-order numbers of the enclosing block-level elements, outermost first, the block's own
    # element last (HTML mode; at most the innermost `MAX_CONTAINERS`): blocks of one article share them.
    containers: tuple[int, ...] = ()


class Prose(str, Enum):
    """How much a block reads like running prose, judged on the block alone (jusText's classes)."""

    GOOD = "good"
    NEAR = "near"
    SHORT = "short"
    BAD = "bad"


@_quick_init
@dataclass(frozen=True, slots=True)
class Features:
    """Numbers measured on a block's text alone, once, by the first stage."""

    words: int  # words, or for scripts without spaces (Japanese) characters / CJK_CHARS_PER_WORD
    chars: int
    stopword_ratio: float
    closed: bool  # ends like a sentence
    prose: Prose


@_quick_init
@dataclass(frozen=True, slots=True)
class Block:
    """One piece of the input: a line or paragraph of scraped text, or a block-level HTML element."""

    index: int
    text: str
    role: Role = Role.BOILERPLATE
    kind: Kind | None = None
    evidence: tuple[str, ...] = ()
    first_role: Role | None = None  # the label of the first (block-alone) pass, kept beside the final one
    hints: Hints = field(default_factory=Hints)
    features: Features | None = None  # set by the first classification stage

    def labelled(self, role: Role, kind: Kind | None, *rules: str) -> Block:
        """A copy with a new role and kind, and the rule ids that decided them added to the evidence."""
        return Block(
            self.index, self.text, role, kind, (*self.evidence, *rules), self.first_role, self.hints, self.features
        )

    def noted(self, *rules: str) -> Block:
        """A copy with more rule ids in its evidence and the same label."""
        return Block(
            self.index,
            self.text,
            self.role,
            self.kind,
            (*self.evidence, *rules),
            self.first_role,
            self.hints,
            self.features,
        )


def _empty_mapping() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about itself outside its visible text (HTML mode), plus the URL given by the caller."""

    url: str | None = None
    title: str | None = None
    language: str | None = None
    meta: Mapping[str, str] = field(default_factory=_empty_mapping)  # lowercased name/property -> content
    json_ld: tuple[Mapping[str, object], ...] = ()  # Article-like JSON-LD objects, in page order
    times: tuple[str, ...] = ()  # `<time datetime>` values in page order
    marked_authors: tuple[str, ...] = ()  # texts of elements marked as the author (itemprop, rel, class)
    marked_dates: tuple[str, ...] = ()  # values of elements marked as the publication date
    json_ld_other_dates: tuple[str, ...] = ()  # `datePublished` of JSON-LD objects that are not articles
    author_links: tuple[str, ...] = ()  # texts of links to author pages whose address spells them
    post_author_replies: tuple[str, ...] = ()  # writers of comment replies marked as the post author's


@dataclass(frozen=True, slots=True)
class Page:
    """The intermediate representation: blocks in reading order plus page metadata."""

    blocks: tuple[Block, ...]
    metadata: Metadata = field(default_factory=Metadata)
    source: str = "text"  # "text" or "html"
    language: str | None = None  # ISO 639-1, set by the first classification stage
    diagnostics: tuple[str, ...] = ()

    def with_blocks(self, blocks: tuple[Block, ...]) -> Page:
        """Return a copy holding `blocks`."""
        return replace(self, blocks=blocks)

    def with_diagnostic(self, note: str) -> Page:
        """Return a copy with one more diagnostic note."""
        return replace(self, diagnostics=(*self.diagnostics, note))
