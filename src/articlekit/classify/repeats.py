"""Context pass: text the page shows twice (a print copy, an AMP copy, a caption repeated as a
paragraph, the headline again at the top of the body) counts once.
"""

from __future__ import annotations

from articlekit.model import Block, Kind, Page, Role
from articlekit.options import Options

# Shorter repeats may be a poem's refrain or a list's "Yes": only longer ones are duplicates.
REPEAT_MIN_WORDS = 8
# A copy this far from the first is a second rendering of the page (print, AMP), not a repeated
# paragraph of the same text (lists, refrains, test pages).
REPEAT_MIN_DISTANCE = 15
# Roles whose text, met again as body, makes the body copy a duplicate.
SHOWN_ROLES: frozenset[Role] = frozenset({Role.BODY, Role.HEADLINE, Role.SUBHEADLINE, Role.CAPTION})
# HTML: a copy that shares its parent element with the first (this many levels above its own) is the
# article repeating a line of its own (a recipe's "Portion: 1 cup" under each dish, a programme's recurring
# title), which the gold sets keep twice. A print or AMP copy lies in another branch of the page.
SAME_ELEMENT_MAX_LEVELS = 1
# ... of which these make a body copy a duplicate however near
_TITLE_ROLES = (Role.HEADLINE, Role.SUBHEADLINE, Role.CAPTION)


def drop_repeats(page: Page, options: Options) -> Page:
    """Label body blocks that repeat earlier shown text as boilerplate."""
    del options
    seen: dict[str, int] = {}
    headline = {b.text.casefold() for b in page.blocks if b.role in _TITLE_ROLES}
    blocks = list(page.blocks)
    changed = False
    for index, block in enumerate(blocks):
        key = block.text.casefold()
        repeated = (
            key in seen
            and index - seen[key] > REPEAT_MIN_DISTANCE
            and _long(block)
            and not _same_element(blocks[seen[key]], block)
        )
        if block.role is Role.BODY and (key in headline or repeated):
            blocks[index] = block.labelled(Role.BOILERPLATE, Kind.OTHER, "repeat.shown")
            changed = True
        elif block.role in SHOWN_ROLES:
            seen.setdefault(key, index)
    return page.with_blocks(tuple(blocks)) if changed else page


def _long(block: Block) -> bool:
    return block.features is not None and block.features.words >= REPEAT_MIN_WORDS


def _same_element(first: Block, copy: Block) -> bool:
    """The two blocks share an element at most `SAME_ELEMENT_MAX_LEVELS` above the copy's own (never in text)."""
    containers = copy.hints.containers
    enclosing = frozenset(first.hints.containers)
    levels = range(len(containers) - 1, max(-1, len(containers) - 2 - SAME_ELEMENT_MAX_LEVELS), -1)
    return any(containers[level] in enclosing for level in levels)
