"""Captions: caption blocks with their credits split off; photo titles and lone credits folded in."""

from __future__ import annotations

from articlekit.article import Caption
from articlekit.model import Page, Role
from articlekit.recognize.captions import split_credit

# Members read once per block, as module names: Python < 3.12 looks `Role.BODY` up through `EnumType.__getattr__`,
# a call each time.
_CAPTION = Role.CAPTION


def build_captions(page: Page) -> tuple[Caption, ...]:
    """Every caption on the page, in order."""
    captions: list[Caption] = []
    for block in page.blocks:
        if block.role is not _CAPTION or "caption.title" in block.evidence:
            continue
        split = split_credit(block.text)
        if split is None:
            captions.append(Caption(block.text, None))
            continue
        text, credit = split
        if not text:
            if captions and captions[-1].credit is None:
                captions[-1] = Caption(captions[-1].text, credit)
            continue
        captions.append(Caption(text, credit or None))
    return tuple(captions)
