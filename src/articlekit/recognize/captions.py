"""Caption credits: "(AP Photo/Jane Doe)", "Photo: Jane Doe/Reuters", "... Getty Images"."""

from __future__ import annotations

import re

from articlekit.classify.lexicons import AGENCIES, CREDIT_PREFIXES

MAX_CAPTION_CHARS = 1500
MAX_CREDIT_CHARS = 120
MAX_LONE_CREDIT_WORDS = 8
# Words inside a closing parenthesis that make it a credit rather than an aside.
CREDIT_MARKERS: tuple[str, ...] = (
    "photo", "foto", "image", "picture", "credit", "courtesy", "via ", "getty", "file", "handout", "pool",
    "epa", "shutterstock", "istock", "imago", "picture alliance", "keystone", "写真", "提供",
)
# Parentheses that close body paragraphs and are not credits ("(Reporting by ...; Editing by ...)").
NOT_CREDIT_STARTS: tuple[str, ...] = ("reporting", "additional reporting", "editing", "writing", "compiled by", "with ")
# Stock-photo agencies that end a caption on their own: "... in Berlin. Getty Images".
TRAILING_CREDITS: tuple[str, ...] = ("Getty Images", "AFP via Getty Images", "Shutterstock", "iStock", "Reuters", "AFP", "EPA", "AP")

_AGENCY_WORD = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in AGENCIES) + r")(?!\w)")
_PREFIX = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted({p for g in CREDIT_PREFIXES.values() for p in g}, key=len, reverse=True)) + r")\s?",
    re.I,
)
_WORD = re.compile(r"\w+")


def _is_credit(inside: str) -> bool:
    lowered = inside.lower()
    if not inside or len(inside) > MAX_CREDIT_CHARS or lowered.startswith(NOT_CREDIT_STARTS):
        return False
    return "/" in inside or any(m in lowered for m in CREDIT_MARKERS) or _AGENCY_WORD.search(inside) is not None


def _is_lone_credit(text: str) -> bool:
    """A credit with no caption: "AP Photo/Ian Walton", "Megan Briggs/Getty Images", "Photo: Reuters"."""
    lowered = text.lower()
    if _PREFIX.match(text):
        return True
    if "getty images" in lowered or "shutterstock" in lowered or "istock" in lowered:
        return True
    return "/" in text and (_AGENCY_WORD.search(text) is not None or "photo" in lowered or "foto" in lowered)


def _clean_credit(credit: str) -> str:
    credit = credit.strip(" ()[]|-–—.,;")
    prefix = _PREFIX.match(credit)
    return credit[prefix.end() :].strip(" :") if prefix and prefix.end() < len(credit) else credit


def split_credit(text: str) -> tuple[str, str] | None:
    """Split a caption into (text, credit), or None when `text` carries no credit.

    A credit standing alone ("Photo: Jane Doe/Reuters") gives ("", credit).
    """
    text = text.strip()
    if not text or len(text) > MAX_CAPTION_CHARS:
        return None
    if text.endswith(")"):
        opening = text.rfind("(")
        if opening >= 0 and ")" not in text[opening:-1] and _is_credit(text[opening + 1 : -1]):
            return text[:opening].rstrip(), _clean_credit(text[opening + 1 : -1])
    if len(_WORD.findall(text)) <= MAX_LONE_CREDIT_WORDS and _is_lone_credit(text):
        return "", _clean_credit(text)
    prefixes = list(_PREFIX.finditer(text)) if ":" in text or "：" in text else []
    if prefixes:
        last = prefixes[-1]
        credit = text[last.end() :].strip()
        if credit and len(credit) <= MAX_CREDIT_CHARS and len(_WORD.findall(credit)) <= 10:
            return text[: last.start()].rstrip(" |-–—"), credit.strip(" .")
    for trailing in TRAILING_CREDITS:
        if not text.endswith(trailing) or len(text) == len(trailing):
            continue
        head = text[: -len(trailing)]
        if head.endswith("/"):  # "... in Berlin. Jane Doe/Getty Images"
            cut = head.rfind(". ")
            return (text[: cut + 1], text[cut + 2 :]) if cut > 0 else None
        if head.endswith(". "):
            return head.rstrip(" |-—"), trailing
    return None


def caption_words(text: str) -> int:
    """Words in a caption's text part."""
    return len(_WORD.findall(text))
