"""Datelines: a standalone "BAKU" line, or "WASHINGTON, Oct 15 (Reuters) -" opening the first paragraph.

A dateline is read in three steps, none of them a backtracking pattern: find where the prefix ends (a
dash, "(EFE).-", a colon), split the prefix into place, region, date and agency parts by commas and
the closing parenthesis, then judge the parts word by word against the small vocabularies below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articlekit.article import Dateline
from articlekit.lexicons import AGENCIES

# A dateline sits in the first characters of a paragraph: the separator must start before this.
MAX_PREFIX_CHARS = 100
# "RIO DE JANEIRO", "SALT LAKE CITY", "CIUDAD DE MÉXICO": four words is the longest place we accept.
MAX_LOCATION_WORDS = 4
MAX_LOCATION_CHARS = 40
# "KANSAS CITY, Mo.", "JEDDAH, Saudi Arabia", "SAN JUAN, Puerto Rico": a region after the place.
MAX_REGION_WORDS = 3
MAX_AGENCY_CHARS = 40
MAX_AGENCY_WORDS = 4
# A standalone dateline line: "BERLIN, 15. Oktober (dpa)" is about the longest.
MAX_STANDALONE_CHARS = 60
# A place written without an agency or a date must be at least this long: "US - China talks" is not one.
MIN_BARE_LOCATION_LETTERS = 3
# ... and a standalone line this long ("BAKU"): shorter capitals are acronyms ("NFL", "RSS", "GPS").
MIN_STANDALONE_LETTERS = 4
# A sentence after a bare dateline shows a lowercase letter within this many characters.
SENTENCE_LOOKAHEAD_CHARS = 40
# The inside of Japanese brackets: "【ワシントン共同】", "【ワシントン＝山田太郎】".
MAX_JAPANESE_BRACKET_CHARS = 24

# Agencies the lexicon does not list yet, as datelines name them ("(dpa/lnw)", "(HealthDay News)").
# Candidates for classify/lexicons.py AGENCIES.
EXTRA_DATELINE_AGENCIES: tuple[str, ...] = (
    "Associated Press", "Reuters Breakingviews", "AA", "Anadolu", "ANSAmed", "Antara", "Bernama", "BNS", "BTA",
    "CNA", "CP", "CTK", "HealthDay News", "HINA", "IRNA", "Interfax", "MTI", "NTB", "PAP", "QNA", "RIA Novosti",
    "Ritzau", "SPA", "Sputnik", "STT", "Tanjug", "TT", "Ukrinform", "UNI", "WAFA", "WAM", "ATS",
)  # fmt: skip
# Japanese agency marks that close the bracket: "【ワシントン共同】", "【北京時事】".
JAPANESE_AGENCIES: tuple[str, ...] = (
    "AFP時事", "共同通信", "時事通信", "共同", "時事", "ロイター", "新華社", "聯合", "AP", "AFP", "EFE",
)  # fmt: skip
# Lowercase words that may sit inside a place name: "RIO DE JANEIRO", "Frankfurt am Main", "Den Haag".
LOCATION_PARTICLES: frozenset[str] = frozenset(
    ("de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "el", "am", "an", "der", "im",
     "sur", "en", "upon", "on", "aan", "op", "of", "y")
)  # fmt: skip
# Words that open a paragraph or stand alone in capitals without being a place: labels, chrome, acronyms
# that wires put first ("UPDATE -", "EXCLUSIVE:", "MORE OPTIONS", "ACCEPT ALL" in fixture 011).
NOT_LOCATION_WORDS: frozenset[str] = frozenset(
    ("update", "updated", "updates", "breaking", "exclusive", "analysis", "opinion", "editorial", "review",
     "watch", "video", "videos", "photo", "photos", "gallery", "listen", "audio", "podcast", "live", "note",
     "correction", "clarification", "factbox", "explainer", "instant", "view", "column", "commentary",
     "interview", "advertisement", "advertising", "ad", "ads", "sponsored", "anzeige", "werbung", "publicidad",
     "publicité", "pubblicità", "publicidade", "advertentie", "subscribe", "login", "logout", "register",
     "menu", "search", "share", "print", "email", "comments", "comment", "more", "options", "accept",
     "reject", "all", "close", "continue", "read", "home", "top", "latest", "trending", "related", "sport",
     "sports", "world", "politics", "business", "tech", "culture", "lifestyle", "weather", "markets",
     "entertainment", "health", "science", "travel", "food", "news", "crisis", "election", "elections", "war",
     "cup", "league", "economy", "climate", "special", "report", "feature", "features", "magazine", "week",
     "today", "tonight", "i", "we", "you", "he", "she", "it", "they", "and", "or", "but", "this", "that",
     "what", "why", "how", "who", "when", "yes", "no", "ok", "wow", "tl", "dr", "ps", "faq", "q", "nb", "rip",
     "lol", "omg", "tip", "tips", "warning", "spoiler",
     # a news agency's name standing alone over the story is its credit, not a place: "THE CANADIAN PRESS"
     "press", "presse", "prensa", "stampa", "imprensa", "agency", "agence", "agencia", "agenzia", "agentur", "wire",
     "alert", "teaser", "trailer", "quiz", "poll", "vote", "dear", "rewind", "at", "by", "from", "to", "about",
     "contact", "connect", "follow", "join", "sign", "up", "submit", "select", "shop", "shopping", "deals",
     "classifieds", "jobs", "tickets", "events", "services", "service", "mobile", "blog", "blogs", "headlines",
     "newsletter", "newsletters", "topics", "sections", "archives", "archive", "popular", "reviews", "scores",
     "schedule", "teams", "players", "shares", "fantasy", "kids", "fashion", "beauty", "shows", "content",
     "account", "privacy", "policy", "terms", "info", "previous", "next", "post", "posts", "advertise",
     "columnists", "multimedia", "podcasts", "rss", "url", "kontakt", "themen", "reklama", "deportes")
)  # fmt: skip
# Whole capitalised openers that are not places, though a place may hold their word ("NEW:" vs "NEW YORK").
NOT_LOCATIONS: frozenset[str] = frozenset(("new", "north", "south", "east", "west", "central", "st", "san", "saint"))
# Month and weekday names, full and as wires shorten them ("Oct", "OTT", "out", "mrt"), in the
# project's languages: a comma part made of these, day numbers and years is the date of a dateline.
DATELINE_MONTHS: frozenset[str] = frozenset(
    # en
    ("january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
     "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec",
     # de
     "januar", "jänner", "februar", "märz", "mär", "mai", "juni", "juli", "oktober", "okt", "dezember", "dez",
     # fr
     "janvier", "janv", "février", "fevrier", "févr", "fevr", "mars", "avril", "avr", "juin", "juillet",
     "juil", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "déc",
     # es
     "enero", "ene", "febrero", "marzo", "abril", "abr", "mayo", "junio", "julio", "agosto", "ago",
     "septiembre", "setiembre", "set", "octubre", "noviembre", "diciembre", "dic",
     # it
     "gennaio", "gen", "febbraio", "aprile", "maggio", "mag", "giugno", "giu", "luglio", "lug", "settembre",
     "ottobre", "ott", "dicembre",
     # pt
     "janeiro", "fevereiro", "fev", "março", "maio", "junho", "julho", "setembro", "outubro", "out",
     "novembro", "dezembro",
     # nl
     "januari", "februari", "maart", "mrt", "mei", "augustus")
)  # fmt: skip
DATELINE_WEEKDAYS: frozenset[str] = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
     "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
     "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
     "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "maandag",
     "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
)  # fmt: skip
# Filler inside a date part: "15 de octubre de 2023", "le 3 mars".
DATE_FILLERS: frozenset[str] = frozenset(("de", "del", "di", "of", "the", "le", "il", "el", "den", "der"))

_AGENCY_NAMES: frozenset[str] = frozenset(a.casefold() for a in (*AGENCIES, *EXTRA_DATELINE_AGENCIES))

# Where an inline dateline ends. Each branch is a fixed run of one or two characters, so the search is
# linear; which branch matched decides how strict the judging of the prefix is.
_SEPARATOR = re.compile(
    r"""
    (?P<spaced>\s(?:--|[-–—])\s?)          # "ATLANTA -- ", "PARIS (AP) — ", "BATTLE CREEK —Up"
    | (?P<attached>(?<=\))\.?(?:--|[-–—]))   # right after the agency: "(EFE).-", "(AP)—"
    | (?P<joined>(?<=\w)(?:--|—)(?=[\w"“‘']))  # Wall Street Journal style "WASHINGTON—The"
    | (?P<colon>:\s)                         # "NEW DELHI: The government"
    """,
    re.VERBOSE,
)
# "(ANSA) - ROMA, 15 OTT - ": the agency first, then the place and date.
_AGENCY_FIRST = re.compile(r"\(([^()\n]{1,40})\)\s?(?:--|[-–—])\s?")
_DAY = re.compile(r"[0-3]?\d(?:st|nd|rd|th|er|º|ª)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_INNER = frozenset(".'’-")


@dataclass(frozen=True, slots=True)
class _Prefix:
    place: str  # "KANSAS CITY"
    location: str  # "KANSAS CITY, Mo."
    agency: str | None
    dated: bool


def _is_place_word(word: str, inner: bool) -> bool:
    """A word of a place name: capitalised letters, with "." "'" "-" inside ("ST.", "WINSTON-SALEM")."""
    if inner and word.casefold() in LOCATION_PARTICLES:
        return True
    return word[0].isalpha() and word[0].isupper() and all(ch.isalpha() or ch in _WORD_INNER for ch in word)


def _is_location(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_LOCATION_WORDS or len(text) > MAX_LOCATION_CHARS:
        return False
    if sum(ch.isalpha() for ch in text) < 2:
        return False
    last = len(words) - 1
    if not all(_is_place_word(w, 0 < i < last) for i, w in enumerate(words)):
        return False
    lowered = [w.casefold().strip(".'’-") for w in words]
    if any(w in NOT_LOCATION_WORDS or w in DATELINE_MONTHS or w in DATELINE_WEEKDAYS for w in lowered):
        return False
    return text.casefold() not in _AGENCY_NAMES and text.casefold().strip(".") not in NOT_LOCATIONS


def _is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= MIN_BARE_LOCATION_LETTERS and all(ch.isupper() for ch in letters)


def _is_region(text: str) -> bool:
    """A state or country after the place: "Mo.", "N.C.", "Saudi Arabia", "D.C."."""
    words = text.split()
    return 0 < len(words) <= MAX_REGION_WORDS and all(_is_place_word(w, i > 0) for i, w in enumerate(words))


def _is_date_part(text: str, after_date: bool) -> bool:
    """ "Oct 15", "15. Oktober", "3 mars", "15 OTT", "15 out 2023", "15 de octubre", or a year after a date."""
    tokens = [t.strip(".,").casefold() for t in text.split()]
    if not tokens or len(tokens) > 6:
        return False
    named = False
    for token in tokens:
        if token in DATELINE_MONTHS or token in DATELINE_WEEKDAYS:
            named = True
        elif not (_DAY.fullmatch(token) or _YEAR.fullmatch(token) or token in DATE_FILLERS):
            return False
    return named or (after_date and all(_YEAR.fullmatch(t) for t in tokens))


def _is_agency(text: str, known_only: bool) -> bool:
    """ "Reuters", "AP", "dpa", "dpa/lnw", "HealthDay News"; with `known_only`, a listed agency first."""
    if not text or len(text) > MAX_AGENCY_CHARS or len(text.split()) > MAX_AGENCY_WORDS:
        return False
    if not all(ch.isalpha() or ch in " -&/.'’" for ch in text) or not text[0].isalpha():
        return False
    if text.casefold() in _AGENCY_NAMES:
        return True
    head = text.split("/", maxsplit=1)[0].strip().casefold()
    if head in _AGENCY_NAMES:
        return True
    return not known_only and any(ch.isupper() for ch in text)


def _read_prefix(prefix: str) -> _Prefix | None:
    """Split "WASHINGTON, Oct 15 (Reuters)" into place, agency and whether a date was given."""
    prefix = prefix.strip()
    agency: str | None = None
    if prefix.endswith(")"):
        opening = prefix.rfind("(")
        if opening <= 0:
            return None
        agency = prefix[opening + 1 : -1].strip()
        if not _is_agency(agency, known_only=False):
            return None
        prefix = prefix[:opening].strip()
    parts = [p.strip() for p in prefix.split(",")]
    if len(parts) > 4 or not _is_location(parts[0]):
        return None
    place = [parts[0]]
    dated = False
    for part in parts[1:]:
        if _is_date_part(part, dated):
            dated = True
        elif not dated and _is_region(part):
            place.append(part)
        else:
            return None
    return _Prefix(parts[0], ", ".join(place), agency, dated)


def _starts_sentence(text: str) -> bool:
    """The text after a bare dateline opens a sentence: "ATLANTA -- Federal", not "NASA - the agency" nor
    "AT CARVEN – PARIS" (a sentence has lowercase letters early on)."""
    stripped = text.lstrip()[:SENTENCE_LOOKAHEAD_CHARS]
    if not stripped or not (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"“‘'«„¿¡"):
        return False
    return any(ch.islower() for ch in stripped)


def _japanese(paragraph: str) -> Dateline | None:
    """ "【ワシントン共同】" (agency 共同), "【ワシントン＝山田太郎】" (a reporter), "［東京　１５日　ロイター］"."""
    closing = "】" if paragraph.startswith("【") else "］"
    end = paragraph.find(closing, 1, MAX_JAPANESE_BRACKET_CHARS + 2)
    if end < 0:
        return None
    inside = paragraph[1:end].strip()
    agency: str | None = None
    if closing == "］":  # Reuters Japan: place, day, agency, split by spaces
        words = inside.split()
        if len(words) < 2 or words[-1] not in JAPANESE_AGENCIES:
            return None
        location, agency = words[0], words[-1]
    elif "＝" in inside or "=" in inside:
        location, _, after = inside.replace("=", "＝").partition("＝")
        agency = after if after in JAPANESE_AGENCIES else None
    else:
        suffix = next((a for a in JAPANESE_AGENCIES if inside.endswith(a) and len(inside) > len(a)), None)
        if suffix is None:  # "【速報】", "【独自】": labels, not datelines
            return None
        location, agency = inside[: -len(suffix)], suffix
    location = location.strip()
    if not location or any(ch.isdigit() or ch.isspace() for ch in location):
        return None
    return Dateline(location=location, agency=agency, text=paragraph[: end + 1])


def parse_inline_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening `paragraph`, if it has one; the paragraph itself is never changed.

    >>> parse_inline_dateline("WASHINGTON, Oct 15 (Reuters) - Two Fed officials said...")
    Dateline(location='WASHINGTON', agency='Reuters', text='WASHINGTON, Oct 15 (Reuters) -')
    >>> parse_inline_dateline("NASA - the agency said on Monday...") is None
    True
    """
    head = paragraph[: MAX_PREFIX_CHARS + 8].lstrip()
    if head.startswith(("【", "［")):
        return _japanese(head)
    start = 0
    first_agency: str | None = None
    if head.startswith("("):
        found = _AGENCY_FIRST.match(head)
        if found is None or not _is_agency(found.group(1).strip(), known_only=True):
            return None
        first_agency, start = found.group(1).strip(), found.end()
    separator = _SEPARATOR.search(head, start, start + MAX_PREFIX_CHARS)
    if separator is None or separator.start() <= start:
        return None
    parts = _read_prefix(head[start : separator.start()])
    if parts is None or (parts.agency is not None and first_agency is not None):
        return None
    agency = parts.agency or first_agency
    rest = head[separator.end() :]
    if separator.lastgroup == "attached" and parts.agency is None:
        return None
    if separator.lastgroup == "colon" and agency is None and not (parts.dated and _is_all_caps(parts.place)):
        # "EBONY: What is...", "DEAR ABBY:", "NEW:": a colon opens interviews and labels far more often
        # than datelines, so it needs an agency ("Dehradun (PTI):") or a capitalised place and a date.
        return None
    capitals = _is_all_caps(parts.place)
    if agency is not None and not (capitals or _is_agency(agency, known_only=True)):
        # A mixed-case place ("Paris (AFP) –") needs an agency we know; capitals may carry any.
        return None
    if agency is None and not parts.dated and not (capitals and _starts_sentence(rest)):
        # Neither agency nor date: only a capitalised place, then a sentence ("ATLANTA -- Federal ...").
        return None
    text = head[: separator.end()].strip()
    return Dateline(location=parts.location, agency=agency, text=text)


def parse_standalone_dateline(line: str) -> Dateline | None:
    """A line that is only a dateline: "BAKU", "NEW YORK (AP)", "BERLIN, 15. Oktober (dpa)".

    >>> parse_standalone_dateline("NEW YORK (AP)")
    Dateline(location='NEW YORK', agency='AP', text='NEW YORK (AP)')
    """
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_STANDALONE_CHARS:
        return None
    if stripped.startswith(("【", "［")):
        parts_ja = _japanese(stripped)
        return parts_ja if parts_ja is not None and len(parts_ja.text) == len(stripped) else None
    text = stripped.rstrip("-—– ").rstrip()
    if stripped.startswith("(") or not text or any(ch in "'’:" for ch in text):
        return None
    parts = _read_prefix(text)
    if parts is None:
        return None
    known = parts.agency is not None and _is_agency(parts.agency, known_only=True)
    # Without a known agency, only capitals long enough not to be an acronym ("NFL", "RSS").
    capitals = _is_all_caps(parts.place) and sum(ch.isalpha() for ch in parts.place) >= MIN_STANDALONE_LETTERS
    if not (known or capitals):
        return None
    return Dateline(location=parts.location, agency=parts.agency, text=stripped)
