"""The adversarial suite of issue 4: bad, hostile and huge input, generated in memory, each case with
what must come out of it.

    python benchmarks/adversarial.py                   # list the cases: name, group, mode, size, expectation
    python benchmarks/adversarial.py --quick           # the same with sizes scaled down 10x
    python benchmarks/adversarial.py --show NAME       # the start of one case's input, and what it must give
    python benchmarks/adversarial.py --run NAME        # parse one case here and check it (no limits: see robustness.py)
    python benchmarks/adversarial.py --write DIR --max-bytes 1000000   # small inputs as files, for other tools

Importable, for `benchmarks/robustness.py` and `tests/test_robustness.py`:

- `cases(sizes)`: every `Case`. Inputs are built only when `Case.make()` is called, so the 100 MB pages
  exist only in the process that parses them; `FULL`, `QUICK` and `Sizes(...)` set the sizes.
- `run(case, source)`: parse the input with the case's entry point and options; the exception is returned.
- `check(case, result)`: what went wrong against the case's `Expect` (an empty list when nothing did).

An expectation is one of: no exception (an Article or a typed `ArticlekitError`; the default), an empty
article (`empty`: no blocks at all, or EmptyInputError), no body (`no_body`: garbage in, no paragraphs
out, or a typed error), a typed error class (`error`), or paragraphs that must be kept (`keep`: each
one, whitespace collapsed, is a body paragraph or inside one, since a reader may join lines). `absent`
lists text that must not be in the body (boilerplate that looks like an article) and `never` text
that must not be in any block or field (script content, secrets behind external entities).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from types import MappingProxyType
from typing import Literal

try:
    import articlekit
except ModuleNotFoundError:  # run from a checkout without an install
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import articlekit

from articlekit import Article, ArticlekitError, EmptyInputError, InputTooLargeError, Options

Mode = Literal["text", "html", "auto"]
Source = str | bytes
ENTRY_POINTS: Mapping[Mode, Callable[..., Article]] = MappingProxyType(
    {"text": articlekit.parse_text, "html": articlekit.parse_html, "auto": articlekit.parse}
)

# Put in every script and style the suite writes: it must never reach a block.
SCRIPT_SENTINEL = "zqxScriptSentinel"


# --- expectations and cases ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Expect:
    """What must come out of a case. The default: no exception (an Article or a typed error)."""

    error: type[ArticlekitError] | None = None
    empty: bool = False
    no_body: bool = False
    keep: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    never: tuple[str, ...] = ()

    def describe(self) -> str:
        """A short label for tables."""
        parts: list[str] = []
        if self.error is not None:
            parts.append(self.error.__name__)
        if self.empty:
            parts.append("empty article")
        if self.no_body:
            parts.append("no body")
        if self.keep:
            parts.append(f"keep {len(self.keep)}")
        if self.absent:
            parts.append(f"absent {len(self.absent)}")
        if self.never:
            parts.append(f"never {len(self.never)}")
        return ", ".join(parts) or "no exception"


@dataclass(frozen=True, slots=True)
class Case:
    """One adversarial input, how to parse it, and what must come out."""

    name: str
    group: str
    mode: Mode
    make: Callable[[], Source]
    expect: Expect = Expect()
    options: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    big: bool = False  # tens of MB: the benchmark runs it in a fresh process of its own
    note: str = ""
    cpu_limit_s: float = 5.0  # issue 4: no case over 5 s of CPU, but the 50-100 MB pages get 30 s

    def over_cpu_limit(self, seconds: float) -> bool:
        """Whether `seconds` of CPU, at full size, break issue 4's bound for this case."""
        return seconds > self.cpu_limit_s

    def build_options(self) -> Options:
        """The case's `Options`."""
        return Options(**self.options)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Sizes:
    """How big the generated inputs are. `FULL` is issue 4's; tests use much smaller ones."""

    huge: int = 10_000_000  # the single line, the text node, the attribute, the comment
    pages: tuple[int, int] = (50_000_000, 100_000_000)  # the big pages
    run: int = 100_000  # runs of characters against backtracking
    many: int = 1_000_000  # tiny elements
    depths: tuple[int, ...] = (300, 1_000, 100_000)

    @classmethod
    def scaled(cls, factor: float) -> Sizes:
        """Every size times `factor`; nesting stays past libxml2's depth limit (2,048) and runs past 1,000."""
        full = cls()
        return cls(
            huge=int(full.huge * factor),
            pages=(int(full.pages[0] * factor), int(full.pages[1] * factor)),
            run=max(1_000, int(full.run * factor)),
            many=max(1_000, int(full.many * factor)),
            depths=tuple(depth if depth <= 1_000 else max(3_000, int(depth * factor)) for depth in full.depths),
        )


# Issue 4's bound for the 100 MB page (and so for the 50 MB ones): 30 s of CPU, where other cases get 5 s.
BIG_PAGE_CPU_S = 30.0

FULL = Sizes()
QUICK = Sizes.scaled(0.1)


def normalize(text: str) -> str:
    """Whitespace collapsed, as the readers leave block text; format characters (zero-width, bidi marks)
    removed and controls and lone surrogates made spaces, as either reader may: an invisible mark that
    stays or goes is not lost text."""
    if not text.isprintable():
        text = "".join(_INVISIBLE.get(unicodedata.category(ch), ch) for ch in text)
    return " ".join(text.split())


_INVISIBLE = MappingProxyType({"Cf": "", "Cc": " ", "Cs": " "})


def run(case: Case, source: Source | None = None) -> Article | Exception:
    """Parse the case's input (built now unless given); an exception is returned, not raised."""
    if source is None:
        source = case.make()
    try:
        return ENTRY_POINTS[case.mode](source, options=case.build_options())
    except Exception as error:  # the suite records every escape; `check` says which are allowed
        return error


def is_expected_error(error: BaseException, source: object, mode: Mode = "auto") -> bool:
    """Typed articlekit errors, and TypeError for a Python type the entry point does not take, are the only
    allowed escapes."""
    if isinstance(error, ArticlekitError):
        return True
    accepted: tuple[type, ...] = (str,) if mode == "text" else (str, bytes, bytearray, memoryview)
    return isinstance(error, TypeError) and not isinstance(source, accepted)


def check(case: Case, result: Article | BaseException, source: object = "") -> list[str]:
    """What is wrong with `result` against `case.expect`; empty when all is well."""
    expect = case.expect
    if isinstance(result, BaseException):
        name = type(result).__name__
        if not is_expected_error(result, source, case.mode):
            return [f"unexpected {name}: {str(result)[:200]}"]
        if expect.error is not None and not isinstance(result, expect.error):
            return [f"raised {name}, expected {expect.error.__name__}"]
        if expect.empty and not isinstance(result, EmptyInputError):
            return [f"raised {name}, expected an empty article or EmptyInputError"]
        if expect.keep:
            return [f"raised {name}: {len(expect.keep)} paragraphs to keep lost"]
        return []
    problems: list[str] = []
    if expect.error is not None:
        problems.append(f"gave an Article, expected {expect.error.__name__}")
    if expect.empty and result.blocks:
        problems.append(f"expected an empty article, got {len(result.blocks)} blocks: {result.blocks[0].text[:80]!r}")
    if expect.no_body and result.body:
        problems.append(f"expected no body, got {len(result.body)} paragraphs: {result.body[0][:80]!r}")
    body = [normalize(paragraph) for paragraph in result.body]
    lost = [text for text in map(normalize, expect.keep) if not any(text in paragraph for paragraph in body)]
    if lost:
        problems.append(f"lost {len(lost)} of {len(expect.keep)} paragraphs to keep, first: {lost[0][:80]!r}")
    leaked = [
        text
        for text in map(normalize, expect.absent)
        if any(text in paragraph or (len(paragraph) >= 40 and paragraph in text) for paragraph in body)
    ]
    if leaked:
        problems.append(f"{len(leaked)} of {len(expect.absent)} absent texts in the body, first: {leaked[0][:80]!r}")
    if expect.never:
        fields = [block.text for block in result.blocks]
        fields += [result.headline or "", result.subheadline or "", result.section or "", *result.authors]
        fields += [caption.text for caption in result.captions]
        for text in expect.never:
            if any(text in value for value in fields):
                problems.append(f"{text!r} came out")
    return problems


def lost_paragraphs(case: Case, result: Article | BaseException) -> int:
    """How many of the case's paragraphs to keep are not in the body."""
    if not case.expect.keep:
        return 0
    if isinstance(result, BaseException):
        return len(case.expect.keep)
    body = [normalize(paragraph) for paragraph in result.body]
    return sum(1 for text in map(normalize, case.expect.keep) if not any(text in paragraph for paragraph in body))


def leaked_texts(case: Case, result: Article | BaseException) -> int:
    """How many of the case's absent texts are in the body."""
    if isinstance(result, BaseException):
        return 0
    body = [normalize(paragraph) for paragraph in result.body]
    return sum(
        1
        for text in map(normalize, case.expect.absent)
        if any(text in paragraph or (len(paragraph) >= 40 and paragraph in text) for paragraph in body)
    )


# --- the article the cases are built around -------------------------------------------------------------

NAVIGATION = ("Home", "News", "Sport", "Weather", "Sign in")
SECTION = "Local news"
HEADLINE = "Harbour town approves new flood wall after a decade of delays"
BYLINE = "By Maria Lopez"
DATE = "Oct. 15, 2023 10:31 a.m. EDT"
PARAGRAPHS = (
    (
        "The town council of Port Ellis voted on Tuesday to build a concrete flood wall along the harbour, "
        "ending a dispute that has lasted more than ten years."
    ),
    (
        "The wall, which will run for almost two kilometres from the ferry terminal to the old fish market, "
        "is expected to cost about 40 million euros."
    ),
    (
        "Residents of the lower town have been flooded four times since 2013, and many of them said at the "
        "meeting that they could no longer get insurance for their homes."
    ),
    (
        "Opponents of the plan argued that the wall would cut the town off from the sea and harm the tourism "
        "on which many local businesses depend."
    ),
    (
        "The mayor said the design had been changed to include wide openings and a promenade on top, so that "
        "visitors would still be able to walk along the water."
    ),
    (
        "Work is due to start next spring and should be finished by the end of 2026, if the regional "
        "government approves the funding in its next budget."
    ),
)
COPYRIGHT = "© 2023 Port Ellis Gazette. All rights reserved."
FOOTER = ("About us", "Contact", "Privacy policy", "Terms of use")

# Where a run of characters (or any other line) can go in the text page and the HTML page.
TEXT_SLOTS = ("top", "section", "headline", "byline", "date", "dateline", "middle", "end")
HTML_SLOTS = (
    "title",
    "meta",
    "json-ld",
    "time",
    "class",
    "nav",
    "headline",
    "byline",
    "date",
    "dateline",
    "middle",
    "caption",
    "footer",
)


def text_page(
    paragraphs: Sequence[str] = PARAGRAPHS,
    *,
    headline: str = HEADLINE,
    byline: str = BYLINE,
    date: str = DATE,
    slots: Mapping[str, str] | None = None,
    before: Sequence[str] = (),
    after: Sequence[str] = (),
    newline: str = "\n",
) -> str:
    """The article as a scraped-text dump: one line per block, blank lines between.

    `slots` puts a line at named places (`TEXT_SLOTS`); `before` and `after` add lines around the story.
    """
    slots = slots or {}

    def at(name: str) -> list[str]:
        return [slots[name]] if name in slots else []

    middle = len(paragraphs) // 2
    lines = [
        *at("top"),
        *NAVIGATION,
        *at("section"),
        SECTION,
        *before,
        *at("headline"),
        headline,
        *at("byline"),
        byline,
        *at("date"),
        date,
        *at("dateline"),
        *paragraphs[:middle],
        *at("middle"),
        *paragraphs[middle:],
        *after,
        COPYRIGHT,
        *FOOTER,
        *at("end"),
    ]
    return (newline * 2).join(lines)


def escape(text: str) -> str:
    """HTML-escape text for an element or a double-quoted attribute."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def script(body: str = "") -> str:
    """A script element whose code holds the sentinel (and markup, which must stay code)."""
    return f"<script>var s = '{SCRIPT_SENTINEL}'; document.write('<p>{SCRIPT_SENTINEL}</p>'); {body}</script>"


def html_page(
    paragraphs: Sequence[str] = PARAGRAPHS,
    *,
    headline: str = HEADLINE,
    byline: str = BYLINE,
    slots: Mapping[str, str] | None = None,
    before: str = "",
    after: str = "",
    head: str = "",
    prolog: str = "<!DOCTYPE html>",
    wrap: tuple[str, str] = ("", ""),
) -> str:
    """The article as a web page: navigation, header, paragraphs, a figure, comments and a footer.

    `slots` puts raw text at named places (`HTML_SLOTS`), escaped for where it goes; `before` and `after`
    are markup around the article; `wrap` is markup around the article element (deep nesting).
    """
    slots = slots or {}

    def at(name: str) -> str:
        return escape(slots[name]) if name in slots else ""

    json_ld = {"@type": "NewsArticle", "headline": headline, "datePublished": "2023-10-15T10:31:00-04:00"}
    if "json-ld" in slots:
        json_ld.update(author=slots["json-ld"], description=slots["json-ld"], dateModified=slots["json-ld"])
    ld = json.dumps(json_ld).replace("</", "<\\/")
    meta = ""
    if "meta" in slots:
        value = at("meta")
        meta = (
            f'<meta name="author" content="{value}"><meta name="description" content="{value}">'
            f'<meta property="og:title" content="{value}"><meta property="article:published_time" content="{value}">'
        )
    time_value = at("time") or "2023-10-15T10:31:00-04:00"
    middle = len(paragraphs) // 2
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[:middle])
    if "middle" in slots:
        body += f"<p>{at('middle')}</p>"
    body += "".join(f"<p>{escape(p)}</p>" for p in paragraphs[middle:])
    dateline = f"<p class='dateline'>{at('dateline')}</p>" if "dateline" in slots else ""
    return (
        f"{prolog}<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{at('title') or escape(headline)} | Port Ellis Gazette</title>{meta}"
        f'<script type="application/ld+json">{ld}</script>'
        f"<style>.{SCRIPT_SENTINEL} {{ color: red }}</style>{script()}{head}</head>"
        f"<body><header><nav><ul>{''.join(f'<li><a href=/{n}>{n}</a></li>' for n in NAVIGATION)}"
        f"{'<li>' + at('nav') + '</li>' if 'nav' in slots else ''}</ul></nav></header>"
        f"{before}{wrap[0]}<main><article class='story {at('class')}'>"
        f"<div class='section'>{SECTION}</div><h1>{at('headline') or escape(headline)}</h1>"
        f"<div class='byline'>{escape(byline)}</div>"
        f"{'<div class=byline>' + at('byline') + '</div>' if 'byline' in slots else ''}"
        f"<time datetime='{time_value}'>{DATE}</time>"
        f"{'<div class=date>' + at('date') + '</div>' if 'date' in slots else ''}"
        f"{dateline}{body}"
        f"<figure><img src='/flood.jpg' alt=''><figcaption>The harbour at high tide. "
        f"{at('caption')} (Photo: J. Smith)</figcaption></figure>"
        f"</article></main>{wrap[1]}{after}"
        f"<footer><p>{escape(COPYRIGHT)}</p>{''.join(f'<a href=/{n}>{n}</a> ' for n in FOOTER)}"
        f"{at('footer')}</footer>{script()}</body></html>"
    )


def html_doc(body: str, head: str = "", charset: str | None = "utf-8") -> str:
    """A minimal page around `body` markup, declaring `charset` unless it is None."""
    declaration = f"<meta charset='{charset}'>" if charset else ""
    return f"<!DOCTYPE html><html><head>{declaration}{head}</head><body>{body}</body></html>"


def paragraphs_html(paragraphs: Sequence[str]) -> str:
    """Paragraph elements."""
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def scaled(text: str, size: int) -> str:
    """`text` repeated to `size` characters."""
    return (text * (size // len(text) + 1))[:size]


def keep(paragraphs: Sequence[str] = PARAGRAPHS, *, absent: Sequence[str] = (), never: Sequence[str] = ()) -> Expect:
    """Keep `paragraphs`, keep `absent` out of the body; script content never comes out."""
    return Expect(keep=tuple(paragraphs), absent=tuple(absent), never=(SCRIPT_SENTINEL, *never))


def constant(value: Source) -> Callable[[], Source]:
    """A maker for an input that is cheap to hold."""
    return lambda: value


def nested(opening: str, closing: str, depth: int) -> Callable[[], Source]:
    """A maker for the article page wrapped `depth` times in `opening` ... `closing`."""
    return lambda: html_page(wrap=(opening * depth, closing * depth))


def repeated(unit: str, count: int) -> Callable[[], Source]:
    """A maker for the article page after `count` copies of `unit`."""
    return lambda: html_page(before=unit * count)


def in_every_slot(mode: Literal["text", "html"], make_run: Callable[[int], str], length: int) -> Callable[[], Source]:
    """A maker for the text or HTML article page with a run in each of its slots."""
    if mode == "text":
        return lambda: text_page(slots=dict.fromkeys(TEXT_SLOTS, make_run(length)))
    return lambda: html_page(slots=dict.fromkeys(HTML_SLOTS, make_run(length)))


# --- the cases, group by group ----------------------------------------------------------------------------


def empty_cases() -> Iterator[Case]:
    """Empty and blank input, in every entry point."""
    empty = Expect(error=EmptyInputError)
    yield Case("empty-str", "empty", "auto", constant(""), empty)
    yield Case("empty-str-text", "empty", "text", constant(""), empty)
    yield Case("empty-str-html", "empty", "html", constant(""), empty)
    yield Case("empty-bytes", "empty", "auto", constant(b""), empty)
    yield Case("empty-bytes-html", "empty", "html", constant(b""), empty)
    yield Case("blank-ascii", "empty", "text", constant(" \t\n\r\n  \n"), empty)
    yield Case("blank-unicode", "empty", "auto", constant("\u3000\u00a0\u2028\u2029\u2003\n\u0085"), empty)
    yield Case("blank-bytes", "empty", "html", constant(b" \r\n\t "), empty)
    yield Case("blank-lines-many", "empty", "text", constant("\n" * 100_000), empty)
    yield Case(
        "controls-only",
        "empty",
        "text",
        constant("\x00\x01\x07\u200b\u200e\ufeff\n\x1b"),
        Expect(empty=True),
        note="EmptyInputError or an Article without blocks",
    )
    yield Case("nbsp-entities-only", "empty", "html", constant("<p>" + "&nbsp;" * 1000 + "</p>"), Expect(empty=True))
    yield Case(
        "empty-elements", "empty", "html", constant("<div><p></p><span> </span></div>" * 100), Expect(empty=True)
    )
    yield Case("comment-only", "empty", "html", constant("<!-- nothing here -->"), Expect(empty=True))
    for text in ("<", ">", "&", "<<<>>>", "</>", "<!", "<?", "]]>", "&#0;", "&#xD800;", "&#99999999;"):
        yield Case(f"tiny-{text.encode().hex()}", "empty", "html", constant(text))
        yield Case(f"tiny-{text.encode().hex()}-auto", "empty", "auto", constant(text))


def encoding_cases() -> Iterator[Case]:
    """Invalid, lying and unknown encodings; bytes the decoder must never raise on."""
    french = (
        (
            "Le conseil municipal a voté mardi la construction d’une digue en béton le long du port, après "
            "des années de débats très animés."
        ),
        (
            "Les habitants de la ville basse, inondés quatre fois depuis 2013, ont salué une décision « enfin "
            "raisonnable » et réclamé des travaux rapides."
        ),
        (
            "Le maire a précisé que la promenade prévue au sommet de l’ouvrage resterait ouverte au public "
            "toute l’année, même en hiver."
        ),
    )
    russian = (
        (
            "Городской совет во вторник проголосовал за строительство бетонной дамбы вдоль гавани, положив конец "
            "спору, который длился более десяти лет."
        ),
        (
            "Жители нижней части города, которых затапливало четыре раза с 2013 года, сказали, что больше не "
            "могут застраховать свои дома."
        ),
    )
    japanese = JAPANESE[:3]

    def page(paragraphs: Sequence[str], charset: str | None) -> str:
        return html_doc(paragraphs_html(paragraphs), charset=charset)

    for label, data_encoding, paragraphs in (
        ("utf-8", "cp1252", french),  # Latin-1 text labelled UTF-8
        ("iso-8859-1", "utf-8", french),  # UTF-8 text labelled Latin-1: re-encoded, label not updated
        ("windows-1251", "utf-8", russian),
        ("shift_jis", "utf-8", japanese),
        ("koi8-r", "cp1251", russian),  # the wrong Cyrillic table: no exception, text garbled
        ("utf-8", "shift_jis", japanese),  # no exception; the fallback reads cp1252
    ):
        garbled = (label, data_encoding) in {("koi8-r", "cp1251"), ("utf-8", "shift_jis")}
        expect = Expect() if garbled else keep(paragraphs)
        data = page(paragraphs, label).encode(data_encoding)
        yield Case(f"charset-{label}-but-{data_encoding}", "encoding", "auto", constant(data), expect)
    for label in (
        "x-klingon",
        "utf-8; foo",
        "../../etc/passwd",
        "rot13",
        "base64",
        "zlib",
        "undefined",
        "unicode-escape",
        "utf-7",
        "utf-16",
        "utf-32",
        "hz",
        "idna",
        "mbcs",
        "",
        "x" * 200,
    ):
        data = page(french, label).encode("utf-8")
        yield Case(f"charset-label-{label[:20]}", "encoding", "html", constant(data), keep(french))
    for label in ("cp037", "cp500", "cp1140", "cp273"):
        # EBCDIC: a Python codec, no browser's; an ASCII-readable declaration cannot be true
        data = page(PARAGRAPHS, label).encode("ascii")
        yield Case(f"charset-ebcdic-{label}", "encoding", "html", constant(data), keep())
    xml = '<?xml version="1.0" encoding="windows-1252"?>\n' + page(french, None)
    yield Case("xml-declaration-cp1252", "encoding", "auto", constant(xml.encode("cp1252")), keep(french))
    for codec, with_bom in (("utf-16-le", False), ("utf-16-be", False), ("utf-16", True), ("utf-32", True)):
        data = page(french, None).encode(codec)
        name = f"{codec.replace('-le', '').replace('-be', '')}-{'bom' if with_bom else 'no-bom-' + codec[-2:]}"
        yield Case(name, "encoding", "html", constant(data), keep(french))
    utf8 = page(french, "utf-8").encode()
    yield Case("utf8-bom", "encoding", "auto", constant(b"\xef\xbb\xbf" + utf8), keep(french))
    yield Case("utf8-bom-in-str", "encoding", "auto", constant("\ufeff" + page(french, "utf-8")), keep(french))
    yield Case("utf8-truncated-mid-char", "encoding", "html", constant(utf8 + "é".encode()[:1]), keep(french))
    broken = utf8.replace(b"habitants", b"habi\xfftants")
    yield Case("utf8-one-bad-byte", "encoding", "html", constant(broken), keep((french[0], french[2])))
    overlong = utf8 + b"<p>\xc0\xaf\xe0\x80\xaf\xed\xa0\x80\xf4\x90\x80\x80</p>"
    yield Case("utf8-overlong-and-surrogates", "encoding", "html", constant(overlong), keep(french))
    yield Case("bytes-all-values", "encoding", "html", constant(bytes(range(256)) * 64))
    rng = random.Random(4)
    yield Case("bytes-high-random", "encoding", "html", constant(bytes(byte | 0x80 for byte in rng.randbytes(50_000))))
    yield Case("bytes-in-auto", "encoding", "auto", constant(text_page().encode()), Expect())
    yield Case(
        "bytes-to-parse-text",
        "encoding",
        "text",
        constant(text_page().encode()),
        Expect(),
        note="parse_text takes str: TypeError with a hint is the allowed answer",
    )


def control_cases() -> Iterator[Case]:
    """Control characters, NULs, lone surrogates, bidi and zero-width marks, U+2028, noncharacters."""
    marks = {
        "nul": "\x00",
        "c0": "\x01\x02\x07\x08\x1b\x1f",
        "c1": "\x80\x81\x8d\x9b\x9f",
        "del": "\x7f",
        "surrogates": "\ud800\udfff\udbff",
        "bidi": "\u202e\u202b\u2067\u200f\u200e\u061c",
        "zero-width": "\u200b\u200c\u200d\u2060\ufeff",
        "noncharacters": "\ufffe\uffff\U0010ffff\ufdd0",
        "replacement": "\ufffd",
        "private-use": "\ue000\U000f0000",
    }
    # the marks a reader may drop or make spaces; the others are visible characters and stay
    invisible = {"nul", "c0", "c1", "del", "surrogates", "bidi", "zero-width"}
    for name, mark in marks.items():
        # marks between paragraphs, on lines of their own and glued to a word in a line that is not kept
        spoiled = f"Marks{mark}everywhere {mark} in this line, which nobody has to keep{mark}."
        inside: tuple[str, ...] = PARAGRAPHS
        if name in invisible:  # and beside spaces inside the kept paragraphs, which must survive whole
            inside = tuple(p.replace(" the ", f" {mark} the ", 1) for p in PARAGRAPHS)
        lines = [mark * 3, *inside[:3], spoiled, mark, *inside[3:]]
        text = text_page(lines)
        yield Case(f"controls-{name}-text", "controls", "text", constant(text), keep())
        markup = html_page(inside, before=f"<p>{mark * 3}</p>", after=f"<div>{spoiled}</div>")
        yield Case(f"controls-{name}-html", "controls", "html", constant(markup), keep())
        if name != "surrogates":
            yield Case(f"controls-{name}-bytes", "controls", "html", constant(markup.encode()), keep())
    yield Case(
        "controls-nul-inside-word-bytes",
        "controls",
        "html",
        constant(html_page([p.replace("Tuesday", "Tues\x00day") for p in PARAGRAPHS]).encode()),
        keep(PARAGRAPHS[1:]),
    )
    mixed = "".join(chr(code) for code in range(0, 0x3000, 7)) + "".join(chr(code) for code in range(0xD700, 0xE100))
    yield Case("controls-unicode-sweep-text", "controls", "text", constant(mixed))
    yield Case("controls-unicode-sweep-html", "controls", "html", constant(mixed))


def line_end_cases() -> Iterator[Case]:
    """CR-only, CRLF, mixed and Unicode line ends; text without any newline at all."""
    for name, newline in (
        ("cr", "\r"),
        ("crlf", "\r\n"),
        ("lfcr", "\n\r"),
        ("u2028", "\u2028"),
        ("u2029", "\u2029"),
        ("nel", "\x85"),
        ("vt", "\x0b"),
        ("ff", "\x0c"),
    ):
        yield Case(f"newlines-{name}", "lines", "text", constant(text_page(newline=newline)), keep())
        if name in ("cr", "crlf"):
            yield Case(f"newlines-{name}-auto", "lines", "auto", constant(text_page(newline=newline)), keep())
    mixed = "\n".join(text_page().split("\n\n")).replace("\n", "\r\n\r\n", 5).replace("\n", "\r\r", 3)
    yield Case("newlines-mixed", "lines", "text", constant(mixed), keep())
    one_line = " ".join([*NAVIGATION, HEADLINE, BYLINE, DATE, *PARAGRAPHS, COPYRIGHT])
    yield Case("no-newline-at-all", "lines", "text", constant(one_line), keep(), note="one block, the whole page")
    yield Case("no-newline-at-all-auto", "lines", "auto", constant(one_line), keep())
    html_cr = html_page().replace("</p>", "</p>\r").replace("> <", ">\r<")
    yield Case("newlines-cr-html", "lines", "html", constant(html_cr.encode()), keep())
    single_newlines = "\n".join([*NAVIGATION, HEADLINE, BYLINE, DATE, *PARAGRAPHS, COPYRIGHT])
    yield Case("single-newlines-only", "lines", "text", constant(single_newlines), keep())


def huge_cases(sizes: Sizes) -> Iterator[Case]:
    """10 MB lines and text nodes; the 50 and 100 MB pages (built lazily, in the worker)."""
    sentence = PARAGRAPHS[0] + " "
    huge = sizes.huge

    def single_line() -> str:
        return scaled(sentence, huge).strip()

    yield Case("single-line-10mb-prose", "huge", "text", single_line, Expect(), big=True)
    yield Case("single-line-10mb-prose-auto", "huge", "auto", single_line, Expect(), big=True)
    yield Case("single-line-10mb-no-space", "huge", "text", lambda: "x" * huge, Expect(), big=True)
    # one "word" as long as the default size limit allows: short-line recognisers bound words, not characters
    yield Case(
        "single-token-50mb",
        "huge",
        "text",
        lambda: "x" * (sizes.pages[0] - 1),
        Expect(),
        big=True,
        cpu_limit_s=BIG_PAGE_CPU_S,
    )
    yield Case(
        "single-line-10mb-words",
        "huge",
        "text",
        lambda: " ".join(f"w{number}" for number in range(huge // 8)),
        Expect(),
        big=True,
    )
    yield Case(
        "lines-10mb-after-article",
        "huge",
        "text",
        lambda: text_page(after=[scaled("Advertisement " + sentence, huge)]),
        keep(),
        big=True,
    )
    yield Case(
        "text-node-10mb-html",
        "huge",
        "html",
        lambda: html_page(after=f"<div class='comments'><p>{scaled(sentence, huge)}</p></div>"),
        keep(),
        big=True,
        note="past libxml2's 10,000,000-byte text node limit without huge_tree",
    )

    def text_node_only() -> bytes:
        return f"<p>{scaled(sentence, huge)}</p>".encode()

    yield Case("text-node-10mb-only", "huge", "html", text_node_only, Expect(), big=True)
    yield Case(
        "attribute-10mb",
        "huge",
        "html",
        lambda: html_page(before=f'<div data-state="{scaled("abc ", huge)}">x</div>'),
        keep(),
        big=True,
    )
    yield Case(
        "class-10mb-distinct-tokens",
        "huge",
        "html",
        lambda: html_page(wrap=(f'<div class="{" ".join(f"c{n}" for n in range(huge // 8))}">', "</div>")),
        keep(),
        big=True,
    )
    yield Case(
        "comment-10mb",
        "huge",
        "html",
        lambda: html_page(before=f"<!--{scaled('<p>hidden</p> ', huge)}-->"),
        keep(never=("hidden",)),
        big=True,
    )
    yield Case(
        "script-10mb",
        "huge",
        "html",
        lambda: html_page(before=script(scaled("var a = '<p>x</p>'; ", huge))),
        keep(),
        big=True,
    )
    yield Case(
        "title-10mb",
        "huge",
        "html",
        lambda: html_page(slots={"title": scaled("Flood wall | ", huge)}),
        keep(),
        big=True,
    )
    yield Case(
        "json-ld-10mb-string",
        "huge",
        "html",
        lambda: html_page(slots={"json-ld": scaled("Maria Lopez ", huge)}),
        keep(),
        big=True,
    )
    yield Case(
        "json-ld-nested-deep",
        "huge",
        "html",
        lambda: html_page(
            head='<script type="application/ld+json">' + "[" * (huge // 20) + "]" * (huge // 20) + "</script>"
        ),
        keep(),
        big=True,
    )
    yield Case(
        "json-ld-huge-number",
        "huge",
        "html",
        lambda: html_page(head='<script type="application/ld+json">{"a": ' + "9" * (huge // 20) + "}</script>"),
        keep(),
        big=True,
    )
    small, large = sizes.pages
    yield Case(
        "page-50mb-html",
        "huge",
        "auto",
        lambda: big_page(small).decode("utf-8", "ignore"),
        keep(),
        big=True,
        cpu_limit_s=BIG_PAGE_CPU_S,
    )
    yield Case(
        "page-50mb-text", "huge", "text", lambda: big_text_page(small), keep(), big=True, cpu_limit_s=BIG_PAGE_CPU_S
    )
    limit = max(200_000_000, 2 * large)
    yield Case(
        "page-100mb",
        "huge",
        "auto",
        lambda: big_page(large),
        keep(),
        options=MappingProxyType({"max_input_bytes": limit}),
        big=True,
        note=f"Options(max_input_bytes={limit:_})",
        cpu_limit_s=BIG_PAGE_CPU_S,
    )
    refused = (
        MappingProxyType({}) if large > Options().max_input_bytes else MappingProxyType({"max_input_bytes": large // 2})
    )
    yield Case(
        "page-100mb-default-limit",
        "huge",
        "auto",
        lambda: big_page(large),
        Expect(error=InputTooLargeError),
        options=refused,
        big=True,
        note="the default limit" if not refused else f"Options(max_input_bytes={large // 2:_}), scaled down",
    )


def big_page(size: int) -> bytes:
    """A page of about `size` bytes of UTF-8: the article first, then what big pages are made of: teaser
    cards, inline data images, state blobs in scripts, inline SVG."""
    head = html_page(after="<section class='more'>").encode()
    pieces = [head]
    total = len(head)
    number = 0
    image = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" * 100
    blob = json.dumps({"props": {"items": [{"id": n, "title": f"Item {n}", "html": "<p>x</p>"} for n in range(60)]}})
    while total < size:
        number += 1
        chunk = (
            f"<div class='card teaser card-{number % 50}'><a href='/story/{number}'>"
            f"<img src='{image if number % 20 == 0 else '/img/' + str(number) + '.jpg'}' alt=''>"
            f"<h3>Teaser number {number}: café owners count the cost of the storm</h3></a>"
            f"<p class='dek'>A short summary of story {number}, with a few words – and a dash.</p>"
            f"<span class='tag'>News</span></div>\n"
        )
        if number % 25 == 0:
            chunk += f"<script>window.__STATE_{number} = {blob}; // {SCRIPT_SENTINEL}</script>\n"
        if number % 40 == 0:
            chunk += "<svg viewBox='0 0 10 10'>" + "<path d='M0 0L10 10'/>" * 40 + "</svg>\n"
        data = chunk.encode()
        pieces.append(data)
        total += len(data)
    pieces.append(b"</section></body></html>")
    return b"".join(pieces)[: max(size, len(head))]


def big_text_page(size: int) -> str:
    """A scraped-text dump of about `size` characters: the article, then an endless comment section."""
    head = text_page(after=["Comments"])
    pieces = [head]
    total = len(head)
    number = 0
    while total < size:
        number += 1
        chunk = (
            f"\n\nreader_{number}\n\n{number % 59} minutes ago\n\n"
            f"I have read comment number {number} twice and I still think the council should have asked "
            f"the people who live by the harbour first.\n\nReply\n\nLike"
        )
        pieces.append(chunk)
        total += len(chunk)
    text = "".join(pieces)
    # `size` bytes of UTF-8 at most (the size limit counts bytes), cut at a character boundary
    return text.encode()[: max(size, len(head.encode()))].decode("utf-8", "ignore")


def nesting_cases(sizes: Sizes) -> Iterator[Case]:
    """The article nested 300, 1,000 and 100,000 elements deep, in every way pages nest."""
    # named by issue 4's depths, whatever the sizes: the same case has the same name at every scale
    for nominal, depth in zip(FULL.depths, sizes.depths, strict=True):
        big = depth > 10_000
        yield Case(
            f"nest-div-{nominal}",
            "nesting",
            "html",
            nested("<div>", "</div>", depth),
            keep(),
            big=big,
            note=f"{depth:,} deep",
        )
    deepest = sizes.depths[-1]
    for name, opening, closing in (
        ("div-unclosed", "<div class='x'>", ""),
        ("span", "<span>", "</span>"),
        ("b-i-misnested", "<b><i>", "</b></i>"),
        ("table", "<table><tr><td>", "</td></tr></table>"),
        ("ul-li", "<ul><li>", "</li></ul>"),
        ("blockquote", "<blockquote>", "</blockquote>"),
        ("a", "<a href='#'>", "</a>"),
        ("font-center", "<font><center>", "</center></font>"),
    ):
        for nominal, depth in ((1_000, 1_000), (FULL.depths[-1], deepest)):
            # every word inside a link is link text: such a page is all navigation, whatever its prose
            expect = Expect(never=(SCRIPT_SENTINEL,)) if name == "a" else keep()
            yield Case(
                f"nest-{name}-{nominal}",
                "nesting",
                "html",
                nested(opening, closing, depth),
                expect,
                big=depth > 10_000,
                note=f"{depth:,} deep",
            )
    yield Case(
        "nest-deep-with-script",
        "nesting",
        "html",
        lambda: html_page(wrap=("<div>" * deepest + script() + "<style>p{}</style>", "</div>" * deepest)),
        keep(),
        big=deepest > 10_000,
    )
    yield Case(
        "nest-deep-only-tags",
        "nesting",
        "html",
        lambda: "<div>" * deepest + "</div>" * deepest,
        Expect(empty=True),
        big=deepest > 10_000,
    )
    yield Case(
        "nest-deep-text-between",
        "nesting",
        "html",
        lambda: "".join(f"<div>w{n} " for n in range(deepest)),
        Expect(),
        big=deepest > 10_000,
    )
    yield Case("nest-text-quotes", "nesting", "text", lambda: text_page(slots={"middle": "> " * (deepest // 2)}))


def unterminated_cases() -> Iterator[Case]:
    """Comments, scripts, CDATA and other elements that are never closed."""
    first, rest = PARAGRAPHS[:3], PARAGRAPHS[3:]
    for name, opener in (
        ("comment", "<!-- "),
        ("comment-dashes", "<!--->"),
        ("script", f"<script>var s = '{SCRIPT_SENTINEL}';"),
        ("script-string", f"<script>var s = '</scr' + 'ipt> {SCRIPT_SENTINEL}"),
        ("style", f"<style>.{SCRIPT_SENTINEL} {{"),
        ("cdata", f"<![CDATA[ {SCRIPT_SENTINEL} "),
        ("title", "<title>"),
        ("textarea", "<textarea>"),
        ("tag", '<p class="unclosed attribute value '),
        ("tag-name", "<p"),
        ("plaintext", "<plaintext>"),
        ("xmp", "<xmp>"),
        ("iframe", "<iframe>"),
        ("noscript", "<noscript>"),
        ("template", "<template>"),
        ("select", "<select><option>"),
        ("svg", "<svg><circle r='5'>"),
        ("math", "<math><mi>x</mi>"),
        ("doctype", '<!DOCTYPE html PUBLIC "unclosed '),
        ("processing-instruction", "<?php echo 'x' "),
        ("entity", "&amp"),
    ):
        markup = html_doc(paragraphs_html(first) + opener + paragraphs_html(rest))
        yield Case(f"unterminated-{name}", "unterminated", "html", constant(markup), keep(first))
    yield Case(
        "unterminated-comment-at-start",
        "unterminated",
        "html",
        constant("<!--" + html_page()),
        Expect(empty=True, never=(SCRIPT_SENTINEL,)),
    )
    yield Case(
        "unterminated-script-at-start",
        "unterminated",
        "html",
        constant(f"<script>{SCRIPT_SENTINEL}" + html_doc(paragraphs_html(PARAGRAPHS))),
        Expect(empty=True, never=(SCRIPT_SENTINEL,)),
    )
    yield Case(
        "unterminated-link-in-header",
        "unterminated",
        "html",
        constant(html_page(before="<div class='logo'><a href='/'>Port Ellis Gazette</div>")),
        keep(),
        note="one <a> left open above the article: browsers make the rest of the page its link text",
    )
    yield Case("unterminated-everything", "unterminated", "html", constant('<a href="<!--<script><![CDATA[<title>'))
    yield Case(
        "unterminated-svg-before-article",
        "unterminated",
        "html",
        constant(html_page(before="<svg><path d='M0 0'>")),
        keep(),
        note="<p> and <div> end an open <svg> in browsers (HTML's breakout tags)",
    )


def script_cases() -> Iterator[Case]:
    """Pages of scripts only, and scripts hidden in every corner of a page."""
    code = f"var s = '{SCRIPT_SENTINEL}'; document.body.innerHTML = '<p>{SCRIPT_SENTINEL}</p>';"
    empty = Expect(empty=True, never=(SCRIPT_SENTINEL,))
    yield Case("script-only", "scripts", "html", constant(f"<script>{code}</script>"), empty)
    yield Case("script-only-auto", "scripts", "auto", constant(f"<html><script>{code}</script></html>"), empty)
    yield Case(
        "script-only-full-page",
        "scripts",
        "html",
        constant(html_doc(f"<div id=root></div>{script()}<script src=/app.js></script>", head=script() * 3)),
        empty,
    )
    yield Case(
        "script-only-json-ld",
        "scripts",
        "html",
        constant(
            html_doc("", head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A"}</script>')
        ),
        empty,
    )
    yield Case(
        "script-noscript-only",
        "scripts",
        "html",
        constant(html_doc(f"<noscript>Please enable JavaScript. {SCRIPT_SENTINEL}</noscript>{script()}")),
        empty,
    )
    corners = (
        f"<SCRIPT>{code}</SCRIPT>",
        f"<script type='text/template'><p>{SCRIPT_SENTINEL}</p></script>",
        f"<script><!-- {code} --></script>",
        f"<script>//<![CDATA[\n{code}\n//]]></script>",
        f"<script>{code}</script >",
        f"<svg><script>{code}</script></svg>",
        f"<template><p>{SCRIPT_SENTINEL}</p></template>",
        f"<style>/* {SCRIPT_SENTINEL} */ p {{ }}</style>",
        f"<iframe srcdoc='<p>{SCRIPT_SENTINEL}</p>'></iframe>",
        f"<div onclick=\"{SCRIPT_SENTINEL}()\" style='x:{SCRIPT_SENTINEL}'></div>",
        f"<a href='javascript:{SCRIPT_SENTINEL}()'></a>",
        f"<math><script>{code}</script></math>",
        f"<noscript><p>{SCRIPT_SENTINEL}</p></noscript>",
        f"<object><script>{code}</script></object>",
        f"<table><script>{code}</script><tr><td>cell</td></tr></table>",
    )
    yield Case(
        "script-in-every-corner",
        "scripts",
        "html",
        constant(html_page(before="".join(corners), after="".join(corners))),
        keep(),
    )
    js = "\n\n".join(
        [
            "window.dataLayer = window.dataLayer || [];",
            "function gtag(){dataLayer.push(arguments);}",
            "gtag('js', new Date()); gtag('config', 'UA-12345-1');",
            "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return;",
            "js = d.createElement(s); js.id = id; js.src = 'https://connect.example.net/sdk.js'; })();",
        ]
        * 5
    )
    yield Case(
        "text-dump-of-scripts",
        "scripts",
        "text",
        constant(js),
        Expect(),
        note="text mode keeps every line; scripts dumped as text are not script elements",
    )


def many_cases(sizes: Sizes) -> Iterator[Case]:
    """A million tiny elements (and lines) of each kind."""
    count = sizes.many
    big = count > 100_000
    for name, unit in (
        ("p", "<p>x</p>"),
        ("span", "<span>x</span>"),
        ("br", "x<br>"),
        ("a", "<a href=#>x</a>"),
        ("div-empty", "<div></div>"),
        ("li", "<li>x"),
        ("td", "<td>x"),
        ("meta", "<meta name=a content=b>"),
        ("time", "<time datetime='2023-10-15'>x</time>"),
        ("img", "<img src=a.png alt=x>"),
        ("entity", "&amp;"),
    ):
        yield Case(
            f"many-{name}",
            "many",
            "html",
            repeated(unit, count),
            keep() if name in ("div-empty", "meta", "img", "entity", "span") else Expect(),
            big=big,
        )
    yield Case(
        "many-json-ld-scripts",
        "many",
        "html",
        lambda: html_page(
            head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H"}</script>' * (count // 20)
        ),
        keep(),
        big=big,
    )
    yield Case("many-lines", "many", "text", lambda: text_page(after=["x"] * count), keep(), big=big)
    yield Case("many-lines-single-newline", "many", "text", lambda: "\n".join(["word"] * count), Expect(), big=big)
    yield Case("many-lines-after-story", "many", "text", lambda: text_page() + "\n\nok" * count, keep(), big=big)


# Runs of characters against regex backtracking: each goes into every slot of the text and HTML pages.
RUNS: Mapping[str, Callable[[int], str]] = MappingProxyType(
    {
        "spaces": lambda n: "a" + " " * n + "b",
        "tabs": lambda n: "a" + "\t" * n + "b",
        "nbsp": lambda n: "a" + "\u00a0" * n + "b",
        "dots": lambda n: "." * n,
        "dot-space": lambda n: ". " * (n // 2),
        "commas": lambda n: ", " * (n // 2),
        "hyphens": lambda n: "-" * n,
        "dashes": lambda n: "—" * n,
        "dash-space": lambda n: "- " * (n // 2),
        "pipes": lambda n: " | " * (n // 3),
        "slashes": lambda n: "/" * n,
        "colons": lambda n: ":" * n,
        "parens-open": lambda n: "(" * n,
        "parens-close": lambda n: ")" * n,
        "parens-5": lambda n: "(((((" * (n // 5),
        "paren-words": lambda n: "(a " * (n // 3),
        "brackets": lambda n: "[" * n,
        "quotes": lambda n: '"' * n,
        "apostrophes": lambda n: "'" * n,
        "bullets": lambda n: "• " * (n // 2),
        "digits": lambda n: "1" * n,
        "digit-space": lambda n: "1 " * (n // 2),
        "clock": lambda n: "12:" * (n // 3),
        "capitals": lambda n: "A" * n,
        "capital-words": lambda n: "WASHINGTON " * (n // 11),
        "initials": lambda n: "A. " * (n // 3),
        "name-words": lambda n: "Jane Doe " * (n // 9),
        "by-words": lambda n: "By " * (n // 3),
        "and-words": lambda n: "and " * (n // 4),
        "word": lambda n: "a" * n,
        "combining": lambda n: "a" + "\u0301" * n,
        "zalgo": lambda n: zalgo("flood wall " * (n // 40)),
        "emoji-zwj": lambda n: "👨‍👩‍👧‍👦" * (n // 11),
        "copyright-signs": lambda n: "© " * (n // 2),
        "at-signs": lambda n: "a@b." * (n // 4),
        "url": lambda n: "http://" + "a" * n,
        "percent": lambda n: "%" * n,
        "ampersands": lambda n: "&" * n,
        "lt": lambda n: "<" * n,
        "photo-credit": lambda n: "(AP Photo/" * (n // 10),
        "photo-prefix": lambda n: "Photo: " * (n // 7),
        "dateline-agency": lambda n: "WASHINGTON (Reuters) " * (n // 21),
        "month-words": lambda n: "Oct. 15, " * (n // 9),
        "iso-dates": lambda n: "2023-" * (n // 5),
        "relative": lambda n: "3 hours ago " * (n // 12),
        "updated": lambda n: "Updated " * (n // 8),
    }
)


def zalgo(text: str, marks: int = 8, seed: int = 1) -> str:
    """`text` with combining marks piled on every letter (deterministic)."""
    rng = random.Random(seed)
    return "".join(ch + "".join(chr(rng.randrange(0x300, 0x370)) for _ in range(marks)) for ch in text)


def run_cases(sizes: Sizes) -> Iterator[Case]:
    """Each run in every slot of the text page and of the HTML page."""
    n = sizes.run
    for name, make_run in RUNS.items():
        yield Case(
            f"run-{name}-text",
            "backtracking",
            "text",
            in_every_slot("text", make_run, n),
            keep(),
        )
        yield Case(
            f"run-{name}-html",
            "backtracking",
            "html",
            in_every_slot("html", make_run, n),
            keep(),
        )
    # issue 4's own runs, each in the slot it targets
    targeted = {
        "byline": ("byline", "By " + "A " * (n // 2)),
        "byline-initials": ("byline", "By " + "A. " * (n // 3)),
        "byline-and": ("byline", "By Jane Doe" + " and Jane Doe" * (n // 13)),
        "byline-no-space": ("byline", "By " + "A" * n),
        "dateline": ("dateline", "WASHINGTON" + " " * n + "-"),
        "dateline-agency": ("dateline", "WASHINGTON, " * (n // 12) + "(Reuters) -"),
        "dateline-dashes": ("dateline", "BAKU" + "—" * n),
        "dateline-open-parens": ("dateline", "WASHINGTON (" * (n // 12)),
        "copyright": ("end", "©" + "." * n),
        "copyright-years": ("end", "Copyright " + "2023 " * (n // 5)),
        "copyright-c": ("end", "(c) " * (n // 4)),
        "date-slashes": ("date", "12" + "/" * (n // 2)),
        "date-repeated": ("date", "12/12/" * (n // 6)),
        "date-digits": ("date", "1" * n),
        "date-months": ("date", "October " * (n // 8) + "2023"),
        "headline-separators": ("headline", "Flood wall | " * (n // 13)),
    }
    for name, (slot, value) in targeted.items():
        yield Case(f"slot-{name}-text", "backtracking", "text", constant(text_page(slots={slot: value})), keep())
        html_slot = {"end": "footer", "top": "nav"}.get(slot, slot)
        yield Case(f"slot-{name}-html", "backtracking", "html", constant(html_page(slots={html_slot: value})), keep())
    inline = PARAGRAPHS[0].replace("The town", "WASHINGTON" + " " * n + "- The town", 1)
    yield Case(
        "slot-dateline-inline-text",
        "backtracking",
        "text",
        constant(text_page((inline, *PARAGRAPHS[1:]))),
        keep(PARAGRAPHS[1:]),
    )
    inline_caps = "WASHINGTON " * (n // 11) + "- " + PARAGRAPHS[0]
    yield Case(
        "slot-dateline-inline-caps-html",
        "backtracking",
        "html",
        constant(html_page((inline_caps, *PARAGRAPHS[1:]))),
        keep(PARAGRAPHS[1:]),
    )


# Date strings that are hard on date code: out-of-range fields, offsets past 24 hours, timestamps,
# overflowing numbers, endless repetition, other digit scripts.
PATHOLOGICAL_DATES: tuple[str, ...] = (
    "15/10/2023 10:31 +99:99",
    "Oct. 15, 2023 10:31 +2400",
    "Oct. 15, 2023 10:31 -2359",
    "2023-10-15T10:31:00+99:99",
    "2023-10-15T25:61:61Z",
    "0000-00-00",
    "0000-00-00T00:00:00",
    "9999-12-31T23:59:59.999999-23:59",
    "0001-01-01T00:00:00+23:59",
    "31/02/2023",
    "Feb 30, 2023",
    "99/99/9999",
    "2023年13月45日",
    "1697369460000000000",
    "-1",
    "1e308",
    "NaN",
    "Infinity",
    "Oct. 15, 2023 25:61 p.m. XYZTQ",
    "10:31 a.m. " * 7,
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27",
    "12/12/12/12/12/12/12/12/12/12/12/12/12/12/12/12/12/12",
    "yesterday today tomorrow yesterday today tomorrow",
    "999 years ago",
    "in 99999999999 years",
    "99999999999 days ago",
    "१५/१०/२०२३",
    "١٥/١٠/٢٠٢٣",
    "𝟏𝟓/𝟏𝟎/𝟐𝟎𝟐𝟑",
    "１５．１０．２０２３",
    "15. Oktober 2023, 24:00 Uhr",
    "Oct 15 2023 12:00 p.m. p.m.",
    "2023-10-15 10:31:00.1234567890123",
    "Oct. 15, 20231",
    "30 février 2023",
    "Updated " * 10,
    "15/10/2023 " * 6,
    "2023/10/15 10:31 +14:00",
    "2023/10/15 10:31 -12:00",
)


def date_cases() -> Iterator[Case]:
    """Each pathological date in the date line of a text page, and in the metadata of an HTML page."""
    reference = MappingProxyType({"reference_date": datetime(2023, 10, 15, 12, 0, tzinfo=timezone.utc)})
    for number, value in enumerate(PATHOLOGICAL_DATES):
        yield Case(f"date-{number:02d}-text", "dates", "text", constant(text_page(date=value)), keep(), note=value)
        yield Case(
            f"date-{number:02d}-text-reference",
            "dates",
            "text",
            constant(text_page(date=value)),
            keep(),
            options=reference,
            note=value,
        )
        yield Case(
            f"date-{number:02d}-html",
            "dates",
            "html",
            constant(html_page(slots={"meta": value, "json-ld": value, "time": value, "date": value})),
            keep(),
            note=value,
        )
    far = MappingProxyType({"reference_date": datetime(1, 1, 2, tzinfo=timezone.utc)})
    yield Case("date-reference-year-1", "dates", "text", constant(text_page(date="3 days ago")), keep(), options=far)
    end = MappingProxyType({"reference_date": datetime(9999, 12, 31, 23, 0, tzinfo=timezone.utc)})
    yield Case("date-reference-year-9999", "dates", "text", constant(text_page(date="Today")), keep(), options=end)


ARABIC = (
    (
        "صوّت المجلس البلدي لمدينة بورت إليس يوم الثلاثاء على بناء جدار خرساني لحماية الميناء من الفيضانات، "
        "منهياً خلافاً استمر أكثر من عشر سنوات."
    ),
    (
        "ومن المتوقع أن يمتد الجدار لمسافة كيلومترين تقريباً من محطة العبّارات إلى سوق السمك القديم، وأن تبلغ "
        "تكلفته نحو أربعين مليون يورو."
    ),
    (
        "وقد غمرت المياه منازل سكان المدينة السفلى أربع مرات منذ عام 2013، وقال كثيرون منهم إنهم لم يعودوا "
        "قادرين على تأمين منازلهم."
    ),
    "وقال معارضو المشروع إن الجدار سيعزل المدينة عن البحر ويضر بالسياحة التي تعتمد عليها المتاجر المحلية.",
    "وأوضح رئيس البلدية أن التصميم عُدّل ليشمل فتحات واسعة وممشى في أعلاه، حتى يتمكن الزوار من السير بمحاذاة الماء.",
    (
        "ومن المقرر أن تبدأ الأعمال في الربيع المقبل وأن تنتهي بحلول نهاية عام 2026، إذا وافقت الحكومة "
        "الإقليمية على التمويل."
    ),
)
HEBREW = (
    "מועצת העיר פורט אליס הצביעה ביום שלישי בעד בניית חומת בטון לאורך הנמל, וסיימה בכך מחלוקת שנמשכה יותר מעשר שנים.",
    "החומה תימשך לאורך כשני קילומטרים, ממסוף המעבורות ועד שוק הדגים הישן, ועלותה צפויה להגיע לכארבעים מיליון אירו.",
    "תושבי העיר התחתית הוצפו ארבע פעמים מאז 2013, ורבים מהם אמרו בישיבה שהם כבר אינם יכולים לבטח את בתיהם.",
    "מתנגדי התוכנית טענו כי החומה תנתק את העיר מהים ותפגע בתיירות שעליה נשענים עסקים מקומיים רבים.",
    (
        "ראש העיר אמר כי התכנון שונה כך שיכלול פתחים רחבים וטיילת על גבי החומה, כדי שהמבקרים יוכלו להמשיך "
        "לטייל לאורך המים."
    ),
    "העבודות אמורות להתחיל באביב הבא ולהסתיים עד סוף 2026, אם הממשלה האזורית תאשר את המימון בתקציב הבא.",
)
CHINESE = (
    "波特埃利斯镇议会周二投票决定沿港口修建一道混凝土防洪墙，结束了一场持续十多年的争论。",
    "这道防洪墙将从渡轮码头一直延伸到老鱼市场，全长近两公里，预计耗资约四千万欧元。",
    "自2013年以来，下城区居民的房屋已经被淹了四次，许多人在会上说，他们的房子已经无法投保。",
    "反对者认为，防洪墙会把小镇和大海隔开，并损害许多当地商家赖以生存的旅游业。",
    "镇长表示，设计已经修改，增加了宽阔的通道和墙顶步道，游客仍然可以沿着海边散步。",
    "如果地区政府在下一份预算中批准资金，工程将于明年春天开工，并在2026年底前完工。",
)
JAPANESE = (
    "ポートエリス町議会は火曜日、港に沿ってコンクリート製の防潮堤を建設することを決め、十年以上続いた論争に決着をつけた。",
    "防潮堤はフェリーターミナルから古い魚市場まで約二キロにわたって続き、費用はおよそ四千万ユーロと見込まれている。",
    "下町の住民の家は2013年以降四回浸水しており、多くの住民が会合で、もう家に保険をかけることができないと訴えた。",
    "計画に反対する人たちは、防潮堤が町を海から切り離し、地元の多くの商店が頼る観光業に打撃を与えると主張した。",
    "町長は、設計を見直して広い開口部と堤の上の遊歩道を設けたため、観光客は引き続き海沿いを歩くことができると説明した。",
    "地域政府が次の予算で資金を承認すれば、工事は来年春に始まり、2026年末までに完了する予定だ。",
)
THAI = (
    ("สภาเมืองพอร์ตเอลลิสลงมติเมื่อวันอังคารให้สร้างกำแพงคอนกรีตกันน้ำท่วมตลอดแนวท่าเรือ ซึ่งยุติข้อพิพาทที่ยืดเยื้อมานานกว่าสิบปี"),
    "กำแพงนี้จะยาวเกือบสองกิโลเมตรจากท่าเรือเฟอร์รีไปจนถึงตลาดปลาเก่า และคาดว่าจะใช้งบประมาณราวสี่สิบล้านยูโร",
    ("บ้านของชาวเมืองในเขตที่ลุ่มถูกน้ำท่วมมาแล้วสี่ครั้งนับตั้งแต่ปี 2013 และหลายคนบอกในที่ประชุมว่าไม่สามารถทำประกันบ้านได้อีกต่อไป"),
    "ฝ่ายคัดค้านแย้งว่ากำแพงจะตัดขาดเมืองออกจากทะเล และจะกระทบต่อการท่องเที่ยวที่ธุรกิจในท้องถิ่นจำนวนมากพึ่งพาอยู่",
    ("นายกเทศมนตรีกล่าวว่าแบบได้รับการปรับให้มีช่องเปิดกว้างและทางเดินเลียบด้านบน เพื่อให้นักท่องเที่ยวยังเดินเล่นริมน้ำได้"),
    "งานก่อสร้างจะเริ่มในฤดูใบไม้ผลิปีหน้าและแล้วเสร็จภายในสิ้นปี 2026 หากรัฐบาลภูมิภาคอนุมัติงบประมาณ",
)
EMOJI = (
    (
        "The town council of Port Ellis 🌊 voted on Tuesday to build a concrete flood wall 🧱 along the harbour, "
        "ending a dispute that has lasted more than ten years. 🎉"
    ),
    (
        "Residents 👨‍👩‍👧‍👦 of the lower town have been flooded four times since 2013 🏠💧, and many of them said "
        "that they could no longer get insurance for their homes. 😞"
    ),
    (
        "Opponents 🙅🏽‍♀️ argued that the wall would cut the town off from the sea 🇬🇧🇫🇷 and harm the tourism "
        "on which many local businesses depend. 🏖️☕"
    ),
)


def script_text_cases() -> Iterator[Case]:
    """Articles in right-to-left, CJK, Thai and emoji text, and zalgo."""
    headlines = {
        "arabic": ("جدار جديد للحماية من الفيضانات في بورت إليس", ARABIC, "ar", "rtl"),
        "hebrew": ("חומה חדשה נגד הצפות בפורט אליס", HEBREW, "he", "rtl"),
        "chinese": ("波特埃利斯批准修建新防洪墙", CHINESE, "zh", "ltr"),
        "japanese": ("ポートエリス、新たな防潮堤を承認", JAPANESE, "ja", "ltr"),
        "thai": ("พอร์ตเอลลิสอนุมัติกำแพงกันน้ำท่วมใหม่", THAI, "th", "ltr"),
    }
    for name, (headline, paragraphs, lang, direction) in headlines.items():
        text = "\n\n".join(["الرئيسية" if lang == "ar" else "Home", headline, *paragraphs, "© 2023"])
        yield Case(f"script-{name}-text", "writing", "text", constant(text), keep(paragraphs))
        markup = html_page(paragraphs, headline=headline, byline="").replace(
            "<html lang='en'>", f"<html lang='{lang}' dir='{direction}'>"
        )
        yield Case(f"script-{name}-html", "writing", "html", constant(markup.encode()), keep(paragraphs))
    yield Case("script-emoji-text", "writing", "text", constant(text_page(EMOJI)), keep(EMOJI))
    yield Case("script-emoji-html", "writing", "html", constant(html_page(EMOJI)), keep(EMOJI))
    mixed = (
        PARAGRAPHS[0],
        zalgo(PARAGRAPHS[1], marks=3),
        PARAGRAPHS[2],
        zalgo(PARAGRAPHS[3], marks=30),
        *PARAGRAPHS[4:],
    )
    kept = (PARAGRAPHS[0], PARAGRAPHS[2], *PARAGRAPHS[4:])
    yield Case("script-zalgo-text", "writing", "text", constant(text_page(mixed)), keep(kept))
    yield Case("script-zalgo-html", "writing", "html", constant(html_page(mixed)), keep(kept))
    heavy = tuple(zalgo(p, marks=50) for p in PARAGRAPHS)
    yield Case("script-zalgo-heavy-text", "writing", "text", constant(text_page(heavy)))
    yield Case("script-zalgo-heavy-html", "writing", "html", constant(html_page(heavy)))
    bidi = tuple(f"\u202e{p}\u202c" for p in ARABIC[:3]) + tuple(
        f"{p} \u2067{h}\u2069" for p, h in zip(PARAGRAPHS, HEBREW, strict=True)
    )
    yield Case("script-bidi-mixed-text", "writing", "text", constant("\n\n".join(bidi)))


def format_cases() -> Iterator[Case]:
    """Input that is not an HTML page or a text dump: XHTML, feeds, JSON, CSV, Markdown, binary, archives."""
    xhtml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        + html_page(prolog="").replace("<html lang='en'>", '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">')
    )
    yield Case("xhtml", "formats", "auto", constant(xhtml), keep())
    yield Case("xhtml-bytes", "formats", "auto", constant(xhtml.encode()), keep())
    laughs = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    bomb = f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY lol0 "lol">{laughs}]>\n' + html_page(
        prolog="", after="<p>&lol9;</p>"
    ).replace("<title>", "<title>&lol9;")
    yield Case("xhtml-billion-laughs", "formats", "auto", constant(bomb), keep())
    yield Case("xhtml-billion-laughs-bytes", "formats", "html", constant(bomb.encode()), keep())
    quadratic = f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY a "{"a" * 50_000}">]>\n' + html_page(
        prolog="", after="<p>" + "&a;" * 50_000 + "</p>"
    )
    yield Case("xhtml-quadratic-blowup", "formats", "html", constant(quadratic), keep())
    external = (
        '<?xml version="1.0"?>\n<!DOCTYPE html SYSTEM "file:///etc/passwd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        '<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>\n'
        + html_page(prolog="", after="<p>&xxe;</p>")
        .replace("<body>", "<body xmlns:xi='http://www.w3.org/2001/XInclude'>")
        .replace("</main>", "<xi:include href='file:///etc/passwd' parse='text'/></main>")
    )
    yield Case("xhtml-external-entities", "formats", "html", constant(external), keep(never=("root:x:0:0", "root:")))
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Port Ellis Gazette</title>'
        "<link>https://example.com/</link><description>Local news</description>"
        + "".join(
            f"<item><title>Story {n}</title><link>https://example.com/{n}</link>"
            f"<description><![CDATA[<p>{PARAGRAPHS[n % 6]}</p>]]></description>"
            f"<pubDate>Sun, 15 Oct 2023 10:31:00 GMT</pubDate></item>"
            for n in range(12)
        )
        + "</channel></rss>"
    )
    yield Case("rss", "formats", "auto", constant(rss), Expect(), note="report: what a feed gives")
    yield Case("rss-bytes", "formats", "auto", constant(rss.encode()), Expect())
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title>'
        + "".join(
            f"<entry><title>Story {n}</title>"
            f"<content type='html'>&lt;p&gt;{PARAGRAPHS[n % 6]}&lt;/p&gt;</content></entry>"
            for n in range(8)
        )
        + "</feed>"
    )
    yield Case("atom", "formats", "auto", constant(atom), Expect())
    api = json.dumps(
        {"headline": HEADLINE, "author": "Maria Lopez", "body": [f"<p>{p}</p>" for p in PARAGRAPHS], "n": 1e308},
        indent=2,
    )
    yield Case("json", "formats", "auto", constant(api), Expect())
    yield Case("json-one-line", "formats", "auto", constant(json.dumps(json.loads(api))), Expect())
    yield Case("json-deep", "formats", "auto", constant("[" * 50_000 + "]" * 50_000), Expect())
    csv = "date,town,rain_mm,level_m,comment\n" + "".join(
        f'2023-10-{day:02d},Port Ellis,{day * 1.7:.1f},{day / 10:.2f},"high tide, wind {day} km/h"\n'
        for day in range(1, 31)
    )
    yield Case("csv", "formats", "auto", constant(csv), Expect(no_body=True))
    markdown = "\n\n".join(
        [
            "[Home](/) | [News](/news) | [Sport](/sport)",
            f"# {HEADLINE}",
            f"*{BYLINE}* — {DATE}",
            *PARAGRAPHS[:3],
            "![The harbour at high tide](/flood.jpg)",
            "> \u201cWe have waited long enough,\u201d said one resident.",
            *PARAGRAPHS[3:],
            "---",
            "**Share:** [Facebook](https://facebook.com) [X](https://x.com)",
        ]
    )
    yield Case("markdown", "formats", "auto", constant(markdown), keep())
    page = html_page().encode()
    yield Case("gzip-bytes", "formats", "auto", constant(gzip.compress(page, mtime=0)), Expect(no_body=True))
    yield Case("gzip-bytes-html", "formats", "html", constant(gzip.compress(page, mtime=0)), Expect(no_body=True))
    yield Case(
        "gzip-as-latin1-text",
        "formats",
        "text",
        constant(gzip.compress(page, mtime=0).decode("latin-1")),
        Expect(no_body=True),
    )
    yield Case("zlib-bytes", "formats", "auto", constant(zlib.compress(page)), Expect(no_body=True))
    rng = random.Random(7)
    noise = rng.randbytes(100_000)
    yield Case("binary-random", "formats", "auto", constant(noise), Expect(no_body=True))
    yield Case("binary-random-latin1-text", "formats", "text", constant(noise.decode("latin-1")), Expect(no_body=True))
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise[:20_000]
    yield Case("binary-png", "formats", "auto", constant(png), Expect(no_body=True))
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nstream\n" + noise[:20_000] + b"\nendstream\n%%EOF"
    yield Case("binary-pdf", "formats", "auto", constant(pdf), Expect(no_body=True))
    svg = "<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'><text>Flood</text></svg>"
    yield Case("svg-document", "formats", "auto", constant(svg), Expect())
    # HTML whose first markup is far in: a long comment, a long internal DOCTYPE subset, a long prolog
    license_comment = "<!--\n" + "  This page is licensed under the terms below. All rights reserved.\n" * 80 + "-->\n"
    yield Case("html-after-long-comment", "formats", "auto", constant(license_comment + html_page()), keep())
    subset = "".join(f'<!ENTITY e{n} "entity number {n}">' for n in range(300))
    long_doctype = f'<?xml version="1.0"?>\n<!DOCTYPE html [{subset}]>\n' + html_page(prolog="")
    yield Case("html-after-long-doctype", "formats", "auto", constant(long_doctype), keep())
    inequalities = (
        "If a<b and b>c, then nothing at all follows about a and c, as every student learns in the first week.",
        "The rule x<y<z is read from left to right, and the tag <p> is only quoted here, never used.",
        "Prices fell by <5% in the quarter, while costs rose by >10%, the company said in its report on Monday.",
    )
    yield Case("text-with-angle-brackets", "formats", "auto", constant(text_page(inequalities)), keep(inequalities))
    yield Case(
        "text-with-angle-brackets-text", "formats", "text", constant(text_page(inequalities)), keep(inequalities)
    )


# --- real articles that look like boilerplate, and boilerplate that looks like an article ---------------

SHORT_PARAGRAPHS = (
    "A fire broke out at the Northgate bus depot early on Sunday.",
    "No one was hurt.",
    "Firefighters were called at 3.40 a.m.",
    "Six crews attended.",
    "The blaze was under control by 6 a.m.",
    "Two buses were destroyed.",
    "A third was badly damaged.",
    "The cause is not yet known.",
    "Services on routes 4 and 17 will be reduced on Monday.",
    "Passengers are advised to check the operator's website before travelling.",
)
POEM_TITLE = "The Ferry at Dusk"
POEM = (
    (
        "The ferry leaves at half past six,",
        "its engine humming low,",
        "the gulls behind it, quarrelling",
        "for bread the children throw.",
    ),
    (
        "My father stands beside the rail",
        "and names each light we pass:",
        "the lighthouse, and the chapel,",
        "and the harbour's wall of glass.",
    ),
    (
        "He does not say the town is small,",
        "he does not say it's old,",
        "he only turns his collar up",
        "and tells me I'll be cold.",
    ),
)
LIST_INTRO = (
    "Energy prices are expected to stay high this winter, but there are simple things most households "
    "can do to spend less on heating without feeling colder."
)
LIST_ITEMS = (
    (
        "1. Turn the thermostat down by one degree",
        "Most people will not notice the difference, but it can cut a bill by up to ten per cent.",
    ),
    (
        "2. Bleed your radiators",
        "Trapped air stops them from heating up properly. It takes five minutes and a cheap key.",
    ),
    ("3. Close the curtains at dusk", "Windows lose a lot of heat. Heavy curtains keep it in once the sun has gone."),
    ("4. Put foil behind radiators", "A sheet of foil on an outside wall reflects warmth back into the room."),
    ("5. Stop the draughts", "Strips for doors and windows cost little and pay for themselves within weeks."),
    ("6. Heat the person, not the house", "A warm jumper, slippers and a blanket go a long way on a cold evening."),
    ("7. Service your boiler", "An old boiler that is looked after every year uses less gas than a neglected one."),
)
QA_INTRO = (
    "Anna Reyes has written six novels set in the harbour towns of the north coast. We spoke to her before "
    "the launch of her new book at the Port Ellis library."
)
QA = (
    (
        "When did you start writing?",
        (
            "I was about nine. My grandmother gave me a notebook and told me to write down everything I saw on the "
            "way to school."
        ),
    ),
    (
        "Why the harbour towns?",
        "Because that is where I grew up. I know how the light changes and how people talk there.",
    ),
    ("Do you plan your books?", "Not really. I start with a place and a person, and I wait to see what they do."),
    ("What are you reading now?", "Old ferry timetables, believe it or not. They are full of stories."),
    ("Any advice for young writers?", "Read a lot, and finish what you start, even if it is bad."),
)

GDPR = (
    (
        "We value your privacy. We and our 842 partners store and/or access information on a device, such as "
        "cookies, and process personal data, such as unique identifiers and standard information sent by a "
        "device, for personalised advertising and content, advertising and content measurement, audience "
        "research and services development."
    ),
    (
        "With your permission we and our partners may use precise geolocation data and identification through "
        "device scanning. You may click to consent to our and our 842 partners' processing as described above. "
        "Alternatively you may access more detailed information and change your preferences before consenting "
        "or to refuse consenting."
    ),
    (
        "Please note that some processing of your personal data may not require your consent, but you have a "
        "right to object to such processing. Your preferences will apply to this website only. You can change "
        "your preferences or withdraw your consent at any time by returning to this site and clicking the "
        "Privacy button at the bottom of the page."
    ),
    (
        "Some of our partners process your data on the basis of legitimate interest, which you can object to at "
        "any time in the list of partners. The legal basis for each purpose, and the retention period of the "
        "data, is described in our privacy policy and in our cookie policy."
    ),
)
GDPR_BUTTONS = ("Accept all", "Reject all", "Manage options")
COMMENTS = (
    (
        "harbour_resident",
        (
            "I have lived in the lower town for twenty years and I can tell you that the council has known about "
            "this problem for a very long time. Nothing was done until the insurance companies stopped covering "
            "us."
        ),
    ),
    (
        "Pete M.",
        (
            "Forty million euros for a wall that will be out of date in thirty years. The money would have been "
            "better spent on moving the people who live closest to the water."
        ),
    ),
    (
        "sailor1987",
        (
            "Nobody asked the fishermen what they think. The openings in the wall are in the wrong place and the "
            "boats will not be able to land their catch at low tide."
        ),
    ),
    (
        "Grace O'Neill",
        (
            "My parents ran a café on the harbour for forty years and they would have loved a promenade. I hope "
            "the council keeps its promise and leaves it open all year."
        ),
    ),
    (
        "localnews_fan",
        (
            "Good news at last. We have been flooded three times in ten years and every time the insurance went "
            "up. Let us hope the regional government pays its share."
        ),
    ),
    (
        "J. Brandt",
        (
            "The article does not say who will pay for the upkeep of the wall once it is built. That is the "
            "question the council should answer before anything else."
        ),
    ),
)
TEASERS = (
    (
        "Ferry timetable to change from November",
        "The operator says the winter timetable will cut two evening sailings, and the council wants to know why.",
    ),
    (
        "Old fish market to become a food hall",
        "Plans for the listed building include twenty stalls, a bakery and space for a weekly farmers' market.",
    ),
    (
        "Lifeboat crew rescues two kayakers",
        "The two men were brought ashore safely after their kayaks overturned near the lighthouse on Saturday.",
    ),
    (
        "School roof repairs finished early",
        "Pupils will return to their classrooms a week early after builders finished the work ahead of time.",
    ),
    (
        "Council tax to rise by three per cent",
        "The increase will pay for more street lighting and for the upkeep of the town's parks, the council said.",
    ),
)


def lookalike_cases() -> Iterator[Case]:
    """Real articles that look like chrome (keep them), chrome that looks like an article (keep it out)."""
    yield Case(
        "article-short-paragraphs-text",
        "lookalike",
        "text",
        constant(text_page(SHORT_PARAGRAPHS, headline="Fire at bus depot destroys two buses")),
        keep(SHORT_PARAGRAPHS),
    )
    yield Case(
        "article-short-paragraphs-html",
        "lookalike",
        "html",
        constant(html_page(SHORT_PARAGRAPHS, headline="Fire at bus depot destroys two buses")),
        keep(SHORT_PARAGRAPHS),
    )
    lines = tuple(line for stanza in POEM for line in stanza)
    poem_text = text_page(
        ["\n".join(stanza) for stanza in POEM], headline=POEM_TITLE, byline="By Anna Reyes", date="15 October 2023"
    )
    yield Case("article-poem-text", "lookalike", "text", constant(poem_text), keep(lines))
    poem_html = html_page(["\n".join(stanza) for stanza in POEM], headline=POEM_TITLE, byline="By Anna Reyes").replace(
        "\n", "<br>\n"
    )
    yield Case("article-poem-html", "lookalike", "html", constant(poem_html), keep(lines))
    list_headline = "Seven ways to cut your heating bill this winter"
    list_lines = [LIST_INTRO, *(line for item in LIST_ITEMS for line in item)]
    explanations = (LIST_INTRO, *(text for _, text in LIST_ITEMS))
    yield Case(
        "article-list-text",
        "lookalike",
        "text",
        constant(text_page(list_lines, headline=list_headline)),
        keep(explanations),
    )
    list_markup = (
        f"<p>{LIST_INTRO}</p><ol>" + "".join(f"<li><h2>{h}</h2><p>{t}</p></li>" for h, t in LIST_ITEMS) + "</ol>"
    )
    list_html = html_page([], headline=list_headline).replace("</time>", "</time>" + list_markup)
    yield Case("article-list-html", "lookalike", "html", constant(list_html), keep(explanations))
    qa_lines = (QA_INTRO, *(f"{prefix}: {text}" for q, a in QA for prefix, text in (("Q", q), ("A", a))))
    qa_headline = "Anna Reyes: 'I start with a place and a person'"
    yield Case(
        "article-qa-text", "lookalike", "text", constant(text_page(qa_lines, headline=qa_headline)), keep(qa_lines)
    )
    qa_markup = f"<p>{escape(QA_INTRO)}</p>" + "".join(
        f"<p><strong>{escape(q)}</strong></p><p>{escape(a)}</p>" for q, a in QA
    )
    qa_html = html_page([], headline=qa_headline).replace("</time>", "</time>" + qa_markup)
    qa_kept = (QA_INTRO, *(text for pair in QA for text in pair))
    yield Case("article-qa-html", "lookalike", "html", constant(qa_html), keep(qa_kept))

    yield Case(
        "chrome-gdpr-notice-text",
        "lookalike",
        "text",
        constant(text_page(before=[*GDPR, *GDPR_BUTTONS])),
        keep(absent=GDPR),
    )
    consent = (
        "<div id='cookie-consent' class='consent-banner' role='dialog'>"
        + paragraphs_html(GDPR)
        + "".join(f"<button>{b}</button>" for b in GDPR_BUTTONS)
        + "</div>"
    )
    yield Case("chrome-gdpr-notice-html", "lookalike", "html", constant(html_page(before=consent)), keep(absent=GDPR))
    comment_lines = [f"{len(COMMENTS)} Comments", "Sort by: Newest"]
    for number, (user, text) in enumerate(COMMENTS):
        comment_lines += [user, f"{number + 2} hours ago", text, "Reply", "Like"]
    comment_texts = tuple(text for _, text in COMMENTS)
    yield Case(
        "chrome-comment-thread-text",
        "lookalike",
        "text",
        constant(text_page(after=comment_lines)),
        keep(absent=comment_texts),
    )
    thread = (
        f"<section id='comments' class='comments'><h2>{len(COMMENTS)} Comments</h2>"
        + "".join(
            f"<div class='comment'><span class='author'>{escape(u)}</span><time>{n + 2} hours ago</time>"
            f"<p>{escape(t)}</p><button>Reply</button><button>Like</button></div>"
            for n, (u, t) in enumerate(COMMENTS)
        )
        + "</section>"
    )
    yield Case(
        "chrome-comment-thread-html", "lookalike", "html", constant(html_page(after=thread)), keep(absent=comment_texts)
    )
    teaser_lines = ["Next article", *TEASERS[0], "More from Local news"]
    for headline, dek in TEASERS[1:]:
        teaser_lines += [headline, dek, "Read more"]
    teaser_texts = tuple(text for pair in TEASERS for text in pair)
    yield Case(
        "chrome-next-article-teasers-text",
        "lookalike",
        "text",
        constant(text_page(after=teaser_lines)),
        keep(absent=teaser_texts),
    )
    cards = (
        "<aside class='related'><h2>Next article</h2>"
        + "".join(
            f"<div class='teaser'><a href='/s/{n}'><h3>{escape(h)}</h3></a><p>{escape(d)}</p>"
            f"<a href='/s/{n}'>Read more</a></div>"
            for n, (h, d) in enumerate(TEASERS)
        )
        + "</aside>"
    )
    yield Case(
        "chrome-next-article-teasers-html",
        "lookalike",
        "html",
        constant(html_page(after=cards)),
        keep(absent=teaser_texts),
    )


def baseline_cases() -> Iterator[Case]:
    """The plain article the other cases spoil, in each mode: it must keep every paragraph."""
    yield Case("baseline-text", "baseline", "text", constant(text_page()), keep())
    yield Case("baseline-text-auto", "baseline", "auto", constant(text_page()), keep())
    yield Case("baseline-html", "baseline", "html", constant(html_page()), keep())
    yield Case("baseline-html-auto", "baseline", "auto", constant(html_page()), keep())
    yield Case("baseline-html-bytes", "baseline", "auto", constant(html_page().encode()), keep())


def option_cases() -> Iterator[Case]:
    """The smallest bounds `Options` allows, on the article and on a page of runs: degrade, never fail."""
    tight: dict[str, Mapping[str, object]] = {
        "max-blocks-1": {"max_blocks": 1},
        "max-block-chars-1": {"max_block_chars": 1},
        "max-date-chars-1": {"max_date_chars": 1},
        "date-languages-unknown": {"date_languages": ("xx", "zz")},
        "language-unknown": {"language": "xx"},
        "all-tight": {"max_blocks": 1, "max_block_chars": 1, "max_date_chars": 1, "date_languages": ()},
    }
    for name, options in tight.items():
        frozen = MappingProxyType(dict(options))
        yield Case(f"options-{name}-text", "options", "text", constant(text_page()), options=frozen)
        yield Case(f"options-{name}-html", "options", "html", constant(html_page()), options=frozen)
    yield Case(
        "options-max-input-bytes-exact",
        "options",
        "html",
        constant(html_page().encode()),
        keep(),
        options=MappingProxyType({"max_input_bytes": len(html_page().encode())}),
    )
    yield Case(
        "options-max-input-bytes-one-less",
        "options",
        "auto",
        constant(html_page().encode()),
        Expect(error=InputTooLargeError),
        options=MappingProxyType({"max_input_bytes": len(html_page().encode()) - 1}),
    )


def cases(sizes: Sizes = FULL) -> tuple[Case, ...]:
    """Every case of the suite, at `sizes`. Names are unique and the same at every size."""
    found = tuple(
        case
        for group in (
            baseline_cases(),
            empty_cases(),
            encoding_cases(),
            control_cases(),
            line_end_cases(),
            huge_cases(sizes),
            nesting_cases(sizes),
            unterminated_cases(),
            script_cases(),
            many_cases(sizes),
            run_cases(sizes),
            date_cases(),
            script_text_cases(),
            format_cases(),
            lookalike_cases(),
            option_cases(),
        )
        for case in group
    )
    names = [case.name for case in found]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise AssertionError(f"duplicate case names: {duplicates}")
    return found


def library() -> str:
    """Which articlekit the suite runs: its version and where it was imported from."""
    return f"articlekit {articlekit.__version__} from {Path(articlekit.__file__).parent}"


def library_root() -> Path:
    """The folder the imported articlekit package lies in: put first on a child's path, it imports the same one."""
    return Path(articlekit.__file__).resolve().parent.parent


def input_size(source: Source) -> int:
    """Bytes of input: UTF-8 for str (surrogates counted as 3 bytes)."""
    if isinstance(source, bytes):
        return len(source)
    return len(source.encode("utf-8", "surrogatepass"))


# --- the script ---------------------------------------------------------------------------------------------


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="sizes scaled down 10x")
    parser.add_argument("--only", default="", help="only cases whose name contains this")
    parser.add_argument("--show", metavar="NAME", help="print the start of one case's input")
    parser.add_argument("--run", metavar="NAME", help="parse one case in this process and check it")
    parser.add_argument("--write", metavar="DIR", type=Path, help="write inputs to DIR (not into the repository)")
    parser.add_argument("--max-bytes", type=int, default=1_000_000, help="with --write: skip bigger inputs")
    return parser.parse_args(argv)


def _find(suite: Sequence[Case], name: str) -> Case:
    for case in suite:
        if case.name == name:
            return case
    raise SystemExit(f"no case named {name!r}; list them with python benchmarks/adversarial.py")


def main(argv: Sequence[str] | None = None) -> int:
    """List, show, run or write the cases."""
    args = _parse_args(argv)
    suite = [case for case in cases(QUICK if args.quick else FULL) if args.only in case.name]
    if args.show:
        case = _find(suite, args.show)
        source = case.make()
        print(f"{case.name}: {case.mode}, {input_size(source):,} bytes, {case.expect.describe()}; {case.note}")
        print(repr(source[:2000]))
        return 0
    if args.run:
        case = _find(suite, args.run)
        source = case.make()
        result = run(case, source)
        outcome = type(result).__name__ if isinstance(result, BaseException) else f"Article, {len(result.body)} body"
        print(f"{case.name}: {outcome}; problems: {check(case, result, source) or 'none'}")
        return 0
    if args.write:
        repository = Path(__file__).resolve().parent.parent
        if args.write.resolve().is_relative_to(repository):
            raise SystemExit("write the inputs outside the repository")
        args.write.mkdir(parents=True, exist_ok=True)
        for case in suite:
            if case.big:
                continue
            source = case.make()
            if input_size(source) > args.max_bytes:
                continue
            data = source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")
            (args.write / f"{case.name}.{case.mode}").write_bytes(data)
        return 0
    print("| case | group | mode | input bytes | expectation | note |")
    print("|---|---|---|---:|---|---|")
    for case in suite:
        size = "lazy" if case.big else f"{input_size(case.make()):,}"
        print(f"| {case.name} | {case.group} | {case.mode} | {size} | {case.expect.describe()} | {case.note} |")
    print(f"\n{len(suite)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = [
    "FULL",
    "QUICK",
    "SCRIPT_SENTINEL",
    "Case",
    "Expect",
    "Sizes",
    "cases",
    "check",
    "input_size",
    "is_expected_error",
    "leaked_texts",
    "library",
    "library_root",
    "lost_paragraphs",
    "normalize",
    "run",
]
