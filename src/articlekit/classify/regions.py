"""Context pass: every block still unclaimed is chrome; give it a kind from its neighbours.

A kind that names a region (related links, comments, a login box, an ad) runs forward over the
unlabelled lines that follow it; a line right above a labelled one is that region's heading.
Menus before the article are navigation; what follows the article is footer or other. A social
sign-in button ("Facebook Connect") inside a login or newsletter box is the box's, not a share bar.
"""

from __future__ import annotations

from articlekit.model import Block, Kind, Page, Role
from articlekit.options import Options

# Kinds that label a region of several lines, not a single item.
REGION_KINDS: frozenset[Kind] = frozenset(
    {Kind.RELATED, Kind.COMMENTS, Kind.FOOTER, Kind.AD, Kind.NEWSLETTER, Kind.LOGIN, Kind.COOKIE, Kind.PAYWALL}
)


# Above the article, lines this short are menu entries rather than the rest of a cookie or login box.
MENU_ITEM_MAX_WORDS = 3
# Boxes that hold social sign-in buttons: a line that only a share phrase labelled ("Facebook Connect",
# "Continue with Google") takes the box's kind when at least BOX_MIN_LINES of the BOX_WINDOW lines on
# either side have it, more than are share lines. A share bar beside related links stays share.
SIGN_IN_BOXES: frozenset[Kind] = frozenset({Kind.LOGIN, Kind.NEWSLETTER})
BOX_WINDOW = 2
BOX_MIN_LINES = 2
# Members read once per block, as module names: Python < 3.12 looks `Role.BODY` up through `EnumType.__getattr__`,
# a call each time.
_BODY, _BOILERPLATE, _COPYRIGHT = Role.BODY, Role.BOILERPLATE, Role.COPYRIGHT
_FOOTER, _NAVIGATION, _SHARE = Kind.FOOTER, Kind.NAVIGATION, Kind.SHARE


def _labelled(block: Block) -> bool:
    return block.role is _BOILERPLATE and block.kind is not None


def _menu_item(block: Block) -> bool:
    """A line of one to three words above the article: a menu entry, whatever box precedes it."""
    return block.features is not None and block.features.words <= MENU_ITEM_MAX_WORDS


def mark_regions(page: Page, options: Options) -> Page:
    """Give every unclaimed block a boilerplate kind."""
    del options
    blocks = list(page.blocks)
    body = [b.index for b in blocks if b.role is _BODY]
    first_body = body[0] if body else len(blocks)
    last_body = body[-1] if body else -1
    after_copyright = False
    region: Kind | None = None
    for index, block in enumerate(blocks):
        if block.role is _COPYRIGHT and index > last_body:
            after_copyright = True
        if block.role is not _BOILERPLATE:
            region = None
            continue
        if block.kind is _FOOTER and index < first_body and any(e.endswith(".line") for e in block.evidence):
            # "About", "Contact" above the article are menu entries, whatever the footer lexicon says
            blocks[index] = block.labelled(Role.BOILERPLATE, Kind.NAVIGATION, "region.menu_above")
            region = None
            continue
        if block.kind is not None:
            region = block.kind if block.kind in REGION_KINDS else None
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        above = blocks[index - 1] if index > 0 else None
        beside_box = (
            above is not None
            and _labelled(above)
            and above.kind in REGION_KINDS
            and any(e.startswith("chrome.") for e in above.evidence)
        )
        if index < first_body and _menu_item(block) and not beside_box:
            kind, evidence = _NAVIGATION, "region.menu_item"
        elif following is not None and _labelled(following) and following.kind in REGION_KINDS:
            kind, evidence = following.kind, "region.heading"
        elif region is not None:
            kind, evidence = region, "region.inherited"
        elif index < first_body:
            kind, evidence = Kind.NAVIGATION, "region.before_body"
        elif index > last_body:
            kind, evidence = (
                (Kind.FOOTER, "region.after_copyright") if after_copyright else (Kind.OTHER, "region.after_body")
            )
        else:
            kind, evidence = Kind.OTHER, "region.inside_body"
        assert kind is not None
        blocks[index] = block.labelled(block.role, kind, evidence)
        if kind in REGION_KINDS:
            region = kind
    return page.with_blocks(_sign_in_buttons(blocks))


def _sign_in_buttons(blocks: list[Block]) -> tuple[Block, ...]:
    """A social sign-in button inside a login or newsletter box belongs to the box: "Facebook Connect"
    between "Login with your account" and "Forgot password?" is no share bar."""
    kinds = [block.kind if _labelled(block) else None for block in blocks]
    found = list(blocks)
    for index, block in enumerate(blocks):
        if kinds[index] is not _SHARE or block.evidence[-1:] != ("chrome.share.phrase",):
            continue
        window = kinds[max(0, index - BOX_WINDOW) : index] + kinds[index + 1 : index + 1 + BOX_WINDOW]
        box = max(SIGN_IN_BOXES, key=lambda kind: (window.count(kind), kind.value))
        if window.count(box) >= BOX_MIN_LINES and window.count(box) > window.count(Kind.SHARE):
            found[index] = block.labelled(Role.BOILERPLATE, box, "region.inside_box")
    return tuple(found)
