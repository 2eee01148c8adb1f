"""Author and date values that a page marks in its body rather than in `<meta>` or JSON-LD.

Microdata (`itemprop="author"`, `itemprop="datePublished"`), microformats (`class="author vcard"`,
`<abbr class="published" title="...">`), `rel="author"` links and the class names that themes give
their byline and date elements ("byline", "post-author", "entry-date", "publishdate"). The HTML reader's
walk hands over the few candidate elements as it meets them (`MarkedElements`), in page order.

The values are raw strings: `fields/authors.py` and `fields/dates.py` decide what is a name or a date.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from urllib.parse import urlsplit

from lxml import etree  # type: ignore[import-untyped, unused-ignore]  # typed by lxml-stubs (dev extra)

# Candidate elements read per kind: a real page has a handful; a hostile one is cut off here.
MAX_MARKUP_ELEMENTS = 60
# A value longer than this is an author box's biography or a whole teaser, not a name or a date.
MAX_MARKUP_CHARS = 200
# Child elements of a marked element whose text is read: a byline has a few; more is a container.
MAX_MARKUP_CHILDREN = 12
# Values kept per kind: the fields take the first that reads as a name or a date.
MAX_MARKUP_VALUES = 8
# Ancestors looked at to tell a comment's author or date from the article's.
MAX_ANCESTOR_STEPS = 40
# Characters of an ancestor's class and id read for a comment-thread word: real ones are far shorter, and a
# hostile page's megabyte attribute would otherwise be read again for every marked value.
MAX_MARK_CHARS = 2_000

# Elements that may carry an author or a date mark: the HTML reader's walk, which meets every element,
# hands over those with a class holding one of the signs below (`MARK_SIGN`: substrings of the class value,
# as case-sensitive as XPath's `contains`) or with an itemprop or rel attribute, and `MarkedElements` sorts
# them. One test in the walk costs less than a pass of libxml2 that makes a Python object of every element
# with a class. The elements in a subtree that the walk skips are selected by this XPath.
_MARKED_XPATH = etree.XPath("descendant::*[@class or @itemprop or @rel]")
# Elements below one up to which Python selects them itself, without the XPath.
SMALL_SUBTREE = 16
# Elements that may name the author: the signs cast a wide net, `_AUTHOR_CLASS` narrows it.
AUTHOR_CLASS_SIGNS: tuple[str, ...] = ("uthor", "yline", "YLINE")
AUTHOR_ITEMPROPS: frozenset[str] = frozenset({"author"})
_AUTHOR_SIGN = re.compile("|".join(AUTHOR_CLASS_SIGNS))
# Class names of byline elements: "author", "post-author", "entry-author", "author-name", "authorName",
# "byline", "td-post-author-name", "c-byline__author". Lowercased before matching.
_AUTHOR_CLASS = re.compile(r"author|byline")
# Class words of elements that hold no author name, or another person's: an avatar, a biography box,
# a comment's author, the "more by this author" list.
_NOT_AUTHOR_CLASS = re.compile(r"avatar|image|img|photo|bio|description|about|comment|more|social|follow|title-label")
# Elements that may give the publication date.
DATE_CLASS_SIGNS: tuple[str, ...] = ("date", "Date", "ublish", "atum", "echa", "imestamp", "meta")
DATE_ITEMPROPS: frozenset[str] = frozenset({"datePublished", "dateCreated"})
_DATE_SIGN = re.compile("|".join(DATE_CLASS_SIGNS))
MARK_SIGN = re.compile("|".join(AUTHOR_CLASS_SIGNS + DATE_CLASS_SIGNS))
# Class names of date elements: "date", "entry-date", "post-date", "published", "publishdate",
# "documentPublished", "datum", "fecha", "timestamp", and the line under a post's title that holds its
# date ("entry-meta", "postmeta"). "update" and "modified" are the other date.
_DATE_CLASS = re.compile(r"(?<![a-z])date|publish|datum|fecha|timestamp|(?:post|entry|article)[-_]?meta")
_NOT_DATE_CLASS = re.compile(r"updat|modif|comment|candidate|validat")
# Attributes that hold a machine-readable date, in order of trust.
DATE_ATTRIBUTES: tuple[str, ...] = ("content", "datetime", "title", "data-date-time", "data-datetime", "data-date")
# Class tokens that name a post's category or tag, not its part of the page: WordPress gives a post in the
# "Kommentar" (opinion) category the class "category-kommentar", which is no comment thread.
TAXONOMY_CLASS_PREFIXES: tuple[str, ...] = ("category-", "tag-")
# Ancestors whose class or id marks a comment thread: a token that holds one of the words, not a taxonomy token.
# Each try starts at a token's first character and stops at its end, so a long attribute is read once.
_COMMENT = re.compile(
    r"(?<!\S)(?!"
    + "|".join(TAXONOMY_CLASS_PREFIXES)
    + r")\S*?(?:comment|repl(?:y|ies)|kommentar|commentaire|comentario)"
)


def _text(element: etree._Element) -> str:
    if len(element) > MAX_MARKUP_CHILDREN:  # a container (an author box, a whole header), not a value
        return ""
    # pieces joined by a space: "<a>Heiko Sauer</a><span>Do 12.3.</span>" is two things, not "Heiko SauerDo"
    return " ".join(" ".join(map(str, element.itertext())).split())


def _elements(found: object) -> list[etree._Element]:
    """The elements among an XPath result."""
    return [item for item in found if isinstance(item, etree._Element)] if isinstance(found, list) else []


# Elements whose author marks belong to other stories: the teasers of a sidebar, a menu or the page's footer
# ("Manfred Prisching" on a slider of opinion pieces beside the article). Around the element's own `<article>`
# they make that article a teaser; inside it they are the article's own (a `<footer>` or an `<aside>` with
# its byline). With no `<article>` around the element, a sidebar or a menu counts, not a `<footer>`: themes
# without `<article>` put the byline in one.
TEASER_AROUND_ARTICLE_TAGS: frozenset[str] = frozenset({"aside", "nav", "footer"})
TEASER_TAGS: frozenset[str] = frozenset({"aside", "nav"})


def _in_comments(element: etree._Element) -> bool:
    node = element.getparent()
    for _ in range(MAX_ANCESTOR_STEPS):
        if node is None:
            return False
        marks = f"{(node.get('class') or '')[:MAX_MARK_CHARS]} {(node.get('id') or '')[:MAX_MARK_CHARS]}"
        if _COMMENT.search(marks.lower()):
            return True
        node = node.getparent()
    return False


_NOT_TEASER, _ASIDE_ONLY, _TEASER = 0, 1, 2


def _teaser_kind(element: etree._Element) -> int:
    """Whether an author-marked element belongs to another story's teaser (see `TEASER_TAGS`): `_TEASER`, or
    `_ASIDE_ONLY` when all that says so is an <aside> with no <article> or <nav> around (an author box, or
    a teaser), or `_NOT_TEASER`."""
    tags: list[str] = []
    node = element.getparent()
    while node is not None and len(tags) < MAX_ANCESTOR_STEPS:
        tags.append(node.tag if isinstance(node.tag, str) else "")
        node = node.getparent()
    if "article" in tags:
        return _TEASER if not TEASER_AROUND_ARTICLE_TAGS.isdisjoint(tags[tags.index("article") + 1 :]) else _NOT_TEASER
    if TEASER_TAGS.isdisjoint(tags):
        return _NOT_TEASER
    return _ASIDE_ONLY if "nav" not in tags else _TEASER


def _has_article(element: etree._Element) -> bool:
    """Whether the element's document has an <article> element anywhere."""
    return next(element.getroottree().getroot().iter("article"), None) is not None


def _host(address: str | None) -> str | None:
    """The host of an address, less "www.": "https://www.blog.example/x" -> "blog.example"."""
    try:
        host = urlsplit(address).hostname if address else None
    except ValueError:  # "http://[broken": no address at all
        return None
    return host.removeprefix("www.") if host else None


def _links_home(element: etree._Element, text: str, page_host: str | None) -> bool:
    """Whether the element's text is all one link to the page's own front page ("/", "https://blog.example/" on
    blog.example): a theme that marks the site's name in its header as the author ("Krimiblog-Archiv", before
    "vom Krimiblogger"). A link that says it leads to the author (`rel="author"`) or away (`rel="external"`) is
    the author's own site ("John Hunter" to johnhunter.com)."""
    link = element if element.tag == "a" else next(element.iter("a"), None)
    if link is None or _text(link) != text or not {"author", "external"}.isdisjoint((link.get("rel") or "").split()):
        return False
    href = (link.get("href") or "").strip()
    if href.startswith("//") or not href.startswith(("/", "http:", "https:")):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:  # "http://[broken": no address at all
        return False
    if parts.path not in ("", "/") or parts.query:
        return False
    return not parts.netloc or (page_host is not None and _host(href) == page_host)


def _author_value(element: etree._Element, page_host: str | None = None) -> str | None:
    if element.get("itemprop") == "author":
        names = _elements(element.xpath(".//*[@itemprop='name']"))
        named = names[0] if names else element
        value = named.get("content") or _text(named)
    else:
        marks = (element.get("class") or "").lower()
        if element.get("rel") != "author" and (not _AUTHOR_CLASS.search(marks) or _NOT_AUTHOR_CLASS.search(marks)):
            return None
        value = element.get("content") or _text(element)
        if value and _links_home(element, value, page_host):
            return None
    return value if value and len(value) <= MAX_MARKUP_CHARS else None


def _date_value(element: etree._Element) -> str | None:
    if element.get("itemprop") not in ("datePublished", "dateCreated"):
        marks = (element.get("class") or "").lower()
        if not _DATE_CLASS.search(marks) or _NOT_DATE_CLASS.search(marks):
            return None
    for attribute in DATE_ATTRIBUTES:
        value = element.get(attribute)
        if value and value.strip():
            return value.strip()[:MAX_MARKUP_CHARS]
    value = _text(element)
    return value if value and len(value) <= MAX_MARKUP_CHARS else None


class MarkedElements:
    """The elements that may mark the author, and those that may mark the date, each in page order (the
    first `MAX_MARKUP_ELEMENTS` and one more of each: `_values` reads no further), as the walk meets them;
    apart, the first `MAX_POST_AUTHOR_REPLIES` comment replies marked as the post author's (`bypostauthor`),
    which a long thread's reader comments would push out of the authors' list."""

    __slots__ = ("authors", "dates", "replies", "seen")

    def __init__(self) -> None:
        self.authors: list[etree._Element] = []
        self.dates: list[etree._Element] = []
        self.replies: list[etree._Element] = []
        self.seen = 0  # elements handed over: the replies are looked for among the first `MAX_REPLY_SEARCH`

    def add(self, element: etree._Element) -> bool:
        """Keep `element` if it may mark either; False once every kind is full (nothing more is kept)."""
        authors, dates, replies = self.authors, self.dates, self.replies
        marks = element.get("class")
        prop = element.get("itemprop")
        self.seen += 1
        if (
            len(replies) < MAX_POST_AUTHOR_REPLIES
            and marks is not None
            and POST_AUTHOR_REPLY_CLASS in marks
            and POST_AUTHOR_REPLY_CLASS in marks[:MAX_MARK_CHARS].split()
        ):
            replies.append(element)
        if len(authors) <= MAX_MARKUP_ELEMENTS and (
            (marks is not None and _AUTHOR_SIGN.search(marks))
            or prop in AUTHOR_ITEMPROPS
            or element.get("rel") == "author"
        ):
            authors.append(element)
        if len(dates) <= MAX_MARKUP_ELEMENTS and (
            (marks is not None and _DATE_SIGN.search(marks)) or prop in DATE_ITEMPROPS
        ):
            dates.append(element)
        return (
            len(authors) <= MAX_MARKUP_ELEMENTS
            or len(dates) <= MAX_MARKUP_ELEMENTS
            or (len(replies) < MAX_POST_AUTHOR_REPLIES and self.seen < MAX_REPLY_SEARCH)
        )

    def add_within(self, element: etree._Element) -> bool:
        """`add` each element below `element` (one the walk skips whole); False once every kind is full."""
        # an icon's few elements are looked at one by one, cheaper than an XPath's set-up
        inner = list(itertools.islice(element.iterdescendants(), SMALL_SUBTREE))
        if len(inner) < SMALL_SUBTREE:
            marked = [
                node
                for node in inner
                if node.get("class") is not None or node.get("itemprop") is not None or node.get("rel") is not None
            ]
        elif len(self.authors) > MAX_MARKUP_ELEMENTS and len(self.dates) > MAX_MARKUP_ELEMENTS:
            # only the post author's replies are still looked for: libxml2 selects them alone
            marked = _elements(_REPLY_XPATH(element))[:MAX_POST_AUTHOR_REPLIES]
        else:
            marked = _elements(_MARKED_XPATH(element))
        return all(self.add(node) for node in marked)


# The class WordPress gives a reply in the comments that the post's own author wrote; the name of the reply's
# writer is in its `fn` element (microformats' vcard), as "jancak" under "— jancak @ 00:11".
POST_AUTHOR_REPLY_CLASS = "bypostauthor"
# Such replies kept: the field takes the first that reads as one name.
MAX_POST_AUTHOR_REPLIES = 4
# Marked elements among which they are looked for: a long thread's (a few per comment), not a hostile page's.
MAX_REPLY_SEARCH = 5_000
# the whole class token, as `MarkedElements.add` checks it: "bypostauthor-badge" takes no reply's place
_REPLY_XPATH = etree.XPath(
    f"descendant::*[contains(concat(' ', normalize-space(@class), ' '), ' {POST_AUTHOR_REPLY_CLASS} ')]"
)


def _values(
    candidates: list[etree._Element],
    read: Callable[[etree._Element], str | None],
    *,
    skip_teasers: bool = False,
) -> tuple[str, ...]:
    values: list[str] = []
    asides: list[str] = []  # with `skip_teasers`, the values inside an <aside> only: see below
    for seen, element in enumerate(candidates, start=1):
        if seen > MAX_MARKUP_ELEMENTS:
            break
        value = read(element)
        if not value or _in_comments(element):
            continue
        kind = _teaser_kind(element) if skip_teasers else _NOT_TEASER
        if kind == _ASIDE_ONLY and len(asides) < MAX_MARKUP_VALUES:
            asides.append(value)
        if kind != _NOT_TEASER:
            continue
        values.append(value)
        if len(values) >= MAX_MARKUP_VALUES:
            break
    # a page without an <article> may keep its only author box in an <aside>; with an <article>, an <aside>'s
    # byline is a teaser's, and so is a menu's always
    if not values and asides and not _has_article(candidates[0]):
        return tuple(asides)
    return tuple(values)


_POST_AUTHOR_NAME = etree.XPath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]")


def post_author_replies(replies: list[etree._Element]) -> tuple[str, ...]:
    """Names of the writers of the comment replies marked as the post author's own (`bypostauthor`, kept
    by `MarkedElements`), in page order: the one place some blogs name their author."""
    values: list[str] = []
    for element in replies[:MAX_POST_AUTHOR_REPLIES]:
        names = _elements(_POST_AUTHOR_NAME(element))
        value = _text(names[0]) if names else ""
        if value and len(value) <= MAX_MARKUP_CHARS:
            values.append(value)
    return tuple(values)


# Links to an author's page: "/author/jane-doe/", "/autor/doe_j", "/profil/.../jane-doe", "/fr/staff/jane-doe/". The
# HTML reader's walk keeps the links whose address holds one of these signs; `_author_link_value` checks the path
# word is whole.
AUTHOR_LINK_SIGNS: tuple[str, ...] = ("/aut", "/profil", "/journalist", "/staff/")
AUTHOR_LINK_SIGN = re.compile("|".join(map(re.escape, AUTHOR_LINK_SIGNS)))
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor|autoren|autorin|auteurs?|autore|autori|autores|profile?|journalist(?:en)?|staff)/"
    r"(?P<rest>[^?#]*)",
    re.I,
)
# A link's words (letters and digits) and its address's, compared case-folded and without accents.
_WORD = re.compile(r"[^\W_]+")


def _folded_words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.casefold())
    return set(_WORD.findall("".join(ch for ch in plain if not unicodedata.combining(ch))))


def _author_link_value(element: etree._Element) -> str | None:
    """The text of a link to an author's page whose address spells a word of it: "Gunter Frank" to
    "/autor/frank_g", never "JF" to "/author/redaktion/" (a desk's page) nor "Profil" to "/user/profil/"."""
    found = _AUTHOR_PATH.search(element.get("href") or "")
    text = _text(element)
    if found is None or not text or len(text) > MAX_MARKUP_CHARS:
        return None
    return text if _folded_words(text) & _folded_words(found.group("rest")) else None


def author_links(links: list[etree._Element]) -> tuple[str, ...]:
    """Texts of the links (`<a>` elements whose address holds an `AUTHOR_LINK_SIGNS` sign, in page order) to
    author pages that name the author their address names, comments left out."""
    return _values(links, _author_link_value)


def marked_values(marked: MarkedElements, url: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Texts of the elements marked as the author, and date values (an attribute's, else the text) of the
    elements marked as the publication date, each in page order, comments' left out. The page's `url` tells a
    link to its own front page (the site's name) from one to an author's site."""
    host = _host(url)
    authors = _values(marked.authors, lambda element: _author_value(element, host), skip_teasers=True)
    return authors, _values(marked.dates, _date_value)
