"""Metrics for the articlekit benchmarks, exactly as `shared/bench/README.md` defines them.

- Body: shingle F1 (the Zyte/ScrapingHub article-extraction-benchmark metric). Tokens are
  `re.findall(r"\\w+", text)`, case kept; 4-token shingles counted as multisets; per page tp/fp/fn are
  divided by their sum so every page weighs the same; corpus precision is the mean over pages with
  tp + fp > 0, recall the mean over pages with tp + fn > 0, and F1 is computed from those two means.
  A text of fewer than 4 tokens yields one shorter shingle, as in the reference `evaluate.py`.
- Snippets (trafilatura's corpus): whitespace-normalised substring test; a found `with` snippet is a tp,
  a missing one a fn, a found `without` snippet a fp; counts are summed over the corpus.
- Headline: case-folded `\\w+` tokens equal. Date: YYYY-MM-DD equal. Authors: sets of case-folded names equal.

Also here: how each dataset stores its gold (`gold_body`, `gold_headline`, `gold_authors`, `gold_date`,
`gold_snippets`), since the field names and shapes differ between datasets.

Everything is a pure function or a small accumulator; nothing reads files.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

SHINGLE_SIZE = 4
_TOKEN_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")

Shingle = tuple[str, ...]


# --------------------------------------------------------------------------- body: shingle F1


def tokenize(text: str | None) -> list[str]:
    """The benchmark's tokens: `\\w+` runs, case kept."""
    return _TOKEN_RE.findall(text or "")


def shingle_list(tokens: Sequence[str], n: int = SHINGLE_SIZE) -> list[Shingle]:
    """The shingles in reading order (shingle i starts at token i); fewer than `n` tokens give one short one."""
    if len(tokens) < n:
        return [tuple(tokens)] if tokens else []
    return list(zip(*(tokens[i:] for i in range(n)), strict=False))


def shingles(text: str | None, n: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """The multiset of `n`-token shingles of `text`."""
    return Counter(shingle_list(tokenize(text), n))


@dataclass(frozen=True, slots=True)
class Shingled:
    """A text's tokens, its shingles in order, and their counts: computed once, matched many times."""

    tokens: list[str]
    order: list[Shingle]
    counts: Counter[Shingle]


def shingled(text: str | None, n: int = SHINGLE_SIZE) -> Shingled:
    """Tokenize and shingle a text."""
    tokens = tokenize(text)
    order = shingle_list(tokens, n)
    return Shingled(tokens, order, Counter(order))


@dataclass(frozen=True, slots=True)
class PageCounts:
    """One page's tp/fp/fn, normalised to sum to 1 (all 0 when both texts are empty)."""

    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    @property
    def precision(self) -> float:
        """Per-page precision as in the reference: 1 when fp = fn = 0, 0 when tp = fp = 0."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """Per-page recall as in the reference: 1 when fp = fn = 0, 0 when tp = fn = 0."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Per-page F1 (only for ranking pages; the corpus F1 comes from the mean P and R)."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def counts_for_precision(self) -> bool:
        """Whether the page enters the corpus precision mean (something was predicted)."""
        return self.tp + self.fp > 0

    @property
    def counts_for_recall(self) -> bool:
        """Whether the page enters the corpus recall mean (the gold has text)."""
        return self.tp + self.fn > 0


def match_counts(gold: Shingled, pred: Shingled) -> PageCounts:
    """Normalised tp/fp/fn between two shingled texts."""
    g, p = gold.counts, pred.counts
    tp = sum(min(c, p[k]) for k, c in g.items() if k in p)
    g_total, p_total = len(gold.order), len(pred.order)
    fp, fn = p_total - tp, g_total - tp
    total = tp + fp + fn
    if total == 0:
        return PageCounts()
    return PageCounts(tp / total, fp / total, fn / total)


def shingle_counts(gold: str | None, pred: str | None, n: int = SHINGLE_SIZE) -> PageCounts:
    """Normalised tp/fp/fn between the gold and predicted body texts of one page."""
    return match_counts(shingled(gold, n), shingled(pred, n))


def match_diff(gold: Shingled, pred: Shingled, sep: str = " | ") -> tuple[str, str]:
    """(missed, extra) between two shingled texts; see `shingle_diff`."""
    budget = {k: min(c, pred.counts[k]) for k, c in gold.counts.items() if k in pred.counts}
    return _uncovered(gold, dict(budget), sep), _uncovered(pred, budget, sep)


def shingle_diff(gold: str | None, pred: str | None, n: int = SHINGLE_SIZE, sep: str = " | ") -> tuple[str, str]:
    """(missed, extra): the gold tokens no matched shingle covers, and the predicted tokens likewise.

    Matching consumes shingle counts in reading order, the way the multiset metric counts them. Runs of
    uncovered tokens are joined by spaces, and separate runs by `sep`. A debugging aid, not a metric.
    """
    return match_diff(shingled(gold, n), shingled(pred, n), sep)


def _uncovered(text: Shingled, budget: dict[Shingle, int], sep: str) -> str:
    tokens = text.tokens
    if not budget:
        return " ".join(tokens)
    covered = bytearray(len(tokens))
    for start, shingle in enumerate(text.order):
        left = budget.get(shingle)
        if left:
            budget[shingle] = left - 1
            covered[start : start + len(shingle)] = b"\x01" * len(shingle)
    runs: list[str] = []
    run: list[str] = []
    for token, is_covered in zip(tokens, covered, strict=True):
        if is_covered:
            if run:
                runs.append(" ".join(run))
                run = []
        else:
            run.append(token)
    if run:
        runs.append(" ".join(run))
    return sep.join(runs)


@dataclass(slots=True)
class CorpusScore:
    """Accumulates per-page `PageCounts` into the corpus precision, recall and F1."""

    pages: int = 0
    _precisions: list[float] = field(default_factory=list)
    _recalls: list[float] = field(default_factory=list)

    def add(self, counts: PageCounts) -> None:
        """Add one page."""
        self.pages += 1
        if counts.counts_for_precision:
            self._precisions.append(counts.precision)
        if counts.counts_for_recall:
            self._recalls.append(counts.recall)

    @property
    def precision(self) -> float | None:
        """Mean per-page precision over pages with tp + fp > 0 (None if there are none)."""
        return sum(self._precisions) / len(self._precisions) if self._precisions else None

    @property
    def recall(self) -> float | None:
        """Mean per-page recall over pages with tp + fn > 0 (None if there are none)."""
        return sum(self._recalls) / len(self._recalls) if self._recalls else None

    @property
    def f1(self) -> float | None:
        """2PR/(P+R) of the two means; 0 when the prediction was always empty; None without pages."""
        p, r = self.precision, self.recall
        if r is None:
            return None
        if p is None:  # nothing was ever predicted: precision is undefined, recall is 0
            return 0.0
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


# --------------------------------------------------------------------------- body: snippets


def normalize_space(text: str | None) -> str:
    """Whitespace runs collapsed to one space, ends stripped."""
    return _SPACE_RE.sub(" ", text or "").strip()


@dataclass(frozen=True, slots=True)
class SnippetCounts:
    """One page's snippet counts (raw integers, summed over the corpus)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        """tp/(tp+fp), 1 when no snippet was found (used to rank pages only)."""
        return 1.0 if self.tp + self.fp == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """tp/(tp+fn), 1 when there are no `with` snippets."""
        return 1.0 if self.tp + self.fn == 0 else self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Per-page F1, for ranking pages."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def snippet_counts(with_snippets: Iterable[str], without_snippets: Iterable[str], pred: str | None) -> SnippetCounts:
    """Score one page: each `with` snippet found is a tp (else fn); each `without` found is a fp (else tn)."""
    text = normalize_space(pred)
    tp = fp = fn = tn = 0
    for snippet in with_snippets:
        s = normalize_space(snippet)
        if not s:
            continue
        if s in text:
            tp += 1
        else:
            fn += 1
    for snippet in without_snippets:
        s = normalize_space(snippet)
        if not s:
            continue
        if s in text:
            fp += 1
        else:
            tn += 1
    return SnippetCounts(tp, fp, fn, tn)


@dataclass(slots=True)
class SnippetScore:
    """Sums `SnippetCounts` over a corpus; P, R and F1 from the sums."""

    pages: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, counts: SnippetCounts) -> None:
        """Add one page."""
        self.pages += 1
        self.tp += counts.tp
        self.fp += counts.fp
        self.fn += counts.fn
        self.tn += counts.tn

    @property
    def precision(self) -> float | None:
        """tp/(tp+fp) over the corpus (None when nothing was found)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp/(tp+fn) over the corpus (None without `with` snippets)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2PR/(P+R); 0 when nothing was found; None without `with` snippets."""
        p, r = self.precision, self.recall
        if r is None:
            return None
        if p is None:
            return 0.0
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


# --------------------------------------------------------------------------- headline, date, authors


def headline_tokens(text: str | None) -> tuple[str, ...]:
    """Case-folded `\\w+` tokens of a headline."""
    return tuple(t.casefold() for t in tokenize(text))


def headline_match(gold: str | None, pred: str | None) -> bool:
    """The predicted headline's case-folded `\\w+` tokens equal the gold's (False if gold has none)."""
    g = headline_tokens(gold)
    return bool(g) and g == headline_tokens(pred)


_ISO_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def normalize_date(value: object) -> str | None:
    """YYYY-MM-DD for an ISO-like string (time and zone ignored), a `date` or a `datetime`; else None.

    The calendar date is the one written: "2019-01-03T23:00:00-05:00" is 2019-01-03, not converted to UTC.
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if not isinstance(value, str):
        return None
    m = _ISO_DATE_RE.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def date_match(gold: object, pred: object) -> bool:
    """Both normalise to the same YYYY-MM-DD (False if the gold does not normalise)."""
    g = normalize_date(gold)
    return g is not None and g == normalize_date(pred)


_BYLINE_SPLIT_RE = re.compile(r"\s+and\s+|,|&", re.IGNORECASE)
_LEADING_BY_RE = re.compile(r"^by\s+", re.IGNORECASE)
_NAME_STRIP = " \t\r\n,;:|"


def normalize_name(name: str) -> str:
    """A name case-folded, whitespace collapsed, surrounding separators stripped."""
    return normalize_space(name).strip(_NAME_STRIP).casefold()


def split_byline(byline: str) -> list[str]:
    """Names in a free-text byline: split on " and ", "," and "&", a leading "By " stripped."""
    names: list[str] = []
    for part in _BYLINE_SPLIT_RE.split(normalize_space(byline)):
        name = _LEADING_BY_RE.sub("", part.strip(_NAME_STRIP)).strip(_NAME_STRIP)
        if name:
            names.append(name)
    return names


def author_set(names: Iterable[str]) -> frozenset[str]:
    """The set of normalised, non-empty names."""
    return frozenset(n for n in (normalize_name(x) for x in names) if n)


def authors_match(gold: Iterable[str], pred: Iterable[str]) -> bool:
    """The sets of case-folded names are equal (False if the gold set is empty)."""
    g = author_set(gold)
    return bool(g) and g == author_set(pred)


# --------------------------------------------------------------------------- gold, per dataset

BODY_DATASETS = ("scrapinghub", "l3s_gn1", "naeb", "readability", "cleanportaleval", "dragnet", "cleaneval")
"""Datasets with a gold body text scored by shingle F1 (the 7 averaged in the summary)."""
SNIPPET_DATASETS = ("trafilatura",)
"""Datasets whose body gold is `with`/`without` snippets."""
DATE_ONLY_DATASETS = ("htmldate",)
"""Datasets with only a gold date."""


def gold_body(dataset: str, gold: Mapping[str, Any]) -> str | None:
    """The gold body text, for datasets scored by shingle F1 (None for the others)."""
    if dataset in SNIPPET_DATASETS or dataset in DATE_ONLY_DATASETS:
        return None
    body = gold.get("body")
    return body if isinstance(body, str) else None


def gold_snippets(dataset: str, gold: Mapping[str, Any]) -> tuple[list[str], list[str]] | None:
    """(with, without) snippets for the trafilatura set (None for the others)."""
    if dataset not in SNIPPET_DATASETS:
        return None
    return [s for s in gold.get("body_with") or [] if isinstance(s, str)], [
        s for s in gold.get("body_without") or [] if isinstance(s, str)
    ]


def gold_headline(dataset: str, gold: Mapping[str, Any]) -> str | None:
    """The gold headline: `headline` in l3s_gn1, `title` elsewhere; None if absent or without tokens."""
    value = gold.get("headline") if dataset == "l3s_gn1" else gold.get("title")
    if not isinstance(value, str) or not headline_tokens(value):
        return None
    return value


def gold_authors(dataset: str, gold: Mapping[str, Any]) -> list[str] | None:
    """The gold author names, or None when the page has none.

    readability: `byline` (free text, split by `split_byline`); naeb, trafilatura, newspaper4k: `authors`
    (a list; a string is split on ";").
    """
    if dataset == "readability":
        byline = gold.get("byline")
        names = split_byline(byline) if isinstance(byline, str) else []
    else:
        value = gold.get("authors")
        if isinstance(value, str):
            names = value.split(";")
        elif isinstance(value, list):
            names = [x for x in value if isinstance(x, str)]
        else:
            names = []
    names = [normalize_space(n) for n in names if normalize_name(n)]
    return names or None


def gold_date(dataset: str, gold: Mapping[str, Any]) -> str | None:
    """The gold publication date as YYYY-MM-DD, or None when absent or unreadable."""
    return normalize_date(gold.get("date"))
