"""What the benchmark scripts share: where the bench pages are, reading them, importing articlekit."""

from __future__ import annotations

import gzip
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = REPO_ROOT.parent / "shared" / "bench"
"""`../shared/bench` beside the repository; every script takes `--bench DIR` to point elsewhere."""

VIEWS = ("htmltext", "inscriptis", "bs4")
"""The three scraped-text dumps of each page (fields `text_<view>`)."""


def dataset_path(bench: Path, dataset: str) -> Path:
    """The file of one dataset's dev pages."""
    return bench / f"{dataset}.dev.jsonl.gz"


def iter_lines(bench: Path, dataset: str, limit: int | None = None) -> Iterator[str]:
    """The raw JSON lines of a dataset (the first `limit` pages when given)."""
    path = dataset_path(bench, dataset)
    if not path.exists():
        raise SystemExit(f"no such dataset file: {path} (pass --bench DIR, the folder with *.dev.jsonl.gz)")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                return
            if line.strip():
                yield line


def iter_pages(bench: Path, dataset: str, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The pages of a dataset as dicts."""
    for line in iter_lines(bench, dataset, limit):
        yield json.loads(line)


def import_articlekit() -> ModuleType:
    """Import articlekit: the installed one, else the repository's `src/` (no install needed)."""
    try:
        return importlib.import_module("articlekit")
    except ModuleNotFoundError:
        sys.path.insert(0, str(REPO_ROOT / "src"))
        return importlib.import_module("articlekit")
