"""Captions: caption blocks with their credits split off; photo titles and lone credits folded in."""

from __future__ import annotations

import re

from articlekit.article import Caption
from articlekit.classify.header import CAPTION_COPY_MIN_WORDS
from articlekit.classify.headline_model import tokens
from articlekit.lexicons import CAPTION_TOGGLES
from articlekit.model import Page, Role
from articlekit.recognize.captions import split_credit

# Members read once per block, as module names: Python < 3.12 looks `Role.BODY` up through `EnumType.__getattr__`,
# a call each time.
_CAPTION = Role.CAPTION


def build_captions(page: Page) -> tuple[Caption, ...]:
    """Every caption on the page, in order; a caption printed twice (whole and cut short, `caption.copy`)
    gives one, its longer text with the credit either copy carries."""
    captions: list[Caption] = []
    copied = False  # the last caption kept has a copy among the blocks next to it
    for block in page.blocks:
        if block.role is not _CAPTION or "caption.title" in block.evidence:
            continue
        split = split_credit(block.text)
        text, credit = (block.text, None) if split is None else split
        if not text:
            if captions and captions[-1].credit is None:
                captions[-1] = Caption(captions[-1].text, credit)
            continue
        copy = "caption.copy" in block.evidence
        if captions and (copy or copied) and _opening(captions[-1].text) == _opening(text):
            previous = captions[-1]
            longer = text if len(text) > len(previous.text) else previous.text
            captions[-1] = Caption(_TOGGLE.sub("", longer), previous.credit or credit or None)
            copied = False
            continue
        captions.append(Caption(text, credit or None))
        copied = copy
    return tuple(captions)


# The toggle a gallery sets after the whole caption's last sentence ("... two nations. less", "... Show less"):
# only a word of `CAPTION_TOGGLES`, so that a caption's own last word ("... at the summit. Hanoi") stays.
_TOGGLE = re.compile(
    # after a sentence's end, not after an initial: "Photo: Chris J. Close" ends in the photographer's name
    r"(?<=[.!?…\"”’。！？])(?<!\b[A-Z]\.)\s*(?:"
    + "|".join(
        sorted(
            {re.escape(t).replace(r"\ ", r"\s+") for ts in CAPTION_TOGGLES.values() for t in ts},
            key=lambda toggle: (-len(toggle), toggle),
        )
    )
    + r")\s*\Z",
    re.IGNORECASE,
)


def _opening(text: str) -> tuple[str, ...]:
    return tokens(text)[:CAPTION_COPY_MIN_WORDS]
