"""Exact, fast reading of the date forms news pages write most ("Oct. 15, 2023 10:31 a.m. EDT",
"15. Oktober 2023, 14:30 Uhr", "15/10/2023", "2023年10月15日 10時31分").

dateparser reads everything else, but costs milliseconds a call: a page has a few dates, so this
path keeps a parse well under a millisecond. Anything it is not sure of it leaves to dateparser.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

# Month names and abbreviations of the eight languages, lowercase, without a final dot, and the genitive names
# Russian and Ukrainian dates are written with.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari января січня",
        "february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari февраля лютого",
        "march mar märz mär mars marzo março marco maart mrt марта березня",
        "april apr avril avr abril abr aprile апреля квітня",
        "may mai mayo maggio mag maio mei мая травня",
        "june jun juni juin junio giugno giu junho июня червня",
        "july jul juli juillet juil julio luglio lug julho июля липня",
        "august aug août aout agosto ago augustus августа серпня",
        "september sep sept septembre septiembre setiembre settembre set setembro сентября вересня",
        "october oct oktober okt octobre octubre ottobre ott outubro out октября жовтня",
        "november nov novembre noviembre novembro ноября листопада",
        "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro декабря грудня",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)

# Zone abbreviations news pages print, with their UTC offsets in hours. Ambiguous ones ("IST",
# "ET") are left out on purpose: dateparser, or nothing, decides those.
ZONES: dict[str, float] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "wet": 0,
    "bst": 1,
    "cet": 1,
    "mez": 1,
    "west": 1,
    "cest": 2,
    "mesz": 2,
    "eet": 2,
    "eest": 3,
    "msk": 3,
    "est": -5,
    "edt": -4,
    "cst": -6,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
    "akst": -9,
    "akdt": -8,
    "hst": -10,
    "jst": 9,
    "kst": 9,
    "hkt": 8,
    "sgt": 8,
    "aest": 10,
    "aedt": 11,
    "acst": 9.5,
    "awst": 8,
    "nzst": 12,
    "nzdt": 13,
    "brt": -3,
    "art": -3,
}

# A two-digit year at or above this is in the 1900s ("24.12.98"), below it in the 2000s ("8.5.12").
TWO_DIGIT_YEAR_PIVOT = 70

_DATE = re.compile(
    r"(?:(?P<y1>\d{4})年(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日"
    r"|(?P<mon2>[^\W\d_]{3,10})\.?\s(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s(?P<y2>\d{4})"
    r"|(?P<d3>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s(?:de\s)?(?P<mon3>[^\W\d_]{3,10})\.?,?\s(?:de\s)?(?P<y3>\d{4})"
    r"|(?P<a4>\d{1,2})(?P<sep4>[./-])(?P<b4>\d{1,2})[./-](?P<y4>\d{4})"
    r"|(?P<y5>\d{4})[/.](?P<m5>\d{1,2})[/.](?P<d5>\d{1,2})"
    r"|(?P<d6>\d{1,2})\.(?P<m6>\d{1,2})\.(?P<y6>\d\d)(?!\d))",
    re.I,
)
# After the date: separators, then a clock time, then a zone. Each piece is bounded.
_TIME = re.compile(
    r"[\s,|·•–—-]{0,4}(?:at\s|um\s|à\s|a\slas\s|alle\s|às\s|om\s|le\s|-\s)?"
    r"(?:(?P<h>[0-2]?\d)[:.h](?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s?(?P<ampm>[ap])\.?\s?m\.?)?(?:\s?(?:uhr|hrs|h)(?![a-z]))?"
    r"|(?P<jh>[0-2]?\d)時(?P<jm>[0-5]?\d)分)"
    # the end of a range ("10:00-11:30 Uhr", "10:00 – 11:30"): read past, the start is the time; a
    # hyphen after a space is a zone ("10:00 -05:00")
    r"(?:(?:[-–]|\s–\s)[0-2]?\d[:.][0-5]\d(?:\s?(?:uhr|hrs|h)(?![a-z]))?)?"
    # a zone; "-11:30" right after a clock time is the end of a range ("10:00-11:30 Uhr"), not UTC-11:30
    r"(?:\s?\(?(?P<tz>[A-Za-z]{1,5}|\+\d\d:?\d\d|(?<=[\s(])-\d\d:?\d\d)\)?)?",
    re.I,
)


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.lower().rstrip(".")) if name else None


def read_date(span: str, language: str | None) -> datetime | None:
    """The datetime written in `span`, or None when this reader is not sure (dateparser then tries).

    Aware when the span names a known zone; naive when it names none.
    """
    found = _DATE.match(span)
    if found is None:
        return None
    g = found.groupdict()
    if g["y1"]:
        year, month, day = int(g["y1"]), int(g["m1"]), int(g["d1"])
    elif g["y2"]:
        year, month, day = int(g["y2"]), _month(g["mon2"]) or 0, int(g["d2"])
    elif g["y3"]:
        year, month, day = int(g["y3"]), _month(g["mon3"]) or 0, int(g["d3"])
    elif g["y4"]:
        first, second = int(g["a4"]), int(g["b4"])
        # 10/15/2023 is American; 15.10.2023 and 15/10/2023 are everyone else's
        american = g["sep4"] == "/" and language in (None, "en") and first <= 12
        if first > 12 or second > 12:
            american = second > 12
        year, month, day = int(g["y4"]), (first if american else second), (second if american else first)
    elif g["y5"]:
        year, month, day = int(g["y5"]), int(g["m5"]), int(g["d5"])
    else:  # "8.5.12": day first, as Europe writes it; English pages may write "11.03.17" for November 3
        short = int(g["y6"])
        first, second = int(g["d6"]), int(g["m6"])
        american = second > 12 or (language in (None, "en") and first <= 12)
        year = short + (1900 if short >= TWO_DIGIT_YEAR_PIVOT else 2000)
        month, day = (first, second) if american else (second, first)
    try:
        value = datetime(year, month, day)
    except ValueError:
        return None
    rest = span[found.end() :]
    if not rest.strip(" ,.|"):
        return value
    time = _TIME.match(rest)
    if time is None or time.end() < len(rest.rstrip(" ,.|")):
        return None  # something we do not read follows: leave the whole span to dateparser
    t = time.groupdict()
    hour = int(t["h"] or t["jh"] or 0)
    minute = int(t["mi"] or t["jm"] or 0)
    second = int(t["s"] or 0)
    if t["ampm"]:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if t["ampm"].lower() == "p" else 0)
    if hour > 23:
        return None
    value = value.replace(hour=hour, minute=minute, second=second)
    zone = t["tz"]
    if zone is None or zone.lower() == "uhr":
        return value
    if zone[0] in "+-":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        if offset >= timedelta(hours=24):
            return None  # "+99:99" is no zone: leave the span to dateparser, which refuses it too
        return value.replace(tzinfo=timezone(sign * offset))
    hours = ZONES.get(zone.lower())
    if hours is None:
        return None
    return value.replace(tzinfo=timezone(timedelta(hours=hours)))
