"""Command line: `articlekit FILE` (or `-` for stdin) prints the article as JSON, text or Markdown;
`articlekit FILE... --format jsonl` prints one JSON object per file."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from articlekit import WetFormatError, iter_wet
from articlekit.api import is_html, parse_html, parse_text
from articlekit.article import Article
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
    if kind == "html" or (kind == "auto" and is_html(data)):
        return parse_html(data, url=url, options=options)
    return parse_text(data.decode("utf-8", errors="replace"), url=url, options=options)


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


def wet_lines(path: str, args: argparse.Namespace) -> int:
    """One line per page of a WET file, its address under "url", parsed as scraped text.

    Each page's relative dates resolve against its WARC-Date, the time it was fetched. A blank page gets
    its line with the error, but is no fault: crawls keep blank pages.
    """
    status = 0
    limit = Options().max_input_bytes
    with open_input(path) as handle:
        try:
            for record in iter_wet(handle, max_record_bytes=limit):
                where = {"file": path, "url": record.url, "record_id": record.record_id}
                try:
                    if record.too_large:
                        raise InputTooLargeError(record.size, limit)
                    article = parse_text(record.text, url=record.url, options=Options(reference_date=record.date))
                except EmptyInputError as error:  # crawls keep blank pages: a line, but no fault
                    emit({**where, "error": str(error)})
                except ArticlekitError as error:
                    emit({**where, "error": str(error)})
                    status = 1
                else:
                    emit({**where, **render_json(article, args.blocks)})
        except WetFormatError as error:
            print(f"articlekit: {path}: {error}", file=sys.stderr)
            emit({"file": path, "error": str(error)})
            status = 1
    return status


def run_lines(args: argparse.Namespace) -> int:
    """JSON Lines, one object per file (per page of a WET file) in the order given.

    A file that cannot be read or parsed still gets its line, with an "error" key instead of the
    article's keys, and a message on stderr; the exit status is the worst one met (2 unreadable,
    1 unparsable, 0 all well). Every line carries the file's name under "file".
    """
    status = 0
    options = Options()
    for path in args.file:
        line: dict[str, object]
        try:
            if args.input == "wet":
                status = max(status, wet_lines(path, args))
                continue
            data = read_input(path)
            article = read_article(data, args.input, args.url, options)
        except BrokenPipeError:  # stdout's reader is gone: not this file's fault
            raise
        except OSError as error:
            print(f"articlekit: cannot read {path}: {error.strerror}", file=sys.stderr)
            line, status = {"error": f"cannot read: {error.strerror}"}, 2
        except ArticlekitError as error:
            print(f"articlekit: {path}: {error}", file=sys.stderr)
            line, status = {"error": str(error)}, max(status, 1)
        else:
            line = render_json(article, args.blocks)
        emit({"file": path, **line})
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
    args = parser.parse_args(argv)
    if args.input == "wet" and args.format != "jsonl":
        parser.error("--input wet holds many pages: use --format jsonl")
    if args.input == "wet" and args.url is not None:
        parser.error("--input wet takes each page's URL from its record: drop --url")
    if len(args.file) > 1 and args.format != "jsonl":
        parser.error("several files need --format jsonl (one JSON object per line)")
    if len(args.file) > 1 and args.url is not None:
        parser.error("--url names one page: give one file with it")
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
