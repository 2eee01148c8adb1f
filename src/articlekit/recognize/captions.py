"""Caption credits: "(AP Photo/Jane Doe)", "Photo: Jane Doe/Reuters", "... 2023. REUTERS/Kevin Lamont".

A credit sits at the end of a caption, in one of four shapes, tried in this order:

1. in closing parentheses: "(AP Photo/Jane Doe)", "(Foto: ANP)", "(Chiara Ferri)", "（撮影・佐藤花子）",
   "Carlos Ruiz (EFE)" after a sentence;
2. alone on its line: "Megan Briggs/Getty Images", "Foto: Markus Riedl / picture alliance", "写真：中村健一";
3. after a prefix: "... night. Photograph: Owen Hollis/PA", "... (14) — Foto: Ana Souza/m1";
4. after the last sentence, with no prefix: "... 2023. REUTERS/Kevin Lamont", "... 2023. Getty Images",
   "... 2023. Photo Pierre Lacombe/Hans Lucas".

Body paragraphs end with parentheses and agency names too ("(Reporting by ...; Editing by ...)",
"... told Reuters."), so each shape asks for credit-like content, not merely a position.
"""

from __future__ import annotations

import math
import re

from articlekit.lexicons import AGENCIES, CJK_CHARS_PER_WORD, CREDIT_PREFIXES
from articlekit.recognize.bylines import is_name
from articlekit.recognize.prechecks import may_match, signs_pattern

MAX_CAPTION_CHARS = 1500
MAX_CREDIT_CHARS = 120
MAX_CREDIT_WORDS = 10
MAX_LONE_CREDIT_WORDS = 8
MAX_PARENTHESIS_CHARS = 120
# "Carlos Ruiz (EFE)", "(Chiara Ferri)": a photographer's name, first and last name, maybe a middle one.
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
# "(Chiara Ferri)" alone closes a caption only after a phrase this long, with this many lowercase words:
# "Matt Allen (Creighton University)" and "Apple AirPods with Charging Case (Latest Model)" are not captions.
MAX_BARE_NAME_WORDS = 3
MIN_PHRASE_WORDS = 4
MIN_PHRASE_LOWERCASE_WORDS = 2
# A credit reads as names and sources: at most this many lowercase words besides `CREDIT_FILLERS`
# ("Queen Mary lab handout" has one; "A man holding a sign" has four).
MAX_CREDIT_LOWERCASE_WORDS = 1

# Credit openers the lexicon lacks: "Photo by Jane Doe on Unsplash", "Foto di Luca Neri". They end in a
# word, so a space must follow. Candidates for classify/lexicons.py CREDIT_PREFIXES.
EXTRA_CREDIT_PREFIXES: tuple[str, ...] = (
    "photo by", "photos by", "photograph by", "photography by", "picture by", "image by", "foto di", "foto de",
    "foto von", "foto van", "crédit photo", "photo credit",
)  # fmt: skip
# Words inside closing parentheses that make them a credit, not an aside.
CREDIT_MARKERS: tuple[str, ...] = (
    "photo", "photos", "foto", "fotos", "image", "images", "picture", "pictures", "credit", "courtesy", "via",
    "getty", "file photo", "handout", "pool", "supplied", "shutterstock", "istock", "istockphoto", "imago",
    "picture alliance", "keystone", "alamy", "unsplash", "bildquelle", "archiv", "archivo", "archives",
)  # fmt: skip
# Photo agencies and stock libraries, besides the news agencies of `AGENCIES`: one of them on a side of
# a slash makes "Megan Briggs/Getty Images" a credit with no "Photo:" before it.
PHOTO_SOURCES: tuple[str, ...] = (
    "Getty Images", "Getty", "Shutterstock", "iStock", "iStockphoto", "Alamy", "imago", "imago images",
    "picture alliance", "picture-alliance", "Keystone", "EPA", "EPA-EFE", "AP Photo", "Reuters", "REUTERS",
    "AFP", "SIPA", "Sipa Press", "Abaca", "ZUMA", "ZUMA Press", "Eyevine", "PA", "PA Images", "PA Wire",
    "Unsplash", "Pexels", "Pixabay", "Hans Lucas", "NurPhoto", "SOPA Images",
    "Rex Features", "WENN", "Bloomberg",
)  # fmt: skip
# Closing parentheses of body paragraphs that are not credits ("(Reporting by ...; Editing by ...)").
NOT_CREDIT_STARTS: tuple[str, ...] = (
    "reporting", "additional reporting", "editing", "writing", "compiled by", "with ", "updated", "corrects",
    "this story", "this article", "see ", "read ",
)  # fmt: skip
# Sources that end a caption on their own after its last sentence: "... in Berlin. Getty Images".
TRAILING_CREDITS: tuple[str, ...] = (
    "Getty Images", "AFP via Getty Images", "Shutterstock", "iStock", "Reuters", "REUTERS", "AFP", "EPA", "AP",
)  # fmt: skip
# Photo libraries: named alone on a line, they are a credit (a lone "Reuters" is a byline instead).
LONE_SOURCES: tuple[str, ...] = (
    "Getty Images", "AFP via Getty Images", "Getty", "Shutterstock", "iStock", "iStockphoto", "Alamy", "Unsplash",
)  # fmt: skip
# Lowercase words a credit may hold: "Eleanor Vance for The Weekend Review", "Jane Doe/picture alliance".
CREDIT_FILLERS: frozenset[str] = frozenset(
    ("for", "via", "and", "und", "et", "e", "y", "de", "di", "da", "do", "del", "van", "von", "der", "den",
     "la", "le", "on", "by", "picture", "alliance", "images", "handout", "dpa", "epd", "ddp", "imago", "photo",
     "foto", "courtesy", "of", "pool", "file", "archive", "archivo", "archiv")
)  # fmt: skip
# A line that opens like a byline is one, even with a slash in it: "By Jane Doe/Reuters".
BYLINE_OPENERS: tuple[str, ...] = ("by ", "von ", "par ", "por ", "di ", "door ", "written by ", "posted by ")
# Japanese credits in parentheses: "（撮影・佐藤花子）", "（ロイター＝共同）", "（共同）".
JAPANESE_CREDIT_OPENERS: tuple[str, ...] = ("撮影", "写真", "提供", "画像", "資料写真")
JAPANESE_CREDIT_SOURCES: tuple[str, ...] = (
    "共同", "時事", "ロイター", "AFP時事", "共同通信", "時事通信", "新華社", "AP", "AFP",
)  # fmt: skip

_AGENCY_NAMES: frozenset[str] = frozenset(a.casefold() for a in AGENCIES)
_SOURCE_NAMES: frozenset[str] = _AGENCY_NAMES | frozenset(s.casefold() for s in PHOTO_SOURCES)
_LONE_SOURCE_NAMES: frozenset[str] = frozenset(s.casefold() for s in LONE_SOURCES)


def _alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ALL_PREFIXES = frozenset(p for group in CREDIT_PREFIXES.values() for p in group)
_PUNCTUATED_PREFIXES = frozenset(p for p in _ALL_PREFIXES if not p[-1].isalpha())
# A credit opener: "Photo:", "Foto :", "写真：", "Photo by ". Alternations of literals, so linear.
_PREFIX = re.compile(
    r"(?<!\w)(?:(?:" + _alternation(_PUNCTUATED_PREFIXES) + r")\s?|(?:" + _alternation(EXTRA_CREDIT_PREFIXES) + r")\s)",
    re.IGNORECASE,
)
# A text holds an opener only if its lowercase holds one of the openers' words (see prechecks.py).
_PREFIX_SIGNS = signs_pattern((*_PUNCTUATED_PREFIXES, *EXTRA_CREDIT_PREFIXES))
# "Photo Pierre Lacombe/Hans Lucas": a photo word and a space, then a slash credit.
_BARE_PHOTO_WORD = re.compile(r"(?:photo|photograph|foto|bild|image|picture)\s", re.IGNORECASE)
_MARKER = re.compile(r"(?<!\w)(?:" + _alternation(CREDIT_MARKERS) + r")(?!\w)", re.IGNORECASE)
_SOURCE = re.compile(r"(?<!\w)(?:" + _alternation(_SOURCE_NAMES) + r")(?!\w)", re.IGNORECASE)
# "Jane Doe for The Weekend Review": a name of two to four capitalised words, "for", a capitalised title.
_UPPER = "A-ZÀ-ÖØ-Þ"
_FOR_PUBLICATION = re.compile(rf"[{_UPPER}][\w.'’-]*(?:\s[{_UPPER}][\w.'’-]*){{1,3}}\sfor\s(?:the\s)?[{_UPPER}]")
_WORD = re.compile(r"\w+")
# Characters of code and markup ("Content-Type": "image/png"), never of a credit.
_NOT_IN_CREDITS = frozenset('"<>{}[]=:;|\\`*#%$')
# Sentence ends before a trailing credit: ". ", "! ", "? ".
_SENTENCE_END = (". ", "! ", "? ")
# Kana, kanji and half-width katakana: text written without spaces between words.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def _is_cjk(ch: str) -> bool:
    return _CJK.match(ch) is not None


def _has_sentence_break(words: list[str]) -> bool:
    """A word of three letters or more ending a sentence inside: "Jane Doe. The mayor", not "Jane E. Doe"."""
    return any(len(word) > 3 and word[-1] in ".!?" and word[-2].islower() for word in words[:-1])


def _is_source(text: str) -> bool:
    """A news agency or photo library named alone: "Reuters", "Getty Images", "Ansa"."""
    return text.strip().casefold() in _SOURCE_NAMES


def _reads_as_credit(credit: str) -> bool:
    """Names and sources, not a sentence: few words, few lowercase ones, no sentence inside."""
    if not credit or len(credit) > MAX_CREDIT_CHARS:
        return False
    words = credit.split()
    if len(words) > MAX_CREDIT_WORDS or _has_sentence_break(words):
        return False
    first = credit[0]
    if first.islower() and _SOURCE.match(credit) is None:
        return False
    lowercase = [w for w in words if w[0].islower() and w.strip(".,;:").casefold() not in CREDIT_FILLERS]
    return len(lowercase) <= MAX_CREDIT_LOWERCASE_WORDS


def _is_slash_credit(text: str, need_source: bool) -> bool:
    """ "AP Photo/Jane Doe", "CLÉMENT VIDAL / AFP", "Instagram/@laceydunmore"; with `need_source`, one side
    must be an agency or photo library ("Megan Briggs/Getty Images"), since "and/or" has a slash too."""
    if "/" not in text or any(ch.isdigit() or ch in _NOT_IN_CREDITS for ch in text) or not _reads_as_credit(text):
        return False
    sides = [side.strip() for side in text.split("/")]
    if len(sides) > 4 or not all(sides):
        return False
    if not need_source:
        return True
    return any(_SOURCE.search(side) is not None or _MARKER.search(side) is not None for side in sides)


def _strip_prefix(credit: str) -> str:
    found = _PREFIX.match(credit)
    return credit[found.end() :].strip(" :：") if found is not None else credit


def _japanese_credit(inside: str) -> bool:
    """ "撮影・佐藤花子", "ロイター＝共同", "共同": a Japanese photo credit in full-width parentheses."""
    return inside.startswith(JAPANESE_CREDIT_OPENERS) or inside.endswith(JAPANESE_CREDIT_SOURCES)


def _name_before(before: str) -> int:
    """Where a photographer's name starts at the end of `before`, after its last sentence ("... septiembre.
    Carlos Ruiz"), or -1."""
    cut = max(before.rfind(end) for end in _SENTENCE_END)
    if cut < 0:
        return -1
    name = before[cut + 2 :].strip()
    if MIN_NAME_WORDS <= len(name.split()) <= MAX_NAME_WORDS and is_name(name):
        return cut + 2
    return -1


def _is_bare_name_credit(inside: str, before: str) -> bool:
    """ "Vendemmiatori al lavoro all'alba in un vigneto di La Morra (Chiara Ferri)" (fixture 029): a person's
    name after a caption phrase. Lists and titles close with names too ("Matt Allen (Creighton University)",
    "1. Torture and the Iraq Constitution (June 24, 2004) (Cass Sunstein)"), so the text before must read
    as a phrase: several words, some lowercase, not closed by a sentence end or another parenthesis."""
    if not MIN_NAME_WORDS <= len(inside.split()) <= MAX_BARE_NAME_WORDS or not is_name(inside):
        return False
    words = before.split()
    lowercase = sum(1 for w in words if w[0].islower())
    return (
        len(words) >= MIN_PHRASE_WORDS and lowercase >= MIN_PHRASE_LOWERCASE_WORDS and before[-1] not in '.!?)"”’»:;,'
    )


def _parenthesised(text: str) -> tuple[str, str] | None:
    """The credit in the closing parentheses of `text`, or None."""
    closing = text[-1]
    opening = text.rfind("(" if closing == ")" else "（")
    inside = text[opening + 1 : -1].strip()
    if opening < 0 or not inside or len(inside) > MAX_PARENTHESIS_CHARS or any(ch in inside for ch in "()（）"):
        return None
    before = text[:opening].rstrip(" |-–—·")
    if closing == "）":
        return (before, inside) if _japanese_credit(inside) else None
    lowered = inside.casefold()
    if lowered.startswith(NOT_CREDIT_STARTS):
        return None
    if _PREFIX.match(inside) is not None:
        credit = _strip_prefix(inside)
        return (before, credit) if credit else None
    if _is_source(inside):
        start = _name_before(before)
        if start >= 0:  # "... septiembre. Carlos Ruiz (EFE)"
            return before[:start].rstrip(), f"{before[start:].strip()} ({inside})"
        return before, inside
    if _is_slash_credit(inside, need_source=False) or _FOR_PUBLICATION.match(inside) is not None:
        return before, inside
    if _MARKER.search(inside) is not None and _SOURCE.search(inside) is not None:
        return before, inside  # "(Azerbaijani Presidential Press Office via AP)"
    if _MARKER.search(inside) is not None and _reads_as_credit(inside):
        return before, inside  # "(Courtesy of the artist)", "(Handout)"
    if _is_bare_name_credit(inside, before):
        return before, inside  # "(Chiara Ferri)": a bare name closing the caption
    return None


def _lone(text: str) -> str | None:
    """The credit when `text` is nothing else: "Photo: Jane Doe/Reuters", "Megan Briggs/Getty Images"."""
    if len(text.split()) > MAX_LONE_CREDIT_WORDS or text.casefold().startswith(BYLINE_OPENERS):
        return None
    if _PREFIX.match(text) is not None:
        credit = _strip_prefix(text)
        return credit if credit and (_reads_as_credit(credit) or _is_cjk(credit[0])) else None
    if _is_slash_credit(text, need_source=True):
        return text
    if text.casefold() in _LONE_SOURCE_NAMES:
        return text
    for joint in (" via ", " for "):  # "Handout via Reuters", "Jane Doe for Getty Images"
        if joint in text and _reads_as_credit(text):
            source = text.rsplit(joint, 1)[1].casefold()
            if source in _LONE_SOURCE_NAMES or (joint == " via " and source in _SOURCE_NAMES):
                return text
    return None


def _after_prefix(text: str) -> tuple[str, str] | None:
    """ "... night. Photograph: Owen Hollis/PA", "... (14) — Foto: Ana Souza/m1"."""
    if not may_match(text, text.lower(), _PREFIX_SIGNS):
        return None
    openers = list(_PREFIX.finditer(text))
    found = openers[-1] if openers else None  # the last opener is the credit's
    if found is None or found.start() == 0:
        return None
    before = text[: found.start()].rstrip()
    opener = found.group()
    # "Photo:" capitalised or after punctuation; "the photo: a man ..." is prose.
    if not (opener[0].isupper() or _is_cjk(opener[0]) or before[-1:] in '.!?)»«"”’—–-|:;·'):
        return None
    credit = text[found.end() :].strip(" :：").rstrip(".")
    if not credit or not (_reads_as_credit(credit) or _is_cjk(credit[0])):
        return None
    return before.rstrip(" |-–—·"), credit


def _after_sentence(text: str) -> tuple[str, str] | None:
    """ "... 2023. REUTERS/Kevin Lamont", "... 2023. Getty Images", "... 2023. Photo Pierre Lacombe/Hans Lucas"."""
    cut = max(text.rfind(end) for end in _SENTENCE_END)
    if cut <= 0:
        return None
    caption, tail = text[: cut + 1], text[cut + 2 :].strip()
    if not tail or len(tail.split()) > MAX_LONE_CREDIT_WORDS:
        return None
    bare = _BARE_PHOTO_WORD.match(tail)
    if bare is not None and _is_slash_credit(tail[bare.end() :], need_source=False):
        return caption, tail[bare.end() :].strip()
    if _is_slash_credit(tail, need_source=True) or tail in TRAILING_CREDITS:
        return caption, tail
    return None


def split_credit(text: str) -> tuple[str, str] | None:
    """Split a caption into (text, credit), or None when `text` carries no credit.

    A credit standing alone ("Photo: Jane Doe/Reuters") gives ("", credit).

    >>> split_credit("A crew restores power lines in Decatur, Ga. (AP Photo/Jordan Pike)")
    ('A crew restores power lines in Decatur, Ga.', 'AP Photo/Jordan Pike')
    >>> split_credit("Megan Briggs/Getty Images")
    ('', 'Megan Briggs/Getty Images')
    >>> split_credit("The bank raised rates. (Reporting by Jane Doe; Editing by John Roe)") is None
    True
    """
    text = text.strip()
    if not text or len(text) > MAX_CAPTION_CHARS:
        return None
    if text[-1] in ")）":
        found = _parenthesised(text)
        if found is not None:
            return found
        if text[-1] == ")" and text[text.rfind("(") + 1 :].casefold().startswith(NOT_CREDIT_STARTS):
            return None
    lone = _lone(text)
    if lone is not None:
        return "", lone
    return _after_prefix(text) or _after_sentence(text)


def caption_words(text: str) -> int:
    """Words in a caption's text part; unspaced CJK text counts one word per `CJK_CHARS_PER_WORD` characters.
    Only the first `MAX_CAPTION_CHARS` characters are counted: a caption is never longer.

    >>> caption_words("ホワイトハウス＝ワシントン"), caption_words("Ballot boxes arrive at the count")
    (5, 6)
    """
    head = text[:MAX_CAPTION_CHARS]
    cjk = len(_CJK.findall(head))
    spaced = len(_WORD.findall(_CJK.sub(" ", head))) if cjk else len(_WORD.findall(head))
    return spaced + math.ceil(cjk / CJK_CHARS_PER_WORD)
