"""Issue 4's robustness numbers: every adversarial case of `adversarial.py`, under a memory limit, with its
outcome, CPU time and peak memory, checked against what it must give.

    python benchmarks/robustness.py                  # the whole suite at full size (100 MB page included)
    python benchmarks/robustness.py --quick          # sizes scaled down 10x
    python benchmarks/robustness.py --only nest-     # the cases whose name contains "nest-"
    python benchmarks/robustness.py --brief --json robustness.json

How it runs: cases go to worker processes, each under `RLIMIT_AS` (4 GiB by default, `--mem-limit-gib`).
A worker builds each input itself (the parent never holds a 100 MB page), parses it with the case's
entry point and options, and reports the outcome, the CPU time of the parse call alone
(`time.process_time`), and its peak RSS during the case: the kernel's high-water mark, reset before each
case through /proc/self/clear_refs (Linux), so it includes the input. Small cases share a worker; each
big case (tens of MB) gets a fresh one. A case still running after `--timeout` wall seconds is killed and
counts as a hang (over the CPU limit); a worker that raises MemoryError or dies counts as out of memory.

The summary gives issue 4's numbers: unexpected exceptions (anything but `ArticlekitError` subclasses,
and TypeError for a Python type the entry point does not take), cases over 5 s of CPU, out-of-memory
cases, "must keep" paragraphs lost, and the 100 MB page with `Options(max_input_bytes=200_000_000)` and
with the default limit (which must refuse it with InputTooLargeError). Exit status 1 when any of the
numbers is not zero.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import queue
import resource
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from adversarial import (
    FULL,
    Case,
    Sizes,
    cases,
    check,
    input_size,
    is_expected_error,
    leaked_texts,
    library,
    library_root,
    lost_paragraphs,
    run,
)
from articlekit import Article, ArticlekitError

GIB = 1 << 30
MIB = 1 << 20
# Issue 4's bound: no case may take more CPU than this.
CPU_LIMIT_S = 5.0
# The 100 MB page: under this memory with a raised size limit (issue 4); its CPU bound is the case's own.
BIG_PAGE_RSS_MIB = 2048.0
BIG_PAGE = "page-100mb"
BIG_PAGE_REFUSED = "page-100mb-default-limit"


@dataclass
class Result:
    """What happened to one case."""

    name: str
    group: str
    mode: str
    size: int = 0
    outcome: str = ""  # "Article: 6 body / 14 blocks", an error's class name, "timeout", "died: ..."
    kind: str = "article"  # article | typed | unexpected | oom | timeout | died
    cpu_s: float = 0.0
    peak_rss_mib: float | None = None
    problems: list[str] = field(default_factory=list)
    lost: int = 0  # paragraphs to keep that are not in the body
    to_keep: int = 0
    leaked: int = 0  # absent texts found in the body
    note: str = ""
    cpu_limit_s: float = CPU_LIMIT_S  # the case's bound: 5 s, or 30 s for the 50-100 MB pages

    @property
    def passed(self) -> bool:
        """No problem against the expectation, no hang, no memory failure, under the CPU limit."""
        return not self.problems and self.kind not in ("unexpected", "oom", "timeout", "died") and not self.slow

    @property
    def slow(self) -> bool:
        """Over issue 4's CPU limit (a killed case counts as over it)."""
        return self.cpu_s > self.cpu_limit_s or self.kind == "timeout"


# --- the worker: runs cases one by one, in its own process --------------------------------------------------


def _status_kib(key: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark for this process (Linux 4.0+); False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        return False
    return True


def _peak_rss_mib() -> float:
    peak = _status_kib("VmHWM")
    if peak is None:  # not Linux: the process's lifetime peak (bytes on macOS, KiB elsewhere)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / MIB if sys.platform == "darwin" else peak / 1024
    return peak / 1024


def _limit_memory(limit_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _describe(result: Article | BaseException) -> tuple[str, str]:
    if isinstance(result, BaseException):
        return type(result).__name__, ""
    return f"Article: {len(result.body)} body / {len(result.blocks)} blocks", "article"


def run_one(case: Case) -> dict[str, Any]:
    """Build, parse and check one case in this process; the result as a dict for the parent."""
    resettable = _reset_peak()
    gc.collect()
    source = case.make()
    size = input_size(source)
    start = time.process_time()
    result = run(case, source)
    cpu = time.process_time() - start
    peak = _peak_rss_mib() if resettable or case.big else None
    outcome, kind = _describe(result)
    if isinstance(result, MemoryError):
        kind = "oom"
    elif isinstance(result, BaseException):
        kind = "typed" if is_expected_error(result, source, case.mode) else "unexpected"
        if kind == "unexpected":
            outcome = f"{outcome}: {str(result)[:120]}"
        elif isinstance(result, ArticlekitError):
            outcome = type(result).__name__
        else:
            outcome = f"TypeError (wrong type for {case.mode})"
    report = Result(
        name=case.name,
        group=case.group,
        mode=case.mode,
        size=size,
        outcome=outcome,
        kind=kind,
        cpu_s=cpu,
        peak_rss_mib=peak,
        problems=check(case, result, source),
        lost=lost_paragraphs(case, result),
        to_keep=len(case.expect.keep),
        leaked=leaked_texts(case, result),
        note=case.note,
        cpu_limit_s=case.cpu_limit_s,
    )
    del source, result
    gc.collect()
    return asdict(report)


def worker(sizes: Sizes, limit_bytes: int) -> int:
    """Read case names on stdin, write one JSON result per line on stdout."""
    _limit_memory(limit_bytes)
    suite = {case.name: case for case in cases(sizes)}
    for name in ("baseline-text", "baseline-html", "date-00-text-reference"):  # imports, dateparser's first call
        run(suite[name])
    out = sys.stdout
    out.write(f"ready {library()}\n")
    out.flush()
    for line in sys.stdin:
        name = line.strip()
        if not name:
            continue
        try:
            report = run_one(suite[name])
        except MemoryError:
            case = suite[name]
            report = asdict(Result(case.name, case.group, case.mode, outcome="MemoryError (building)", kind="oom"))
        out.write(json.dumps(report) + "\n")
        out.flush()
    return 0


# --- the parent: hands cases to workers, kills what hangs ----------------------------------------------------


class Worker:
    """A worker process and the pipe ends to talk to it."""

    def __init__(self, scale: float, limit_bytes: int, start_timeout: float) -> None:
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", f"--scale={scale}"]
        command.append(f"--mem-limit-bytes={limit_bytes}")
        # the worker imports the articlekit this process imported, whatever its working directory
        path = os.pathsep.join(filter(None, [str(library_root()), os.environ.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            command,
            env={**os.environ, "PYTHONPATH": path},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=Path(__file__).resolve().parent,
        )
        line = self._read_line(start_timeout)
        if line != f"ready {library()}":
            self.close()
            raise RuntimeError(f"worker did not start with {library()}: {line!r} {self._stderr()}")

    def _read_line(self, timeout: float) -> str | None:
        stdout = self.process.stdout
        assert stdout is not None
        ready, _, _ = select.select([stdout], [], [], timeout)
        if not ready:
            return None
        return stdout.readline().strip()

    def _stderr(self) -> str:
        stderr = self.process.stderr
        if stderr is None or self.process.poll() is None:
            return ""
        return stderr.read()[-500:]

    def ask(self, case: Case, timeout: float) -> Result:
        """Run one case; a result saying "timeout" or "died" when the worker could not answer."""
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write(case.name + "\n")
            stdin.flush()
        except BrokenPipeError:
            pass
        started = time.monotonic()
        line = self._read_line(timeout)
        if line:
            return Result(**json.loads(line))
        if line is None and self.process.poll() is None:
            self.close()
            return Result(
                case.name, case.group, case.mode, outcome=f"killed after {timeout:.0f} s wall", kind="timeout"
            )
        self.process.wait()
        code = self.process.returncode
        reason = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"
        tail = self._stderr().strip().splitlines()
        oom = code == -signal.SIGKILL or any("MemoryError" in text or "alloc" in text for text in tail)
        return Result(
            case.name,
            case.group,
            case.mode,
            outcome=f"died ({reason}) after {time.monotonic() - started:.0f} s: {tail[-1] if tail else ''}"[:200],
            kind="oom" if oom else "died",
        )

    @property
    def alive(self) -> bool:
        """Whether the process is still running."""
        return self.process.poll() is None

    def close(self) -> None:
        """Stop the worker (it is ours: killed by its own pid)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def run_suite(
    suite: Sequence[Case], scale: float, limit_bytes: int, *, timeout: float, jobs: int, progress: TextIO | None
) -> list[Result]:
    """Every case, on `jobs` workers; results in suite order."""
    todo: queue.Queue[tuple[int, Case]] = queue.Queue()
    for number, case in enumerate(suite):
        todo.put((number, case))
    results: list[Result | None] = [None] * len(suite)
    lock = threading.Lock()
    done = [0]

    def serve() -> None:
        shared: Worker | None = None
        try:
            while True:
                try:
                    number, case = todo.get_nowait()
                except queue.Empty:
                    return
                if case.big:
                    own = Worker(scale, limit_bytes, start_timeout=120)
                    try:
                        result = own.ask(case, timeout)
                    finally:
                        own.close()
                else:
                    if shared is None or not shared.alive:
                        shared = Worker(scale, limit_bytes, start_timeout=120)
                    result = shared.ask(case, timeout)
                    if result.kind in ("oom", "timeout", "died"):
                        shared.close()
                        shared = None
                results[number] = result
                with lock:
                    done[0] += 1
                    if progress is not None:
                        mark = "ok" if result.passed else "FAIL"
                        progress.write(
                            f"[{done[0]}/{len(suite)}] {mark:4} {case.name} {result.cpu_s:.2f}s {result.outcome}\n"
                        )
                        progress.flush()
        finally:
            if shared is not None:
                shared.close()

    threads = [threading.Thread(target=serve) for _ in range(max(1, jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [result for result in results if result is not None]


# --- the report -------------------------------------------------------------------------------------------------


def _size(size: int) -> str:
    if size >= MIB:
        return f"{size / MIB:,.1f} MiB"
    if size >= 1024:
        return f"{size / 1024:,.1f} KiB"
    return f"{size} B"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(results: Sequence[Result], brief: bool) -> Iterator[str]:
    """The markdown table: one row per case (with --brief, only failing and slow ones)."""
    yield "| case | mode | input | outcome | CPU s | peak RSS MiB | result |"
    yield "|---|---|---:|---|---:|---:|---|"
    for r in results:
        if brief and r.passed and r.cpu_s < 1.0:
            continue
        reasons = list(r.problems)
        if r.slow:
            reasons.append("killed (hang)" if r.kind == "timeout" else f"over {r.cpu_limit_s:g} s CPU")
        if r.kind in ("unexpected", "oom", "died"):
            reasons.append(r.kind)
        verdict = "pass" if r.passed else "FAIL: " + "; ".join(reasons)
        rss = "–" if r.peak_rss_mib is None else f"{r.peak_rss_mib:,.0f}"
        yield (
            f"| {r.name} | {r.mode} | {_size(r.size)} | {_cell(r.outcome)} | {r.cpu_s:.2f} | {rss} |"
            f" {_cell(verdict[:300])} |"
        )


def summary(results: Sequence[Result]) -> tuple[list[str], bool]:
    """Issue 4's numbers, and whether they are all met."""
    unexpected = [r for r in results if r.kind in ("unexpected", "died")]
    slow = [r for r in results if r.slow]
    oom = [r for r in results if r.kind == "oom"]
    lost = [r for r in results if r.lost]
    leaked = [r for r in results if r.leaked]
    other = [r for r in results if not r.passed and r not in (*unexpected, *slow, *oom, *lost, *leaked)]
    kept_total = sum(r.to_keep for r in results)

    def names(group: Sequence[Result]) -> str:
        return (": " + ", ".join(r.name for r in group[:40]) + (" ..." if len(group) > 40 else "")) if group else ""

    lines = [
        f"- cases: {len(results)}, passed: {sum(r.passed for r in results)}",
        f"- unexpected exceptions: {len(unexpected)}{names(unexpected)}",
        f"- cases over {CPU_LIMIT_S:g} s CPU (30 s for the 50-100 MB pages), or killed: {len(slow)}{names(slow)}",
        f"- out of memory: {len(oom)}{names(oom)}",
        f"- must-keep paragraphs lost: {sum(r.lost for r in results)} of {kept_total}, in {len(lost)} cases"
        + names(lost),
        (
            f"- absent text leaked into the body (boilerplate kept as article): {sum(r.leaked for r in results)}, "
            f"in {len(leaked)} cases{names(leaked)}"
        ),
        f"- other failed expectations: {len(other)}{names(other)}",
        f"- CPU: total {sum(r.cpu_s for r in results):.1f} s, slowest "
        + ", ".join(f"{r.name} {r.cpu_s:.2f} s" for r in sorted(results, key=lambda r: -r.cpu_s)[:5]),
    ]
    met = not (unexpected or slow or oom or lost)
    by_name = {r.name: r for r in results}
    big = by_name.get(BIG_PAGE)
    if big is not None:
        rss = "?" if big.peak_rss_mib is None else f"{big.peak_rss_mib:,.0f} MiB"
        within = big.kind == "article" and not big.slow and (big.peak_rss_mib or 0) < BIG_PAGE_RSS_MIB
        lines.append(
            f"- {_size(big.size)} page, {big.note}: {big.outcome}, CPU {big.cpu_s:.1f} s, peak RSS {rss} "
            f"({'within' if within else 'NOT within'} {big.cpu_limit_s:g} s and {BIG_PAGE_RSS_MIB:,.0f} MiB)"
        )
        met = met and within
    refused = by_name.get(BIG_PAGE_REFUSED)
    if refused is not None:
        ok = refused.outcome == "InputTooLargeError"
        lines.append(
            f"- {_size(refused.size)} page, {refused.note}: {refused.outcome} "
            f"({'refused' if ok else 'NOT refused'}), CPU {refused.cpu_s:.2f} s"
        )
        met = met and ok
    return lines, met


def _machine() -> str:
    return (
        f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}; {library()}"
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="sizes scaled down 10x (same as --scale 0.1)")
    parser.add_argument("--scale", type=float, default=None, help="scale every size by this factor")
    parser.add_argument("--only", default="", help="only the cases whose name contains this")
    parser.add_argument("--group", default="", help="only the cases of this group (empty, encoding, huge...)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes at once (default 1)")
    parser.add_argument("--mem-limit-gib", type=float, default=4.0, help="RLIMIT_AS of each worker (default 4)")
    parser.add_argument("--timeout", type=float, default=300.0, help="wall seconds before a case is killed")
    parser.add_argument("--brief", action="store_true", help="table rows only for failing or slow (>1 s) cases")
    parser.add_argument("--json", type=Path, help="write every result here")
    parser.add_argument("--progress", action="store_true", help="a line per case on stderr")
    parser.add_argument("--list", action="store_true", help="list the selected cases and stop")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mem-limit-bytes", type=int, default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite and print the report."""
    args = parse_args(argv)
    scale = args.scale if args.scale is not None else (0.1 if args.quick else 1.0)
    sizes = FULL if scale == 1.0 else Sizes.scaled(scale)
    limit = args.mem_limit_bytes or int(args.mem_limit_gib * GIB)
    if args.worker:
        return worker(sizes, limit)
    suite = [c for c in cases(sizes) if args.only in c.name and (not args.group or c.group == args.group)]
    if args.list:
        for case in suite:
            print(f"{case.name}\t{case.group}\t{case.mode}\t{case.expect.describe()}")
        return 0
    started = time.monotonic()
    progress = sys.stderr if args.progress else None
    results = run_suite(suite, scale, limit, timeout=args.timeout, jobs=args.jobs, progress=progress)
    lines, met = summary(results)
    print(f"## Robustness (issue 4): {len(results)} adversarial cases, scale {scale:g}\n")
    print(
        f"{_machine()}; each worker under RLIMIT_AS {limit / GIB:g} GiB; {args.jobs} job(s); "
        f"wall {time.monotonic() - started:.0f} s\n"
    )
    print("\n".join(lines))
    print()
    print("\n".join(table(results, args.brief)))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1), encoding="utf-8")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
