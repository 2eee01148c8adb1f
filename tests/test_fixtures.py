"""The project's own fixture pages, text mode: each folder in fixtures/pages holds an input.txt and the
answers a careful human reader gives for it in expected.json.

expected.json keys (a key that is absent is not checked):

- description: one line saying what the page tests (not checked).
- options: passed to `articlekit.Options`; `reference_date` is an ISO 8601 string with a zone.
- headline, subheadline, section, language: exact string, or null.
- authors: exact list, order kept.
- dateline: null, or {"location": ..., "agency": ...}; only the keys given are compared.
- published: null, or a prefix of `to_dict()["published"]` ("2023-10-15" or "2023-10-15T10:31:00-04:00").
- body: exact list of paragraphs.
- captions: exact list of {"text": ..., "credit": ...}.
- copyright: exact list.
- boilerplate: subset, each {"kind", "text"} must be the text of some block with role boilerplate and that kind.
- roles: subset, every block whose text equals "text" must have role "role".
- known_failures: {check: reason} for checks (the keys above) that articlekit is known to get wrong
  on this page. The page is then an expected failure as long as only those checks fail; a listed
  check that passes fails the test, so the entry is removed as soon as the behaviour is fixed.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import articlekit

PAGES = Path(__file__).parent / "fixtures" / "pages"

KNOWN_KEYS = frozenset(
    {
        "description",
        "options",
        "headline",
        "subheadline",
        "section",
        "authors",
        "dateline",
        "published",
        "body",
        "captions",
        "copyright",
        "boilerplate",
        "roles",
        "language",
        "known_failures",
    }
)

_SPACES = re.compile(r"\s+")


def _page_dirs() -> list[Path]:
    if not PAGES.is_dir():
        return []
    return sorted(path for path in PAGES.iterdir() if path.is_dir())


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _options(raw: dict[str, Any]) -> articlekit.Options:
    kwargs = dict(raw)
    reference = kwargs.get("reference_date")
    if reference is not None:
        moment = datetime.fromisoformat(reference)
        if moment.tzinfo is None:
            raise ValueError(f"options.reference_date must carry a zone, got {reference!r}")
        kwargs["reference_date"] = moment
    return articlekit.Options(**kwargs)


def _describe(block: articlekit.Block) -> str:
    kind = None if block.kind is None else block.kind.value
    return f"block {block.index} role={block.role.value} kind={kind} evidence={block.evidence!r} text={block.text!r}"


def _list_diff(name: str, expected: list[Any], actual: list[Any]) -> str | None:
    if expected == actual:
        return None
    lines = [f"{name}: expected {len(expected)} items, got {len(actual)}"]
    for position in range(max(len(expected), len(actual))):
        want = expected[position] if position < len(expected) else "<nothing>"
        got = actual[position] if position < len(actual) else "<nothing>"
        if want != got:
            lines.append(f"  [{position}] expected {want!r}")
            lines.append(f"  [{position}]      got {got!r}")
    missing = [item for item in expected if item not in actual]
    extra = [item for item in actual if item not in expected]
    if missing:
        lines.append(f"  missing: {missing!r}")
    if extra:
        lines.append(f"  extra: {extra!r}")
    return "\n".join(lines)


def _index(blocks: tuple[articlekit.Block, ...]) -> dict[str, list[articlekit.Block]]:
    by_text: dict[str, list[articlekit.Block]] = {}
    for block in blocks:
        by_text.setdefault(_norm(block.text), []).append(block)
    return by_text


def _explain(by_text: dict[str, list[articlekit.Block]], texts: list[Any]) -> list[str]:
    """The blocks behind texts that were missed or wrongly taken, with their evidence."""
    lines: list[str] = []
    for text in texts:
        if not isinstance(text, str):
            continue
        same_text = by_text.get(_norm(text), [])
        if same_text:
            lines.extend(f"    {_describe(block)}" for block in same_text)
        else:
            lines.append(f"    no block has the text {text!r}")
    return lines


def _check_scalars(
    expected: dict[str, Any], result: dict[str, Any], by_text: dict[str, list[articlekit.Block]], problems: list[str]
) -> None:
    for key in ("headline", "subheadline", "section", "language"):
        if key in expected and expected[key] != result[key]:
            explained = [] if key == "language" else _explain(by_text, [expected[key], result[key]])
            problems.append("\n".join([f"{key}: expected {expected[key]!r}, got {result[key]!r}", *explained]))

    if "authors" in expected:
        problem = _list_diff("authors", expected["authors"], result["authors"])
        if problem:
            problems.append(problem)

    if "dateline" in expected:
        want = expected["dateline"]
        got = result["dateline"]
        if want is None:
            if got is not None:
                problems.append(f"dateline: expected none, got {got!r}")
        elif got is None:
            problems.append(f"dateline: expected {want!r}, got none")
        else:
            for part, value in want.items():
                if got.get(part) != value:
                    problems.append(f"dateline.{part}: expected {value!r}, got {got.get(part)!r} (dateline {got!r})")

    if "published" in expected:
        want_date: str | None = expected["published"]
        got_date: str | None = result["published"]
        if want_date is None:
            if got_date is not None:
                problems.append(f"published: expected none, got {got_date!r}")
        elif got_date is None or not got_date.startswith(want_date):
            problems.append(f"published: expected a value starting with {want_date!r}, got {got_date!r}")


def _check_lists(
    expected: dict[str, Any], result: dict[str, Any], by_text: dict[str, list[articlekit.Block]], problems: list[str]
) -> None:
    for key in ("body", "captions", "copyright"):
        if key in expected:
            problem = _list_diff(key, expected[key], result[key])
            if problem:
                if key != "captions":
                    missing = [item for item in expected[key] if item not in result[key]]
                    extra = [item for item in result[key] if item not in expected[key]]
                    problem = "\n".join(
                        [problem, "  blocks behind the differences:", *_explain(by_text, missing + extra)]
                    )
                problems.append(problem)


def _check_blocks(expected: dict[str, Any], by_text: dict[str, list[articlekit.Block]], problems: list[str]) -> None:
    for item in expected.get("boilerplate", []):
        text = _norm(item["text"])
        kind = item["kind"]
        same_text = by_text.get(text, [])
        if not any(
            block.role.value == "boilerplate" and block.kind is not None and block.kind.value == kind
            for block in same_text
        ):
            found = "; ".join(_describe(block) for block in same_text) or "no block has this text"
            problems.append(f"boilerplate: expected {text!r} as boilerplate/{kind}, found: {found}")

    for item in expected.get("roles", []):
        text = _norm(item["text"])
        role = item["role"]
        same_text = by_text.get(text, [])
        if not same_text:
            problems.append(f"roles: expected {text!r} as {role}, but no block has this text")
        for block in same_text:
            if block.role.value != role:
                problems.append(f"roles: expected {text!r} as {role}, found {_describe(block)}")


@pytest.mark.parametrize("page_dir", _page_dirs(), ids=lambda path: path.name)
def test_fixture_page(page_dir: Path) -> None:
    expected: dict[str, Any] = json.loads((page_dir / "expected.json").read_text(encoding="utf-8"))
    unknown = set(expected) - KNOWN_KEYS
    assert not unknown, f"{page_dir.name}/expected.json has unknown keys {sorted(unknown)}"
    text = (page_dir / "input.txt").read_text(encoding="utf-8")

    article = articlekit.parse_text(text, options=_options(expected.get("options", {})))
    result = article.to_dict()

    by_text = _index(article.blocks)
    problems: list[str] = []
    _check_scalars(expected, result, by_text, problems)
    _check_lists(expected, result, by_text, problems)
    _check_blocks(expected, by_text, problems)
    known: dict[str, str] = expected.get("known_failures", {})
    failing = {problem.split(":", 1)[0].split(".", 1)[0] for problem in problems}
    fixed = sorted(set(known) - failing)
    if fixed:
        pytest.fail(f"{page_dir.name}: known failures now pass, remove them from expected.json: {fixed}", pytrace=False)
    if problems and failing <= set(known):
        pytest.xfail("; ".join(f"{key}: {known[key]}" for key in sorted(failing)))
    if problems:
        pytest.fail(f"{page_dir.name}: {expected.get('description', '')}\n" + "\n".join(problems), pytrace=False)
