"""The scraped-text reader: lines into blocks.

A block is one line, or several lines of one paragraph that a converter broke around inline
elements (BeautifulSoup dumps put links on lines of their own). Every non-blank input line lands
in exactly one block.
"""

from __future__ import annotations

import re

from articlekit.model import Block, Hints, Metadata, Page
from articlekit.options import MAX_OVERFLOW_BLOCKS

# Line ends of every kind, including the Unicode line and paragraph separators.
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
# C0/C1 controls (but tab), NUL, lone surrogates and bidi/zero-width marks: dropped or turned to
# spaces so that the text around them survives.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
_INVISIBLES = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
# Either of the two: text without any (nearly all) is scanned once, not twice.
_MARKS = re.compile(_CONTROLS.pattern[:-1] + _INVISIBLES.pattern[1:])
# The line ends that `str.splitlines` also splits at (the others, \x1c-\x1e, are controls, made spaces before).
_LINE_END_CHARACTERS = "\r\n\u2028\u2029\x0b\x0c\x85"
# List markers that converters put in front of <li> text (inscriptis uses "*" and "+"). Not "o":
# Portuguese and Italian lines start with the word "o".
_BULLET = re.compile(r"[*+•·▪◦‣]\s+")
_BULLET_CHARACTERS = "*+•·▪◦‣"  # what a `_BULLET` match starts with: other lines skip the pattern
# A line that ends a sentence or a clause: the next line starts a new block.
_CLOSED = re.compile(r"""[.!?…:;。！？」』)\]"'”’»]\s*\Z""")
_LAST_SENTENCE = re.compile(r"[.!?…。！？]\s")
_CONTINUATION_START = re.compile(r"[a-zà-ÿß,.;:)\]!?%’'”»]")

# Words that cannot end a sentence: a line ending on one was broken mid-sentence by the converter
# ("... as long as a" / "VW Atlas Cross Sport" / "SUV. However ...", where the middle line was a link).
OPEN_ENDINGS: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "as",
        "into",
        "onto",
        "than",
        "that",
        "which",
        "who",
        "whose",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "is",
        "are",
        "was",
        "were",
        "be",
        "via",
        "about",
        "like",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "und",
        "von",
        "zu",
        "mit",
        "im",
        "le",
        "la",
        "les",
        "un",
        "une",
        "du",
        "de",
        "et",
        "à",
        "au",
        "aux",
        "el",
        "los",
        "las",
        "y",
        "en",
        "il",
        "lo",
        "gli",
        "e",
        "di",
        "da",
        "o",
        "os",
        "het",
        "een",
        "van",
        "op",
    }
)
# A line starting in lowercase continues the one above only if that one is a sentence's beginning,
# not a label ("Sort by: Newest" / "eastsider_1983" are two blocks).
CONTINUED_MIN_WORDS = 4
# A fragment this short (in words) between two joined lines is the link text of a broken sentence.
FRAGMENT_MAX_WORDS = 6
# Converters that lay a page out in two dimensions (inscriptis, lynx, w3m) indent its boxes and set a
# table's cells side by side on one line, padded to the column's width: "Home page      Ryan dismayed by
# Gloucester". In such a layout (this share of the non-blank lines indented by at least this many
# spaces) a line of two cells, parted by a run of at least CELL_GAP_MIN_SPACES spaces, gives a block per
# cell: a page's header and its sidebar, or a section label and the headline. Cells are padded by two
# spaces or more, but menus set their items two to four spaces apart ("News  Profis  Amateure") and so
# do calendars; another column of the page (a sidebar beside the headline) stands ten or more away. A
# line with more padded gaps than that one (three cells or more, however narrow the others) is a data
# table's row, kept whole: split, an article's table breaks its body into short lines.
# A paragraph with a sidebar's line beside it stays one line, as the body run has always read it: the
# cells are split only when neither has more than this many words (a headline and its neighbour).
CELL_MAX_WORDS = 30
LAYOUT_MIN_SHARE = 0.3
LAYOUT_MIN_INDENT = 2
CELL_GAP_MIN_SPACES = 10
_CELL_GAP = re.compile(rf"(?<=\S)[ \t]{{{CELL_GAP_MIN_SPACES},}}(?=\S)")
_COLUMN_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")  # any padding between two cells


# Nothing a reader could see: whitespace, controls and invisible marks only.
_NOTHING_VISIBLE = re.compile(
    r"[\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]*"
)


def has_visible_text(text: str) -> bool:
    """False for text that holds only whitespace, control characters and invisible marks."""
    return _NOTHING_VISIBLE.fullmatch(text) is None


def normalize_space(text: str) -> str:
    """Collapse whitespace runs to one space and strip the ends."""
    return " ".join(text.split())


def clean_marks(text: str) -> str:
    """Drop invisible marks and turn control characters into spaces; shared by both readers."""
    if _MARKS.search(text) is None:
        return text
    return _CONTROLS.sub(" ", _INVISIBLES.sub("", text))


def _continues(lines: list[str], next_line: str) -> bool:
    """Whether `next_line` carries on the sentence that `lines` left open.

    Only a block that opened like a sentence (several words) is continued: menus and labels
    ("Sign In" / "Register") never are.
    """
    last = lines[-1]
    if _CLOSED.search(last) or len(lines[0].split()) < CONTINUED_MIN_WORDS:
        return False
    if _CONTINUATION_START.match(next_line):
        return True
    if last.rsplit(" ", 1)[-1].lower() in OPEN_ENDINGS and len(_LAST_SENTENCE.split(last)[-1].split()) >= 3:
        return True  # "... as long as a": but not "Already a subscriber? Sign in"
    # the middle of a sentence split around a link: "... as long as a" + "VW Atlas Cross Sport" + "SUV. ..."
    return len(lines) >= 2 and len(last.split()) <= FRAGMENT_MAX_WORDS


def _laid_out(lines: list[str]) -> bool:
    """Text whose boxes are indented: a converter that sets table cells side by side (inscriptis)."""
    filled = indented = 0
    for line in lines:
        if line and not line.isspace():
            filled += 1
            indented += line[:LAYOUT_MIN_INDENT].isspace()
    return filled > 0 and indented >= LAYOUT_MIN_SHARE * filled


def _header_cells(stripped: str) -> bool:
    """Two cells of headline size side by side, not a data table's row nor a paragraph beside a sidebar."""
    if len(_COLUMN_GAP.findall(stripped)) != 1:
        return False
    return all(len(cell.split()) <= CELL_MAX_WORDS for cell in _CELL_GAP.split(stripped))


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a laid-out line, each with its column (its offset in the line)."""
    found: list[tuple[int, str]] = []
    start = len(line) - len(line.lstrip())
    for gap in _CELL_GAP.finditer(line, start):
        found.append((start, line[start : gap.start()]))
        start = gap.end()
    found.append((start, line[start:].rstrip()))
    return found


def _read_overflow(lines: list[str], start: int, blocks: list[Block]) -> None:
    """Lines from `start` on as at most `MAX_OVERFLOW_BLOCKS` blocks of whole lines, without per-line work:
    the rest of a page past `Options.max_blocks`, which is kept but never analysed."""
    size = -(-(len(lines) - start) // MAX_OVERFLOW_BLOCKS)
    for first in range(start, len(lines), size):
        joined = " ".join(" ".join(lines[first : first + size]).split())
        if joined:
            blocks.append(Block(index=len(blocks), text=joined, hints=Hints(line=first)))


def read_text(text: str, url: str | None = None, max_blocks: int | None = None) -> Page:
    """Split scraped page text into blocks, one per line or rejoined paragraph.

    With `max_blocks`, a page of more lines than that many blocks and `MAX_OVERFLOW_BLOCKS` together has
    its lines past the `max_blocks`-th block read in at most `MAX_OVERFLOW_BLOCKS` blocks of several lines.
    """
    blocks: list[Block] = []
    current: list[str] = []
    current_hints: Hints | None = None
    gap = True

    def flush() -> None:
        if current and current_hints is not None:
            blocks.append(Block(index=len(blocks), text=" ".join(current), hints=current_hints))
        current.clear()

    cleaned = clean_marks(text)
    # `_LINE_BREAKS.split`, in C: splitlines splits at the same line ends here, but gives no last empty line
    lines = cleaned.splitlines()
    if not cleaned or cleaned[-1] in _LINE_END_CHARACTERS:
        lines.append("")
    overflow = max_blocks is not None and len(lines) > max_blocks + MAX_OVERFLOW_BLOCKS
    laid_out = _laid_out(lines)
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            gap = True
            if current:
                flush()
            current_hints = None
            continue
        if laid_out and _CELL_GAP.search(stripped) and _header_cells(stripped):
            # cells side by side: one block each, none joined to the lines around it
            flush()
            if overflow and max_blocks is not None and len(blocks) >= max_blocks:
                _read_overflow(lines, number, blocks)
                break
            for column, cell in _cells(line):
                bullet = _BULLET.match(cell) if cell[0] in _BULLET_CHARACTERS else None
                body = " ".join((cell[bullet.end() :] if bullet else cell).split())
                if not body:  # a bare list marker
                    body, bullet = cell, None
                hints = Hints(line=number, gap_before=gap, indent=column, bullet=bullet is not None)
                blocks.append(Block(index=len(blocks), text=body, hints=hints))
                gap = False
            current_hints = None
            continue
        indent = len(line) - len(line.lstrip())
        bullet = _BULLET.match(stripped) if stripped[0] in _BULLET_CHARACTERS else None
        body = " ".join((stripped[bullet.end() :] if bullet else stripped).split())
        if not body:  # a bare list marker
            body = stripped
            bullet = None
        if current and not gap and bullet is None and _continues(current, body):
            current.append(body)
        else:
            flush()
            if overflow and max_blocks is not None and len(blocks) >= max_blocks:
                _read_overflow(lines, number, blocks)
                break
            current.append(body)
            current_hints = Hints(line=number, gap_before=gap, indent=indent, bullet=bullet is not None)
        gap = False
    flush()
    return Page(tuple(blocks), Metadata(url=url), source="text")
