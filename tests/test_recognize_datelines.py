"""recognize/datelines.py: inline datelines opening a paragraph, and standalone dateline lines."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.article import Dateline
from articlekit.recognize.datelines import parse_inline_dateline, parse_standalone_dateline

# Hostile input must be read in milliseconds. The bound is CPU time (a busy shared machine does not
# inflate it) and generous, so it never flakes, while a quadratic pattern on 100k characters would take
# minutes: it catches catastrophic backtracking, it is not a speed target.
MAX_SECONDS = 1.0

# paragraph -> (location, agency, text of the dateline prefix)
INLINE: list[tuple[str, tuple[str, str | None, str]]] = [
    # English wires
    (
        "WASHINGTON, Oct 15 (Reuters) - Two Federal Reserve policymakers said on Sunday...",
        ("WASHINGTON", "Reuters", "WASHINGTON, Oct 15 (Reuters) -"),
    ),
    ("ATLANTA -- Federal drug officials are warning Georgia...", ("ATLANTA", None, "ATLANTA --")),
    ("ATLANTA (AP) — A line of severe thunderstorms swept across...", ("ATLANTA", "AP", "ATLANTA (AP) —")),
    ("PARIS (AP) — The Louvre said...", ("PARIS", "AP", "PARIS (AP) —")),
    (
        "KANSAS CITY, Mo. (AP) — A romance that united sports and music fans...",
        ("KANSAS CITY, Mo.", "AP", "KANSAS CITY, Mo. (AP) —"),
    ),
    (
        "WASHINGTON, Oct. 15, 2023 (AP) — The Senate voted...",
        ("WASHINGTON", "AP", "WASHINGTON, Oct. 15, 2023 (AP) —"),
    ),
    (
        "JEDDAH, Saudi Arabia -- If there was any doubt before...",
        ("JEDDAH, Saudi Arabia", None, "JEDDAH, Saudi Arabia --"),
    ),
    ("LOS ANGELES -- For six years, the video remained a secret.", ("LOS ANGELES", None, "LOS ANGELES --")),
    ("BATTLE CREEK — Up to three dozen students will receive...", ("BATTLE CREEK", None, "BATTLE CREEK —")),
    ("MILLVILLE - Two city residents died in traffic accidents.", ("MILLVILLE", None, "MILLVILLE -")),
    ("WASHINGTON—The Federal Reserve held rates steady.", ("WASHINGTON", None, "WASHINGTON—")),
    ("ST. LOUIS (Ticker) -- Manny Legace finally yielded a goal.", ("ST. LOUIS", "Ticker", "ST. LOUIS (Ticker) --")),
    ("Dehradun (PTI): Nehru Institute of Mountaineering on Friday...", ("Dehradun", "PTI", "Dehradun (PTI):")),
    ("Chennai, Dec 31 - National grasscourt champion Vishnu...", ("Chennai", None, "Chennai, Dec 31 -")),
    # German, French, Spanish, Italian, Portuguese, Dutch wires
    ("BERLIN (dpa) - Die Bundesregierung will die Genehmigung...", ("BERLIN", "dpa", "BERLIN (dpa) -")),
    ("BERLIN, 15. Oktober (dpa) - Die Bundesregierung will...", ("BERLIN", "dpa", "BERLIN, 15. Oktober (dpa) -")),
    ("DÜSSELDORF (dpa/lnw) - Die Landesregierung plant...", ("DÜSSELDORF", "dpa/lnw", "DÜSSELDORF (dpa/lnw) -")),
    ("PARIS, 3 mars (AFP) - Le trafic des TGV sera fortement perturbé.", ("PARIS", "AFP", "PARIS, 3 mars (AFP) -")),
    ("Paris (AFP) – The Louvre will reopen its restored galleries.", ("Paris", "AFP", "Paris (AFP) –")),
    ("Madrid, 15 oct (EFE).- La Agencia Estatal de Meteorología...", ("Madrid", "EFE", "Madrid, 15 oct (EFE).-")),
    (
        "Ciudad de México, 15 oct (EFE).- El Gobierno anunció...",
        ("Ciudad de México", "EFE", "Ciudad de México, 15 oct (EFE).-"),
    ),
    ("(ANSA) - ROMA, 15 OTT - Il taglio del cuneo fiscale...", ("ROMA", "ANSA", "(ANSA) - ROMA, 15 OTT -")),
    (
        "Lisboa, 15 out 2023 (Lusa) - O Conselho de Ministros aprovou hoje...",
        ("Lisboa", "Lusa", "Lisboa, 15 out 2023 (Lusa) -"),
    ),
    ("DEN HAAG (ANP) - Het kabinet trekt de komende vijf jaar...", ("DEN HAAG", "ANP", "DEN HAAG (ANP) -")),
    # Japanese
    (
        "【ワシントン共同】米政府は14日、中国などへの輸出規制を強化する方針を固めた。",
        ("ワシントン", "共同", "【ワシントン共同】"),
    ),
    ("【ワシントン＝山田太郎】米政府は14日、方針を固めた。", ("ワシントン", None, "【ワシントン＝山田太郎】")),
    ("【北京時事】中国政府は15日、発表した。", ("北京", "時事", "【北京時事】")),
    ("［東京　１５日　ロイター］ - 日銀は15日、発表した。", ("東京", "ロイター", "［東京　１５日　ロイター］")),
]

NOT_INLINE: list[str] = [
    "NASA - the agency said on Monday that the launch would slip.",  # lowercase sentence after the dash
    "I - for one - do not believe it.",
    "US - China talks resumed in Geneva on Monday.",  # two letters: an acronym, not a place
    "UPDATE - The company revised its forecast.",
    "UPDATE: The company revised its forecast.",
    "EXCLUSIVE: Inside the talks that saved the deal.",
    "EBONY: What is your exhibition about?",  # an interview label
    "DEAR ABBY: My husband of 20 years bought plane tickets.",
    "NEW: Counterterrorism official says the voice is genuine.",
    "SHANGHAI: Chinese police shut down 34,000 accounts.",  # a colon needs an agency or a date
    "AT CARVEN – PARIS",  # no sentence follows
    "United Nations – The U.N. Security Council voted on Friday.",  # mixed case, no agency or date
    "Santa Barbara, California—Reclusive and disaffected, Majorana liked to work alone.",
    "Apple (AAPL.O) - shares rose 2% in early trading.",
    "Apple (AAPL.O) - Shares rose 2% in early trading.",  # mixed case needs a known agency
    "Monday, Oct. 15 — The council met.",  # a weekday is not a place
    "EDITOR'S NOTE — This story contains graphic descriptions.",
    "The minister said - after a long pause - that he would resign.",
    "Two Federal Reserve policymakers said on Sunday the bank could wait.",
    "【速報】米政府が新たな規制を発表",  # a label, not a dateline
    "【独自】関係者への取材で判明",
    "(Reuters) is a news agency.",
    "REUTERS - The dollar rose on Monday.",  # an agency is not a place
    "",
    "   ",
]

STANDALONE: list[tuple[str, tuple[str, str | None]]] = [
    ("BAKU", ("BAKU", None)),
    ("NAIROBI", ("NAIROBI", None)),
    ("ROMA", ("ROMA", None)),
    ("  NEW YORK (AP)  ", ("NEW YORK", "AP")),
    ("BERLIN, 15. Oktober (dpa)", ("BERLIN", "dpa")),
    ("WASHINGTON —", ("WASHINGTON", None)),
    ("KANSAS CITY, Mo. (AP) —", ("KANSAS CITY, Mo.", "AP")),
    ("Paris (AFP)", ("Paris", "AFP")),
    ("【ワシントン共同】", ("ワシントン", "共同")),
]

NOT_STANDALONE: list[str] = [
    # an agency's name alone is its credit, not a place
    "THE CANADIAN PRESS",
    "AGENCE FRANCE PRESSE",
    "Berlin",  # mixed case without an agency reads as a section or a name
    "Redazione ANSA",
    "Agencia EFE",
    "MORE OPTIONS",  # fixture 011's cookie-wall buttons
    "ACCEPT ALL",
    "ADVERTISEMENT",
    "LIVE",
    "NFL",  # acronyms
    "RSS",
    "URL:",
    "MEN'S",
    "world",
    "By Jane Doe",
    "15 October 2023",
    "(AP)",
    "【速報】",
    "【ワシントン共同】米政府は14日",
    "A" * 200,
    "",
]


@pytest.mark.parametrize(("paragraph", "expected"), INLINE)
def test_inline_dateline(paragraph: str, expected: tuple[str, str | None, str]) -> None:
    assert parse_inline_dateline(paragraph) == Dateline(*expected)


@pytest.mark.parametrize("paragraph", NOT_INLINE)
def test_not_inline_dateline(paragraph: str) -> None:
    assert parse_inline_dateline(paragraph) is None


@pytest.mark.parametrize(("line", "expected"), STANDALONE)
def test_standalone_dateline(line: str, expected: tuple[str, str | None]) -> None:
    parts = parse_standalone_dateline(line)
    assert parts is not None
    assert (parts.location, parts.agency) == expected
    assert parts.text == line.strip()


@pytest.mark.parametrize("line", NOT_STANDALONE)
def test_not_standalone_dateline(line: str) -> None:
    assert parse_standalone_dateline(line) is None


def test_inline_dateline_leaves_paragraph_alone() -> None:
    paragraph = "WASHINGTON, Oct 15 (Reuters) - Two Federal Reserve policymakers said on Sunday..."
    parts = parse_inline_dateline(paragraph)
    assert parts is not None
    assert paragraph.startswith(parts.text)


def test_inline_dateline_only_at_the_start() -> None:
    late = "x" * 120 + " WASHINGTON (Reuters) - Officials said"
    assert parse_inline_dateline(late) is None


HOSTILE: list[str] = [
    " " * 100_000,
    "." * 100_000,
    "-" * 100_000,
    "—" * 100_000,
    "(" * 100_000,
    ")" * 100_000,
    "A" * 100_000,
    "A " * 50_000,
    "A - " * 30_000,
    "A, " * 50_000,
    "WASHINGTON, " * 10_000 + "(AP) - Text",
    "(" + "A" * 100_000 + ") - ROMA - Text",
    "【" * 100_000,
    "【" + "ワ" * 100_000 + "】",
    ": " * 50_000,
    "15 oct " * 20_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda text: f"{text[:12]!r}x{len(text)}")
def test_hostile_input_is_fast(text: str) -> None:
    for parse in (parse_inline_dateline, parse_standalone_dateline):
        started = time.process_time()
        parse(text)
        assert time.process_time() - started < MAX_SECONDS, parse.__name__


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AZaz ,.-—–:()【】＝共同0123456789\n'")), max_size=200))
def test_never_raises(text: str) -> None:
    for parse in (parse_inline_dateline, parse_standalone_dateline):
        parts = parse(text)
        assert parts is None or (parts.location and isinstance(parts.text, str))
