"""The dateline: a standalone dateline block, else an inline one opening the first paragraph."""

from __future__ import annotations

from articlekit.article import Dateline
from articlekit.model import Page, Role
from articlekit.recognize.datelines import parse_inline_dateline, parse_standalone_dateline


def build_dateline(page: Page) -> Dateline | None:
    """The story's dateline, if it has one."""
    for block in page.blocks:
        if block.role is Role.DATELINE:
            found = parse_standalone_dateline(block.text)
            if found is not None:
                return found
    for block in page.blocks:
        if block.role is Role.BODY:
            return parse_inline_dateline(block.text)
    return None
