"""Many pages at once: `parse_many` parses an iterable of pages in input order, in worker processes if
asked, holding only a bounded number of pages in memory (a crawl's stream of pages never is read ahead
whole)."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Literal, TypeAlias, TypeVar

from articlekit.api import is_html, parse, parse_html, parse_text
from articlekit.article import Article
from articlekit.errors import ArticlekitError, UnsupportedInputError
from articlekit.options import Options

InputKind: TypeAlias = Literal["auto", "html", "text"]
# A page alone, or with its URL, or with its URL and its own options (a crawl's fetch time, say).
PageItem: TypeAlias = str | bytes | tuple[str | bytes, str | None] | tuple[str | bytes, str | None, Options | None]

INPUT_KINDS = ("auto", "html", "text")
# Pages handed to a worker at a time: a page takes milliseconds, a round trip to a worker ~0.1 ms.
DEFAULT_CHUNK = 4
# Chunks in flight per worker: enough to keep every worker busy while results are read in order.
CHUNKS_PER_WORKER = 2

T = TypeVar("T")
R = TypeVar("R")


def parse_as(
    source: str | bytes, input: InputKind = "auto", url: str | None = None, options: Options | None = None
) -> Article:
    """Parse `source` as `input`: "html", "text", or "auto" (sniffed; `bytes` too).

    Bytes read as scraped text are UTF-8 (as crawl dumps are), undecodable bytes replaced rather than
    fatal; bytes read as HTML keep their BOM and declared charset for the HTML reader.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        if input == "html" or (input == "auto" and is_html(source)):
            return parse_html(source, url=url, options=options)
        return parse_text(bytes(source).decode("utf-8", errors="replace"), url=url, options=options)
    if input == "html":
        return parse_html(source, url=url, options=options)
    if input == "text":
        return parse_text(source, url=url, options=options)
    return parse(source, url=url, options=options)


# What parse_many says of an item it cannot read, in the item's place.
ITEM_FORMS = "parse_many takes a page (str or bytes), (page, url) or (page, url, options) with url a str or None"


def _parse_item(item: PageItem, input: InputKind, options: Options | None) -> Article | ArticlekitError:
    """One page of `parse_many`: its Article, or the ArticlekitError it raised (a malformed item's too)."""
    url: object = None
    if isinstance(item, tuple):
        if len(item) not in (2, 3):
            return UnsupportedInputError(item, ITEM_FORMS)
        source, url = item[0], item[1]
        if len(item) == 3 and item[2] is not None:
            options = item[2]
        if url is not None and not isinstance(url, str):  # pandas gives a missing URL as NaN
            return UnsupportedInputError(url, ITEM_FORMS + " (a missing URL is None)")
        if options is not None and not isinstance(options, Options):
            return UnsupportedInputError(options, "the third element of a parse_many item is an Options or None")
    else:
        source = item
    try:
        return parse_as(source, input, url if isinstance(url, str) else None, options)
    except ArticlekitError as error:
        return error


def _parse_chunk(chunk: list[PageItem], input: InputKind, options: Options | None) -> list[Article | ArticlekitError]:
    return [_parse_item(item, input, options) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pool_context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: forking a process that runs threads (a notebook's) is unsafe."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def map_ordered(
    function: Callable[[list[T]], list[R]], items: Iterable[T], jobs: int = 1, chunk: int = DEFAULT_CHUNK
) -> Iterator[R]:
    """`function` over `items` in chunks, results in input order, in `jobs` worker processes.

    `function` takes a chunk and returns one result per item; with jobs > 1 it and the items must be
    picklable (a module-level function). At most `jobs * CHUNKS_PER_WORKER` chunks are in flight, so
    `items` may be an endless stream. jobs == 1 runs in this process, with no pool.
    """
    if jobs == 1:
        for part in _chunks(items, chunk):
            yield from function(part)
        return
    pending: deque[Future[list[R]]] = deque()
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context())
    try:
        for part in _chunks(items, chunk):
            while pending and (len(pending) >= jobs * CHUNKS_PER_WORKER or pending[0].done()):
                # done results go out at once: a slow source (a pipe) still sees answers as they come
                yield from pending.popleft().result()
            pending.append(executor.submit(function, part))
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool as error:
        raise BrokenProcessPool(
            "a worker process died; if this ran from a script, put the call under "
            "`if __name__ == '__main__':` (each worker imports the main module), and see the worker's error above"
        ) from error
    finally:
        # a consumer that stops early (or an error) leaves no work running behind it
        executor.shutdown(wait=True, cancel_futures=True)


def cpu_count() -> int:
    """The CPUs this process may run on (its affinity, so a container's or taskset's limit counts)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _portable(pages: Iterable[PageItem]) -> Iterator[PageItem]:
    """Pages as worker processes can receive them: a memoryview cannot be pickled, its bytes can."""
    for page in pages:
        if isinstance(page, (memoryview, bytearray)):
            yield bytes(page)
        elif isinstance(page, tuple) and page and isinstance(page[0], (memoryview, bytearray)):
            yield (bytes(page[0]), *page[1:])
        else:
            yield page


class _ChunkParser:
    """A picklable chunk function with the shared settings of one `parse_many` call."""

    def __init__(self, input: InputKind, options: Options | None) -> None:
        self.input = input
        self.options = options

    def __call__(self, chunk: list[PageItem]) -> list[Article | ArticlekitError]:
        return _parse_chunk(chunk, self.input, self.options)


def parse_many(
    pages: Iterable[PageItem],
    *,
    input: InputKind = "auto",
    options: Options | None = None,
    jobs: int | None = 1,
    chunk: int = DEFAULT_CHUNK,
) -> Iterator[Article | ArticlekitError]:
    """Parse many pages; yield, in input order, each page's `Article` or the `ArticlekitError` it raised.

    An item is a page (`str` or `bytes`), a `(page, url)` pair, or `(page, url, options)` to give one page
    its own options (a crawl record's fetch time as `reference_date`, say); `options` applies to the rest.
    `input` is "auto" (sniffed, as `parse` does, bytes included), "html" or "text" (bytes read as UTF-8).
    `jobs` worker processes parse in parallel (None: one per CPU); the default, 1, parses here. Only a
    bounded number of pages is read ahead, so `pages` may be a generator over a whole crawl. An error
    that is not an `ArticlekitError` (a bug), or an error of `pages` itself, ends the run (the pages read
    ahead and not yet answered are dropped). Each worker imports the main
    module: in a script, call it under `if __name__ == "__main__":`. Starting the workers takes about a
    second, so jobs > 1 pays off from a few hundred pages on.

    >>> results = list(parse_many(["", "Home\\n\\nA headline for the test\\n\\n" + "A sentence, long enough. " * 9]))
    >>> type(results[0]).__name__, type(results[1]).__name__
    ('EmptyInputError', 'Article')
    """
    if input not in INPUT_KINDS:
        raise ValueError(f"input must be one of {', '.join(INPUT_KINDS)}, not {input!r}")
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be an articlekit.Options, not {type(options).__name__}")
    if jobs is None:
        jobs = cpu_count()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive int or None (one per CPU), not {jobs!r}")
    if isinstance(chunk, bool) or not isinstance(chunk, int) or chunk < 1:
        raise ValueError(f"chunk must be a positive int, not {chunk!r}")
    return map_ordered(_ChunkParser(input, options), pages if jobs == 1 else _portable(pages), jobs, chunk)
