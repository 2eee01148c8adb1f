"""Extraction quality of articlekit on the bench pages, side by side with a baseline.

Text mode: `articlekit.parse_text` on each of the three scraped-text dumps of every page, next to the
C4 line filter on the same text. HTML mode: `articlekit.parse_html` on the page HTML, next to
`trafilatura.extract` with `--trafilatura`. Metrics are those of `shared/bench/README.md` (see metrics.py).

    python benchmarks/quality.py --limit 20
    python benchmarks/quality.py --mode both --trafilatura --jobs 2 --markdown
    python benchmarks/quality.py --datasets scrapinghub --views htmltext --dump-worst 5

An exception raised by an extractor on a page is caught, counted in the "errors" column, and the page is
scored as an empty prediction. `--extractor c4` scores the C4 filter in articlekit's place, to try the
script without articlekit.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import multiprocessing
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

from c4_filter import c4_filter
from common import DEFAULT_BENCH, VIEWS, import_articlekit, iter_lines
from metrics import (
    BODY_DATASETS,
    DATE_ONLY_DATASETS,
    SNIPPET_DATASETS,
    CorpusScore,
    PageCounts,
    Shingled,
    SnippetCounts,
    SnippetScore,
    authors_match,
    date_match,
    gold_authors,
    gold_body,
    gold_date,
    gold_headline,
    gold_snippets,
    headline_match,
    match_counts,
    match_diff,
    normalize_date,
    normalize_space,
    shingled,
    snippet_counts,
)

DEFAULT_DATASETS = (*BODY_DATASETS, *SNIPPET_DATASETS, *DATE_ONLY_DATASETS)
SNIP = 300  # characters of missed / extra text kept per page for --dump-worst


# --------------------------------------------------------------------------- extractors


@dataclass(slots=True)
class Prediction:
    """What one extractor gave for one page, reduced to the scored fields."""

    body: str = ""
    headline: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    error: str | None = None
    blank: bool = False  # the input was blank, so the extractor was not called
    seconds: float = 0.0


class PageTimeout(Exception):
    """An extractor ran past --timeout on one page."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise PageTimeout()


@functools.cache
def _articlekit() -> ModuleType:
    return import_articlekit()


@functools.cache
def _trafilatura() -> tuple[ModuleType, ModuleType]:
    """trafilatura and its metadata module, imported on first use (it is only needed with --trafilatura)."""
    return importlib.import_module("trafilatura"), importlib.import_module("trafilatura.metadata")


def _from_article(article: Any) -> Prediction:
    published = getattr(article, "published", None)
    return Prediction(
        body="\n".join(article.body or ()),
        headline=article.headline,
        authors=tuple(article.authors or ()),
        date=normalize_date(published) if published is not None else None,
    )


def articlekit_text(text: str, url: str | None) -> Prediction:
    """articlekit on scraped text."""
    return _from_article(_articlekit().parse_text(text, url=url))


def articlekit_html(html: str, url: str | None) -> Prediction:
    """articlekit on HTML."""
    return _from_article(_articlekit().parse_html(html, url=url))


def c4_text(text: str, url: str | None) -> Prediction:
    """The C4 line filter on scraped text: a body, no metadata."""
    return Prediction(body=c4_filter(text))


TRAFILATURA_OPTIONS: dict[str, Any] = {
    "output_format": "txt",
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
}


def trafilatura_html(html: str, url: str | None) -> Prediction:
    """trafilatura 2.x: `extract` for the body, `extract_metadata` for title, authors and date."""
    trafilatura, metadata = _trafilatura()
    body = trafilatura.extract(html, url=url, **TRAFILATURA_OPTIONS) or ""
    meta = metadata.extract_metadata(html, default_url=url)
    authors = tuple(a.strip() for a in (meta.author or "").split(";") if a.strip())
    return Prediction(body=body, headline=meta.title, authors=authors, date=normalize_date(meta.date))


Extractor = Callable[[str, "str | None"], Prediction]


def run_extractor(fn: Extractor, source: str, url: str | None, timeout: float) -> Prediction:
    """Call one extractor, timing it and turning any exception (or a timeout) into `Prediction.error`."""
    if not source or not source.strip():
        return Prediction(blank=True)
    start = time.process_time()
    use_alarm = timeout > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        pred = fn(source, url)
    except PageTimeout:
        pred = Prediction(error=f"timeout after {timeout:g}s")
    except Exception as exc:  # every failure is counted and scored as an empty prediction
        pred = Prediction(error=f"{type(exc).__name__}: {exc}"[:500])
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    pred.seconds = time.process_time() - start
    return pred


# --------------------------------------------------------------------------- scoring one page


@dataclass(slots=True)
class PageResult:
    """One page x view x system, scored. `p`, `r`, `f1` are per page (ranking only)."""

    dataset: str
    view: str
    system: str
    id: str
    url: str | None
    kind: str  # "body", "snippets" or "date"
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0
    tn: float = 0.0
    p: float | None = None
    r: float | None = None
    f1: float | None = None
    missed: str = ""
    extra: str = ""
    headline_gold: str | None = None
    headline_pred: str | None = None
    headline_ok: bool | None = None
    authors_gold: list[str] | None = None
    authors_pred: list[str] = field(default_factory=list)
    authors_ok: bool | None = None
    date_gold: str | None = None
    date_pred: str | None = None
    date_ok: bool | None = None
    error: str | None = None
    blank: bool = False
    seconds: float = 0.0


def score_page(
    dataset: str,
    record: dict[str, Any],
    view: str,
    system: str,
    pred: Prediction,
    *,
    gold_body_shingles: Shingled | None = None,
) -> PageResult:
    """Score one prediction against the page's gold (pass the gold body's shingles to reuse them)."""
    gold = record.get("gold") or {}
    kind = "snippets" if dataset in SNIPPET_DATASETS else "date" if dataset in DATE_ONLY_DATASETS else "body"
    res = PageResult(dataset, view, system, str(record.get("id")), record.get("url"), kind)
    res.error, res.blank, res.seconds = pred.error, pred.blank, round(pred.seconds, 4)
    body = gold_body(dataset, gold)
    if kind == "body":
        gold_sh = gold_body_shingles if gold_body_shingles is not None else shingled(body)
        pred_sh = shingled(pred.body)
        counts = match_counts(gold_sh, pred_sh)
        res.tp, res.fp, res.fn = counts.tp, counts.fp, counts.fn
        res.p, res.r, res.f1 = counts.precision, counts.recall, counts.f1
        missed, extra = match_diff(gold_sh, pred_sh)
        res.missed, res.extra = missed[:SNIP], extra[:SNIP]
    elif kind == "snippets":
        with_, without = gold_snippets(dataset, gold) or ([], [])
        sc = snippet_counts(with_, without, pred.body)
        res.tp, res.fp, res.fn, res.tn = sc.tp, sc.fp, sc.fn, sc.tn
        res.p, res.r, res.f1 = sc.precision, sc.recall, sc.f1
        text = normalize_space(pred.body)
        missed_snippets = [s for s in map(normalize_space, with_) if s and s not in text]
        found_bad = [s for s in map(normalize_space, without) if s and s in text]
        res.missed, res.extra = " | ".join(missed_snippets)[:SNIP], " | ".join(found_bad)[:SNIP]
    headline = gold_headline(dataset, gold)
    if headline is not None:
        res.headline_gold, res.headline_pred = headline, pred.headline
        res.headline_ok = headline_match(headline, pred.headline)
    authors = gold_authors(dataset, gold)
    res.authors_pred = list(pred.authors)
    if authors is not None:
        res.authors_gold = authors
        res.authors_ok = authors_match(authors, pred.authors)
    date = gold_date(dataset, gold)
    res.date_pred = pred.date
    if date is not None:
        res.date_gold = date
        res.date_ok = date_match(date, pred.date)
    return res


@dataclass(frozen=True, slots=True)
class Task:
    """What a worker needs to know besides the page."""

    dataset: str
    mode: str  # "text" or "html"
    views: tuple[str, ...]
    primary: str  # "articlekit" or "c4"
    baseline: str | None  # "c4", "trafilatura" or None
    timeout: float


def _extractor(name: str, mode: str) -> Extractor:
    if name == "articlekit":
        return articlekit_text if mode == "text" else articlekit_html
    if name == "c4":
        return c4_text
    if name == "trafilatura":
        return trafilatura_html
    raise ValueError(name)


def _source(record: dict[str, Any], mode: str, view: str, system: str) -> str:
    if mode == "text":
        return record.get(f"text_{view}") or ""
    if system == "c4":  # the fake extractor reads scraped text even in HTML mode
        return record.get("text_bs4") or ""
    return record.get("html") or ""


def process_line(task: Task, line: str) -> list[PageResult]:
    """Parse one JSON line and score every view x system on it."""
    record = json.loads(line)
    views = task.views if task.mode == "text" else ("html",)
    systems = [task.primary] + ([task.baseline] if task.baseline else [])
    results = []
    body = gold_body(task.dataset, record.get("gold") or {})
    gold_sh = shingled(body) if body is not None else None
    for view in views:
        for i, system in enumerate(systems):
            label = "primary" if i == 0 else "baseline"
            pred = run_extractor(
                _extractor(system, task.mode), _source(record, task.mode, view, system), record.get("url"), task.timeout
            )
            results.append(score_page(task.dataset, record, view, label, pred, gold_body_shingles=gold_sh))
    return results


def _process_star(args: tuple[Task, str]) -> list[PageResult]:
    return process_line(*args)


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# --------------------------------------------------------------------------- aggregation


@dataclass(slots=True)
class Hits:
    """Accuracy over the pages that have a gold value."""

    ok: int = 0
    n: int = 0

    def add(self, value: bool | None) -> None:
        """Count one page (None: the page has no gold for this field)."""
        if value is not None:
            self.n += 1
            self.ok += bool(value)

    @property
    def acc(self) -> float | None:
        """ok / n, or None without pages."""
        return self.ok / self.n if self.n else None


@dataclass(slots=True)
class Row:
    """Aggregates for one dataset x view x system."""

    dataset: str
    view: str
    system: str
    kind: str = "body"
    pages: int = 0
    errors: int = 0
    blank: int = 0
    seconds: float = 0.0
    body: CorpusScore = field(default_factory=CorpusScore)
    snippets: SnippetScore = field(default_factory=SnippetScore)
    headline: Hits = field(default_factory=Hits)
    authors: Hits = field(default_factory=Hits)
    date: Hits = field(default_factory=Hits)
    error_kinds: Counter[str] = field(default_factory=Counter)

    def add(self, res: PageResult) -> None:
        """Add one scored page."""
        self.kind = res.kind
        self.pages += 1
        if res.error is not None:
            self.errors += 1
            self.error_kinds[res.error[:100]] += 1
        self.blank += res.blank
        self.seconds += res.seconds
        if res.kind == "body":
            self.body.add(PageCounts(res.tp, res.fp, res.fn))
        elif res.kind == "snippets":
            self.snippets.add(SnippetCounts(int(res.tp), int(res.fp), int(res.fn), int(res.tn)))
        self.headline.add(res.headline_ok)
        self.authors.add(res.authors_ok)
        self.date.add(res.date_ok)

    def prf(self) -> tuple[float | None, float | None, float | None]:
        """Corpus P, R, F1 of the body (shingles or snippets); Nones for date-only datasets."""
        if self.kind == "body":
            return self.body.precision, self.body.recall, self.body.f1
        if self.kind == "snippets":
            return self.snippets.precision, self.snippets.recall, self.snippets.f1
        return None, None, None

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe summary of the row."""
        p, r, f1 = self.prf()
        return {
            "dataset": self.dataset,
            "view": self.view,
            "system": self.system,
            "kind": self.kind,
            "pages": self.pages,
            "errors": self.errors,
            "blank": self.blank,
            "cpu_seconds": round(self.seconds, 3),
            "precision": p,
            "recall": r,
            "f1": f1,
            "headline_acc": self.headline.acc,
            "headline_n": self.headline.n,
            "authors_acc": self.authors.acc,
            "authors_n": self.authors.n,
            "date_acc": self.date.acc,
            "date_n": self.date.n,
            "error_kinds": dict(self.error_kinds.most_common(10)),
        }


# --------------------------------------------------------------------------- output


def fmt(value: float | None, digits: int = 3) -> str:
    """A number, or an en dash for "not applicable"."""
    return "–" if value is None else f"{value:.{digits}f}"


def fmt_acc(h: Hits) -> str:
    """Accuracy with its page count, e.g. "0.812 (458)"."""
    return "–" if not h.n else f"{h.acc:.3f} ({h.n})"


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], markdown: bool, right_from: int = 1) -> str:
    """A GitHub markdown table, or aligned plain text."""
    if markdown:
        align = ["---" if i < right_from else "---:" for i in range(len(headers))]
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(align) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i < right_from else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *[line(r) for r in rows]])


def _dataset_label(row: Row) -> str:
    return f"{row.dataset} (snippets)" if row.kind == "snippets" else row.dataset


def table(
    mode: str,
    rows: dict[tuple[str, str, str], Row],
    order: list[tuple[str, str]],
    *,
    baseline: str | None,
    markdown: bool,
) -> str:
    """The per-dataset table of one mode."""
    base_label = {"c4": "C4", "trafilatura": "trafilatura"}.get(baseline or "", baseline or "")
    with_meta = baseline == "trafilatura"
    headers = ["dataset"] + (["view"] if mode == "text" else []) + ["pages", "errors", "P", "R", "F1"]
    if baseline:
        headers.append(f"F1 {base_label}")
    for name in ("headline", "authors", "date"):
        headers.append(name)
        if with_meta:
            headers.append(f"{name} {base_label}")
    out = []
    for dataset, view in order:
        a = rows.get((dataset, view, "primary"))
        if a is None:
            continue
        b = rows.get((dataset, view, "baseline"))
        p, r, f1 = a.prf()
        cells = [_dataset_label(a)] + ([view] if mode == "text" else []) + [str(a.pages), str(a.errors)]
        cells += [fmt(p), fmt(r), fmt(f1)]
        if baseline:
            cells.append(fmt(b.prf()[2]) if b else "–")
        for name in ("headline", "authors", "date"):
            cells.append(fmt_acc(getattr(a, name)))
            if with_meta:
                cells.append(fmt_acc(getattr(b, name)) if b else "–")
        out.append(cells)
    right_from = 2 if mode == "text" else 1
    return render(headers, out, markdown, right_from)


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def summary(rows: dict[tuple[str, str, str], Row], system: str) -> dict[str, Any]:
    """The headline numbers of one system over all rows of a mode."""
    mine = [r for (_, _, s), r in rows.items() if s == system]
    body_rows = [r for r in mine if r.dataset in BODY_DATASETS]
    head, auth, date = Hits(), Hits(), Hits()
    for r in mine:
        for total, part in ((head, r.headline), (auth, r.authors), (date, r.date)):
            total.ok += part.ok
            total.n += part.n
    return {
        "mean_body_f1": _mean(r.prf()[2] for r in body_rows),
        "mean_body_f1_rows": len(body_rows),
        "scrapinghub_f1": _mean(r.prf()[2] for r in body_rows if r.dataset == "scrapinghub"),
        "headline_acc": head.acc,
        "headline_n": head.n,
        "authors_acc": auth.acc,
        "authors_n": auth.n,
        "date_acc": date.acc,
        "date_n": date.n,
        "errors": sum(r.errors for r in mine),
        "pages": sum(r.pages for r in mine),
    }


def summary_lines(
    mode: str, rows: dict[tuple[str, str, str], Row], primary: str, baseline: str | None, markdown: bool
) -> str:
    """One summary line per system."""
    names = [("primary", primary)] + ([("baseline", baseline)] if baseline else [])
    out = []
    for key, name in names:
        s = summary(rows, key)
        n = s["mean_body_f1_rows"]
        scope = f"{n} dataset{'s' if n != 1 else ''}" if mode == "html" else f"{n} dataset x view rows"
        text = (
            # four digits: a figure checked against a threshold must not round up to it (0.8995 is not 0.900)
            f"{mode} mode, {name}: mean body F1 {fmt(s['mean_body_f1'], 4)} ({scope}); "
            f"scrapinghub F1 {fmt(s['scrapinghub_f1'], 4)}"
        )
        if key == "primary" or baseline == "trafilatura":
            text += (
                f"; headline {fmt(s['headline_acc'], 4)} ({s['headline_n']}), "
                f"authors {fmt(s['authors_acc'], 4)} ({s['authors_n']}), date {fmt(s['date_acc'], 4)} ({s['date_n']})"
            )
        text += f"; errors {s['errors']} of {s['pages']} page runs"
        out.append(f"- {text}" if markdown else text)
    return "\n".join(out)


def error_report(rows: dict[tuple[str, str, str], Row], names: dict[str, str], markdown: bool, top: int = 5) -> str:
    """The most frequent error messages of each system, if any page failed."""
    out = []
    for key, name in names.items():
        kinds: Counter[str] = Counter()
        for (_, _, system), row in rows.items():
            if system == key:
                kinds.update(row.error_kinds)
        if kinds:
            out.append(f"{'- ' if markdown else ''}{name} errors ({sum(kinds.values())} page runs), most frequent:")
            out += [f"{'  - ' if markdown else '    '}{n} x {msg}" for msg, n in kinds.most_common(top)]
    return "\n".join(out)


def dump_worst(results: list[PageResult], n: int, order: list[tuple[str, str]]) -> str:
    """The `n` lowest-F1 pages of each dataset/view (primary system), with missed and extra text."""
    out = []
    for dataset, view in order:
        pages = [
            r
            for r in results
            if r.system == "primary"
            and r.dataset == dataset
            and r.view == view
            and r.kind != "date"
            and r.f1 is not None
        ]
        pages.sort(key=lambda r: (r.f1 or 0.0, r.id))
        if not pages:
            continue
        out.append(f"\n=== worst {min(n, len(pages))} of {dataset} / {view} ===")
        for r in pages[:n]:
            out.append(
                f"- id={r.id} url={r.url}\n  P={fmt(r.p)} R={fmt(r.r)} F1={fmt(r.f1)}"
                + (f" ERROR {r.error}" if r.error else "")
                + (" (blank input)" if r.blank else "")
            )
            out.append(f"  missed: {r.missed!r}")
            out.append(f"  extra:  {r.extra!r}")
    return "\n".join(out)


def dump_misses(results: list[PageResult], n: int, order: list[tuple[str, str]]) -> str:
    """Up to `n` headline, author and date misses of each dataset/view (primary system), gold vs predicted."""
    out = []
    for dataset, view in order:
        pages = [r for r in results if r.system == "primary" and r.dataset == dataset and r.view == view]
        for name in ("headline", "authors", "date"):
            misses = [r for r in pages if getattr(r, f"{name}_ok") is False]
            if not misses:
                continue
            out.append(f"\n=== {name} misses, {dataset} / {view}: {len(misses)} ===")
            for r in misses[:n]:
                out.append(f"- id={r.id} gold={getattr(r, f'{name}_gold')!r} pred={getattr(r, f'{name}_pred')!r}")
    return "\n".join(out)


# --------------------------------------------------------------------------- driver


def _tasks(mode: str, args: argparse.Namespace, baseline: str | None) -> Iterator[tuple[Task, str]]:
    views = tuple(args.views) if mode == "text" else ("html",)
    for dataset in args.datasets:
        task = Task(dataset, mode, views, args.extractor, baseline, args.timeout)
        for line in iter_lines(args.bench, dataset, args.limit):
            yield task, line


def run_mode(
    mode: str, args: argparse.Namespace, pool: Any
) -> tuple[dict[tuple[str, str, str], Row], list[PageResult], list[tuple[str, str]]]:
    """Score every dataset in one mode; returns the rows, the page results and the row order.

    All datasets go through one stream of pages, so the workers never wait for a slow page at the end
    of a dataset.
    """
    baseline = "c4" if mode == "text" else ("trafilatura" if args.trafilatura else None)
    views = tuple(args.views) if mode == "text" else ("html",)
    order = [(d, v) for d in args.datasets for v in views]
    rows: dict[tuple[str, str, str], Row] = {}
    results: list[PageResult] = []
    stream: Iterator[list[PageResult]]
    if pool is None:
        stream = (process_line(task, line) for task, line in _tasks(mode, args, baseline))
    else:
        stream = pool.imap_unordered(_process_star, _tasks(mode, args, baseline), chunksize=2)
    start = time.monotonic()
    done: Counter[str] = Counter()
    for count, page_results in enumerate(stream, 1):
        for res in page_results:
            key = (res.dataset, res.view, res.system)
            if key not in rows:
                rows[key] = Row(res.dataset, res.view, res.system)
            rows[key].add(res)
            results.append(res)
        if page_results:
            done[page_results[0].dataset] += 1
        if args.progress and count % 100 == 0:
            so_far = ", ".join(f"{d} {n}" for d, n in done.items())
            print(f"  {mode}: {count} pages in {time.monotonic() - start:.0f}s ({so_far})", file=sys.stderr)
    print(f"{mode} mode: {sum(done.values())} pages in {time.monotonic() - start:.1f}s", file=sys.stderr)
    return rows, results, order


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="folder of *.dev.jsonl.gz (default %(default)s)")
    ap.add_argument("--mode", choices=("text", "html", "both"), default="text")
    ap.add_argument("--datasets", default=",".join(DEFAULT_DATASETS), help="comma-separated (default: all)")
    ap.add_argument("--views", default=",".join(VIEWS), help="text views, comma-separated (default: all three)")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each dataset")
    ap.add_argument("--trafilatura", action="store_true", help="HTML mode: score trafilatura side by side")
    ap.add_argument(
        "--extractor",
        choices=("articlekit", "c4"),
        default="articlekit",
        help="the system under test; c4 is a stand-in for trying the script (default articlekit)",
    )
    ap.add_argument("--markdown", action="store_true", help="print GitHub markdown tables")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        help="seconds per extractor call before it counts as an error (0 = none; default %(default)s)",
    )
    ap.add_argument("--dump-worst", type=int, default=0, metavar="N", help="print the N worst-F1 pages per row")
    ap.add_argument(
        "--dump-misses", type=int, default=0, metavar="N", help="print up to N headline/author/date misses per row"
    )
    ap.add_argument("--json", type=Path, default=None, metavar="PATH", help="write rows and per-page results")
    ap.add_argument("--progress", action="store_true", help="report progress every 50 pages on stderr")
    args = ap.parse_args(argv)
    args.datasets = [d for d in args.datasets.split(",") if d]
    args.views = [v for v in args.views.split(",") if v]
    unknown = [v for v in args.views if v not in VIEWS]
    if unknown:
        ap.error(f"unknown views {unknown}; choose from {', '.join(VIEWS)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the tables."""
    args = parse_args(argv)
    if args.extractor == "articlekit":
        _articlekit()  # fail early, in the parent, if articlekit cannot be imported
    modes = ["text", "html"] if args.mode == "both" else [args.mode]
    pool = None
    if args.jobs > 1:
        pool = multiprocessing.get_context("fork").Pool(args.jobs, initializer=_worker_init)
    report: dict[str, Any] = {"args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()}}
    all_results: list[PageResult] = []
    ok = False
    try:
        for mode in modes:
            rows, results, order = run_mode(mode, args, pool)
            all_results += results
            baseline = "c4" if mode == "text" else ("trafilatura" if args.trafilatura else None)
            title = f"{mode} mode: {args.extractor}" + (f" vs {baseline}" if baseline else "")
            print(f"\n### {title}\n" if args.markdown else f"\n{title}")
            print(table(mode, rows, order, baseline=baseline, markdown=args.markdown))
            print()
            print(summary_lines(mode, rows, args.extractor, baseline, args.markdown))
            errors = error_report(rows, {"primary": args.extractor, "baseline": baseline or ""}, args.markdown)
            if errors:
                print(errors)
            report[mode] = {
                "primary": args.extractor,
                "baseline": baseline,
                "rows": [r.to_dict() for r in rows.values()],
                "summary": {
                    "primary": summary(rows, "primary"),
                    **({"baseline": summary(rows, "baseline")} if baseline else {}),
                },
            }
            if args.dump_worst:
                print(dump_worst(results, args.dump_worst, order))
            if args.dump_misses:
                print(dump_misses(results, args.dump_misses, order))
        ok = True
    finally:
        if pool is not None:
            if ok:
                pool.close()
            else:
                pool.terminate()
            pool.join()
    if args.json:
        report["pages"] = [asdict(r) for r in all_results]
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
