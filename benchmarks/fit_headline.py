"""Fit the headline ranker's weights on the permissively licensed benchmark pages.

Candidates are the lines of each page's header zone (see `articlekit.classify.header`), described by
`articlekit.classify.headline_model.FEATURES`; the model is a per-page softmax over candidates
(a listwise logistic regression), fitted by gradient descent with L2 regularisation.

Only `trafilatura` and `readability` pages (Apache-2.0) are used for fitting, as
shared/bench/README.md allows. The script then reports accuracy on held-out sites: a split by site
inside the fitting sets, and the naeb and l3s_gn1 sets, which never touch the fit.

    python benchmarks/fit_headline.py --write      # refit and write src/articlekit/classify/headline_weights.json
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np

import articlekit
from articlekit.classify import STAGES
from articlekit.classify.header import headline_candidates, mark_header_furniture
from articlekit.classify.headline_model import FEATURES, WEIGHTS, tokens
from articlekit.readers.html import read_html
from articlekit.readers.text import read_text

sys.path.insert(0, str(Path(__file__).parent))
from common import iter_pages
from metrics import gold_headline

FIT_SETS = ("trafilatura", "readability")
MOMENTUM = 0.9
CHECK_SETS = ("naeb", "l3s_gn1")
VIEWS = ("text_htmltext", "text_inscriptis", "text_bs4", "html")
WEIGHTS_FILE = Path(__file__).parents[1] / "src" / "articlekit" / "classify" / "headline_weights.json"
UNTIL = STAGES.index(mark_header_furniture) + 1


Page = tuple[np.ndarray, int, str]  # candidate features, index of the gold candidate (-1: none), site


def page_candidates(bench: Path, dataset: str, limit: int | None) -> Iterator[Page]:
    """Candidate matrices of every page and view with a gold headline."""
    options = articlekit.Options()
    for row in iter_pages(bench, dataset, limit):
        gold = gold_headline(dataset, row["gold"])
        if not gold:
            continue
        site = str(row.get("split_key") or row.get("url") or row["id"])
        for view in VIEWS:
            text = row.get(view) or ""
            if not text.strip():
                continue
            page = read_html(text, None, options) if view == "html" else read_text(text)
            for stage in STAGES[:UNTIL]:
                page = stage(page, options)
            candidates = headline_candidates(page)
            if not candidates:
                continue
            want = tokens(gold)
            target = next((i for i, (index, _) in enumerate(candidates) if tokens(page.blocks[index].text) == want), -1)
            yield np.array([vector for _, vector in candidates]), target, site


def fit(pages: list[Page], l2: float, steps: int, rate: float) -> np.ndarray:
    """Softmax regression over each page's candidates (pages without the gold among them are skipped)."""
    usable = [(x, y) for x, y, _ in pages if y >= 0]
    weights = np.zeros(len(FEATURES))
    velocity = np.zeros(len(FEATURES))
    for _ in range(steps):
        gradient = l2 * weights
        for x, y in usable:
            scores = x @ weights
            scores -= scores.max()
            p = np.exp(scores)
            p /= p.sum()
            gradient += (p @ x - x[y]) / len(usable)
        velocity = MOMENTUM * velocity - rate * gradient
        weights += velocity
    return weights


def accuracy(pages: list[Page], weights: np.ndarray) -> float:
    """Share of pages (with a gold headline) whose best candidate is the gold one."""
    if not pages:
        return 0.0
    return sum(1 for x, y, _ in pages if y >= 0 and int(np.argmax(x @ weights)) == y) / len(pages)


def in_fold(site: str, fold: int, folds: int) -> bool:
    """A stable split by site."""
    return zlib.crc32(site.encode()) % folds == fold


def main() -> None:
    """Fit, check on held-out sites, and optionally write the weights."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=Path(__file__).parents[2] / "shared" / "bench")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--l2", type=float, default=0.001)
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=0.5)
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.name}")
    parser.add_argument("--cache", type=Path, default=None, help="keep candidate features in this file between runs")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        fit_pages, check = pickle.loads(args.cache.read_bytes())
    else:
        fit_pages = [p for dataset in FIT_SETS for p in page_candidates(args.bench, dataset, args.limit)]
        check = {dataset: list(page_candidates(args.bench, dataset, args.limit)) for dataset in CHECK_SETS}
        if args.cache:
            args.cache.write_bytes(pickle.dumps((fit_pages, check)))
    reachable = sum(1 for _, y, _ in fit_pages if y >= 0) / max(1, len(fit_pages))
    print(f"fit pages: {len(fit_pages)} (gold among candidates: {reachable:.3f})")
    folds = 3
    for fold in range(folds):
        train = [p for p in fit_pages if not in_fold(p[2], fold, folds)]
        held = [p for p in fit_pages if in_fold(p[2], fold, folds)]
        weights = fit(train, args.l2, args.steps, args.rate)
        print(
            f"  split by site, fold {fold}: train {accuracy(train, weights):.3f}"
            f"  held-out sites {accuracy(held, weights):.3f}"
        )
    shipped = np.array(WEIGHTS)
    print(f"shipped weights: fit pages {accuracy(fit_pages, shipped):.3f}", end="")
    print("".join(f", {dataset} {accuracy(pages, shipped):.3f}" for dataset, pages in check.items()))
    weights = fit(fit_pages, args.l2, args.steps, args.rate)
    print(f"all fit pages: {accuracy(fit_pages, weights):.3f}")
    for dataset, pages in check.items():
        print(f"  {dataset} (never fitted): {accuracy(pages, weights):.3f} over {len(pages)} page views")
    if args.write:
        payload = {
            "comment": "Fitted by benchmarks/fit_headline.py on the trafilatura and readability dev pages.",
            "weights": {name: round(float(w), 4) for name, w in zip(FEATURES, weights, strict=True)},
        }
        WEIGHTS_FILE.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
