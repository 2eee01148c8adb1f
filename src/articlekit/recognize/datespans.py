"""Find the date (and time) written in a short string, without parsing it: the span goes to
`fields/dates.py`, the only module that hands strings to dateparser.
"""

from __future__ import annotations

import re
from typing import Any

from articlekit.recognize.prechecks import may_match, signs_pattern

MONTHS = (
    # en
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # de
    r"|januar|jänner|februar|märz|mär|mai|juni|juli|oktober|okt|dezember|dez"
    # fr
    r"|janvier|janv|février|fevrier|févr|fevr|mars|avril|avr|juin|juillet|juil|août|aout|septembre"
    r"|octobre|novembre|décembre|decembre|déc"
    # es, pt, it
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    # nl
    r"|januari|februari|maart|mei|augustus"
    # ru, uk: the genitive a date is written with ("15 августа 2016")
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?:19|20)\d\d"
_TIME = (
    r"(?:,|\s|\||-|–|—|·|at|um|à|a\slas|alle|às|om|le)*\s?"  # bounded separators, each a single token
    r"(?:[0-2]?\d[:.h][0-5]\d(?:[:.][0-5]\d)?(?:\s?[ap]\.?\s?m\.?)?(?:\s?(?:uhr|hrs|h)(?![a-z]))?"
    r"|[01]?\d\s?[ap]\.?m\.?)"
    r"(?:\s?(?-i:GMT[+-]\d{1,2}|UTC[+-]\d{1,2}|[A-Z]{2,5}(?![A-Za-z])|[+-]\d\d:?\d\d|Z(?![A-Za-z])))?"
)
# Words that put a version number after them ("Firmware 10.1.20", "Version 2.10.12"). A dotted date with a
# two-digit year (the only form a short version number takes) never follows one, nor a dot or a lone "v"
# ("1.10.1.20", "v2.10.12"), nor is it followed by a dot and digits ("10.1.20.5"; a glued time "…20.12:30" is
# fine). A word glued to the date is fine too: scraped inline elements run "Erstellt am09.02.2022" together.
VERSION_WORDS: tuple[str, ...] = ("version", "firmware", "release", "build", "patch", "update to", "ver.", "ver")
_NOT_A_VERSION = r"(?<![.])(?<!\bv)" + "".join(f"(?<!\\b{re.escape(word)} )" for word in VERSION_WORDS)


def month_spellings(spelled: str) -> tuple[str, ...]:
    """Every spelling one month of `MONTHS` stands for: "sep(?:t(?:ember)?)?" -> ("sep", "sept", "september").

    Only optional groups and optional letters are read; anything else is refused.
    """
    group = re.search(r"\(\?:([^()|]*)\)\?", spelled)  # an innermost optional group
    if group is None:
        group = re.search(r"(\w)\?", spelled)  # an optional letter
    if group is None:
        if not spelled or re.search(r"\W", spelled):
            raise ValueError(f"cannot spell out month {spelled!r}")
        return (spelled,)
    before, inside, after = spelled[: group.start()], group.group(1), spelled[group.end() :]
    return (*month_spellings(before + after), *month_spellings(before + inside + after))


def month_trie(months: str) -> str:
    """The month names of `months` (an alternation) as one trie: "jan(?:uary)?|june?" -> "j(?:an(?:uary)?|une?)".

    In `_DATE` a month is always followed by a dot, a comma or a space, never a letter, so at any position at most
    one spelling can lead to a match: the trie matches what the plain alternation matches, and the engine tests
    one branch per next letter instead of trying each of a hundred names in turn.
    """
    trie: dict[str, dict[str, Any]] = {}
    for spelled in months.split("|"):
        for name in month_spellings(spelled):
            node = trie
            for letter in name:
                node = node.setdefault(letter, {})
            node[""] = {}
    return _trie_source(trie)


def _trie_source(node: dict[str, dict[str, Any]]) -> str:
    branches = [re.escape(letter) + _trie_source(node[letter]) for letter in sorted(node) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return body + "?" if len(body) == 1 else f"(?:{body})?"


_MONTH_TRIE = month_trie(MONTHS)
_DATE = re.compile(
    r"(?<!\d)(?:"
    rf"\d{{4}}-[01]\d-[0-3]\d(?:[T\s][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{{1,6}})?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    rf"|{_MONTH_TRIE}\.?\s{_DAY},?\s{_YEAR}"
    rf"|{_DAY}\s(?:de\s)?{_MONTH_TRIE}\.?,?\s(?:de\s)?{_YEAR}"
    rf"|[0-3]?\d(?:/[01]?\d[./]|\.[01]?\d/)(?:{_YEAR}|\d\d)(?!\d)"
    rf"|[0-3]?\d\.[01]?\d\.{_YEAR}(?!\d)"
    rf"|{_NOT_A_VERSION}[0-3]?\d\.[01]?\d\.\d\d(?!\d|\.\d+(?![\d:]))"
    rf"|{_YEAR}[/.][01]?\d[/.][0-3]?\d"
    rf"|{_YEAR}年[01]?\d月[0-3]?\d日"
    r")",
    re.I,
)
_DIGIT = re.compile(r"\d")
# Every date holds two digits in a row (a year, or a two-digit day or month). Before the first pair come
# at most a one-digit day with its suffix ("1st", "1º"), a space, "de ", a month, ".", ",", a space and
# "de " (the longest case, "1º de septiembre de 2023"): 13 characters besides the month. The costly
# pattern is only run from that far before the text's first pair of digits.
_DIGIT_PAIR = re.compile(r"\d\d")
_LONGEST_MONTH = max(len(name) for name in re.sub(r"\(\?:|\)\?", "", MONTHS).split("|"))
DATE_LEAD_MAX_CHARS = _LONGEST_MONTH + 13


def month_signs(months: str) -> tuple[str, ...]:
    """What every spelling of each month name in `months` (an alternation) holds: the name without its
    optional parts ("jan(?:uary)?" -> "jan", "june?" -> "jun")."""
    signs = []
    for spelled in months.split("|"):
        name = spelled
        while True:
            shorter = re.sub(r"\(\?:[^()|]*\)\?", "", name)  # innermost optional groups first
            if shorter == name:
                break
            name = shorter
        name = re.sub(r".\?", "", name)
        if not name or re.search(r"\W", name):
            raise ValueError(f"cannot tell what every spelling of month {spelled!r} holds")
        signs.append(name)
    return tuple(signs)


# A date that names no month has its digits in a date's shape: "2023-12-01", "1.12.23", "12/1/2023", "2023年".
# A text with neither is not searched with the costly pattern.
_DATE_SHAPE = re.compile(r"\d[-./]\d|年")
_MONTH_SIGNS = signs_pattern(month_signs(MONTHS))
_TIME_AFTER = re.compile(_TIME, re.I)
_JA_TIME_AFTER = re.compile(r"\s?[0-2]?\d(?:時|:)[0-5]\d分?")
_RELATIVE = re.compile(
    r"(?<!\w)(?:"
    r"(?:\d{1,3}|an?|one)\s(?:second|minute|min|hour|hr|day|week|month|year)s?\sago"
    r"|\d{1,3}\s?(?:s|m|min|mins|h|hr|hrs|d)\sago"
    r"|vor\s\d{1,3}\s(?:sekunden|minuten|stunden|tagen|wochen|monaten)"
    r"|il\sy\sa\s\d{1,3}\s(?:secondes|minutes?|heures?|jours?|semaines?)"
    r"|hace\s\d{1,3}\s(?:segundos|minutos?|horas?|días?|dias?|semanas?)"
    r"|\d{1,3}\s(?:secondi|minuti|ore|giorni|settimane)\sfa"
    r"|há\s\d{1,3}\s(?:segundos|minutos?|horas?|dias?|semanas?)"
    r"|\d{1,3}\s(?:seconden|minuten|uur|dagen|weken)\sgeleden"
    r"|\d{1,3}(?:秒|分|時間|日)前"
    r"|yesterday|today|gestern|heute|aujourd'hui|hier|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag"
    r")(?!\w)",
    re.I,
)
# Every relative date holds one of these words (lowercased): a text without any is not searched.
RELATIVE_SIGNS: tuple[str, ...] = (
    "ago", "vor", "second", "minute", "heure", "jour", "semaine", "hace", "fa", "há", "geleden", "前",
    "yesterday", "today", "gestern", "heute", "aujourd'hui", "hier", "ayer", "hoy", "ieri", "oggi", "ontem",
    "hoje", "gisteren", "vandaag",
)  # fmt: skip
_RELATIVE_SIGNS = signs_pattern(RELATIVE_SIGNS)
# A line that is only a clock time, as live blogs stamp their entries: "23.41 BST", "10:05 am", "14.05 Uhr".
_TIME_ONLY = re.compile(r"\A[0-2]?\d[:.h][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s?(?:uhr|[A-Z]{2,5}))?\Z", re.I)
# Spans are looked for in this many characters at most.
MAX_SCAN_CHARS = 300
MAX_TIME_LOOKAHEAD = 40


def find_date_span(text: str) -> str | None:
    """The first absolute date in `text`, extended by a time and zone that follow it."""
    head = text[:MAX_SCAN_CHARS]
    pair = _DIGIT_PAIR.search(head)
    if pair is None:  # every absolute date has two digits in a row: skip the costly pattern
        return None
    if _DATE_SHAPE.search(head) is None and not may_match(head, head.lower(), _MONTH_SIGNS):
        return None
    found = _DATE.search(head, max(0, pair.start() - DATE_LEAD_MAX_CHARS))
    if found is None:
        return None
    end = found.end()
    pattern = _JA_TIME_AFTER if found.group().endswith("日") else _TIME_AFTER
    time = pattern.match(head, end, min(len(head), end + MAX_TIME_LOOKAHEAD))
    if time is not None and any(ch.isdigit() for ch in time.group()):
        end = time.end()
    return head[found.start() : end].strip(" ,|-–—")


def find_relative_span(text: str) -> str | None:
    """A relative date ("3 hours ago", "vor 2 Tagen", "gestern") in `text`, if any."""
    head = text[:MAX_SCAN_CHARS]
    if not may_match(head, head.lower(), _RELATIVE_SIGNS):
        return None
    found = _RELATIVE.search(head)
    return found.group() if found else None


def date_share(text: str, span: str) -> float:
    """The share of `text` taken by the date span: near 1 for a line that is only a date."""
    return len(span) / len(text) if text else 0.0


def is_time_only(text: str) -> bool:
    """True for a line that is only a clock time ("23.41 BST")."""
    return len(text) <= 20 and _TIME_ONLY.match(text.strip()) is not None


# "Published Thursday 1:23PM", "Publié le 03/03/2023": a label that says the line is a date line.
_DATE_LABEL = re.compile(
    r"\A(?:published|updated|posted|first published|veröffentlicht|aktualisiert|publié|mis à jour|publicado|"
    r"actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|公開|更新)(?!\w)",
    re.I,
)


# The labels of a publication date (never an update's): "Published December 22, 2023", "Erschienen am: 01.11.2023".
PUBLISHED_LABELS: tuple[str, ...] = (
    "published", "posted", "first published", "published on", "veröffentlicht", "erschienen", "eingetragen",
    "publié", "publicado", "pubblicato", "gepubliceerd", "公開日", "公開",
)  # fmt: skip
_PUBLISHED_LABEL = re.compile(r"\A(?:" + "|".join(map(re.escape, PUBLISHED_LABELS)) + r")(?!\w)", re.I)


def published_label_end(text: str) -> int | None:
    """Where the word that announces the publication date ends, when `text` opens with one ("Published",
    "Veröffentlicht am"); else None.

    >>> published_label_end("Veröffentlicht am 16.08.2019"), published_label_end("Updated May 3")
    (14, None)
    """
    found = _PUBLISHED_LABEL.match(text, len(text) - len(text.lstrip()))
    return None if found is None else found.end()


def starts_with_date_label(text: str) -> bool:
    """True when `text` opens with a word that announces a date ("Published", "Publié le")."""
    return _DATE_LABEL.match(text.lstrip()) is not None


# A date in a page address: "/2020/08/24/", "/2014-05-18-", "/20200102/", "_2019_03_12", and day first
# "/meldungen/29-10-2021", "_vom_22.04.2020_" (never with slashes, which American paths write month first, and
# only when the day is over 12: "03-04-2021" may be either).
# The year is 19xx or 20xx, the pieces are bounded by non-digits, and a path segment must hold the whole date.
URL_MAX_CHARS = 2_000
_URL_DATE = re.compile(
    r"(?<![0-9])((?:19|20)\d\d)([/_.-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![0-9])"
    r"|(?<![0-9])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9])"
    r"|(?<![0-9])(0?[1-9]|[12]\d|3[01])([_.-])(0?[1-9]|1[0-2])\9((?:19|20)\d\d)(?![0-9])"
)


def find_url_date(url: str) -> tuple[int, int, int] | None:
    """(year, month, day) written in the path of a page address, else None.

    >>> find_url_date("https://example.com/2020/08/24/story.html"), find_url_date("https://example.com/p/123")
    ((2020, 8, 24), None)
    >>> find_url_date("https://example.com/news/29-10-2021"), find_url_date("https://example.com/news/03-04-2021")
    ((2021, 10, 29), None)
    """
    rest = url[:URL_MAX_CHARS].split("://", 1)[-1]
    path = rest.split("/", 1)[1] if "/" in rest else ""  # the host name ("2020.example.com") is not a date
    path = path.split("?", 1)[0].split("#", 1)[0]
    found = _URL_DATE.search(path)
    if found is None:
        return None
    if found.group(1) is not None:
        return int(found.group(1)), int(found.group(3)), int(found.group(4))
    if found.group(5) is not None:
        return int(found.group(5)), int(found.group(6)), int(found.group(7))
    day, month = int(found.group(8)), int(found.group(10))
    if day <= 12:  # "03-04-2021" may be March 4 as well (American paths write dashes too): not read
        return None
    return int(found.group(11)), month, day
