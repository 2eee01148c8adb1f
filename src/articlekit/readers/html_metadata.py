"""Page metadata from the strings the HTML walk collected: language, JSON-LD, and the `Metadata` value.

Nothing here sees a DOM: `readers/html.py` hands over attribute values and script texts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from articlekit.model import Metadata

# JSON-LD @type endings that mark an article: Article, NewsArticle, ReportageNewsArticle,
# ScholarlyArticle, BlogPosting, LiveBlogPosting, SocialMediaPosting... Compared lowercased, so
# "schema:NewsArticle" and "https://schema.org/NewsArticle" match too.
ARTICLE_TYPE_ENDINGS: tuple[str, ...] = ("article", "posting")
# Keys under which a JSON-LD object nests the objects it describes; the reader looks for articles
# there as well as at the top level and in lists.
NESTING_KEYS: tuple[str, ...] = ("@graph", "mainEntity")
# Meta tags that state a page's language when <html lang> does not, in order of trust.
LANGUAGE_META: tuple[str, ...] = ("content-language", "og:locale", "language", "dc.language")

# Wrappers that CMSs put around JSON-LD to hide it from old browsers, stripped before a second try.
_JSON_PREFIXES: tuple[str, ...] = ("<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA[")
_JSON_SUFFIXES: tuple[str, ...] = ("-->", "//]]>", "/*]]>*/", "]]>", ";")
# A comma before a closing bracket, which JavaScript allows and JSON does not.
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")

_DECODER = json.JSONDecoder(strict=False)  # stateless; strict=False accepts raw newlines in strings


# A <title> or meta value longer than this is not a title: only this much of it is kept.
MAX_METADATA_CHARS = 2_000


def normalize_space(text: str) -> str:
    """Collapse whitespace runs to one space and strip the ends."""
    return " ".join(text.split())


def language_code(value: str | None) -> str | None:
    """The ISO 639-1 code of a language tag such as "en-US", "de_DE" or "fr", else None.

    >>> language_code("en-US"), language_code("pt_BR"), language_code("eng"), language_code("x")
    ('en', 'pt', None, None)
    """
    if not value:
        return None
    primary = value.strip().replace("_", "-").split("-", 1)[0].split(",", 1)[0].strip().lower()
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        return primary
    return None


def page_language(html_lang: str | None, meta: Mapping[str, str]) -> str | None:
    """The language the page declares: <html lang>, else a language meta tag."""
    code = language_code(html_lang)
    for key in LANGUAGE_META:
        if code is not None:
            break
        code = language_code(meta.get(key))
    return code


def _unwrap(text: str) -> str:
    text = text.strip()
    for prefix in _JSON_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :].lstrip()
    for suffix in _JSON_SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)].rstrip()
    return _TRAILING_COMMA.sub(r"\1", text)


def _decode_all(text: str) -> list[object]:
    """Every JSON value in `text`, one after another; stops at the first that does not parse."""
    values: list[object] = []
    position, end = 0, len(text)
    while position < end:
        while position < end and text[position].isspace():
            position += 1
        if position == end:
            break
        try:
            value, position = _DECODER.raw_decode(text, position)
        except (ValueError, RecursionError):  # broken JSON, or nesting deeper than the decoder goes
            break
        values.append(value)
    return values


def load_json_ld(text: str) -> list[object]:
    """The JSON values in one JSON-LD script; a broken script is tried once more after cleaning.

    >>> load_json_ld('<!-- {"@type": "NewsArticle", "headline": "A",} -->')
    [{'@type': 'NewsArticle', 'headline': 'A'}]
    >>> load_json_ld("{not json")
    []
    """
    values = _decode_all(text)
    if not values:
        values = _decode_all(_unwrap(text))
    return values


def is_article(value: object) -> bool:
    """Whether a JSON-LD value is an object whose @type is Article-like."""
    if not isinstance(value, dict):
        return False
    kind = value.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(name, str) and name.strip().lower().endswith(ARTICLE_TYPE_ENDINGS) for name in kinds)


def find_articles(values: Iterable[object]) -> list[Mapping[str, object]]:
    """Article-like objects among JSON-LD values, at top level, in lists and under `NESTING_KEYS`, in order."""
    found: list[Mapping[str, object]] = []
    stack: list[object] = list(values)[::-1]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            if is_article(value):
                found.append(MappingProxyType(value))
                continue
            stack.extend(value[key] for key in reversed(NESTING_KEYS) if key in value)
    return found


# Nodes indexed by their @id per page, at most this many: Yoast-style graphs hold a dozen.
MAX_ID_NODES = 200
# Keys of an article whose values may be bare references ({"@id": "..."}) to a node elsewhere in the graph. Not
# the publisher: a blogger who publishes their own site is still the author, not "the site crediting itself".
REFERENCE_KEYS: tuple[str, ...] = ("author", "creator")


def nodes_by_id(values: Iterable[object]) -> dict[str, Mapping[str, object]]:
    """The JSON-LD objects that carry both an `@id` and a `name`, by their id, at top level, in lists and under
    `NESTING_KEYS`: the people and organisations a graph defines once and references elsewhere."""
    found: dict[str, Mapping[str, object]] = {}
    stack: list[object] = list(values)[::-1]
    while stack and len(found) < MAX_ID_NODES:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            key, name = value.get("@id"), value.get("name")
            if isinstance(key, str) and isinstance(name, str) and key not in found:
                found[key] = value
            stack.extend(value[key] for key in reversed(NESTING_KEYS) if key in value)
    return found


def _resolve_one(value: object, nodes: Mapping[str, Mapping[str, object]]) -> object:
    if isinstance(value, dict) and "name" not in value and isinstance(key := value.get("@id"), str) and key in nodes:
        return dict(nodes[key])
    return value


def _resolve(value: object, nodes: Mapping[str, Mapping[str, object]]) -> object:
    """A reference, or a list of them, replaced by the nodes named; lists nested deeper are left as they are
    (one level, no recursion: a hostile page may nest lists thousands deep)."""
    if isinstance(value, list):
        return [_resolve_one(item, nodes) for item in value]
    return _resolve_one(value, nodes)


def resolve_references(
    article: Mapping[str, object], nodes: Mapping[str, Mapping[str, object]]
) -> Mapping[str, object]:
    """The article with its bare `{"@id": ...}` authors and creators replaced by the nodes they name.

    >>> nodes = {"#jane": {"@id": "#jane", "@type": "Person", "name": "Jane Doe"}}
    >>> resolve_references({"@type": "BlogPosting", "author": {"@id": "#jane"}}, nodes)["author"]["name"]
    'Jane Doe'
    """
    if not nodes or not any(isinstance(article.get(key), (dict, list)) for key in REFERENCE_KEYS):
        return article
    resolved = dict(article)
    for key in REFERENCE_KEYS:
        if key in resolved:
            resolved[key] = _resolve(resolved[key], nodes)
    return MappingProxyType(resolved)


def other_published_dates(values: Iterable[object]) -> list[str]:
    """`datePublished` of the JSON-LD objects that are not articles (a WebPage, a HowTo, a Product), in order."""
    found: list[str] = []
    stack: list[object] = list(values)[::-1]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict) and not is_article(value):
            date = value.get("datePublished")
            if isinstance(date, str) and date.strip():
                found.append(date.strip()[:MAX_METADATA_CHARS])
            stack.extend(value[key] for key in reversed(NESTING_KEYS) if key in value)
    return found


def build_metadata(
    *,
    url: str | None,
    title: str | None,
    html_lang: str | None,
    meta: dict[str, str],
    json_ld_scripts: Iterable[str],
    times: Iterable[str],
    marked_authors: tuple[str, ...] = (),
    marked_dates: tuple[str, ...] = (),
    author_links: tuple[str, ...] = (),
    post_author_replies: tuple[str, ...] = (),
) -> Metadata:
    """The page's `Metadata` from what the walk collected."""
    articles: list[Mapping[str, object]] = []
    other_dates: list[str] = []
    nodes: dict[str, Mapping[str, object]] = {}
    for script in json_ld_scripts:
        values = load_json_ld(script)
        articles.extend(find_articles(values))
        other_dates.extend(other_published_dates(values))
        for key, node in nodes_by_id(values).items():
            nodes.setdefault(key, node)
    articles = [resolve_references(article, nodes) for article in articles]
    clean_title = normalize_space(title[:MAX_METADATA_CHARS]) if title else ""
    return Metadata(
        url=url,
        title=clean_title or None,
        language=page_language(html_lang, meta),
        meta=MappingProxyType(meta),
        json_ld=tuple(articles),
        times=tuple(times),
        marked_authors=marked_authors,
        marked_dates=marked_dates,
        author_links=author_links,
        post_author_replies=post_author_replies,
        json_ld_other_dates=tuple(other_dates),
    )
