"""Speed and memory of articlekit next to trafilatura, on the same pages, on one core.

    python benchmarks/speed.py                      # 500 pages, 3 interleaved rounds, markdown table
    python benchmarks/speed.py --pages 200 --rounds 1
    python benchmarks/speed.py --memory-soak 10000  # RSS every 1,000 parses, to show memory stays flat

Throughput: the parent process is pinned to one CPU; the pages are cut into chunks, and every extractor
runs on each chunk in turn (the order rotating from chunk to chunk and round to round), so a noisy
machine slows all of them alike and the ratio holds. Time is CPU time (`time.process_time`).

Memory: each extractor runs alone in a fresh subprocess that streams the pages from a temporary file
(never holding them all), and reports its peak RSS (`ru_maxrss`) and the RSS of a bare interpreter.

Extractors: `articlekit-text` (`parse_text` on the html-text dump), `articlekit-html` (`parse_html` on
the HTML; "n/a" while it raises on every page) and `trafilatura` (`extract` on the HTML, the same
options as quality.py).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common import DEFAULT_BENCH, import_articlekit, iter_pages

EXTRACTORS = ("articlekit-text", "articlekit-html", "trafilatura")
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "output_format": "txt",
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
}

Page = dict[str, Any]  # {"id", "url", "text", "html"}
Runner = Callable[[Page], object]


def input_field(name: str) -> str:
    """Which page field an extractor reads."""
    return "text" if name == "articlekit-text" else "html"


def make_runner(name: str) -> Runner:
    """A function that runs one extractor on one page (imports happen here, once)."""
    if name == "articlekit-text":
        ak = import_articlekit()
        return lambda page: ak.parse_text(page["text"], url=page["url"])
    if name == "articlekit-html":
        ak = import_articlekit()
        return lambda page: ak.parse_html(page["html"], url=page["url"])
    if name == "trafilatura":
        traf = importlib.import_module("trafilatura")
        return lambda page: traf.extract(page["html"], url=page["url"], **TRAFILATURA_OPTIONS)
    raise ValueError(f"unknown extractor {name!r}; choose from {', '.join(EXTRACTORS)}")


def select_pages(bench: Path, datasets: Sequence[str], n: int) -> list[Page]:
    """Up to `n` pages taken in turn from each dataset, skipping pages without scraped text."""
    streams = [iter_pages(bench, d) for d in datasets]
    pages: list[Page] = []
    while streams and len(pages) < n:
        for stream in list(streams):
            record = next(stream, None)
            if record is None:
                streams.remove(stream)
                continue
            text, html = record.get("text_htmltext") or "", record.get("html") or ""
            if text.strip() and html.strip():
                pages.append({"id": f"{record.get('id')}", "url": record.get("url"), "text": text, "html": html})
            if len(pages) >= n:
                break
    return pages


def _proc_status_mb(key: str) -> float | None:
    """A memory line of /proc/self/status ("VmRSS", "VmHWM"), in MB; None off Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def current_rss_mb() -> float:
    """This process's resident set size now, in MB (Linux /proc; else the peak)."""
    rss = _proc_status_mb("VmRSS")
    return peak_rss_mb() if rss is None else rss


def peak_rss_mb() -> float:
    """This process's peak resident set size, in MB.

    Linux's VmHWM first: `ru_maxrss` survives exec, so a child started from a bigger parent would report
    the parent's peak. Elsewhere `ru_maxrss` (KB on Linux, bytes on macOS).
    """
    hwm = _proc_status_mb("VmHWM")
    if hwm is not None:
        return hwm
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def pin_to_one_cpu() -> str:
    """Pin this process to one CPU where the OS allows it; says which."""
    if hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


# --------------------------------------------------------------------------- throughput


@dataclass(slots=True)
class Timing:
    """CPU time of one extractor over the interleaved rounds."""

    name: str
    available: bool = True
    note: str = ""
    seconds: float = 0.0
    runs: int = 0
    errors: int = 0
    input_bytes: int = 0
    per_page: list[float] = field(default_factory=list)
    error_kinds: dict[str, int] = field(default_factory=dict)

    def pages_per_second(self) -> float | None:
        """Pages per CPU second."""
        return self.runs / self.seconds if self.available and self.seconds > 0 else None


def _error_name(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:100]


def warm_up(names: Sequence[str], pages: Sequence[Page]) -> tuple[dict[str, Runner], dict[str, Timing]]:
    """Import each extractor and run it on a few pages; an extractor failing on all of them is "n/a"."""
    runners: dict[str, Runner] = {}
    timings: dict[str, Timing] = {}
    for name in names:
        timing = Timing(name)
        timings[name] = timing
        try:
            runner = make_runner(name)
        except Exception as exc:  # an extractor that cannot even be imported is reported, not fatal
            timing.available, timing.note = False, _error_name(exc)
            continue
        failures: list[str] = []
        for page in pages:
            try:
                runner(page)
            except Exception as exc:  # counted; an extractor failing on every warm-up page is "n/a"
                failures.append(_error_name(exc))
        if pages and len(failures) == len(pages):
            timing.available, timing.note = False, failures[0]
            continue
        runners[name] = runner
    return runners, timings


def forget_across_page_memos() -> None:
    """Empty articlekit's cross-page verdict memos (if it is loaded), so that each round is timed as a
    first sight of its pages: a later round must not profit from verdicts kept on the same pages before."""
    verdicts = sys.modules.get("articlekit.classify.verdicts")
    if verdicts is not None:
        verdicts.clear_memos()


def measure(
    runners: dict[str, Runner], timings: dict[str, Timing], pages: Sequence[Page], rounds: int, chunk: int
) -> None:
    """Run every extractor on every chunk of pages in turn, `rounds` times, accumulating CPU time."""
    names = list(runners)
    chunks = [pages[i : i + chunk] for i in range(0, len(pages), chunk)]
    step = 0
    for _ in range(rounds):
        forget_across_page_memos()
        for part in chunks:
            order = names[step % len(names) :] + names[: step % len(names)] if names else []
            step += 1
            for name in order:
                runner, timing = runners[name], timings[name]
                field_name = input_field(name)
                for page in part:
                    start = time.process_time()
                    try:
                        runner(page)
                    except Exception as exc:  # counted, and the time spent still counts
                        timing.errors += 1
                        kind = _error_name(exc)
                        timing.error_kinds[kind] = timing.error_kinds.get(kind, 0) + 1
                    elapsed = time.process_time() - start
                    timing.seconds += elapsed
                    timing.per_page.append(elapsed)
                    timing.runs += 1
                    timing.input_bytes += len(page[field_name].encode("utf-8"))


# --------------------------------------------------------------------------- memory (child processes)


def write_pages(pages: Sequence[Page], path: Path) -> None:
    """One page per line, for the child processes to stream."""
    with path.open("w", encoding="utf-8") as f:
        for page in pages:
            f.write(json.dumps(page, ensure_ascii=False) + "\n")


def stream_pages(path: Path, field_name: str) -> Iterator[Page]:
    """The pages of a file written by `write_pages`, one at a time, with only the field needed."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            yield {"id": record["id"], "url": record["url"], field_name: record[field_name]}


def child_peak(name: str, pages_file: Path) -> dict[str, Any]:
    """In a fresh process: RSS of the bare interpreter, after import, and the peak over one pass."""
    gc.collect()
    bare = current_rss_mb()
    runner = make_runner(name)
    imported = current_rss_mb()
    errors = runs = 0
    for page in stream_pages(pages_file, input_field(name)):
        runs += 1
        try:
            runner(page)
        except Exception:  # counted only; the memory is what is measured here
            errors += 1
    return {
        "extractor": name,
        "bare_mb": bare,
        "imported_mb": imported,
        "peak_mb": peak_rss_mb(),
        "end_mb": current_rss_mb(),
        "runs": runs,
        "errors": errors,
    }


def child_soak(name: str, pages_file: Path, total: int, every: int) -> dict[str, Any]:
    """In a fresh process: parse `total` pages cycling through the file, RSS every `every` parses."""
    pages = list(stream_pages(pages_file, input_field(name)))
    runner = make_runner(name)
    gc.collect()
    points: list[tuple[int, float]] = [(0, current_rss_mb())]
    errors = 0
    for i in range(1, total + 1):
        try:
            runner(pages[(i - 1) % len(pages)])
        except Exception:  # counted only; the memory is what is measured here
            errors += 1
        if i % every == 0:
            gc.collect()
            points.append((i, current_rss_mb()))
    return {"extractor": name, "points": points, "peak_mb": peak_rss_mb(), "errors": errors, "pages": len(pages)}


def run_child(args: list[str]) -> dict[str, Any]:
    """Run this script as a child process and read its one JSON line."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True, check=False
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {"error": (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


# --------------------------------------------------------------------------- output


def fmt(value: float | None, spec: str = ".1f") -> str:
    """A number, or "n/a"."""
    return "n/a" if value is None else format(value, spec)


def render(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub markdown table (first column left-aligned, the rest right-aligned)."""
    lines = ["| " + " | ".join(headers) + " |", "|---|" + "---:|" * (len(headers) - 1)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def throughput_table(timings: dict[str, Timing], memory: dict[str, dict[str, Any]]) -> str:
    """The speed and memory table, with the ratio against trafilatura."""
    traf = timings.get("trafilatura")
    traf_pps = traf.pages_per_second() if traf else None
    headers = [
        "extractor",
        "input",
        "page runs",
        "errors",
        "pages/s (1 core)",
        "ms/page p50",
        "p95",
        "max",
        "MB/s",
        "peak RSS MB",
        "speed vs trafilatura",
    ]
    rows = []
    for name, t in timings.items():
        pps = t.pages_per_second()
        mem = memory.get(name, {})
        if not t.available or pps is None:
            rows.append(
                [
                    name,
                    input_field(name),
                    "–",
                    "–",
                    "n/a",
                    "–",
                    "–",
                    "–",
                    "–",
                    fmt(mem.get("peak_mb")),
                    f"n/a ({t.note[:60]})" if t.note else "n/a",
                ]
            )
            continue
        ms = sorted(x * 1000 for x in t.per_page)
        p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
        ratio = "1.00x" if name == "trafilatura" else (f"{pps / traf_pps:.2f}x" if traf_pps else "n/a")
        rows.append(
            [
                name,
                input_field(name),
                str(t.runs),
                str(t.errors),
                f"{pps:.1f}",
                f"{statistics.median(ms):.1f}",
                f"{p95:.1f}",
                f"{ms[-1]:.0f}",
                f"{t.input_bytes / t.seconds / 1e6:.2f}",
                fmt(mem.get("peak_mb")),
                ratio,
            ]
        )
    return render(headers, rows)


def soak_table(results: dict[str, dict[str, Any]]) -> str:
    """RSS at every checkpoint of the soak, one column per extractor."""
    names = [n for n, r in results.items() if "points" in r]
    if not names:
        return "\n".join(f"{n}: {r.get('error', 'n/a')}" for n, r in results.items())
    checkpoints = [p[0] for p in results[names[0]]["points"]]
    rows = []
    for i, count in enumerate(checkpoints):
        rows.append([f"{count:,}"] + [f"{results[n]['points'][i][1]:.1f}" for n in names])
    rows.append(["peak"] + [f"{results[n]['peak_mb']:.1f}" for n in names])
    if len(checkpoints) > 2:
        label = f"growth {checkpoints[1]:,} to {checkpoints[-1]:,}"
        rows.append([label] + [f"{results[n]['points'][-1][1] - results[n]['points'][1][1]:+.1f}" for n in names])
    rows.append(["errors"] + [str(results[n]["errors"]) for n in names])
    headers = [
        f"{n} RSS MB"
        + (" (every parse failed)" if results[n]["errors"] and results[n]["errors"] == checkpoints[-1] else "")
        for n in names
    ]
    return render(["pages parsed", *headers], rows)


def machine_line() -> str:
    """Python, platform and CPU model, for the record."""
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), cpu)
    except OSError:
        pass
    return f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, {cpu or 'unknown CPU'}"


# --------------------------------------------------------------------------- driver


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="folder of *.dev.jsonl.gz (default %(default)s)")
    ap.add_argument("--datasets", default="scrapinghub,naeb,l3s_gn1", help="pages taken in turn from these")
    ap.add_argument("--pages", type=int, default=500, help="pages to time (default %(default)s)")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the pages (default %(default)s)")
    ap.add_argument("--chunk", type=int, default=25, help="pages per turn of one extractor (default %(default)s)")
    ap.add_argument("--extractors", default=",".join(EXTRACTORS), help="comma-separated (default: all)")
    ap.add_argument("--no-memory", action="store_true", help="skip the peak-RSS subprocesses")
    ap.add_argument(
        "--memory-soak",
        type=int,
        default=0,
        metavar="N",
        help="instead: parse N pages per extractor (cycling the pages), RSS every --soak-every",
    )
    ap.add_argument("--soak-every", type=int, default=1000, help="soak checkpoint interval (default %(default)s)")
    ap.add_argument(
        "--soak-extractors", default="articlekit-text,articlekit-html", help="extractors to soak (default %(default)s)"
    )
    ap.add_argument("--json", type=Path, default=None, metavar="PATH", help="also write the numbers as JSON")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--pages-file", type=Path, default=None, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the speed (or soak) benchmark and print markdown tables."""
    args = parse_args(argv)
    if args.child:  # internal: one extractor alone in this process
        if args.memory_soak:
            out = child_soak(args.child, args.pages_file, args.memory_soak, args.soak_every)
        else:
            out = child_peak(args.child, args.pages_file)
        print(json.dumps(out))
        return 0

    datasets = [d for d in args.datasets.split(",") if d]
    pages = select_pages(args.bench, datasets, args.pages)
    report: dict[str, Any] = {"machine": machine_line(), "pages": len(pages), "datasets": datasets}
    print(f"{len(pages)} pages from {', '.join(datasets)}; {machine_line()}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="articlekit-speed-") as tmp:
        pages_file = Path(tmp) / "pages.jsonl"
        write_pages(pages, pages_file)

        if args.memory_soak:
            soak: dict[str, dict[str, Any]] = {}
            for name in [n for n in args.soak_extractors.split(",") if n]:
                print(f"soaking {name}: {args.memory_soak:,} parses...", file=sys.stderr)
                soak[name] = run_child(
                    [
                        "--child",
                        name,
                        "--pages-file",
                        str(pages_file),
                        "--memory-soak",
                        str(args.memory_soak),
                        "--soak-every",
                        str(args.soak_every),
                    ]
                )
            print(f"\nMemory soak: {args.memory_soak:,} parses cycling {len(pages)} pages, RSS after gc.collect()\n")
            print(soak_table(soak))
            print(
                "\nRow 0 is after importing the extractor and loading the pages it cycles through (they stay in "
                "memory, HTML being the larger); the growth after the first checkpoint is what matters."
            )
            report["soak"] = soak
        else:
            names = [n for n in args.extractors.split(",") if n]
            print(f"timing ({pin_to_one_cpu()})...", file=sys.stderr)
            runners, timings = warm_up(names, pages[:10])
            measure(runners, timings, pages, args.rounds, args.chunk)
            memory: dict[str, dict[str, Any]] = {}
            if not args.no_memory:
                for name in runners:
                    print(f"peak memory of {name}...", file=sys.stderr)
                    memory[name] = run_child(["--child", name, "--pages-file", str(pages_file)])
            print(
                f"\nSpeed: {len(pages)} pages x {args.rounds} rounds, CPU time on one core, extractors "
                f"interleaved every {args.chunk} pages. {machine_line()}\n"
            )
            print(throughput_table(timings, memory))
            bare = [m["bare_mb"] for m in memory.values() if "bare_mb" in m]
            if bare:
                print(
                    f"\nPeak RSS includes the interpreter (~{min(bare):.0f} MB bare) and the imports; "
                    "each extractor ran alone in its own process."
                )
            for t in timings.values():
                for kind, n in sorted(t.error_kinds.items(), key=lambda kv: -kv[1])[:3]:
                    print(f"- {t.name}: {n} x {kind}")
            report["timings"] = {
                n: {
                    "available": t.available,
                    "note": t.note,
                    "cpu_seconds": t.seconds,
                    "runs": t.runs,
                    "errors": t.errors,
                    "pages_per_second": t.pages_per_second(),
                    "input_bytes": t.input_bytes,
                    "error_kinds": t.error_kinds,
                }
                for n, t in timings.items()
            }
            report["memory"] = memory
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
