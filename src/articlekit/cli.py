"""Command line: `articlekit FILE` (or `-` for stdin) prints the article as JSON, text or Markdown;
`articlekit FILE... --format jsonl` prints one JSON object per file."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import BinaryIO, NamedTuple, TypeAlias

from articlekit import WetFormatError, iter_wet
from articlekit.api import parse_text
from articlekit.article import Article
from articlekit.batch import cpu_count, map_ordered, parse_as
from articlekit.errors import ArticlekitError, EmptyInputError, InputTooLargeError
from articlekit.options import Options


def render_text(article: Article) -> str:
    """Headline, then the body paragraphs separated by blank lines."""
    parts = [article.headline] if article.headline else []
    parts.extend(article.body)
    return "\n\n".join(parts) + "\n"


def render_markdown(article: Article) -> str:
    """A Markdown document: headline, dek, byline and date, body, captions."""
    lines: list[str] = []
    if article.headline:
        lines += [f"# {article.headline}", ""]
    if article.subheadline:
        lines += [f"*{article.subheadline}*", ""]
    meta = []
    if article.authors:
        meta.append("By " + ", ".join(article.authors))
    if article.published:
        meta.append(article.published.isoformat())
    if meta:
        lines += [" · ".join(meta), ""]
    for block in article.blocks:
        if block.role.value != "body":
            continue
        kind = block.kind.value if block.kind else "paragraph"
        prefix = {"heading": "## ", "list_item": "- ", "quote": "> "}.get(kind, "")
        lines += [prefix + block.text, ""]
    for caption in article.captions:
        credit = f" ({caption.credit})" if caption.credit else ""
        lines += [f"> *{caption.text}{credit}*", ""]
    return "\n".join(lines)


def read_article(data: bytes, kind: str, url: str | None, options: Options) -> Article:
    """Parse a file's bytes as `kind` ("auto", "html" or "text").

    HTML gets the undecoded bytes, so its reader honours the BOM and the declared charset; scraped
    text is UTF-8 (as crawl dumps are), with undecodable bytes replaced rather than fatal.
    """
    return parse_as(data, "html" if kind == "html" else "text" if kind == "text" else "auto", url, options)


@contextlib.contextmanager
def open_input(path: str) -> Iterator[BinaryIO]:
    """A file opened for binary reading, or stdin's bytes for "-" (left open)."""
    if path == "-":
        yield sys.stdin.buffer
    else:
        with open(path, "rb") as handle:
            yield handle


def read_input(path: str) -> bytes:
    """The bytes of a file, or of stdin for "-"."""
    with open_input(path) as handle:
        return handle.read()


def render_json(article: Article, blocks: bool) -> dict[str, object]:
    """`Article.to_dict()`, without the per-block detail unless asked."""
    result = article.to_dict()
    if not blocks:
        result.pop("blocks")
    return result


def emit(line: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


class ReadyLine(NamedTuple):
    """A `--format jsonl` line known without parsing: a read error, a broken WET file."""

    line: dict[str, object]
    status: int
    message: str | None


class FileTask(NamedTuple):
    """A file's bytes to parse into its line."""

    name: str
    data: bytes
    input: str
    url: str | None
    blocks: bool


class WetTask(NamedTuple):
    """A WET record's page to parse as scraped text; `text` is None when the record is too large."""

    where: dict[str, str | None]
    text: str | None
    fetched: datetime | None
    size: int
    blocks: bool


Task: TypeAlias = ReadyLine | FileTask | WetTask


def do_task(task: Task) -> ReadyLine:
    """Parse one task's page into its line, exit status and stderr message: the work `--jobs` spreads."""
    if isinstance(task, ReadyLine):
        return task
    if isinstance(task, FileTask):
        try:
            article = read_article(task.data, task.input, task.url, Options())
        except ArticlekitError as error:
            return ReadyLine({"file": task.name, "error": str(error)}, 1, f"articlekit: {task.name}: {error}")
        return ReadyLine({"file": task.name, **render_json(article, task.blocks)}, 0, None)
    limit = Options().max_input_bytes
    try:
        if task.text is None:
            raise InputTooLargeError(task.size, limit)
        options = Options(reference_date=task.fetched)
        article = parse_text(task.text, url=task.where["url"], options=options)
    except EmptyInputError as error:  # crawls keep blank pages: a line, but no fault
        return ReadyLine({**task.where, "error": str(error)}, 0, None)
    except ArticlekitError as error:
        return ReadyLine({**task.where, "error": str(error)}, 1, None)
    return ReadyLine({**task.where, **render_json(article, task.blocks)}, 0, None)


def do_tasks(tasks: list[Task]) -> list[ReadyLine]:
    return [do_task(task) for task in tasks]


def wet_tasks(path: str, blocks: bool) -> Iterator[Task]:
    """A task per page of a WET file, its address under "url"; a broken file ends with its error line.

    Each page's relative dates resolve against its WARC-Date, the time it was fetched.
    """
    limit = Options().max_input_bytes
    with open_input(path) as handle:
        try:
            for record in iter_wet(handle, max_record_bytes=limit):
                where = {"file": path, "url": record.url, "record_id": record.record_id}
                text = None if record.too_large else record.text
                yield WetTask(where, text, record.date, record.size, blocks)
        except WetFormatError as error:
            yield ReadyLine({"file": path, "error": str(error)}, 1, f"articlekit: {path}: {error}")


def line_tasks(args: argparse.Namespace) -> Iterator[Task]:
    """The tasks of a `--format jsonl` run, file by file, in the order given."""
    for path in args.file:
        try:
            if args.input == "wet":
                yield from wet_tasks(path, args.blocks)
                continue
            data = read_input(path)
        except OSError as error:
            message = f"articlekit: cannot read {path}: {error.strerror}"
            yield ReadyLine({"file": path, "error": f"cannot read: {error.strerror}"}, 2, message)
        else:
            yield FileTask(path, data, args.input, args.url, args.blocks)


def run_lines(args: argparse.Namespace) -> int:
    """JSON Lines, one object per file (per page of a WET file) in the order given.

    A file that cannot be read or parsed still gets its line, with an "error" key instead of the
    article's keys, and a message on stderr; the exit status is the worst one met (2 unreadable,
    1 unparsable, 0 all well). Every line carries the file's name under "file". With `--jobs N` the
    pages are parsed by N worker processes; the lines keep the input order.
    """
    status = 0
    for line, code, message in map_ordered(do_tasks, line_tasks(args), args.jobs):
        if message:
            print(message, file=sys.stderr)
        emit(line)
        status = max(status, code)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `articlekit` command."""
    try:
        return run(argv)
    except BrokenPipeError:
        # the reader went away (`articlekit *.html --format jsonl | head`): stop quietly, as Unix tools do,
        # and keep Python from reporting the failed flush of stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 141  # 128 + SIGPIPE, what a shell reports for a tool killed by the broken pipe


def run(argv: Sequence[str] | None) -> int:
    """Parse the arguments and do the work; `main` adds the broken-pipe handling."""
    parser = argparse.ArgumentParser(prog="articlekit", description=__doc__)
    parser.add_argument(
        "file", nargs="+", help="saved pages (HTML or scraped text), or - for stdin; several need --format jsonl"
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "text", "markdown"),
        default="json",
        help="jsonl: one compact JSON object per file, with its name under 'file'",
    )
    parser.add_argument(
        "--input",
        choices=("auto", "html", "text", "wet"),
        default="auto",
        help="force the input type; wet: Common Crawl WET files (.warc.wet or .warc.wet.gz), needs --format jsonl",
    )
    parser.add_argument("--url", default=None, help="the page's URL, if known (one file only)")
    parser.add_argument("--blocks", action="store_true", help="keep every block with its role and evidence in JSON")
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="with --format jsonl: parse in N worker processes (0: one per CPU)",
    )
    args = parser.parse_args(argv)
    if args.input == "wet" and args.format != "jsonl":
        parser.error("--input wet holds many pages: use --format jsonl")
    if args.input == "wet" and args.url is not None:
        parser.error("--input wet takes each page's URL from its record: drop --url")
    if len(args.file) > 1 and args.format != "jsonl":
        parser.error("several files need --format jsonl (one JSON object per line)")
    if len(args.file) > 1 and args.url is not None:
        parser.error("--url names one page: give one file with it")
    if args.jobs < 0:
        parser.error("--jobs takes a number of processes, or 0 for one per CPU")
    if args.jobs != 1 and args.format != "jsonl":
        parser.error("--jobs spreads many pages over processes: use it with --format jsonl")
    args.jobs = args.jobs or cpu_count()
    if args.file.count("-") > 1:
        parser.error("stdin (-) can be read once")
    if args.format == "jsonl":
        return run_lines(args)
    path = args.file[0]
    try:
        data = read_input(path)
    except OSError as error:
        print(f"articlekit: cannot read {path}: {error.strerror}", file=sys.stderr)
        return 2
    try:
        article = read_article(data, args.input, args.url, Options())
    except ArticlekitError as error:
        print(f"articlekit: {error}", file=sys.stderr)
        return 1
    if args.format == "json":
        sys.stdout.write(json.dumps(render_json(article, args.blocks), ensure_ascii=False, indent=2) + "\n")
    elif args.format == "text":
        sys.stdout.write(render_text(article))
    else:
        sys.stdout.write(render_markdown(article))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
