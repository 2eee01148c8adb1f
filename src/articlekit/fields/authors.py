"""Authors: from the page's metadata (JSON-LD, author meta tags, elements marked as the author), else from
byline blocks."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Mapping

from articlekit.classify.furniture import BYLINE_PREFIX_RULE
from articlekit.classify.header import is_agency_line
from articlekit.classify.titles import host_names
from articlekit.lexicons import AGENCIES, GUEST_POST_CUES, GUEST_POST_NAMES, STOPWORDS
from articlekit.model import Block, Kind, Page, Role
from articlekit.recognize.bylines import (
    MAX_CREDIT_WORDS,
    NAME_PARTICLES,
    TITLE_WORDS,
    find_inline_byline,
    find_labelled_author,
    is_lone_opener,
    is_name,
    parse_author_value,
    parse_byline,
    parse_credit,
    parse_marked_author,
    parse_name_after_date,
    parse_name_before_date,
    parse_name_between_opener_and_date,
    parse_name_line,
    parse_post_signature,
)

# Meta tags that name the author, in order of trust. Dublin Core's creator comes first: a CMS sets it per
# document, where `author` is often the theme's one value for the whole site (its owner, a webmaster, the
# references' authors on a journal's page). `article:author` is often a profile URL, which
# `parse_author_value` refuses.
AUTHOR_META: tuple[str, ...] = (
    "dc.creator",
    "dc:creator",
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dcterms.creator",
    "dcterms:creator",
    "byl",
    "og:article:author",
    "shareaholic:article_author_name",
)


# A site's name cut from the end of an author name is at least this long ("Globe" in "BostonGlobe.com").
MIN_SITE_TAIL_CHARS = 4

# JSON-LD author types that are not people: a site that credits itself ("USA TODAY", "BET") names no author.
ORGANIZATION_TYPES: tuple[str, ...] = ("organization", "organisation", "corporation")


def _is_organization(author: object) -> bool:
    if not isinstance(author, dict):
        return False
    kinds = author.get("@type")
    names = [kind.lower() for kind in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(kind, str)]
    if "person" in names:  # ["Person", "Organization"]: a blogger who is also the site
        return False
    return any(word in kind for kind in names for word in ORGANIZATION_TYPES)


def _publisher_name(item: Mapping[str, object]) -> str | None:
    publisher = item.get("publisher")
    name = publisher.get("name") if isinstance(publisher, dict) else publisher
    return name.strip().casefold() if isinstance(name, str) else None


def _json_ld_people(item: Mapping[str, object]) -> list[str]:
    """The author names of one JSON-LD object, as written: no Organization, not the publisher (a site that
    credits itself names no author)."""
    authors = item.get("author")
    publisher = _publisher_name(item)
    names: list[str] = []
    for author in authors if isinstance(authors, list) else [authors]:
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, str) and not _is_organization(author) and name.strip().casefold() != publisher:
            names.append(html.unescape(name))  # CMSs escape twice: "James O&#039;Neil"
    return names


def _from_json_ld(page: Page) -> tuple[tuple[str, ...], str | None]:
    """The people the first JSON-LD object that names any credits."""
    for item in page.metadata.json_ld:
        names = [parsed for name in _json_ld_people(item) for parsed in parse_author_value(name)]
        if names:
            return tuple(dict.fromkeys(names)), "json-ld author"
    return (), None


# Numbered label/value meta pairs that themes fill for link previews: twitter:label1 "Written by" (or
# "Verfasst von", "Écrit par"), twitter:data1 "Jane Doe". At most this many pairs are looked at.
MAX_LABELLED_META = 4


def _from_meta(page: Page) -> tuple[tuple[str, ...], str | None]:
    meta = page.metadata.meta
    for key in AUTHOR_META:
        value = meta.get(key)
        names = parse_author_value(value) if value else ()
        if names:
            return names, f"meta {key}"
    for number in range(1, MAX_LABELLED_META + 1):
        label, value = meta.get(f"twitter:label{number}"), meta.get(f"twitter:data{number}")
        if label and value and is_lone_opener(label) and (names := parse_author_value(value)):
            return names, f"meta twitter:data{number} (labelled {label[:20]!r})"
    return (), None


def _from_markup(page: Page) -> tuple[tuple[str, ...], str | None]:
    """The first author element that names anyone but the site's initials ("JF" for "Junge Freiheit" in the
    meta lines of a grid of posts, before "Boris T. Kaiser"); else the first with the initials. The site's
    full name stays where it is: a site that signs its own posts ("Attac France") is their author."""
    first: tuple[tuple[str, ...], str | None] = ((), None)
    sites = _site_names(page)
    marked = page.metadata.marked_authors
    for number, value in enumerate(marked):
        names = parse_marked_author(value)
        if not names:
            continue
        if not all(_is_initials(name, sites) for name in names):
            inner = _inner_name(names, marked[number + 1 : number + 1 + MAX_INNER_AUTHOR_ELEMENTS])
            if inner is not None:
                return (inner[0],), f"author markup {number + 1 + inner[1]} {marked[number + 1 + inner[1]][:40]!r}"
            more = _nested_names(names, value, marked[number + 1 : number + 1 + MAX_NESTED_AUTHOR_ELEMENTS])
            if more:
                return (*names, *more), f"author markup {number} {value[:40]!r} and the author elements inside it"
            return names, f"author markup {number} {value[:40]!r}"
        if first[1] is None:
            first = (names, f"author markup {number} {value[:40]!r}")
    return first


# Author elements after one that are looked at for an element it holds: the box is handed over first, then what
# is inside it.
MAX_INNER_AUTHOR_ELEMENTS = 3


def _inner_name(names: tuple[str, ...], later: tuple[str, ...]) -> tuple[str, int] | None:
    """The name of an author element inside a box that is marked as the author too, when the box's text runs
    another name into it: "Tech Insider Alex Perry" (the partner outlet, then `itemprop="author"` "Alex Perry").
    The inner name has two words at least and ends the box's; its position among `later`."""
    if len(names) != 1:
        return None
    for position, value in enumerate(later):
        inner = parse_marked_author(value)
        if len(inner) == 1 and len(inner[0].split()) >= 2 and names[0].endswith(f" {inner[0]}"):
            return inner[0], position
    return None


# Author elements after a box that are looked at for the co-authors it holds.
MAX_NESTED_AUTHOR_ELEMENTS = 12


def _nested_names(names: tuple[str, ...], box: str, later: tuple[str, ...]) -> tuple[str, ...]:
    """The co-authors that author elements inside a box marked as the author name, when the box's own text
    yields only the first ("By — Jane Doe, Associated Press By — John Roe, Associated Press", each name also in
    its own `itemprop="author"` element). Only full names (two words or more) that the box's text holds."""
    found: dict[str, None] = {}
    for value in later:
        if value not in box:
            break  # past the box: the elements inside it come right after it, in page order
        for name in parse_marked_author(value):
            if _added_person(name) and not _overlaps((name,), names) and name not in found:
                found[name] = None
    return tuple(found)


def _from_blocks(page: Page) -> tuple[tuple[str, ...], str | None]:
    for block in page.blocks:
        if block.role is Role.BYLINE:
            names = parse_byline(block.text) or parse_name_before_date(block.text)
            if not names and "header.byline_name" in block.evidence:
                names = parse_name_line(block.text) or parse_marked_author(block.text) or (block.text.strip(),)
            if names:
                return names, f"byline block {block.index}"
    lower_case: set[str] | None = None  # the words the page writes in lower case, read when first needed
    for block in page.blocks:
        if block.role is Role.DATE:
            names = (
                find_inline_byline(block.text) or parse_name_after_date(block.text) or find_labelled_author(block.text)
            )
            if not names and "header.date" in block.evidence:
                # the header's date line may run the name in without a separator ("28. Jan. 2022 Paula Balov") or
                # open with it ("Doric Sam December 20, 2023 Comments"); so may a topic ("12 March 2024 Climate
                # Change", "12.03.2024 Neue Studie"), whose words the page also writes in lower case
                names = parse_name_after_date(block.text, unseparated=True) or parse_name_before_date(block.text)
                if names:
                    lower_case = _lower_case_words(page) if lower_case is None else lower_case
                    if any(word.casefold() in lower_case for name in names for word in name.split()):
                        names = ()
            if names:
                return names, f"date block {block.index}"
    return (), None


# A name's words: letters (a hyphen, an apostrophe), as `_lower_case_words` splits the page.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _lower_case_words(page: Page) -> set[str]:
    """The words the page writes in lower case somewhere (a topic's words do, a person's name's do not)."""
    return {word for block in page.blocks for word in _WORD.findall(block.text) if word[0].islower()}


# Characters that separate a site's name from the rest of a page title: "Story | The Daily Planet".
_TITLE_SEPARATORS = re.compile(r"\s[|–—:·•-]\s|\s[|–—:·•-]|[|–—:·•-]\s")


def _folded_words(text: str) -> tuple[str, ...]:
    """Words lowercased with only their letters and digits: "Tennis.com" -> ("tenniscom",)."""
    words = ("".join(ch for ch in word if ch.isalnum()).casefold() for word in text.split())
    return tuple(word for word in words if word)


def _site_names(page: Page) -> tuple[tuple[str, ...], ...]:
    """The names the site goes by: og:site_name, application-name, the JSON-LD publisher, the title's last part."""
    meta = page.metadata.meta
    names = [meta.get("og:site_name"), meta.get("application-name")]
    names.extend(_publisher_name(item) for item in page.metadata.json_ld)
    if page.metadata.title:
        names.append(_TITLE_SEPARATORS.split(page.metadata.title)[-1])
    return tuple(words for name in names if name and (words := _folded_words(name)))


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[start : start + len(part)] == part for start in range(len(words) - len(part) + 1))


def _is_site(name: str, sites: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `name` is the site's own name, a run of its words ("Guardian" on "the Guardian") or its initials
    ("JF" on "Junge Freiheit")."""
    words = _folded_words(name)
    return bool(words) and any(
        _contains(site, words) or "".join(words) == "".join(site) or _initials(words, site) for site in sites
    )


def _initials(words: tuple[str, ...], site: tuple[str, ...]) -> bool:
    return len(words) == 1 and len(site) >= 2 and words[0] == "".join(word[0] for word in site)


def _is_initials(name: str, sites: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `name` is the initials of one of the site's names ("JF" on "Junge Freiheit")."""
    words = _folded_words(name)
    return any(_initials(words, site) for site in sites)


def _cut_site(name: str, sites: tuple[tuple[str, ...], ...]) -> str:
    """ "Jim Walsh Cherry Hill Courier-Post" -> "Jim Walsh": the site's name after two or more name words. A name
    that the site's name holds whole is the person the site is named after, and keeps its last words: "Bradley M.
    Kuhn" on "Bradley M. Kuhn (bkuhn)", not "Bradley M."."""
    tokens = name.split()
    whole = "".join(_folded_words(name))
    if any(whole in "".join(site) for site in sites):
        return name
    for cut in range(2, len(tokens)):
        tail = "".join(_folded_words(" ".join(tokens[cut:])))
        if len(tail) >= MIN_SITE_TAIL_CHARS and any(tail in "".join(site) for site in sites):
            return " ".join(tokens[:cut])
    return name


def _from_author_links(page: Page) -> tuple[tuple[str, ...], str | None]:
    """The first link to an author's page that names a person: the last resort of pages that name no author, no
    desk and not even the site as their author (a player's "/profil/" link is not the author of a match report)."""
    for number, value in enumerate(page.metadata.author_links):
        names = parse_marked_author(value)
        if names:
            return names, f"author link {number} {value[:40]!r}"
    return (), None


# Blocks after the article's last body paragraph that may still sign it: "Von Cosima Künzel" under the story.
MAX_SIGNATURE_GAP = 3


def _from_article_lines(page: Page) -> tuple[tuple[str, ...], str | None]:
    """A byline among the article's own lines that the header did not take, for pages that name their author
    nowhere else: "von Klaus Stanjek" under a subtitle, "Von Cosima Künzel" closing the story, "Von:" above
    "Götz Warnke". Only the
    article's span is read (its first body paragraph to just after its last), so a teaser's byline in a list
    elsewhere never counts. A closing line that is only a name is not read: "General Information" and
    "Weiterführender Link" close articles too."""
    body = [number for number, block in enumerate(page.blocks) if block.role is Role.BODY]
    if not body:
        return (), None
    last = page.blocks[body[-1]].hints.containers
    after = page.blocks[body[-1] + 1 : body[-1] + 1 + MAX_SIGNATURE_GAP]
    # after the text, only what the element around its last paragraph holds: the teasers beside it are others
    closing = [block for block in after if len(last) >= 2 and last[-2] in block.hints.containers]
    for position in range(body[0], body[-1] + 1 + len(after)):
        block = page.blocks[position]
        if position > body[-1] and not any(block is kept for kept in closing):
            continue
        if BYLINE_PREFIX_RULE in block.evidence and (names := parse_byline(block.text)):
            return names, f"article byline block {block.index}"
        # an opener on a line of its own, the name on the next: "Von:" then "Götz Warnke" under the story
        following = page.blocks[position + 1] if position + 1 < len(page.blocks) else None
        if following is not None and is_lone_opener(block.text):
            names = parse_byline(f"{block.text.strip()} {following.text.strip()}")
            if names:
                return names, f"article byline blocks {block.index}-{following.index}"
    return (), None


def _cue_pattern(*vocabularies: Mapping[str, tuple[str, ...]]) -> re.Pattern[str]:
    cues = sorted({cue for vocabulary in vocabularies for cues in vocabulary.values() for cue in cues}, key=len)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(cue) for cue in reversed(cues)) + r")(?!\w)")


# A guest post's cue ("A guest post by Anna Berger"): see `GUEST_POST_CUES`; in the head, its name alone too.
_GUEST_POST_CUE = _cue_pattern(GUEST_POST_CUES)
_GUEST_POST_HEAD_CUE = _cue_pattern(GUEST_POST_CUES, GUEST_POST_NAMES)
# The article's head, where a guest post may name itself.
_HEAD_ROLES = frozenset({Role.HEADLINE, Role.SUBHEADLINE, Role.BYLINE, Role.DATELINE})


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text.casefold())


def _is_guest_post(page: Page) -> bool:
    """Whether the article says a guest wrote it (in its head, or its first or last paragraph), whom the
    blog's owner then is not."""
    body = [block for block in page.blocks if block.role is Role.BODY]
    if any(_GUEST_POST_CUE.search(_folded(block.text)) for block in body[:1] + body[-1:]):
        return True
    return any(block.role in _HEAD_ROLES and _GUEST_POST_HEAD_CUE.search(_folded(block.text)) for block in page.blocks)


def _from_post_author_replies(page: Page) -> tuple[tuple[str, ...], str | None]:
    """The writer of the first comment reply that the blog marks as the post author's own ("jancak", who
    answers a reader): the last resort of blogs that print their author's name nowhere else, unless the
    article is a guest's."""
    if not page.metadata.post_author_replies or _is_guest_post(page):
        return (), None
    for number, value in enumerate(page.metadata.post_author_replies):
        names = parse_marked_author(value)
        if len(names) == 1:
            return names, f"post author's reply {number} {value[:40]!r}"
    return (), None


# What an outlet's handles add to its name for a desk or an edition: "BBCNews", "CNNI", "nytimesworld".
BRAND_HANDLE_SUFFIXES: tuple[str, ...] = (
    "news", "world", "breaking", "politics", "sport", "sports", "tech", "travel", "business", "live", "intl",
    "international", "uk", "us", "i",
)  # fmt: skip
# An outlet's name in a handle is at least this long ("bbc", "cnn").
BRAND_HANDLE_MIN_CHARS = 3


def _brand_stem(handle: str) -> str:
    for suffix in BRAND_HANDLE_SUFFIXES:
        if handle.endswith(suffix) and len(handle) - len(suffix) >= BRAND_HANDLE_MIN_CHARS:
            return handle[: -len(suffix)]
    return handle


def _brand_handle(creator: str, site: str) -> bool:
    """Whether a (case-folded) creator handle is the site's own or another account of the same outlet: it opens
    with the site's handle less a desk's or an edition's suffix ("bbcworld" beside "bbcnews", "cnntravel"
    beside "cnni"); "thedanseifert" beside "theverge" is a writer."""
    if not site:
        return False
    stem = _brand_stem(site)
    return creator == site or (len(stem) >= BRAND_HANDLE_MIN_CHARS and creator.startswith(stem))


def _from_creator_handle(page: Page) -> tuple[tuple[str, ...], str | None]:
    """The `twitter:creator` handle when it is not the site's own (`twitter:site`): the last resort of pages that
    name their writer nowhere else ("delta201", a serial's author on a fiction site). A blog whose handle is
    its own names the blog in both."""
    meta = page.metadata.meta
    creator = meta.get("twitter:creator", "").strip().lstrip("@")
    site = meta.get("twitter:site", "").strip().lstrip("@").casefold()
    if not creator or _brand_handle(creator.casefold(), site):
        return (), None
    names = parse_marked_author(creator)
    return (names, f"meta twitter:creator {creator[:40]!r}") if names else ((), None)


Source = Callable[[Page], tuple[tuple[str, ...], str | None]]  # names and where they were found
# Sources that may name only the first of several authors: the visible byline may complete them.
METADATA_SOURCES: frozenset[str | None] = frozenset(("json-ld author", *(f"meta {key}" for key in AUTHOR_META)))
# The sources in order of trust.
AUTHOR_SOURCES: tuple[Source, ...] = (_from_json_ld, _from_meta, _from_markup, _from_blocks)


def _credited(page: Page, sites: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], str | None]:
    """A desk or organisation credited by JSON-LD, a meta tag or the author markup, when no person is. The site's
    own name ("Gelbe Liste Online" in meta author on gelbe-liste.de) yields to an organisation that JSON-LD names as
    the author ("Redaktion Gelbe Liste Pharmindex")."""
    values: list[tuple[str, str]] = []
    values.extend((name, "json-ld author") for item in page.metadata.json_ld for name in _json_ld_people(item))
    values.extend((page.metadata.meta[key], f"meta {key}") for key in AUTHOR_META if key in page.metadata.meta)
    values.extend(
        (value, f"author markup {number} {value[:40]!r}") for number, value in enumerate(page.metadata.marked_authors)
    )
    for value, where in values:
        credit = parse_credit(value)
        if not credit:
            continue
        if _is_site(credit[0], sites) and (organization := _json_ld_organizations(page, sites))[1] is not None:
            return organization
        return credit, f"{where} (a credit, not a person)"
    return (), None


# An agency's name as the lexicon writes it, for a byline that sets it in capitals ("THE ASSOCIATED PRESS").
_AGENCY_SPELLINGS: dict[str, str] = {agency.casefold(): agency for agency in AGENCIES}


def _as_written(credit: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_AGENCY_SPELLINGS.get(name.casefold(), name) if name.isupper() else name for name in credit)


def _byline_credit(page: Page, sites: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], str | None]:
    """A newsroom or agency that the header's byline names when it names no person: "By Associated Press",
    "Por Agencia EFE", or an agency that opens the header's date line ("Agencia EFE 04.05.2022"). The byline is the
    page's statement of who wrote the story; an agency named only in the dateline ("BERLIN (dpa) -") is the
    dateline's, not an author."""
    block = next((block for block in page.blocks if block.role is Role.BYLINE), None)
    if block is not None and (credit := parse_credit(block.text)) and not _is_site(credit[0], sites):
        last = credit[0].split()[-1].casefold()
        if last not in TITLE_WORDS or last == "staff":  # not a person with a job ("DOUG FERGUSON AP Golf Writer")
            return _as_written(credit), f"byline block {block.index} (a credit, not a person)"
        return (), None
    dated = next((block for block in page.blocks if block.role is Role.DATE and "header.date" in block.evidence), None)
    if dated is not None and (credit := parse_credit(dated.text)) and is_agency_line(credit[0]):
        return _as_written(credit), f"date block {dated.index} (an agency, not a person)"
    return (), None


# A post's signature line sits this close to the story: in its header (from this many blocks above the headline to
# the first paragraph) or right below its last paragraph.
SIGNATURE_WINDOW = 6


def _told_by_itself(block: Block) -> bool:
    """Whether a block's chrome kind comes from its own words or markup, not from the region around it."""
    return any(rule.startswith(_OWN_CHROME_RULES) for rule in block.evidence)


# The rule families that judge a block by its own words or markup (the `region.` rules judge it by its neighbours).
_OWN_CHROME_RULES: tuple[str, ...] = ("chrome.", "markup.")


def _from_post_signature(page: Page) -> tuple[tuple[str, ...], str | None]:
    """The writer a blog or forum post signs it with, next to the story and before any comment: "Gespeichert von
    rasos am 24. Juli 2017 - 18:55". Themes print it in their footer or meta bar, so any role but a comment's."""
    body = [block.index for block in page.blocks if block.role is Role.BODY]
    if not body:
        return (), None
    first, last = body[0], body[-1]
    top = min((block.index for block in page.blocks if block.role is Role.HEADLINE), default=first)
    for block in page.blocks:
        if block.kind is Kind.COMMENTS and block.index > first:
            break  # the thread below the story: its signatures are the commenters'
        if block.kind is Kind.RELATED and block.index > last and _told_by_itself(block):
            break  # a box of teasers ("Mehr zum Thema"): its signatures are other posts'
        if block.kind is Kind.COMMENTS or (block.kind is Kind.RELATED and _told_by_itself(block)):
            continue
        # the header, from just above the headline to the story, or just below the story
        near = (
            min(top, first) - SIGNATURE_WINDOW <= block.index < first or last < block.index <= last + SIGNATURE_WINDOW
        )
        if near and block.role is not Role.CAPTION and (names := parse_post_signature(block.text)):
            return names, f"post signature block {block.index}"
    return (), None


def _is_host(name: str, page: Page) -> bool:
    """Whether `name` is the page's own address written as a name ("oe24.at" on www.oe24.at)."""
    letters = "".join(_folded_words(name))
    return bool(letters) and letters in host_names(page.metadata.url)


def _json_ld_organizations(page: Page, sites: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], str | None]:
    """An organisation that JSON-LD names as the author and that is neither the publisher nor the site: the
    "Contributors to Wikimedia projects" of an encyclopedia published by its foundation."""
    for item in page.metadata.json_ld:
        authors = item.get("author")
        publisher = _publisher_name(item)
        for author in authors if isinstance(authors, list) else [authors]:
            name = author.get("name") if _is_organization(author) and isinstance(author, dict) else None
            if not isinstance(name, str) or not (name := " ".join(html.unescape(name).split())):
                continue
            if publisher is None or name.casefold() == publisher:  # with no publisher, the site may credit itself
                continue
            if len(name.split()) <= MAX_CREDIT_WORDS and not _is_site(name, sites) and not _is_host(name, page):
                return (name,), "json-ld author (an organisation, not the publisher)"
    return (), None


def _added_person(name: str) -> bool:
    """A name a byline adds to the metadata's: two words or more, no acronym ("ACLU Speech", "Deputy CTO")."""
    words = name.split()
    return len(words) >= 2 and not any(len(word) >= 2 and word.isupper() for word in words)


def _overlaps(names: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """Whether two lists share a person: one writing possibly running on ("Edward Keenan", "Edward KeenanCity"),
    or the shorter name's every word in the longer, accents, order and initials aside ("Jane Doe" / "J. Doe",
    "María José García" / "Maria Jose Garcia", "Doe Jane"); "David Brown" and "David Miller" are two people."""
    folded = [_unaccented(other) for other in others]
    if any(a.startswith(b) or b.startswith(a) for a in (_unaccented(name) for name in names) for b in folded):
        return True
    return any(_same_person(_unaccented(name), other) for name in names for other in folded)


def _same_person(one: str, other: str) -> bool:
    words = [[word for word in name.replace(".", " ").split() if word not in NAME_PARTICLES] for name in (one, other)]
    short, long = sorted(words, key=lambda name: (len(name), sum(map(len, name))))
    full = [word for word in short if len(word) > 1]
    return bool(full) and all(
        word in long if len(word) > 1 else any(other.startswith(word) for other in long) for word in short
    )


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))


def _in_a_byline(names: tuple[str, ...], page: Page) -> bool:
    """Whether any byline of the page writes one of the names ("Wilmer Leon. Sputnik International" under a
    header line "By Any Means Necessary", the name of his show)."""
    folded = [name.casefold() for name in names]
    return any(
        block.role is Role.BYLINE and any(name in block.text.casefold() for name in folded) for block in page.blocks
    )


def _header_byline(page: Page) -> tuple[tuple[str, ...], str | None, str]:
    """The people that the first byline of the article's header names after an opener ("Von Matthias Lauerer",
    "Auteur : Kossivi Tiassou", "Erstellt von Fabian am 6. Mai 2014"), where, and the line's text."""
    block = next((block for block in page.blocks if block.role is Role.BYLINE), None)
    if block is not None and "header.byline" in block.evidence:
        names = parse_byline(block.text) or parse_name_between_opener_and_date(block.text)
        return (names, f"byline block {block.index}", block.text) if names else ((), None, "")
    if block is None:  # a blog's header date line that opens with its writer: "Geschrieben von Cooper am ..."
        dated = next((b for b in page.blocks if b.role is Role.DATE and "header.date" in b.evidence), None)
        if dated is not None and (names := parse_name_between_opener_and_date(dated.text)):
            return names, f"date block {dated.index}", dated.text
    return (), None, ""


# A name of at most this many capitals and nothing else is initials ("SJ", "DT") or an agency's acronym ("AFP").
MAX_INITIALS = 3


def _is_initialism(name: str) -> bool:
    return " " not in name and len(name) <= MAX_INITIALS and name.isalpha() and name.isupper()


def _header_full_names(page: Page) -> tuple[tuple[str, ...], str | None]:
    """The people of two words or more that the header's first byline names, with an opener or before a date:
    "By Jane Doe", "Tex Hollywood - December 21, 2023"."""
    block = next((block for block in page.blocks if block.role is Role.BYLINE), None)
    if block is None or "header.byline" not in block.evidence:
        return (), None
    names = parse_byline(block.text) or parse_name_before_date(block.text)
    if names and all(" " in name for name in names):
        return names, f"byline block {block.index}"
    return (), None


# Where a byline line goes on to the people who did not write the story: "By Jane Doe | Reviewed by John Roe".
OTHER_ROLE_CUES = re.compile(
    r"\b(?:reviewed|fact[- ]checked|edited|illustrat\w*|photograph\w*|photos?|video|produced|additional reporting|"
    r"contributions?|translated|geprüft|redigiert|bearbeitet|übersetzt|révisé|relu|revisado|editado)\b",
    re.I,
)


def _surname_in(name: str, text: str) -> bool:
    """Whether the last word of `name` stands as a word in `text` before any other role's cue ("Reviewed by"),
    accents and case aside."""
    words = _unaccented(name).replace(".", " ").split()
    cue = OTHER_ROLE_CUES.search(text)
    written = _unaccented(text[: cue.start()] if cue else text)
    return bool(words) and re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", written) is not None


def _completion(names: tuple[str, ...], more: tuple[str, ...]) -> bool:
    known = tuple(name.casefold() for name in names)
    added = more[len(names) :]
    return (
        bool(added)
        and tuple(name.casefold() for name in more[: len(names)]) == known
        and all(_added_person(name) for name in added)
    )


def _completed(names: tuple[str, ...], page: Page) -> tuple[tuple[str, ...], str | None]:
    """More names from the article's own byline when the metadata credits only the first of its authors: JSON-LD
    says "Christy Choi", the byline "By Christy Choi and Oscar Holland, CNN". Only the first author element and the
    first byline block are read, and only when they open with the metadata's names, so a teaser's byline never
    adds its people."""
    marked = page.metadata.marked_authors
    if marked and _completion(names, more := parse_marked_author(marked[0])):
        return more, f"author markup 0 {marked[0][:40]!r}"
    block = next((block for block in page.blocks if block.role is Role.BYLINE), None)
    if block is not None and _completion(names, more := parse_byline(block.text)):
        return more, f"byline block {block.index}"
    return names, None


def _is_stopword(word: str) -> bool:
    folded = word.casefold()
    return any(folded in words for words in STOPWORDS.values())


# Characters of each block read for the full name of an author the metadata give by first name only.
MAX_FULL_NAME_SCAN_CHARS = 300


def _full_name(name: str, page: Page) -> str | None:
    """The page's own fuller writing of an author that the metadata name by one word only: a blog's profile
    says "Nils", its byline or author box "Nils Pickert". The first block that writes the word followed by
    a capitalised word that makes a name gives it, in the story's body only after a byline's opener."""
    if " " in name or not is_name(name):
        return None
    # not before a comma: "Steffi Kaufratgeber, Beschäftigung, Katzen" is a list of a post's categories
    after = re.compile(rf"(?<!\w){re.escape(name)}\s+([^\W\d_][\w'’-]+)(?![\w'’-]|\s*,)")
    for block in page.blocks:
        found = after.search(block.text[:MAX_FULL_NAME_SCAN_CHARS])
        if found is None or not found.group(1)[0].isupper() or _is_stopword(found.group(1)):
            continue  # "Von Henry In Aktuell": a word of the sentence, no surname
        if not is_name(full := f"{name} {found.group(1)}"):
            continue
        # in the story's text only after a byline's opener ("Eine Kolumne von Nils Pickert"): its own
        # sentences name other people ("Mark Zuckerberg said")
        if block.role is not Role.BODY or full in find_inline_byline(block.text):
            return full
    return None


def _people(names: tuple[str, ...], sites: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The names less the site's: "Jim Walsh Cherry Hill Courier-Post" is cut to "Jim Walsh", and "NBA.com" in
    "Evan Orris, NBA.com" is where the author writes, not a co-author."""
    cut = dict.fromkeys(_cut_site(name, sites) for name in names)
    return tuple(name for name in cut if not _is_site(name, sites))


def build_authors(page: Page) -> tuple[tuple[str, ...], str | None]:
    """The author names and the source they came from.

    Sources in order of trust: JSON-LD, meta tags, author markup, byline blocks. A source that names only
    the site itself ("USA TODAY" on usatoday.com) is kept as a last resort, after every other source, then
    a byline or signature among the article's own lines, then a credited desk, then a newsroom or agency the
    byline names instead of a person ("By Associated Press"), then a post's signature beside the story
    ("Gespeichert von rasos am 24. Juli 2017"), then a link to an author's page, then the writer of the
    comment replies marked as the post author's, then the `twitter:creator` handle. The article's own byline
    may add the co-authors that the metadata leaves out, and its own writing of a name the metadata give by
    first name only ("Nils") completes it ("Nils Pickert").
    """
    sites = _site_names(page)
    fallback: tuple[tuple[str, ...], str | None] = ((), None)
    for source in AUTHOR_SOURCES:
        names, where = source(page)
        if not names:
            continue
        people = _people(names, sites)
        if not people:
            if fallback[1] is None:
                fallback = (
                    tuple(dict.fromkeys(_cut_site(name, sites) for name in names)),
                    f"{where} (the site's own name)",
                )
            continue
        if source is _from_markup and all(_is_initialism(name) for name in people):
            # "SJ" (or "AFP") in the theme's author element, "Tex Hollywood - December 21, 2023" (or "Par
            # Sébastien Farcis") in the header: the byline spells out a person
            spelled, spelled_where = _header_full_names(page)
            if spelled and (spelled := _people(spelled, sites)):
                return spelled, f"{spelled_where} (over {where}, which gives initials only)"
        if source is _from_meta and where in METADATA_SOURCES:
            # a meta tag that the theme fills for the whole site (the owner, the agency that built it) names
            # someone the article's own byline does not: the byline wins
            shown, shown_where, _line = _header_byline(page)
            if (
                shown
                and not _overlaps(people, shown)
                and not _in_a_byline(people, page)
                and (shown := _people(shown, sites))
            ):
                return shown, f"{shown_where} (over {where}, which names {people[0][:40]!r})"
        if where == "json-ld author" and len(people) > 1:
            # JSON-LD lists everyone who worked on the story ("Contributions from", "Reviewed by", "Edited by");
            # the header's byline names its authors
            shown, shown_where, line = _header_byline(page)
            named = tuple(person for person in people if _surname_in(person, line))
            if shown and 0 < len(named) < len(people) and all(_overlaps((name,), named) for name in shown):
                # the people as JSON-LD spells them: the byline's own parse may stop early ("Jane Doe / John
                # Roe") or give a first name only ("Posted by Jane on ...")
                return named, f"{shown_where} (names {len(named)} of the {len(people)} people {where} lists)"
        if where in METADATA_SOURCES:
            more, completed_by = _completed(people, page)
            more = _people(more, sites)
            if completed_by and len(more) > len(people):
                return more, f"{where}, completed by {completed_by}"
            if len(people) == 1 and (full := _full_name(people[0], page)) is not None:
                return (full,), f"{where}, the full name from the page"
        return people, where
    if fallback[1] is not None:
        return fallback
    # the article's own signature ("Autorin: Uta Staschewski" under the story) names a person where a meta tag
    # or a theme's element credits a desk or the organisation that runs the site
    names, where = _from_article_lines(page)
    if _people(names, sites):
        return _people(names, sites), where
    credit = _credited(page, sites)
    if credit[1] is not None:
        return credit
    credit = _byline_credit(page, sites)
    if credit[1] is not None:
        return credit
    credit = _json_ld_organizations(page, sites)  # an organisation the article's metadata credits ...
    if credit[1] is not None:
        return credit
    names, where = _from_post_signature(page)  # ... or a post's signature, beside the story ...
    if _people(names, sites):
        return _people(names, sites), where
    names, where = _from_author_links(page)  # ... before a link to an author page, which may be a teaser's
    if _people(names, sites):
        return _people(names, sites), where
    names, where = _from_post_author_replies(page)  # the blog's own mark beats a handle's guess
    if _people(names, sites):
        return _people(names, sites), where
    names, where = _from_creator_handle(page)
    return (_people(names, sites), where) if _people(names, sites) else ((), None)
