"""The dateline: a standalone dateline block, else an inline one opening the first paragraph."""

from __future__ import annotations

from articlekit.article import Dateline
from articlekit.model import Page, Role
from articlekit.recognize.datelines import parse_inline_dateline, parse_standalone_dateline

# Members read once per block, as module names: Python < 3.12 looks `Role.BODY` up through `EnumType.__getattr__`,
# a call each time.
_DATELINE, _BODY = Role.DATELINE, Role.BODY


def build_dateline(page: Page) -> Dateline | None:
    """The story's dateline, if it has one."""
    for block in page.blocks:
        if block.role is _DATELINE:
            found = parse_standalone_dateline(block.text)
            if found is not None:
                return found
    for block in page.blocks:
        if block.role is _BODY:
            return parse_inline_dateline(block.text)
    return None
