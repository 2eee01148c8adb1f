"""Fit the headline ranker's weights on the permissively licensed benchmark pages.

Candidates are the lines of each page's header zone (see `articlekit.classify.header`), described by
`articlekit.classify.headline_model.FEATURES`; the model is a per-page softmax over candidates
(a listwise logistic regression), fitted by gradient descent with L2 regularisation. On top of it, a few
shallow regression trees are boosted on the same softmax loss (Newton steps, as in gradient-boosted trees),
starting from the linear scores: they correct what no single weight can (feature combinations).

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
from typing import Any

import numpy as np

import articlekit
from articlekit.classify import STAGES
from articlekit.classify.header import headline_candidates, mark_header_furniture
from articlekit.classify.headline_model import FEATURES, TREES, WEIGHTS, Tree, tokens
from articlekit.fields.headline import strip_site_name
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
            # text mode: the first line is the <title>, which the headline field gives minus the site name
            titled = view != "html" and page.blocks[0].hints.line == 0
            wanted = [tokens(page.blocks[index].text) == want for index, _ in candidates]
            wanted = [
                hit or (titled and index == 0 and tokens(strip_site_name(page.blocks[0].text, page)) == want)
                for hit, (index, _) in zip(wanted, candidates, strict=True)
            ]
            target = wanted.index(True) if True in wanted else -1
            yield np.array([vector for _, vector in candidates]), target, site


def fit(pages: list[Page], l2: float, steps: int, rate: float) -> np.ndarray:
    """Softmax regression over each page's candidates (pages without the gold among them are skipped)."""
    usable = [(x, y) for x, y, _ in pages if y >= 0]
    weights = np.zeros(len(FEATURES))
    velocity = np.zeros(len(FEATURES))
    if not usable:
        return weights
    x, group, gold = stacked(usable)
    for _ in range(steps):
        gradient = l2 * weights + (softmax(x @ weights, group) - gold) @ x / len(usable)
        velocity = MOMENTUM * velocity - rate * gradient
        weights += velocity
    return weights


def stacked(usable: list[tuple[np.ndarray, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pages' candidates in one matrix, each row's page, and 1.0 on each page's gold row."""
    x = np.concatenate([x for x, _ in usable])
    group = np.concatenate([np.full(len(x), i) for i, (x, _) in enumerate(usable)])
    offsets = np.cumsum([0] + [len(x) for x, _ in usable[:-1]])
    gold = np.zeros(len(x))
    gold[offsets + np.array([y for _, y in usable])] = 1.0
    return x, group, gold


def softmax(scores: np.ndarray, group: np.ndarray) -> np.ndarray:
    """The softmax of the scores within each page."""
    top = np.full(int(group.max()) + 1, -np.inf)
    np.maximum.at(top, group, scores)
    p = np.exp(scores - top[group])
    return p / np.bincount(group, p)[group]


# A tree while it is fitted: (feature, threshold, left, right) nodes, children below zero are ~leaf.
Fitted = tuple[list[tuple[int, float, int, int]], list[float]]


def bin_edges(x: np.ndarray, bins: int) -> list[np.ndarray]:
    """Candidate split thresholds of each feature: midpoints between its values, or between quantiles."""
    edges = []
    for column in x.T:
        values = np.unique(column)
        if len(values) > bins + 1:
            values = np.unique(np.quantile(column, np.linspace(0, 1, bins + 1)))
        edges.append((values[:-1] + values[1:]) / 2)
    return edges


def grow(binned: np.ndarray, edges: list[np.ndarray], gradient: np.ndarray, hessian: np.ndarray, args: Any) -> Fitted:
    """One regression tree of the Newton step: each leaf is -sum(gradient) / (sum(hessian) + leaf_l2)."""
    nodes: list[tuple[int, float, int, int]] = []
    leaves: list[float] = []

    def leaf(rows: np.ndarray) -> int:
        leaves.append(float(-gradient[rows].sum() / (hessian[rows].sum() + args.leaf_l2) * args.tree_rate))
        return ~(len(leaves) - 1)

    def node(rows: np.ndarray, level: int) -> int:
        g, h = gradient[rows].sum(), hessian[rows].sum()
        best: tuple[float, int, int] = (1e-9, -1, -1)  # gain, feature, bin
        for feature, cuts in enumerate(edges):
            if not len(cuts) or level == args.depth:
                continue
            left_g = np.bincount(binned[rows, feature], gradient[rows], len(cuts) + 1).cumsum()[:-1]
            left_h = np.bincount(binned[rows, feature], hessian[rows], len(cuts) + 1).cumsum()[:-1]
            gain = left_g**2 / (left_h + args.leaf_l2) + (g - left_g) ** 2 / (h - left_h + args.leaf_l2)
            gain -= g**2 / (h + args.leaf_l2)
            gain[(left_h < args.min_hessian) | (h - left_h < args.min_hessian)] = -1.0
            cut = int(np.argmax(gain))
            if gain[cut] > best[0]:
                best = (float(gain[cut]), feature, cut)
        if best[1] < 0:
            return leaf(rows)
        _, feature, cut = best
        nodes.append((feature, float(edges[feature][cut]), 0, 0))
        at = len(nodes) - 1
        goes_left = binned[rows, feature] <= cut
        left, right = node(rows[goes_left], level + 1), node(rows[~goes_left], level + 1)
        nodes[at] = (feature, nodes[at][1], left, right)
        return at

    node(np.arange(len(binned)), 0)
    return nodes, leaves


def predict(tree: Fitted, x: np.ndarray) -> np.ndarray:
    """The tree's value for each row of x."""
    nodes, leaves = tree
    if not nodes:
        return np.full(len(x), leaves[0])
    feature, threshold, left, right = (np.array([node[k] for node in nodes]) for k in range(4))
    child = np.zeros(len(x), dtype=int)
    while (child >= 0).any():
        inner = np.flatnonzero(child >= 0)
        at = child[inner]
        goes_left = x[inner, feature[at].astype(int)] <= threshold[at]
        child[inner] = np.where(goes_left, left[at], right[at]).astype(int)
    return np.array(leaves)[~child]


def boost(pages: list[Page], weights: np.ndarray, args: Any) -> list[Fitted]:
    """Regression trees boosted on the per-page softmax loss, starting from the linear scores."""
    usable = [(x, y) for x, y, _ in pages if y >= 0]
    if not usable or not args.trees:
        return []
    x, group, gold = stacked(usable)
    edges = bin_edges(x, args.bins)
    binned = np.stack([np.searchsorted(cuts, column) for cuts, column in zip(edges, x.T, strict=True)], axis=1)
    scores = x @ weights
    trees: list[Fitted] = []
    for _ in range(args.trees):
        p = softmax(scores, group)
        tree = grow(binned, edges, p - gold, np.maximum(p * (1 - p), 1e-6), args)
        trees.append(tree)
        scores += predict(tree, x)
    return trees


def to_tree(tree: Fitted) -> Tree:
    """The shipped form of a fitted tree."""
    nodes, leaves = tree
    return Tree(tuple(nodes), tuple(leaves))


def tree_json(tree: Fitted) -> dict[str, Any]:
    """The JSON form `articlekit.classify.headline_model.tree_from_json` reads."""
    nodes, leaves = tree
    return {
        "nodes": [[FEATURES[f], round(t, 6), left, right] for f, t, left, right in nodes],
        "leaves": [round(v, 5) for v in leaves],
    }


def accuracy(pages: list[Page], weights: np.ndarray, trees: list[Fitted] | None = None) -> float:
    """Share of pages (with a gold headline) whose best candidate is the gold one."""
    if not pages:
        return 0.0
    x = np.concatenate([x for x, _, _ in pages])
    scores = x @ weights + sum((predict(tree, x) for tree in trees or ()), np.zeros(len(x)))
    hits, start = 0, 0
    for page_x, y, _ in pages:
        hits += y >= 0 and int(np.argmax(scores[start : start + len(page_x)])) == y
        start += len(page_x)
    return hits / len(pages)


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
    parser.add_argument("--trees", type=int, default=100, help="boosted trees on top of the linear scores")
    parser.add_argument("--depth", type=int, default=3, help="depth of each tree")
    parser.add_argument("--tree-rate", type=float, default=0.1, help="shrinkage of each tree's leaves")
    parser.add_argument("--leaf-l2", type=float, default=1.0, help="L2 penalty on leaf values")
    parser.add_argument("--min-hessian", type=float, default=1.0, help="least hessian mass on each side of a split")
    parser.add_argument("--bins", type=int, default=24, help="split thresholds tried per feature")
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
        trees = boost(train, weights, args)
        print(
            f"  split by site, fold {fold}: linear train {accuracy(train, weights):.3f}"
            f"  held-out sites {accuracy(held, weights):.3f}; with trees train {accuracy(train, weights, trees):.3f}"
            f"  held-out sites {accuracy(held, weights, trees):.3f}",
            flush=True,
        )
    shipped = np.array(WEIGHTS)
    print(f"shipped model: fit pages {_shipped_accuracy(fit_pages, shipped):.3f}", end="")
    print("".join(f", {dataset} {_shipped_accuracy(pages, shipped):.3f}" for dataset, pages in check.items()))
    weights = fit(fit_pages, args.l2, args.steps, args.rate)
    trees = boost(fit_pages, weights, args)
    linear, boosted = accuracy(fit_pages, weights), accuracy(fit_pages, weights, trees)
    print(f"all fit pages: linear {linear:.3f}, with trees {boosted:.3f}")
    x = fit_pages[0][0]
    shipped_form = [sum(to_tree(tree).value(row) for tree in trees) for row in x]
    assert np.allclose(shipped_form, sum((predict(tree, x) for tree in trees), np.zeros(len(x))))
    for dataset, pages in check.items():
        print(
            f"  {dataset} (never fitted): linear {accuracy(pages, weights):.3f},"
            f" with trees {accuracy(pages, weights, trees):.3f} over {len(pages)} page views"
        )
    if args.write:
        payload = {
            "comment": "Fitted by benchmarks/fit_headline.py on the trafilatura and readability dev pages.",
            "weights": {name: round(float(w), 4) for name, w in zip(FEATURES, weights, strict=True)},
            "trees": [tree_json(tree) for tree in trees],
        }
        WEIGHTS_FILE.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")


def _shipped_accuracy(pages: list[Page], weights: np.ndarray) -> float:
    """Accuracy of the shipped weights and trees (scored as articlekit scores them)."""
    if not pages:
        return 0.0
    hits = 0
    for x, y, _ in pages:
        scores = [x_row @ weights + sum(tree.value(x_row) for tree in TREES) for x_row in x]
        hits += y >= 0 and int(np.argmax(scores)) == y
    return hits / len(pages)


if __name__ == "__main__":
    main()
