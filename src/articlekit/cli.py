"""Command line: `articlekit FILE` (or `-` for stdin) prints the article as JSON, text or Markdown."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from articlekit.api import is_html, parse_html, parse_text
from articlekit.article import Article
from articlekit.errors import ArticlekitError
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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `articlekit` command."""
    parser = argparse.ArgumentParser(prog="articlekit", description=__doc__)
    parser.add_argument("file", help="a saved page (HTML or scraped text), or - for stdin")
    parser.add_argument("--format", choices=("json", "text", "markdown"), default="json")
    parser.add_argument("--input", choices=("auto", "html", "text"), default="auto", help="force the input type")
    parser.add_argument("--url", default=None, help="the page's URL, if known")
    parser.add_argument("--blocks", action="store_true", help="keep every block with its role and evidence in JSON")
    args = parser.parse_args(argv)
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(args.file, "rb") as handle:
                data = handle.read()
    except OSError as error:
        print(f"articlekit: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    options = Options()
    try:
        article = read_article(data, args.input, args.url, options)
    except ArticlekitError as error:
        print(f"articlekit: {error}", file=sys.stderr)
        return 1
    if args.format == "json":
        result = article.to_dict()
        if not args.blocks:
            result.pop("blocks")
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "text":
        sys.stdout.write(render_text(article))
    else:
        sys.stdout.write(render_markdown(article))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
