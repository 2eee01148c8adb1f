"""Context pass: the author's biography under an article ("Meg James is a corporate media reporter
for the Los Angeles Times...") is chrome, though it reads as prose.
"""

from __future__ import annotations

from articlekit.model import Kind, Page, Role
from articlekit.options import Options
from articlekit.recognize.bylines import parse_byline, parse_name_before_date

# A biography sits among the last paragraphs of the body.
BIO_TAIL_BLOCKS = 3
# ... and says who the author is within its first characters: "<Name> is a", "<Name> covers".
BIO_VERB_WINDOW = 40
BIO_VERBS: tuple[str, ...] = (
    " is ",
    " was ",
    " covers ",
    " writes ",
    " has ",
    " ist ",
    " est ",
    " es ",
    " è ",
    " é ",
    " is een ",
    " は",
)

# Members read once per block, as module names: Python < 3.12 looks `Role.BODY` up through `EnumType.__getattr__`,
# a call each time.
_BYLINE, _BODY = Role.BYLINE, Role.BODY


def mark_author_bios(page: Page, options: Options) -> Page:
    """Label as chrome the closing paragraphs that introduce one of the byline's authors."""
    del options
    names = [
        name
        for block in page.blocks
        if block.role is _BYLINE
        for name in (parse_byline(block.text) or parse_name_before_date(block.text) or (block.text.strip(),))
    ]
    body = [b.index for b in page.blocks if b.role is _BODY]
    if not names or len(body) <= BIO_TAIL_BLOCKS:
        return page
    blocks = list(page.blocks)
    for index in body[-BIO_TAIL_BLOCKS:]:
        text = blocks[index].text
        for name in names:
            opening = text[len(name) : len(name) + BIO_VERB_WINDOW]
            if text.startswith(name) and any(verb in opening for verb in BIO_VERBS):
                blocks[index] = blocks[index].labelled(Role.BOILERPLATE, Kind.OTHER, "bio.author")
                break
    return page.with_blocks(tuple(blocks))
