"""Bylines: "By Jane Doe and John Roe, Reuters", "Von Hans Meier", "文・山田太郎", "山田太郎記者".

Names are read by a scanner, not a pattern: after the opener ("By", "Von", "Propos recueillis par"), it
takes capitalised words, joins them into names at commas and conjunctions ("and", "und", "y", "&"), and
stops at the first word that cannot be part of a name (a date, "on", "|", "Updated"). Job titles after a
name ("Staff Writer", ", East Africa Correspondent") are dropped; agencies ("Reuters", "Agencia EFE") are
never names.
"""

from __future__ import annotations

import re

from articlekit.lexicons import AGENCIES, AUTHOR_CONJUNCTIONS, BYLINE_PREFIXES, BYLINE_SUFFIXES
from articlekit.recognize.datelines import DATELINE_MONTHS
from articlekit.recognize.datespans import find_date_span
from articlekit.recognize.prechecks import may_open, signs_pattern

# Bylines are short: longer strings are not looked at (bounds the work on hostile input).
MAX_BYLINE_CHARS = 200
MAX_NAME_TOKENS = 5
MAX_NAME_CHARS = 50
# "Par Marie Dupont (Marseille, correspondante)": asides in parentheses are skipped, up to this long.
MAX_ASIDE_CHARS = 60
# "Priya Raman, science correspondent": a role after the comma of an unprefixed byline, at most this long.
MAX_ROLE_WORDS = 5

# Openers the lexicon lacks ("Ein Interview von Jonas Keller", "Entrevista de Ana García"). Candidates for
# classify/lexicons.py BYLINE_PREFIXES. A colon after any opener is read anyway: "By: Jane Doe".
EXTRA_BYLINE_PREFIXES: tuple[str, ...] = (
    "ein interview von", "eine reportage von", "interview von", "entrevista de", "entrevista por",
    "intervista di", "interview door", "interview:", "ein artikel von", "eingestellt von", "erstellt von",
    "beitrag von", "photos and story by", "story and photos by", "text and photos by", "words and pictures by",
    "text und fotos:", "text & fotos:", "text und bilder:",
    # a contribution named by its kind, as German blogs and magazines head it: "Gastbeitrag von", "Blog-Beitrag von"
    "gastbeitrag von", "ein gastbeitrag von", "blogbeitrag von", "blog-beitrag von", "blog beitrag von",
    "ein blogbeitrag von", "fachbeitrag von", "gastartikel von", "ein gastartikel von",
)  # fmt: skip
# Lowercase words allowed inside a name: "Ludwig van Beethoven", "María de la Cruz", "Jan de Vries".
NAME_PARTICLES: frozenset[str] = frozenset(
    ("de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das", "bin", "al",
     "ter", "ten", "zu", "do", "ibn", "st.")
)  # fmt: skip
# Job titles: a name piece that holds one is a role ("East Africa Correspondent"), and a byline's first name
# is cut where one starts ("Marcus Dell Staff Writer" in fixture 015).
TITLE_WORDS: frozenset[str] = frozenset(
    ("staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor",
     "editors", "columnist", "contributor", "critic", "journalist", "producer", "photographer", "analyst",
     "correspondente", "correspondante", "correspondant", "corresponsal", "corrispondente", "korrespondent",
     "korrespondentin", "redakteur", "redakteurin", "redactor", "redactora", "redattore", "redator", "redatora",
     "verslaggever", "redacteur", "inviato", "inviata", "enviado", "enviada", "envoyé", "envoyée", "reporterin",
     "autor", "autorin", "author", "chefredakteur", "chefredakteurin", "engineer", "engineers", "developer",
     "developers", "manager", "director", "designer", "founder", "ceo", "president", "professor", "scientist",
     "researcher", "consultant", "lawyer", "attorney", "intern", "specialist", "coordinator", "economist",
     "historian", "strategist", "advocate", "expert", "experte", "expertin",
     # German roles that follow a name after a comma: "Uta Staschewski, Projektleiterin der HSS in Tunesien"
     "projektleiter", "projektleiterin", "leiter", "leiterin", "sprecher", "sprecherin", "pressesprecher",
     "pressesprecherin", "geschäftsführer", "geschäftsführerin", "referent", "referentin")
)  # fmt: skip
# Words that start a title before its head word: "Staff Writer", "Senior Editor", "Chief Political Correspondent".
TITLE_MODIFIERS: frozenset[str] = frozenset(
    ("senior", "chief", "deputy", "associate", "assistant", "contributing", "special", "foreign", "political",
     "science", "health", "business", "economics", "sports", "managing", "executive", "investigative",
     "national", "international", "diplomatic", "legal", "technology", "tech", "environment", "education",
     "culture", "arts", "travel", "food", "royal", "crime", "security", "defence", "defense", "white", "guest",
     # the desks a header's name line sets between the name and the job: "Jessica Rendall Wellness Writer"
     "wellness", "showbiz", "entertainment", "music", "film", "fashion", "beauty", "lifestyle", "money",
     "motoring", "property", "features", "weather", "climate", "energy", "transport", "markets", "opinion",
     "digital", "social", "data", "video", "audio", "local", "metro", "staff")
)  # fmt: skip
# Words of an outlet's name that a byline runs in capitals after the author: "Craig Meyer USA TODAY NETWORK".
OUTLET_WORDS: frozenset[str] = frozenset(
    ("network", "today", "usa", "news", "times", "press", "post", "media", "tv", "radio", "wire", "daily",
     "online", "group", "newspapers", "journal", "tribune", "herald", "gazette", "staff", "contributor")
)  # fmt: skip
# Links that themes print right after the author's name: "Johanna Kropfitsch Alle Artikel", "Zum Profil",
# "Birgit Posselt Über Autorenseite". A name is cut where one starts.
CHROME_AFTER_NAME: frozenset[str] = frozenset(
    ("alle", "alles", "artikel", "beiträge", "profil", "über", "zum", "autorenseite", "mehr", "tous", "articles",
     "article", "todos", "tutti", "more", "profile", "follow", "view", "posts", "all")
)  # fmt: skip
# Words no personal name holds: desks, newsrooms, organisations, days. A candidate with one is not a name.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    ("the", "a", "an", "and", "for", "of", "redaktion", "rédaction", "redacción", "redazione", "redação",
     "redactie", "newsroom", "desk", "team", "agency", "agencia", "agência", "agenzia", "agentur", "agence",
     "press", "presse", "prensa", "stampa", "imprensa", "pers", "news", "nachrichten", "noticias", "notizie",
     "notícias", "nieuws", "media", "times", "post", "daily", "weekly", "magazine", "journal", "tribune",
     "herald", "gazette", "university", "college", "school", "institute", "foundation", "group", "inc", "ltd",
     "llc", "corp", "company", "gmbh", "ggmbh", "mbh", "ag", "kg", "gbr", "sarl",
     "council", "ministry", "department", "office", "police", "government", "admin",
     "administrator", "anonymous", "unknown", "guest", "gast", "invité", "invitado", "ospite",
     "wire", "wires", "online", "digital", "tv", "radio", "report", "reports",
     # the labels a German teaser sets after its date: "21.01.2022 Aktuelle Meldung", "Deutsche Sprache"
     "aktuell", "aktuelle", "aktuelles", "meldung", "meldungen", "pressemitteilung", "deutsche", "deutscher",
     "deutsches", "verband", "bundesverband", "sprache",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     # the other languages' days, less those that are also surnames (Freitag, Sonntag, Domingo, Sabato)
     "montag", "dienstag", "mittwoch", "donnerstag", "samstag", "lundi", "mardi", "mercredi", "jeudi",
     "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
     "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "maandag", "dinsdag", "woensdag", "donderdag",
     "vrijdag", "zaterdag", "zondag", "updated", "published",
     "posted", "model", "show", "cover", "premiere", "click", "enlarge", "latest", "home", "menu", "share",
     "service", "services", "staff", "people",
     # site chrome in title case, which a bare-name line check would otherwise take for a person
     # ("Purchase Licensing Rights" in fixture 002)
     "rights", "licensing", "purchase", "reprints", "permissions", "subscribe", "subscription", "newsletter",
     "newsletters", "login", "register", "comments", "search", "skip", "content", "navigation", "privacy",
     "policy", "terms", "cookies", "settings", "edition", "opinion", "sections", "topics", "sponsored",
     "advertisement", "contact", "about", "us", "help", "faq", "account", "profile", "download", "app",
     "watch", "listen", "video", "videos", "photos", "gallery", "live", "stories", "articles", "article",
     "related", "trending", "popular", "world", "sport", "sports", "business", "politics", "culture",
     "lifestyle", "science", "technology", "weather", "markets", "economy", "more",
     *(word for word in CHROME_AFTER_NAME if word.isalpha()),
     *TITLE_WORDS)
)  # fmt: skip
# Words that end the names: labels of the date that follows ("By Jane Doe Updated 3:45 PM"), the "For"
# before the outlet that a title-cased byline runs on ("By Jane Doe And John Roe For The Mail On Sunday"), and
# the label of a picture's credit that follows ("von Olga Symbolbild imago": a stock photo's).
STOP_WORDS: frozenset[str] = frozenset(
    ("for", "updated", "published", "posted", "last", "aktualisiert", "veröffentlicht", "publié", "mis", "publicado",
     "actualizado", "pubblicato", "aggiornato", "atualizado", "gepubliceerd", "bijgewerkt", "read", "follow",
     "email", "e-mail", "twitter", "contact",
     "symbolbild", "symbolfoto", "archivbild", "archivfoto", "titelbild")
)  # fmt: skip
# Lowercase words between a name and its date: "Posted by Karen Liu on March 3", "Carla Mendes em 3 de março".
DATE_CONNECTORS: frozenset[str] = frozenset(
    ("on", "at", "em", "am", "le", "el", "il", "op", "um", "à", "às", "den", "du", "del", "al", "a", "de")
)
# Weekdays as bylines abbreviate them before a date: "Tomas Spahn Fr, 18. Oktober 2019", "Jane Doe Mon 3 May".
WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset(
    ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mo", "di", "mi", "do", "fr", "sa",
     "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim")
)  # fmt: skip
# A month abbreviation that a page glued to the last name: "SchmittDec" (before "5, 2023").
_GLUED_MONTH = re.compile(r"\A(.*[a-zà-ÿ])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\Z")
# Academic and professional degrees after a name: "Grant Tinsley, PhD", "Lauren Manaker MS, RDN, LD". Matched
# as written, so that "Jack Ma" keeps his name.
DEGREES: frozenset[str] = frozenset(
    ("PhD", "Ph.D.", "MD", "M.D.", "MS", "M.S.", "MA", "M.A.", "MBA", "MSc", "BSc", "MPH", "RDN", "RD", "LD",
     "RN", "CSCS", "CPT", "DVM", "PharmD", "JD", "LLM", "DPhil")
)  # fmt: skip
# Marks between a name and a date: "Chris Davies - Nov 19, 2019", "Jane Doe | 3 hours ago".
SEPARATORS: frozenset[str] = frozenset(("|", "•", "·", "/", "—", "–", "-", "--"))
# The tail of a wire story credits its desk, not its authors: "Reporting by X in Washington; Editing by Y".
NOT_BYLINE_MARKERS: tuple[str, ...] = ("editing by", "edited by", "additional reporting", "writing by", "compiled by")
# Any of them, found in one scan of the case-folded line.
_NOT_BYLINE = re.compile("|".join(re.escape(marker) for marker in NOT_BYLINE_MARKERS))
# Abbreviations that end a name with their period: "Martin Luther King Jr.".
SUFFIX_ABBREVIATIONS: frozenset[str] = frozenset(("jr.", "sr.", "esq.", "ph.d."))
HONORIFICS: frozenset[str] = frozenset(("dr.", "dr", "prof.", "prof", "mr.", "mrs.", "ms.", "sir", "dame"))
# Liveblog bylines name the authors on shift: "Rachel Hume (now) and Owen Clarke (earlier)" (fixture 005).
LIVEBLOG_ASIDES: tuple[str, ...] = ("(now)", "(earlier)", "(later)", "(jetzt)", "(zuvor)", "(maintenant)")

_AGENCY_WORDS: frozenset[str] = frozenset(a.casefold() for a in AGENCIES if " " not in a)
_AGENCY_PHRASES: frozenset[str] = frozenset(a.casefold() for a in (*AGENCIES, "Associated Press"))
_CONJUNCTIONS: frozenset[str] = frozenset(
    w.casefold() for group in AUTHOR_CONJUNCTIONS.values() for w in group if w.isalpha() and w.isascii()
) | frozenset(("&", "、"))
# Tokens: words, and the punctuation that joins or ends names, each on its own.
_TOKEN = re.compile(r"[^\s,;|•·/—–()]+|[,;|•·/—–]")
_ASIDE = re.compile(r"\([^()]{0," + str(MAX_ASIDE_CHARS) + r"}\)")
# A name credited for the pictures, not the words: "... and Adrian Malloch (photography)". Dropped with its joint.
PHOTO_ASIDES: tuple[str, ...] = (
    "photography", "photographs", "photos", "photo", "pictures", "images", "video", "fotos", "foto", "fotografie",
    "illustration", "illustrations",
)  # fmt: skip
_PHOTO_CREDIT = re.compile(
    r"(?:\s(?:and|und|et|y|&)\s)?(?:(?!\s(?:and|und|et|y)\s)[^,;&()]){0,"
    + str(MAX_NAME_CHARS)
    + r"}\((?:"
    + "|".join(PHOTO_ASIDES)
    + r")\)",
    re.I,
)
_CJK_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff々]{2,8}")
# "文・中村健一", "取材・文＝山田太郎", "文と写真・鈴木一郎", "編集委員・山田太郎".
_JA_PREFIX = re.compile(
    r"\A(?:(?:取材|構成)[・、/／])?(?:文|構成|執筆|編集委員|論説委員|解説委員)(?:[・と/／](?:写真|撮影))?[・／/=＝：:]\s?"
)


def _prefix_pattern() -> re.Pattern[str]:
    prefixes = {p for group in BYLINE_PREFIXES.values() for p in group} | set(EXTRA_BYLINE_PREFIXES)
    spelled = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    # after a word opener a space (or a colon) must follow: "By Jane", "By: Jane", never "Byron"
    return re.compile(r"\A(?:" + spelled + r")(?:\s*[:：]\s*|\s+|(?<=[:：]))", re.IGNORECASE)


_PREFIX = _prefix_pattern()
# One-word openers that may stand glued to the name or inside a date line; "di" is left out, as surnames
# start with it ("DiMaggio") and Italian dates hold it ("12 di marzo").
ONE_WORD_OPENERS: tuple[str, ...] = ("by", "von", "par", "por", "door")
# A one-word opener glued to the name, as pages render "<span>By</span><a>Tara Haelle</a>": "ByTara Haelle".
# Only a capitalised opener followed by a capital letter counts ("Byron" has a lower-case "r").
GLUED_PREFIXES: frozenset[str] = frozenset(opener.capitalize() for opener in ONE_WORD_OPENERS)
# Every opener as a line of its own ("By", "Written by", "Author:"), compared without its colon.
# The lexicon's openers only: "Interview" alone above a name is a label for the person interviewed.
_LONE_OPENERS: frozenset[str] = frozenset(
    p.rstrip(" :：").casefold() for group in BYLINE_PREFIXES.values() for p in group
)
_GLUED = re.compile(r"\A([A-Z][a-z]{1,3})(?=[^\W\d_])")
# A byline prefix opens the lowercased text with one of the openers (see prechecks.py).
_PREFIX_SIGNS = signs_pattern({p for group in BYLINE_PREFIXES.values() for p in group} | set(EXTRA_BYLINE_PREFIXES))
_SUFFIXES: tuple[str, ...] = tuple(s for group in BYLINE_SUFFIXES.values() for s in group)


def _is_name_token(token: str) -> bool:
    return token[0].isalpha() and token[0].isupper() and all(ch.isalpha() or ch in ".-'’" for ch in token)


def is_name(text: str) -> bool:
    """True when `text` reads as a person's name: 1-5 capitalised words, no digits, not an agency or a desk.

    Names written all in capitals are not names here ("NEW YORK" over a body is a dateline): callers with
    a capitalised byline title-case it first.

    >>> is_name("Jan de Vries"), is_name("Agencia EFE"), is_name("East Africa Correspondent")
    (True, False, False)
    """
    if not text or len(text) > MAX_NAME_CHARS or any(ch.isdigit() for ch in text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) > 3 and all(ch.isupper() for ch in letters):
        return False
    if text.casefold() in _AGENCY_PHRASES:
        return False
    tokens = text.split()
    if not 1 <= len(tokens) <= MAX_NAME_TOKENS or not _is_name_token(tokens[0]):
        return False
    for token in tokens:
        folded = token.casefold()
        if folded.strip(".") in NOT_NAME_WORDS or folded in _AGENCY_WORDS:
            return False
        if folded not in NAME_PARTICLES and not _is_name_token(token):
            return False
    return True


def _tidy(name: str) -> str:
    """ "JANE DOE" -> "Jane Doe", "Alon Zakai." -> "Alon Zakai"; other names as written."""
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(".") and len(last) > 3 and last.casefold() not in SUFFIX_ABBREVIATIONS:
        name = name[:-1]
    letters = [ch for ch in name if ch.isalpha()]
    return name.title() if len(letters) > 3 and all(ch.isupper() for ch in letters) else name


def _cut_title(tokens: list[str]) -> list[str]:
    """ "Marcus Dell Staff Writer" -> "Marcus Dell": cut where a title starts, keeping two name words."""
    for index in range(2, len(tokens)):
        tail = [t.casefold().strip(".") for t in tokens[index:]]
        if tail[0] in TITLE_WORDS or (tail[0] in TITLE_MODIFIERS and any(t in TITLE_WORDS for t in tail)):
            return tokens[:index]
    return tokens


def _cut_agency(tokens: list[str]) -> list[str]:
    """ "JOHN ROE Associated Press" -> "JOHN ROE": an agency written after the last name, with no comma, with
    or without its article ("John Roe The Associated Press")."""
    for index in range(2, len(tokens)):
        tail = " ".join(tokens[index:]).casefold()
        if tail in _AGENCY_PHRASES or (tail.startswith("the ") and tail[4:] in _AGENCY_PHRASES):
            return tokens[:index]
    return tokens


def _cut_capitals(tokens: list[str], outlet_only: bool = True) -> list[str]:
    """ "Craig Meyer USA TODAY NETWORK" -> "Craig Meyer": a run of two or more words in capitals after a name
    written in mixed case is the outlet's name when an outlet word is among them. Otherwise (`outlet_only`)
    the run stays: surnames in capitals, as French, Spanish and Italian sites write them ("Marie Claire DE LA
    HAYE", "José Luis RODRÍGUEZ ZAPATERO"); the caller cuts it anyway when the whole is no name ("Jane Doe
    CNN BUSINESS")."""
    for index in range(2, len(tokens) - 1):
        tail = tokens[index:]
        if all(len(word) >= 2 and word.isupper() for word in tail) and not any(w.isupper() for w in tokens[:index]):
            if not outlet_only or any(word.casefold() in OUTLET_WORDS for word in tail):
                return tokens[:index]
            return tokens
    return tokens


def _cut_chrome(tokens: list[str]) -> list[str]:
    """ "Johanna Kropfitsch Alle Artikel" -> "Johanna Kropfitsch": site chrome after two or more name words."""
    for index in range(2, len(tokens)):
        if tokens[index].casefold().strip(".") in CHROME_AFTER_NAME:
            return tokens[:index]
    return tokens


def _is_compound_title(folded: str) -> bool:
    """Whether a (case-folded) word is a title joined to what it is of: "focus-online-experte", "gast-autor"."""
    head, _, last = folded.rpartition("-")
    return bool(head) and last in TITLE_WORDS


def _scan(text: str) -> tuple[list[tuple[list[str], str]], str | None]:
    """The name candidates at the start of `text`, each with the joint before it ("", ",", "and"), and the
    token the scan stopped at (None when it read the whole text)."""
    candidates: list[tuple[list[str], str]] = []
    current: list[str] = []
    joint = ""
    stop: str | None = None
    for found in _TOKEN.finditer(text):
        token = found.group()
        folded = token.casefold()
        if token in ",;" or folded in _CONJUNCTIONS:
            if current:
                candidates.append((current, joint))
            current, joint = [], token
            continue
        after = text[found.end() :].lstrip(" ,")[:1]
        if folded.strip(".") in DATELINE_MONTHS | WEEKDAY_ABBREVIATIONS and after.isdigit():
            stop = token  # "Greg Halvorsen March 3, 2023", "Tomas Spahn Fr, 18. Oktober": the date, not a name
            break
        glued = _GLUED_MONTH.match(token) if after.isdigit() else None
        if glued is not None:  # "Daisy-Mae SchmittDec 5, 2023": the name ran into the date
            current.append(glued.group(1))
            stop = glued.group(2)
            break
        if not current and not candidates and _is_compound_title(folded):
            continue  # "FOCUS-Online-Experte Robin Tschöpe": the outlet's title for its writer, before the name
        if folded in STOP_WORDS or not (
            _is_name_token(token) or (current and folded in NAME_PARTICLES) or (not current and folded in HONORIFICS)
        ):
            stop = token
            break
        if folded not in HONORIFICS:
            current.append(token)
    if current:
        candidates.append((current, joint))
    return candidates, stop


def _names(text: str, require_two_words: bool) -> tuple[tuple[str, ...], str | None]:
    """Names opening `text` and the token that ended them; () when the first candidate is not a name."""
    candidates, stop = _scan(_ASIDE.sub(" ", _PHOTO_CREDIT.sub(" ", text)))
    if candidates and stop is not None and stop.casefold().strip(".") in TITLE_WORDS:
        # a job in lower case after the desk's name: "Richard Adams Education editor" stops at "editor", its
        # desk read as a third name word
        last, joint = candidates[-1]
        while len(last) > 2 and last[-1].casefold() in TITLE_MODIFIERS:
            last = last[:-1]
        candidates[-1] = (last, joint)
    names: list[str] = []
    for position, (candidate, joint) in enumerate(candidates):
        tokens = candidate
        while tokens and (tokens[-1].casefold() in NAME_PARTICLES or (len(tokens) > 2 and tokens[-1] in DEGREES)):
            tokens = tokens[:-1]
        if position > 0 and len(tokens) == 1 and tokens[0] in DEGREES:
            continue  # "Grant Tinsley, PhD"
        if joint != ",":  # a title after a comma is a role ("Jane Doe, Staff Writer"), dropped below
            whole = tokens
            tokens = _cut_chrome(_cut_agency(_cut_title(_cut_capitals(whole))))
            if not is_name(_tidy(" ".join(tokens))):  # "Jane Doe CNN BUSINESS": the capitals are the outlet
                tokens = _cut_chrome(_cut_agency(_cut_title(_cut_capitals(whole, outlet_only=False))))
        if position > 0 and position == len(candidates) - 1 and len(tokens) == 1 and stop == "of":
            continue  # "Andrew Bosworth, CTO and Head of Reality Labs": a job, not a second author
        if joint == "," and len(tokens) == 1 and names and all(" " in name for name in names):
            continue  # "Von Markus Balser, Berlin": where the writers write from, not a writer of one word
        name = _tidy(" ".join(tokens))
        if is_name(name) and (len(tokens) >= 2 or not require_two_words):
            names.append(name)
        elif position == 0:
            return (), stop
    return tuple(dict.fromkeys(names)), stop


def _names_and_role(text: str) -> tuple[str, ...]:
    """An unprefixed "Priya Raman, science correspondent" (fixture 011): names, a comma, then a job title."""
    head, comma, role = text.partition(",")
    if not comma:
        return ()
    words = [w.casefold().strip(".") for w in role.split()]
    if not words or len(words) > MAX_ROLE_WORDS or any(ch.isdigit() for ch in role):
        return ()
    if not any(w in TITLE_WORDS for w in words):
        return ()
    names, stop = _names(head, require_two_words=True)
    return names if stop is None else ()


# The tokens that may end the names of a header's name line (besides a separator, `_ends_names`): the writer's
# job in lower case ("Richard Adams Education editor"), a place ("Joanna Walters in New York"), a handle.
NAME_LINE_PLACE_WORDS: frozenset[str] = frozenset(("in", "im", "en", "à", "a", "em", "aus", "from"))
# A name line is at most this long: a name, a job or an outlet, a handle.
MAX_NAME_LINE_WORDS = 12
# A part of a name at least this long that the writer's handle spells: "goldman" in "@sharongoldman".
MIN_HANDLE_NAME_PART = 3
# What follows the names of a name line, a job, an outlet or a place, has at most this many words, or this many
# when none is in lower case (an outlet's name: "NJ Advance Media For NJ.com").
MAX_NAME_LINE_TAIL_WORDS = 4
MAX_NAME_LINE_OUTLET_WORDS = 6
# Words that open a desk ("Our Foreign Staff", "Unsere Redaktion"), a call to act ("Get Arts and Entertainment
# Feeds") or a credit ("In Collaboration with ..."), never a writer's name.
NAME_LINE_NOT_FIRST_WORDS: frozenset[str] = frozenset(
    ("our", "unsere", "unser", "notre", "nos", "nuestro", "nuestra", "il", "la", "onze", "nossa", "nosso", "the",
     "in", "with", "from", "get", "see", "read", "more", "all", "new", "top", "best", "latest", "most")
)  # fmt: skip
# Marks of a clause (a headline's, a call to act) that a job or an outlet does not have.
_CLAUSE_MARKS = re.compile(r"[!?:;]")


# A name of a name line has at most this many words besides its particles: past it, the outlet ran into the
# name ("Sarah Barnacle Worcester Telegram").
MAX_NAME_LINE_NAME_WORDS = 3


def _long_name(name: str) -> bool:
    return sum(word.casefold() not in NAME_PARTICLES for word in name.split()) > MAX_NAME_LINE_NAME_WORDS


def _in_capitals(text: str) -> bool:
    """Whether the first two words of `text` are written in capitals."""
    letters = [ch for ch in " ".join(text.split()[:2]) if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def parse_name_line(text: str) -> tuple[str, ...]:
    """The writers that a header line names without an opener, with their job, outlet or handle after the
    names: "Richard Adams Education editor", "Kelly Quinlan • JacketsOnline", "Joanna Walters and Edward
    Helmore in New York", "Sharon Goldman @sharongoldman". () for anything else, a bare name included
    (`is_name` reads those).

    >>> parse_name_line("Jessica Rendall Wellness Writer"), parse_name_line("Evan Orris, NBA.com")
    (('Jessica Rendall',), ('Evan Orris',))
    >>> parse_name_line("Haje Jan Kamps 2 months"), parse_name_line("Jane Doe is our new editor")
    ((), ())
    """
    text = text.strip()
    if not text or len(text) > MAX_BYLINE_CHARS or len(text.split()) > MAX_NAME_LINE_WORDS:
        return ()
    if any(ch.isdigit() for ch in text) or any(marker in text.casefold() for marker in NOT_BYLINE_MARKERS):
        return ()
    if _in_capitals(text):
        return ()  # "SANTA CRUZ": without an opener, a line in capitals is a dateline or a menu's entry
    if "(" in text or text.endswith(","):
        return ()  # "Orphan Diseases (B Manger, Section Editor)", "Qualità Oro,"
    names, stop = _names(text, require_two_words=True)
    if not names or any(_long_name(name) or name.split()[0].casefold() in NAME_LINE_NOT_FIRST_WORDS for name in names):
        return ()
    if len(names) > 1 and not any(token.casefold() in _CONJUNCTIONS for token in text.split()):
        names = names[:1]  # "Jane Smith, Boston Globe": without an "and", what follows the comma is the outlet
    if stop is None:
        # the whole line is names, maybe with a job or an outlet the scan cut off; one name alone is `is_name`'s
        return names if len(names) > 1 or names[0] != text else ()
    rest = text[text.find(stop, len(names[-1])) :]
    if stop.startswith("@"):
        # the writer's own handle spells a part of the name ("Sharon Goldman @sharongoldman"); "@guardian" after
        # a topic does not
        handle = stop.casefold()
        spelled = any(len(part) >= MIN_HANDLE_NAME_PART and part in handle for part in names[0].casefold().split())
        return names if len(rest.split()) == 1 and spelled else ()
    folded = stop.casefold().strip(".")
    if folded in NAME_LINE_PLACE_WORDS:
        # "in New York": a place of a few capitalised words and nothing more
        place = rest.split()[1:]
        return names if 0 < len(place) <= MAX_NAME_LINE_TAIL_WORDS and all(_is_name_token(w) for w in place) else ()
    if folded in TITLE_WORDS or _ends_names(stop):
        # a job or an outlet, not a headline's second half: "- Vote Here!", "- das Gesicht der Filmstadt"
        tail = rest.lstrip("".join(SEPARATORS) + " ").split()
        outlet = len(tail) <= MAX_NAME_LINE_OUTLET_WORDS and all(not w[:1].islower() for w in tail)
        fits = len(tail) <= MAX_NAME_LINE_TAIL_WORDS or outlet
        if not fits or _CLAUSE_MARKS.search(" ".join(tail)):
            return ()
        # after a separator, one of a job's or an outlet's words, or an address ("Rivals.com"): a tag row's
        # next tag ("Apple Music • Spotify") is none
        return names if folded in TITLE_WORDS or any(_outlet_word(word) for word in tail) else ()
    return ()


def _outlet_word(word: str) -> bool:
    folded = word.casefold().strip(".,")
    return (
        folded in OUTLET_WORDS
        or folded in TITLE_WORDS
        or folded in TITLE_MODIFIERS
        or ("." in folded and not folded.endswith("."))
    )


def _liveblog(text: str) -> tuple[str, ...]:
    """ "Rachel Hume (now) and Owen Clarke (earlier)": two or more names, each shift in parentheses."""
    if "(" not in text or not any(aside in text.casefold() for aside in LIVEBLOG_ASIDES):  # each aside has "("
        return ()
    names, stop = _names(text, require_two_words=True)
    return names if stop is None and len(names) >= 2 else ()


def _japanese(text: str) -> tuple[str, ...]:
    japanese = _JA_PREFIX.match(text)
    if japanese is not None:
        found = _CJK_NAME.match(text, japanese.end())
        return (found.group(),) if found else ()
    if not text.endswith(_SUFFIXES):
        return ()
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            found = _CJK_NAME.fullmatch(text[: -len(suffix)].strip(" 　・"))
            return (found.group(),) if found else ()
    return ()


# A rule drawn in text before a byline's opener: "---- by Jane Doe", "==== Von Hans Meier". Two marks at least, and
# an opener must follow: a lone dash before a bare name is a quote's attribution ("— Mark Twain").
_RULE = re.compile(r"\A[-–—=~_*]{2,}\s*(?=(?:" + "|".join(ONE_WORD_OPENERS) + r")\s)", re.I)


def parse_byline(text: str) -> tuple[str, ...]:
    """The author names in a byline, or () when `text` is not a byline.

    >>> parse_byline("By Jane Doe and John Roe, Reuters")
    ('Jane Doe', 'John Roe')
    >>> parse_byline("Agencia EFE")
    ()
    """
    text = _RULE.sub("", text.strip(), count=1)
    if not text or len(text) > MAX_BYLINE_CHARS:
        return ()
    folded = text.casefold()
    if _NOT_BYLINE.search(folded) is not None:
        return ()
    prefix = _PREFIX.match(text) if may_open(text, text.lower(), _PREFIX_SIGNS) else None
    if prefix is not None:
        return _names(text[prefix.end() :], require_two_words=True)[0]
    glued = _GLUED.match(text)
    if glued is not None and glued.group(1) in GLUED_PREFIXES and text[glued.end()].isupper():
        return _names(text[glued.end() :], require_two_words=True)[0]
    return _japanese(text) or _names_and_role(text) or _liveblog(text)


def parse_name_between_opener_and_date(text: str) -> tuple[str, ...]:
    """A one-word name between a byline's opener and its date: "Erstellt von Fabian am 6. Mai 2014", "Posted by
    Karen on March 3, 2023". Blogs sign with a first name; only a line already known to be the article's
    byline is read so (comment headers look the same: "Posted by: Frances at May 30, 2005").

    >>> parse_name_between_opener_and_date("Erstellt von Fabian am 6. Mai 2014")
    ('Fabian',)
    """
    text = text.strip()
    prefix = _PREFIX.match(text) if len(text) <= MAX_BYLINE_CHARS else None
    if prefix is None:
        return ()
    text = text[prefix.end() :]
    names, stop = _names(text, require_two_words=False)
    if len(names) != 1 or stop is None or stop.casefold() not in DATE_CONNECTORS:
        return ()
    return names if find_date_span(text) is not None else ()


def parse_author_value(text: str) -> tuple[str, ...]:
    """The names in a metadata author value: "Jane Doe and John Roe", "By Jane Doe | Sponsored", "Krimiblogger".

    Unlike a byline on the page, a value that is only one capitalised word is taken as a name.

    >>> parse_author_value("Daniel Tannenbaum | Sponsored"), parse_author_value("By Jane Doe, Reuters")
    (('Daniel Tannenbaum',), ('Jane Doe',))
    """
    text = text.strip()
    if not text or len(text) > MAX_BYLINE_CHARS or "://" in text:
        return ()
    prefix = _PREFIX.match(text)
    rest = text[prefix.end() :] if prefix is not None else text
    names, stop = _names(rest, require_two_words=False)
    if len(names) == 1 and " " not in names[0] and stop is not None and _with_lowercase_words(rest):
        return (" ".join(rest.split()),)
    if stop is not None and (_runs_into_prose(rest, stop) or stop.casefold().rstrip(".") in LEGAL_FORMS):
        return ()
    return names or ((text,) if _ALL_CJK_NAME.fullmatch(text) else ())


# An organisation's legal form written in lower case after its name ("Hanns-Seidel-Stiftung e.V.", "Deutscher
# Caritasverband e. V."), compared without its last period; the capitalised ones ("GmbH") are NOT_NAME_WORDS.
LEGAL_FORMS: frozenset[str] = frozenset(("e.v", "e", "s.a", "s.l", "s.r.l", "b.v", "n.v"))


def _runs_into_prose(value: str, stop: str) -> bool:
    """Whether a metadata value's names ran straight into a lower-case word of running text: "Peter Amende und
    Fuchsy designed" (a theme's credit), "Bayerische Landesanstalt für Wald" (an institute). After a comma a
    lower-case word is a role or the outlet ("Andrew Bosworth, Chief Technology Officer and Head of ..."), and a
    date's connector, a known word (a title, a desk), an agency or an address ends a name ("Jane Doe staff
    writer", "Von Britta Schultejans dpa")."""
    folded = stop.casefold()
    if not stop.isalpha() or not stop[0].islower() or "," in value[: value.find(stop)]:
        return False
    return not (
        folded in STOP_WORDS
        or folded in DATE_CONNECTORS
        or folded in NOT_NAME_WORDS  # "Jane Doe reports", "FOCUS online": a known word, not running text
        or folded in _AGENCY_WORDS
        or folded in NAME_ENDING_WORDS
        or _ends_names(stop)
    )


# Lower-case words that end a metadata value's names without making it running text: a preposition before an
# agency or a place ("Jane Doe via Reuters", "Jane Doe in Berlin"), and "and" in languages the lexicons do not
# cover ("Kari Nordmann og Ola Nordmann": the first name is kept, as a byline keeps it).
NAME_ENDING_WORDS: frozenset[str] = frozenset(("via", "in", "at", "og", "och", "ja", "oraz", "i"))


# A metadata value of at most this many words may hold lower-case name words: "Mobasir hassan".
MAX_LOWERCASE_NAME_WORDS = 3


def _with_lowercase_words(value: str) -> bool:
    """Whether a metadata author value is one name whose later words are written in lower case ("Mobasir hassan",
    a blogger's own spelling): a capitalised first word, then only letters, no conjunction, label or role."""
    words = value.split()
    if not 2 <= len(words) <= MAX_LOWERCASE_NAME_WORDS or not _is_name_token(words[0]):
        return False
    for word in words[1:]:
        folded = word.casefold()
        if not word.isalpha() or folded in NOT_NAME_WORDS or folded in STOP_WORDS or folded in _CONJUNCTIONS:
            return False
        if folded in DATE_CONNECTORS or folded in NAME_PARTICLES or folded in WEEKDAY_ABBREVIATIONS:
            return False
    return is_name(words[0])


# Openers that only the markup of an author element makes safe to read: "vom Support Team" (German "from
# the"), "责任编辑：孔德明" (Chinese "editor in charge:"), "作者：" ("author:").
# "Author Andreas Kalt": a theme's label before the name, without the colon that a byline on its own would need.
MARKED_OPENERS: tuple[str, ...] = (
    "vom", "责任编辑", "作者", "记者", "编辑", "文", "author", "autor", "autorin", "auteur", "autore", "autora",
)  # fmt: skip
_MARKED_OPENER = re.compile(r"\A(?:" + "|".join(MARKED_OPENERS) + r")(?:\s*[:：]\s*|\s+)", re.I)
# "About the Author - Jane Doe": the heading of an author box, marked as the author, before the name. The
# box goes on with the biography ("Jane covers city hall."), so the name must be all that follows.
AUTHOR_BOX_HEADINGS: tuple[str, ...] = (
    "about the author", "über den autor", "über die autorin", "à propos de l'auteur", "sobre el autor",
    "sull'autore", "sobre o autor", "over de auteur",
)  # fmt: skip
_AUTHOR_BOX_HEADING = re.compile(r"\A(?:" + "|".join(AUTHOR_BOX_HEADINGS) + r")(?:\s*[:：|—–-]\s*|\s+)", re.I)
# Words that follow a byline's opener in place of a user name: "by editorial", "von heute am ...".
NOT_USER_NAMES: frozenset[str] = frozenset(
    ("editorial", "editors", "editor", "agencies", "agency", "partner", "partners", "me", "us", "you", "today",
     "yesterday", "heute", "gestern", "aujourd'hui", "hier", "hoy", "ayer", "oggi", "ieri", "hoje", "ontem",
     "vandaag", "gisteren", "reporter", "reporters", "correspondent", "contributor", "contributors", "wires")
)  # fmt: skip
# Separators a theme prints before the author inside the author element: "| Jane Doe", "/ Jane Doe".
_LEADING_MARKS = " |/•·—–-:"
# A user name as blogs print it, in an element marked as the author: "karstenruppert", "freeman1984".
_USER_NAME = re.compile(r"[^\W_][\w.-]{1,39}")
_ALL_CJK_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff々·・]{2,12}")


# Labels of an author field in a line of labelled fields: "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet",
# "Text: Ann Lee", "Redaktion: Eberhard Fuhr (Pressesprecher)". Lowercased; a colon must follow.
AUTHOR_LABELS: tuple[str, ...] = (
    "autor", "autorin", "autoren", "author", "authors", "auteur", "auteurs", "autore", "autora", "text", "texte",
    "texto", "redaktion", "von", "by", "par", "por",
)  # fmt: skip
# Labels that head other values too ("Text: Anzeige", "Von: Lesezeit"): their value is a name only when it has
# two words at least; a one-word value is taken after the labels that can only head an author.
GENERIC_AUTHOR_LABELS: frozenset[str] = frozenset({"text", "texte", "texto", "von", "by", "par", "por"})
_AUTHOR_LABEL = re.compile(r"(?:\A|(?<=\s))(?P<label>" + "|".join(AUTHOR_LABELS) + r")\s*[:：]\s*", re.I)
# The next label of the line ("Quelle:", "Foto:"), where the author's value ends.
_NEXT_LABEL = re.compile(r"\s[^\W\d_]{2,20}\s*[:：]")


def find_labelled_author(text: str) -> tuple[str, ...]:
    """The names after an author label in a line of labelled fields, up to the next label.

    >>> find_labelled_author("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet")
    ('Fritz Imhof',)
    >>> find_labelled_author("Autor: Krimiblogger"), find_labelled_author("Datum: 12.03.2021 Text: Anzeige")
    (('Krimiblogger',), ())
    """
    found = _AUTHOR_LABEL.search(text[:MAX_BYLINE_CHARS])
    if found is None:
        return ()
    value = text[found.end() : MAX_BYLINE_CHARS]
    end = _NEXT_LABEL.search(value)
    generic = found.group("label").casefold() in GENERIC_AUTHOR_LABELS
    return _names(value[: end.start()] if end else value, require_two_words=generic)[0]


def parse_marked_author(text: str) -> tuple[str, ...]:
    """The names in the text of an element that the page marks as its author (`itemprop="author"`,
    `rel="author"`, `class="byline"`): a byline with or without its opener, one-word names, a user name
    ("karstenruppert"), a Chinese or Japanese name.

    >>> parse_marked_author("vom Krimiblogger"), parse_marked_author("| karstenruppert")
    (('Krimiblogger',), ('karstenruppert',))
    >>> parse_marked_author("By"), parse_marked_author("Posted on April 22, 2022")
    ((), ())
    """
    text = text.strip(_LEADING_MARKS[:-1] + " \t")  # a colon at the end stays: "Artikel von:" is a label
    if not text or len(text) > MAX_BYLINE_CHARS or is_lone_opener(text) or text.endswith((":", "：")):
        return ()
    if any(marker in text.casefold() for marker in NOT_BYLINE_MARKERS):
        return ()
    box = _AUTHOR_BOX_HEADING.match(text)
    if box is not None:
        names, stop = _names(text[box.end() :].strip(_LEADING_MARKS), require_two_words=False)
        return names if stop is None else ()
    opener = _PREFIX.match(text) or _MARKED_OPENER.match(text)
    if opener is not None:
        text = text[opener.end() :].strip(_LEADING_MARKS)
        names = _names(text, require_two_words=False)[0] or _user_name_before_date(text)
    else:  # the whole text is the name, or names then a date: "Publiziert am" is a label, not a name
        names, stop = _names(text, require_two_words=False)
        if stop is not None and not _ends_names(stop):
            names = find_inline_byline(text)
    if names or (names := find_labelled_author(text)):
        return names
    if _ALL_CJK_NAME.fullmatch(text):
        return (text,)
    if _USER_NAME.fullmatch(text) and any(ch.isalpha() for ch in text) and text.casefold() not in NOT_NAME_WORDS:
        return (text,)
    return ()


# Marks between a user name and the date after it: "Beitrag von r23 » 21.01.2009".
_MARKS_BEFORE_DATE: frozenset[str] = frozenset((*SEPARATORS, "»", ","))


def _user_name_before_date(text: str) -> tuple[str, ...]:
    """The user name that an author element's opener leads to when a date follows it: "lupa" in "von lupa am
    26/10/13", "r23" in "Beitrag von r23 » 21.01.2009". Only before a date: "von der Redaktion" and "by admin
    team" name no user."""
    user, _, rest = text.partition(" ")
    after = rest.split(maxsplit=1)
    if not after or not _USER_NAME.fullmatch(user) or not any(ch.isalpha() for ch in user):
        return ()
    folded = user.casefold()
    if (
        folded in NOT_NAME_WORDS
        or folded in NOT_USER_NAMES
        or folded in _AGENCY_WORDS  # an agency alone is no author (fixture 024)
        or folded in STOP_WORDS
        or folded in NAME_PARTICLES
        or folded in DATE_CONNECTORS
    ):
        return ()
    if after[0].casefold() not in DATE_CONNECTORS and after[0] not in _MARKS_BEFORE_DATE:
        return ()
    span = find_date_span(rest)
    return (user,) if span is not None and rest.find(span) <= len(after[0]) + 2 else ()


# A post's signature: a participle or label of at most this many words before its opener ("Eingestellt von",
# "Gespeichert von", "Posted by"), then the writer, then the date or time it was posted.
MAX_SIGNATURE_LEAD_WORDS = 2
_SIGNATURE_OPENER = re.compile(
    rf"\A(?:[^\W\d_][\w-]*\s+){{0,{MAX_SIGNATURE_LEAD_WORDS}}}(?:{'|'.join(ONE_WORD_OPENERS)})\s*:?\s+", re.I
)
# A time after a signature's connector: "um 21:11", "at 10:05 PM".
_SIGNATURE_TIME = re.compile(r"\A\s*\S+\s+[0-2]?\d[:.][0-5]\d\b")


def parse_post_signature(text: str) -> tuple[str, ...]:
    """The writer in a blog or forum post's signature line, which names the post's date or time: "Gespeichert von
    rasos am 24. Juli 2017 - 18:55", "von Marianne1 am 20.09.2020", "Verfasst von: mitundvoneinander | 31. Dezember
    2008". A user name in lower case is read here only because the date or time must follow it.

    >>> parse_post_signature("Gespeichert von rasos am 24. Juli 2017 - 18:55")
    ('rasos',)
    >>> parse_post_signature("Mehr von Anna Berg"), parse_post_signature("Posted by Jane Doe at 10:05 PM")
    ((), ('Jane Doe',))
    >>> parse_post_signature("Download (last edited 2019-11-10 13:28:18 by MatsWichmann)")
    ('MatsWichmann',)
    """
    text = text.strip()
    if len(text) > MAX_BYLINE_CHARS:
        return ()
    opener = _SIGNATURE_OPENER.match(text)
    if opener is None:  # the date first: "(last edited 2019-11-10 13:28:18 by MatsWichmann)"
        span = find_date_span(text)
        if span is None or not (names := find_inline_byline(text)):
            return ()
        return names if text.find(span) + len(span) <= text.find(names[0]) else ()
    rest = text[opener.end() :]
    names, stop = _names(rest, require_two_words=False)
    if names and stop is not None and (stop.casefold() in DATE_CONNECTORS or stop in _MARKS_BEFORE_DATE):
        last = rest.casefold().rfind(names[-1].split()[-1].casefold())
        after = rest[last:].split(maxsplit=1)[-1] if last >= 0 else ""
        return names if find_date_span(after) is not None or _SIGNATURE_TIME.match(after) else ()
    return _user_name_before_date(rest)


# A credit is at most this many words: "Redaktion Polizeiticker Schweiz", "Staff and news service reports".
MAX_CREDIT_WORDS = 6
# A credit is a name, so mostly capitalised: "Rezepte von Mutti" has one lower-case word, a label has more.
MAX_CREDIT_LOWER_WORDS = 1
# Words that credit a desk on their own: "Redaktion", "Redazione".
CREDIT_WORDS: frozenset[str] = frozenset(
    ("redaktion", "rédaction", "redacción", "redazione", "redação", "redactie", "newsroom")
)
# The whole last word of a desk's name after a brand that writes itself in lower case: "auto-motor.at Redaktion",
# "revamp-it Webteam", "example.com Newsroom", and their compounds ("Lokalredaktion", "Digitalteam"). A bare "Team"
# is a desk only after an address ("example.com Team"): after a hyphenated word it is anything's ("x-ray Team"),
# and a word that merely ends so is none ("Steam").
DESK_WORDS: frozenset[str] = CREDIT_WORDS | frozenset(
    ("webteam", "newsteam", "redaktionsteam", "onlineteam", "online-team", "online-redaktion", "webredaktion")
)
_CREDIT_ENDINGS: tuple[str, ...] = tuple(sorted(CREDIT_WORDS))
# A brand written in lower case, as its address or logo spells it: letters joined by a dot or a hyphen.
_LOWER_BRAND = re.compile(r"[a-z\d]+(?:[.-][a-z\d]+)+")


def _lower_brand_desk(words: list[str]) -> bool:
    """Whether a credit is a desk of a brand written in lower case ("auto-motor.at Redaktion"), which a credit's
    first capital would refuse; a lower-case word alone ("wordpressadmin", "staff") is no credit."""
    if len(words) < 2 or not _LOWER_BRAND.fullmatch(words[0]):
        return False
    last = words[-1].casefold()
    if last in DESK_WORDS or last.endswith(_CREDIT_ENDINGS):  # "Redaktion", "Lokalredaktion"
        return True
    if last == "team":
        return "." in words[0]
    # a compound of "team" ("Digitalteam", "Newsroom-Team"), not a word that merely ends so ("Steam")
    return last.endswith("team") and not last.endswith("steam") and len(last) > len("team") + 2


def _desk_word(folded: str) -> bool:
    """Whether a (case-folded) word may stand in lower case in a desk's name: "and", "news", "wire", "reports"."""
    return folded in NOT_NAME_WORDS or folded in _CONJUNCTIONS


# An editor's initials joined to an agency's name, as German sites sign agency copy: "det/dpa", "dpa/lno".
MAX_INITIALS_CHARS = 4


def _agency_with_initials(words: list[str]) -> bool:
    """Whether a credit is one word of an agency and initials joined by slashes: "det/dpa", "ras/AFP"."""
    parts = words[0].split("/") if len(words) == 1 else []
    if len(parts) < 2 or not any(part.casefold() in _AGENCY_WORDS for part in parts):
        return False
    return all(
        part.casefold() in _AGENCY_WORDS or (part.isalpha() and len(part) <= MAX_INITIALS_CHARS) for part in parts
    )


# Words after which a credit's name is over, capitalised as labels are: a date's label, a link to follow the
# desk. Not the other STOP_WORDS: "Richard Read" is a name, and a phrase cut at its "for" ("Action-packed day for
# car makers") or its "updated" ("Rhapsody for Android updated with ...") no desk.
CREDIT_END_WORDS: frozenset[str] = frozenset(
    ("updated", "published", "posted", "aktualisiert", "veröffentlicht", "publié", "publicado", "actualizado",
     "pubblicato", "aggiornato", "atualizado", "gepubliceerd", "bijgewerkt", "follow")
)  # fmt: skip
# Where a credit ends: a separator, a date or time, a "Published" label.
_CREDIT_END = re.compile(r"\s(?:[|•·»—–/-]|\d)|,|\s(?:am|on|le|el|il|op|um|at)\s\d", re.I)


def parse_credit(text: str) -> tuple[str, ...]:
    """A desk, team or organisation that an author field credits, when it names no person: "Redaktion",
    "Slate Staff", "By Team EBONY | September 21, 2023", "von: Rasender Reporter".

    >>> parse_credit("By Team EBONY | September 21, 2023"), parse_credit("Follow")
    (('Team EBONY',), ())
    """
    text = text.strip(_LEADING_MARKS + " \t")
    if not text or len(text) > MAX_BYLINE_CHARS or "@" in text or "://" in text:
        return ()
    opener = _PREFIX.match(text) or _MARKED_OPENER.match(text)
    if opener is not None:
        text = text[opener.end() :].strip(_LEADING_MARKS)
    end = _CREDIT_END.search(text)
    words = (text[: end.start()] if end is not None else text).strip(_LEADING_MARKS).split()
    if words and is_lone_opener(words[0]):  # "Author Redaktion"
        words = words[1:]
    # the date's label or its month after the desk: "Detroit News wire services Published 3:23 p.m.", "ABC NEWS July"
    cut = next(
        (n for n, word in enumerate(words[1:], 1) if word[0].isupper() and word.casefold() in CREDIT_END_WORDS),
        len(words),
    )
    words = words[:cut]
    before_digits = end is not None and text[end.start() :].lstrip()[:1].isdigit()
    if before_digits and len(words) > 1 and words[-1].casefold().strip(".") in DATELINE_MONTHS:
        words = words[:-1]
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:  # "Associated Press Associated Press": printed twice
        words = words[:half]
    credit = " ".join(words)
    if not words or len(words) > MAX_CREDIT_WORDS or len(credit) > MAX_NAME_CHARS:
        return ()
    if not credit[0].isupper() and not _lower_brand_desk(words) and not _agency_with_initials(words):
        return ()
    folded = [word.casefold().strip(".:") for word in words]
    if folded[0] in STOP_WORDS or any(is_lone_opener(word) for word in folded):  # "Last Updated", "No Author"
        return ()
    # "Afficher mon profil complet" is a label; "Staff and news service reports" a desk, in words no name holds
    lower = [word for word, fold in zip(words, folded, strict=True) if word[0].islower() and not _desk_word(fold)]
    if len(lower) > MAX_CREDIT_LOWER_WORDS:
        return ()
    if len(words) == 1 and folded[0] in NOT_NAME_WORDS - CREDIT_WORDS:  # "Staff", "Unknown", "Home"
        return ()
    return (credit,)


# An opener inside a date line: "Publiziert am 13. Januar 2014 von Jan Weber".
_INLINE_OPENER = re.compile(r"(?:\A|(?<=[\s|•·]))(?:" + "|".join(ONE_WORD_OPENERS) + r")\s+(?=[^\W\d_])", re.I)


def is_lone_opener(text: str) -> bool:
    """A line that is only a byline opener, its name on the next line: "By", "Written by", "Author:"."""
    return text.strip().rstrip(" :：").casefold() in _LONE_OPENERS


def find_inline_byline(text: str) -> tuple[str, ...]:
    """The names after an opener inside a header line: "Posted on 21. Juli 2019 by Jan Weber", "Accueil |
    Par Loïc Le Clerc | 30 septembre 2018". The first opener followed by a name wins.

    >>> find_inline_byline("Publiziert am 13. Januar 2014 von Jan Weber")
    ('Jan Weber',)
    """
    if len(text) > MAX_BYLINE_CHARS:
        return ()
    for opener in _INLINE_OPENER.finditer(text):
        names = _names(text[opener.end() :], require_two_words=False)[0]
        if names:
            return names
    return ()


def _ends_names(stop: str) -> bool:
    """Whether the token a scan stopped at may follow names: a separator, a number, a month."""
    return (
        stop in SEPARATORS or stop[0].isdigit() or stop.casefold().strip(".") in DATELINE_MONTHS | WEEKDAY_ABBREVIATIONS
    )


def parse_name_before_date(text: str) -> tuple[str, ...]:
    """Names in an unprefixed "Chris Davies - Nov 19, 2019" line: two-word names, then a date or separator.

    >>> parse_name_before_date("Chris Davies - Nov 19, 2019")
    ('Chris Davies',)
    """
    text = text.strip()
    if not text or len(text) > MAX_BYLINE_CHARS or _PREFIX.match(text):
        return ()  # an opener is no first name: "By Jane on March 3, 2023" is the prefixed parsers' line
    names, stop = _names(text, require_two_words=True)
    if stop is None:
        return ()
    if _ends_names(stop) or stop in DATE_CONNECTORS:
        return names
    return ()


# Between a date line's date and the name that ends it: "04.02.2022 | 13:10 Uhr | Uta Helkenberg".
_AFTER_DATE = re.compile(r"\A(?:\s*[|•·–—,/-]\s*|\s*[0-2]?\d[:.][0-5]\d(?:\s?uhr|\s?[ap]\.?m\.?)?)+", re.I)
_DATE_SEPARATORS = "|•·–—,-/"
_LEADING_SEPARATORS = " " + _DATE_SEPARATORS


def parse_name_after_date(text: str, unseparated: bool = False) -> tuple[str, ...]:
    """The names that end a date line: after a separator ("11.12.2019 - Amelie Loevenich", "04.02.2022 | 13:10
    Uhr | Uta Helkenberg", "Aug 12, 2021 / Klaus Sieg"), or without one a single name of two
    words, alone or before the count of comments ("28. Jan. 2022 Paula Balov", "1. Februar 2022 Luis Holuch 6"),
    when `unseparated` (the header's date line: a teaser list's "21.01.2022 Aktuelle Meldung" dates its category).
    A date said twice (published, updated) is read past.

    >>> parse_name_after_date("11.12.2019 - Amelie Loevenich"), parse_name_after_date("11.12.2019 - Kultur")
    (('Amelie Loevenich',), ())
    >>> parse_name_after_date("6. November 2023 6. November 2023 Octavius Hallenstein", unseparated=True)
    ('Octavius Hallenstein',)
    >>> parse_name_after_date("30. Oktober 2023 Carola Pönisch Kultur", unseparated=True)
    ()
    """
    if len(text) > MAX_BYLINE_CHARS:
        return ()
    span = find_date_span(text)
    if span is None:
        return ()
    if not text.startswith(span):
        return ()
    rest = text[len(span) :]
    again = find_date_span(rest)
    if again is not None and rest.lstrip(_LEADING_SEPARATORS).startswith(again):
        rest = rest[rest.find(again) + len(again) :]
    separators = _AFTER_DATE.match(rest)
    separated = separators is not None and any(ch in separators.group() for ch in _DATE_SEPARATORS)
    rest = rest[separators.end() :] if separators is not None else rest
    names, stop = _names(rest, require_two_words=True)
    if separated or not names or not unseparated or _in_capitals(rest):
        # "01/08/2008 ST LOUIS 6, COLUMBUS 1": capitals after a date are a score's teams, a place
        return names if separated and stop is None else ()
    # no separator: one name of two words ("Carola Pönisch Kultur" may be a name of three), alone or before a
    # number (the comments' count)
    if len(names) != 1 or len(names[0].split()) != 2:
        return ()
    return names if stop is None or stop[0].isdigit() else ()
