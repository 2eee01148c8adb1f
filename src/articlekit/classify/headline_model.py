"""The headline ranker: what is measured on each candidate line, and the weights that score it.

The weights are fitted by `benchmarks/fit_headline.py` on the permissively licensed benchmark pages
(trafilatura, readability) and shipped as `headline_weights.json`; the script reports how the fit
holds on the other sets' sites. A candidate's score is the dot product of its features and weights, plus
the sum of a few shallow regression trees fitted on what the linear part gets wrong: they let features
combine (a short line reads differently under a byline than under a menu), which a weight cannot.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from operator import mul
from typing import Any

from articlekit.classify import thresholds as t
from articlekit.classify.furniture import BYLINE_EVIDENCE, DATE_EVIDENCE
from articlekit.lexicons import CHROME_LINES, CHROME_PHRASES, JOB_TITLE_WORDS, STOPWORDS
from articlekit.model import Block, Prose, Role
from articlekit.recognize.bylines import ONE_WORD_OPENERS

_TOKENS = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")  # kana and CJK ideographs
_CHROME_ANCESTORS = frozenset({"nav", "aside", "footer"})
# Separators that menus and breadcrumbs put between their items; the feature counts up to MAX_SEPARATORS.
MENU_SEPARATORS: tuple[str, ...] = (" | ", " > ", " » ", " • ", " · ", " :: ", " / ")
MAX_SEPARATORS = 3
# One-word chrome lines of every kind and language ("home", "print", "email", "anmelden").
CHROME_WORDS: frozenset[str] = frozenset(
    word.casefold()
    for table in (CHROME_LINES, CHROME_PHRASES)
    for by_language in table.values()
    for words in by_language.values()
    for word in words
    if word.isalpha()
)
# Words of a byline's second line ("Staff Writer", "Environment correspondent"), one-word ones only.
JOB_WORDS: frozenset[str] = frozenset(
    word.casefold() for words in JOB_TITLE_WORDS.values() for word in words if word.isalpha()
)
# Function words of every language: they come back in any lead, so they say nothing about a headline.
_FUNCTION_WORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())
_META_ROLES = (Role.BYLINE, Role.DATE, Role.DATELINE)
_META_EVIDENCE = DATE_EVIDENCE | BYLINE_EVIDENCE

FEATURES: tuple[str, ...] = (
    "bias",
    "title_exact",  # the line says what the <title> (or the first line) says
    "title_overlap",  # it opens or closes the title's words
    "distance_log",  # log(1 + lines between it and the first paragraph)
    "near",  # at most two lines above the first paragraph
    "rank_first",  # the closest candidate above the first paragraph
    "words",  # min(words, 20) / 20
    "few_words",  # three words or fewer
    "many_words",  # more than twenty words
    "ends_period",
    "ends_colon",
    "ends_mark",  # "?" or "!"
    "bullet",  # a converter's list marker: menus
    "before_meta",  # a byline, date or dateline follows within two lines
    "after_meta",  # a byline or date sits right above
    "before_caption",
    "in_body_run",  # the body run had taken it
    "title_case",  # share of its words that are capitalised
    "all_caps",
    "repeated",  # the same text stands elsewhere on the page
    "after_short_line",  # the line above is a short unclaimed one (a menu item)
    "before_paragraph",  # the next line is a real paragraph
    "gap_before",  # a blank line above it
    "stopwords",  # share of function words
    "same_indent",  # indented like the first paragraph (inscriptis layouts)
    "good_prose",
    "digits",  # share of characters that are digits
    "first_line",  # the page's first line: converters put the <title> there
    "chrome_phrase",  # holds a chrome phrase ("Facebook", "Register")
    "longest_near",  # the most words of the candidates within eight lines of it
    "in_menu",  # short lines stand right above and right below it: a menu or a list of links
    "gap_after",  # a blank line below it
    "h1",  # HTML: an <h1>
    "heading",  # HTML: any <h1>-<h6>
    "in_chrome_markup",  # HTML: inside nav, aside or footer
    "separators",  # menu and breadcrumb separators between words ("Home | Celebs | Gossip", "Home > Sports")
    "chrome_words",  # share of its words that are one-word chrome lines in any language ("print", "email")
    "byline_opener",  # opens with a byline word: "by The Times-Picayune", "Von Redaktion"
    "job_words",  # names a newsroom job: "Palm Beach Post Staff Writer", "Erin Hitchcock, reporter"
    "deeper_than_body",  # indented more than the first paragraph (inscriptis: menus and boxes nest deeper)
    "outdented",  # indented less than the line above it (inscriptis: a heading steps out of its box)
    "gap_before_indented",  # gap_before, in an indented layout: blank lines mean other things there
    "gap_after_indented",
    "shape_label",  # the header pass called it a byline or dateline by its shape alone ("Leadership Styles")
    "beside_cell",  # text mode: a table cell with another cell beside it on its line (inscriptis layouts)
    "lead_overlap",  # share of its content words that come back in the lead (the body's first words)
    "indented_layout",  # text mode: an indented layout (inscriptis), which gives no <title> to compare with
)


@dataclass(frozen=True, slots=True)
class Context:
    """What the features of every candidate on a page need to know."""

    anchor: int  # the first real paragraph
    title_tokens: tuple[tuple[str, ...], ...]
    text_counts: dict[str, int]  # how often each block text occurs on the page
    longest_near: dict[int, bool]  # per candidate index: the wordiest of its neighbouring candidates
    indented: bool = False  # an indented text layout (inscriptis): its first line is no <title>
    lead_stems: frozenset[str] = frozenset()  # the content-word stems of the lead (`lead_stems`)


def tokens(text: str) -> tuple[str, ...]:
    """Case-folded word tokens."""
    return tuple(w.casefold() for w in _TOKENS.findall(text))


def content_stems(words: Sequence[str]) -> set[str]:
    """The words' stems (their first `LEAD_STEM_CHARS` characters), function words and numbers left out.

    Japanese and Chinese write no spaces, so a "word" is a whole clause: it gives its character pairs instead.
    """
    stems: set[str] = set()
    for word in words:
        if word in _FUNCTION_WORDS or word.isdigit():
            continue
        if not word.isascii() and _UNSPACED.search(word):
            stems.update(word[start : start + 2] for start in range(max(1, len(word) - 1)))
        else:
            stems.add(word[: t.LEAD_STEM_CHARS])
    return stems


def lead_stems(blocks: Sequence[Block], anchor: int) -> frozenset[str]:
    """The content-word stems of the first `LEAD_WORDS` words of the body from the first real paragraph on."""
    words: list[str] = []
    for block in blocks[anchor:]:
        if len(words) >= t.LEAD_WORDS:
            break
        if block.role is Role.BODY:
            words.extend(tokens(block.text)[: t.LEAD_WORDS - len(words)])
    return frozenset(content_stems(words))


def overlaps(own: Sequence[str], title: Sequence[str]) -> bool:
    """The block's words open or close the title's, or the title's open the block's."""
    size = len(own)
    if size <= len(title):
        return tuple(title[:size]) == tuple(own) or tuple(title[-size:]) == tuple(own)
    return len(title) >= 3 and tuple(own[: len(title)]) == tuple(title)


def _is_meta(block: Block) -> bool:
    return block.role in _META_ROLES or any(e in _META_EVIDENCE for e in block.evidence)


def candidate_features(blocks: Sequence[Block], index: int, distance: int, rank: int, context: Context) -> list[float]:
    """The feature vector of the candidate at `index`, in `FEATURES` order."""
    block = blocks[index]
    features = block.features
    assert features is not None
    own = tokens(block.text)
    # the first block, even below blank lines, supplies the text-mode title: it cannot confirm itself
    first = index == 0
    # an indented layout's first line is rarely the <title>; an HTML page's first block never is
    first_line = first and not context.indented and block.hints.tag is None
    exact = bool(own) and not first and own in context.title_tokens
    overlap = not exact and not first and len(own) >= 3 and any(overlaps(own, part) for part in context.title_tokens)
    text = block.text.rstrip()
    words = block.text.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    has_letters = _LETTER.search(block.text) is not None
    following = list(blocks[index + 1 : index + 3])
    above = blocks[index - 1] if index > 0 else None
    anchor = blocks[context.anchor] if context.anchor < len(blocks) else None
    return [
        1.0,
        float(exact),
        float(overlap),
        math.log1p(distance),
        float(distance <= 2),
        float(rank == 0),
        min(features.words, 20) / 20,
        float(features.words <= 3),
        float(features.words > 20),
        float(text.endswith(".")),
        float(text.endswith(":")),
        float(text.endswith(("?", "!"))),
        float(block.hints.bullet),
        float(any(_is_meta(b) for b in following)),
        float(above is not None and _is_meta(above)),
        float(bool(following) and following[0].role is Role.CAPTION),
        float(block.role is Role.BODY),
        capitalised / len(words) if words else 0.0,
        float(has_letters and block.text.isupper()),
        float(context.text_counts.get(block.text, 0) > 1),
        float(
            above is not None
            and above.role is Role.BOILERPLATE
            and above.features is not None
            and above.features.words <= 3
        ),
        float(
            bool(following)
            and following[0].role is Role.BODY
            and following[0].features is not None
            and following[0].features.prose is Prose.GOOD
        ),
        float(block.hints.gap_before),
        features.stopword_ratio,
        float(anchor is not None and block.hints.indent == anchor.hints.indent),
        float(features.prose is Prose.GOOD),
        len(_DIGITS.findall(block.text)) / max(1, len(block.text)),
        float(first_line),
        float(block.kind is not None and block.role is Role.BOILERPLATE),
        float(context.longest_near.get(index, False)),
        float(_short_line(above) and bool(following) and _short_line(following[0])),
        float(bool(following) and following[0].hints.gap_before),
        float(block.hints.heading_level == 1),
        float(block.hints.heading_level is not None),
        float(bool(block.hints.ancestors & _CHROME_ANCESTORS)),
        min(sum(text.count(separator) for separator in MENU_SEPARATORS), MAX_SEPARATORS) / MAX_SEPARATORS,
        sum(1 for word in own if word in CHROME_WORDS) / len(own) if own else 0.0,
        float(len(own) > 1 and own[0] in ONE_WORD_OPENERS),
        float(any(word in JOB_WORDS for word in own)),
        float(anchor is not None and block.hints.indent > anchor.hints.indent),
        float(above is not None and block.hints.indent < above.hints.indent),
        float(context.indented and block.hints.gap_before),
        float(context.indented and bool(following) and following[0].hints.gap_before),
        float(block.role in _META_ROLES),
        float(_beside(above, block) or (bool(following) and _beside(block, following[0]))),
        _lead_overlap(own, context.lead_stems),
        float(context.indented),
    ]


def _lead_overlap(own: Sequence[str], lead: frozenset[str]) -> float:
    stems = content_stems(own)
    return len(stems & lead) / len(stems) if stems else 0.0


def _beside(first: Block | None, second: Block) -> bool:
    """Two blocks of one text line: cells the reader parted."""
    # text mode only: an HTML block has a tag, and its `line` is a document-order number
    return first is not None and first.hints.tag is None and first.hints.line == second.hints.line


def _short_line(block: Block | None) -> bool:
    return block is not None and block.features is not None and block.features.words <= 3


# A regression tree, flattened: node i is (feature position, threshold, left child, right child), where a
# vector goes left when its feature is <= the threshold; a child below zero is the leaf value ~child in LEAVES.
Node = tuple[int, float, int, int]


@dataclass(frozen=True, slots=True)
class Tree:
    """One fitted regression tree: its split nodes (the root first) and its leaf values."""

    nodes: tuple[Node, ...]
    leaves: tuple[float, ...]

    def value(self, vector: Sequence[float]) -> float:
        """The leaf value the vector reaches."""
        if not self.nodes:
            return self.leaves[0]
        child = 0
        while child >= 0:
            feature, threshold, left, right = self.nodes[child]
            child = left if vector[feature] <= threshold else right
        return self.leaves[~child]


def tree_from_json(data: Mapping[str, Any], names: Sequence[str] = FEATURES) -> Tree:
    """A tree from its JSON form: nodes as [feature name, threshold, left, right], leaves as numbers."""
    position = {name: index for index, name in enumerate(names)}
    nodes = tuple((position[str(n[0])], float(n[1]), int(n[2]), int(n[3])) for n in data["nodes"])
    leaves = tuple(float(v) for v in data["leaves"])
    for index, (_, _, left, right) in enumerate(nodes):
        for child in (left, right):  # a child after its parent, or a leaf that exists: `Tree.value` ends
            if not (index < child < len(nodes) or 0 <= ~child < len(leaves)):
                raise ValueError(f"tree node {index} points to {child}: not a later node nor a leaf")
    return Tree(nodes, leaves)


def _load_model() -> tuple[tuple[float, ...], tuple[Tree, ...]]:
    data = json.loads(resources.files("articlekit.classify").joinpath("headline_weights.json").read_text("utf-8"))
    weights = data["weights"]
    trees = tuple(tree_from_json(tree) for tree in data.get("trees", ()))
    return tuple(float(weights.get(name, 0.0)) for name in FEATURES), trees


def compile_trees(trees: Sequence[Tree]) -> Callable[[Sequence[float]], tuple[float, ...]]:
    """One function giving every tree's leaf value for a vector, in order, the same as each `Tree.value`.

    Walking a hundred trees node by node costs a method call and a loop per tree for every candidate;
    the function generated here compares each distinct split once, then reads every tree's leaf from one
    tuple of nested conditional expressions on those comparisons. It is built from the trees' own numbers
    only (indices, and thresholds and leaves written exactly).
    """
    constants: dict[str, float] = {}

    def number(value: float) -> str:
        if math.isfinite(value):
            return repr(value)  # a float's repr reads back as the same float
        name = f"_c{len(constants)}"
        constants[name] = value
        return name

    tests: dict[tuple[int, float], str] = {}  # each distinct split is compared once per vector

    def expression(tree: Tree, child: int) -> str:
        if child < 0:
            return number(tree.leaves[~child])
        feature, threshold, left, right = tree.nodes[child]
        test = tests.setdefault((feature, threshold), f"t{len(tests)}")
        return f"({expression(tree, left)} if {test} else {expression(tree, right)})"

    values = [expression(tree, 0) if tree.nodes else number(tree.leaves[0]) for tree in trees]
    lines = [f"    {test} = v[{feature}] <= {number(threshold)}\n" for (feature, threshold), test in tests.items()]
    source = f"def tree_values(v):\n{''.join(lines)}    return ({''.join(value + ', ' for value in values)})\n"
    namespace: dict[str, Any] = dict(constants)
    exec(source, namespace)  # the trees' numbers only, see above
    compiled: Callable[[Sequence[float]], tuple[float, ...]] = namespace["tree_values"]
    return compiled


WEIGHTS, TREES = _load_model()
_TREE_VALUES = compile_trees(TREES)


def score(vector: Sequence[float], weights: Sequence[float] = WEIGHTS, trees: Sequence[Tree] = TREES) -> float:
    """A candidate's score: higher is more headline-like."""
    values = _TREE_VALUES(vector) if trees is TREES else tuple(tree.value(vector) for tree in trees)
    # the products and leaves are summed in the same order as ever, so a score is the same float
    linear: float = sum(map(mul, vector, weights))
    return linear + sum(values)
