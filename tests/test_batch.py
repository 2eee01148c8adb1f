"""batch.py: `parse_many` keeps the input order, gives each page what `parse` would, reads a bounded number
of pages ahead, and gives the same answers in worker processes as in this one."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import pytest

import articlekit
from articlekit import Article, EmptyInputError, Options, UnsupportedInputError, parse_many
from articlekit.batch import CHUNKS_PER_WORKER, PageItem, map_ordered

PARAGRAPHS = [
    "The minister said on Tuesday that the new rules would take effect in the spring, after a long consultation.",
    "Critics of the plan argued that it would raise prices for households, and that the estimates were missing.",
]
TEXT = "\n\n".join(["Home", "World", "Ministers agree new energy rules after long talks", "By Jane Doe", *PARAGRAPHS])
HTML = (
    "<html><head><title>Ministers agree new energy rules</title></head><body><h1>Ministers agree new energy rules"
    "</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>"
)
DATED = TEXT.replace("By Jane Doe", "By Jane Doe\n\n3 hours ago")
FETCHED = datetime(2023, 10, 15, 12, tzinfo=timezone.utc)


def items() -> list[PageItem]:
    return [
        TEXT,
        HTML,
        HTML.encode("utf-8"),
        (TEXT, "https://example.com/world/energy"),
        (DATED, None, Options(reference_date=FETCHED)),
        "   ",
    ]


def test_each_page_gets_what_parse_gives_in_input_order() -> None:
    results = list(parse_many(items()))
    assert len(results) == 6
    expected = [
        articlekit.parse(TEXT),
        articlekit.parse(HTML),
        articlekit.parse_html(HTML.encode("utf-8")),
        articlekit.parse(TEXT, url="https://example.com/world/energy"),
        articlekit.parse(DATED, options=Options(reference_date=FETCHED)),
    ]
    for result, want in zip(results, expected, strict=False):
        assert isinstance(result, Article)
        assert result.to_dict() == want.to_dict()
    assert isinstance(results[5], EmptyInputError)  # an error is a result in its place, not the end of the run


def test_a_page_s_own_options_apply_to_it_alone() -> None:
    results = list(parse_many([(DATED, None, Options(reference_date=FETCHED)), DATED]))
    assert isinstance(results[0], Article) and isinstance(results[1], Article)
    assert results[0].published == datetime(2023, 10, 15, 9, tzinfo=timezone.utc)
    assert results[1].published is None  # no reference date: "3 hours ago" stays unresolved


def test_input_forces_the_mode_and_bytes_read_as_text_are_utf8() -> None:
    (as_text,) = parse_many([HTML], input="text")
    assert isinstance(as_text, Article) and as_text.diagnostics == articlekit.parse_text(HTML).diagnostics
    (from_bytes,) = parse_many([TEXT.encode("utf-8") + b"\xff"], input="text")
    assert isinstance(from_bytes, Article) and from_bytes.body == articlekit.parse_text(TEXT + "\ufffd").body


def test_items_of_the_wrong_type_are_errors_in_their_place() -> None:
    results = list(parse_many([123, (TEXT,), TEXT]))  # type: ignore[list-item]
    assert isinstance(results[0], UnsupportedInputError)
    assert isinstance(results[1], UnsupportedInputError)
    assert isinstance(results[2], Article)


@pytest.mark.parametrize(
    "kwargs",
    [{"input": "xml"}, {"jobs": 0}, {"jobs": True}, {"chunk": 0}, {"options": {"language": "en"}}],
)
def test_bad_arguments_raise_at_the_call(kwargs: dict[str, Any]) -> None:
    with pytest.raises((ValueError, TypeError)):
        parse_many([TEXT], **kwargs)


def test_worker_processes_give_the_same_answers_in_the_same_order() -> None:
    pages = items() * 3
    alone = [r.to_dict() if isinstance(r, Article) else repr(r) for r in parse_many(pages)]
    pooled = [r.to_dict() if isinstance(r, Article) else repr(r) for r in parse_many(pages, jobs=2, chunk=2)]
    assert pooled == alone


def counting(limit: int | None, seen: list[int]) -> Iterator[str]:
    for number in itertools.count() if limit is None else range(limit):
        seen.append(number)
        yield TEXT


@pytest.mark.parametrize("jobs", [1, 2])
def test_only_a_bounded_number_of_pages_is_read_ahead(jobs: int) -> None:
    seen: list[int] = []
    results = parse_many(counting(None, seen), jobs=jobs, chunk=3)  # an endless stream
    first = next(results)
    assert isinstance(first, Article)
    assert len(seen) <= 3 * (jobs * CHUNKS_PER_WORKER + 1)
    results.close()  # type: ignore[attr-defined]  # stops the workers; the test would hang otherwise


def double(chunk: list[int]) -> list[int]:
    return [2 * number for number in chunk]


def test_map_ordered_keeps_the_order_over_uneven_chunks() -> None:
    assert list(map_ordered(double, range(11), jobs=1, chunk=3)) == [2 * n for n in range(11)]


def test_a_malformed_item_is_an_error_in_its_place_not_the_end_of_the_run() -> None:
    rows: list[Any] = [
        (TEXT, "https://example.com/a"),
        (TEXT, math.nan),  # how pandas gives a missing URL
        (TEXT, None, "not options"),
        (TEXT, None, None, None),
        (TEXT, None),
    ]
    results = list(parse_many(rows))
    assert [type(result).__name__ for result in results] == [
        "Article",
        "UnsupportedInputError",
        "UnsupportedInputError",
        "UnsupportedInputError",
        "Article",
    ]
    assert "(page, url" in str(results[3]) and "None" in str(results[1])


def test_memoryviews_reach_the_workers_as_bytes() -> None:
    page = memoryview(HTML.encode("utf-8"))
    pages: list[Any] = [page, (page, "https://example.com/a")]  # accepted at run time, as parse_html does
    results = list(parse_many(pages, jobs=2))
    want = articlekit.parse_html(HTML.encode("utf-8")).to_dict()
    assert [r.to_dict() if isinstance(r, Article) else r for r in results] == [want, want]
