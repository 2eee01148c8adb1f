"""readers/text.py: scraped text into blocks, one per line or per paragraph a converter broke apart."""

from __future__ import annotations

import re

import pytest

from articlekit.model import Page
from articlekit.readers import text as text_reader
from articlekit.readers.text import read_text

PROSE = "The council met on Monday to discuss the budget for next year."


def texts(page: Page) -> list[str]:
    return [block.text for block in page.blocks]


def test_returns_a_text_page_with_the_url() -> None:
    page = read_text("Hello", url="https://example.com/a")
    assert page.source == "text"
    assert page.metadata.url == "https://example.com/a"


def test_block_indexes_follow_reading_order() -> None:
    page = read_text("One\nTwo\n\nThree")
    assert [block.index for block in page.blocks] == [0, 1, 2]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\u2029"])
def test_every_kind_of_line_end_splits_lines(newline: str) -> None:
    assert texts(read_text(newline.join(["Sign In", "Register", "Markets"]))) == ["Sign In", "Register", "Markets"]


def test_mixed_line_ends_in_one_input() -> None:
    assert texts(read_text("Sign In\r\nRegister\rMarkets\u2028Weather\nSport")) == [
        "Sign In",
        "Register",
        "Markets",
        "Weather",
        "Sport",
    ]


def test_crlf_is_one_line_end_not_a_blank_line() -> None:
    page = read_text("Sign In\r\nRegister")
    assert page.blocks[1].hints.gap_before is False


def test_blank_lines_set_gap_before() -> None:
    page = read_text("Home\nWorld\n\nSign In\n \t \nRegister")
    assert [(block.text, block.hints.gap_before) for block in page.blocks] == [
        ("Home", True),  # the start of the input counts as a gap
        ("World", False),
        ("Sign In", True),
        ("Register", True),  # a line of spaces and tabs is blank
    ]


def test_hints_record_the_first_source_line() -> None:
    page = read_text("Home\n\n\nWorld")
    assert [block.hints.line for block in page.blocks] == [0, 3]


def test_indent_is_recorded() -> None:
    page = read_text("    Indented item\nFlush item")
    assert [block.hints.indent for block in page.blocks] == [4, 0]
    assert texts(page) == ["Indented item", "Flush item"]


@pytest.mark.parametrize("marker", ["*", "+", "•"])
def test_bullets_are_stripped_and_hinted(marker: str) -> None:
    page = read_text(f"{marker} First item\n{marker} Second item")
    assert texts(page) == ["First item", "Second item"]
    assert all(block.hints.bullet for block in page.blocks)


def test_lines_without_bullets_have_no_bullet_hint() -> None:
    page = read_text("First item\nSecond item")
    assert not any(block.hints.bullet for block in page.blocks)


def test_a_bare_bullet_marker_is_kept_as_text() -> None:
    # nothing is lost: a line that is only a marker still lands in a block
    page = read_text("*\nNext line")
    assert texts(page) == ["*", "Next line"]
    assert page.blocks[0].hints.bullet is False


def test_bullet_items_are_never_joined_into_one_paragraph() -> None:
    page = read_text("* The first item of the list is long enough to be a sentence and\n* the second item")
    assert len(page.blocks) == 2


def test_internal_whitespace_is_collapsed() -> None:
    assert texts(read_text("  The   council\tmet  ")) == ["The council met"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hello\x00World", "Hello World"),  # NUL between words
        ("Hel\u200blo", "Hello"),  # zero-width space inside a word
        ("\ufeffHello", "Hello"),  # byte order mark at the start
        ("\u202bمرحبا\u202c world", "مرحبا world"),  # bidi embedding marks
        ("Left\u200e and right\u200f marks", "Left and right marks"),
        ("Bell\x07 and escape\x1b", "Bell and escape"),
        ("C1\x9b control", "C1 control"),
    ],
)
def test_controls_and_invisible_marks_go_without_losing_text(raw: str, expected: str) -> None:
    assert texts(read_text(raw)) == [expected]


def test_a_line_of_only_invisible_marks_is_blank() -> None:
    page = read_text("Home\n\u200b\u200e\nWorld")
    assert texts(page) == ["Home", "World"]
    assert page.blocks[1].hints.gap_before is True


def test_paragraph_broken_around_a_link_is_rejoined() -> None:
    # BeautifulSoup's get_text("\n") puts the link text of "<a>VW Atlas Cross Sport</a>" on its own line
    raw = (
        "The new model is about as long as a\n"
        "VW Atlas Cross Sport\n"
        "SUV. However, it is much lighter, and it costs less than its rivals."
    )
    assert texts(read_text(raw)) == [
        (
            "The new model is about as long as a VW Atlas Cross Sport SUV. However, it is much lighter, "
            "and it costs less than its rivals."
        )
    ]


def test_line_ending_in_a_function_word_continues() -> None:
    raw = "The government announced a new plan for the\nrailways on Monday."
    assert texts(read_text(raw)) == ["The government announced a new plan for the railways on Monday."]


def test_menu_lines_are_not_joined() -> None:
    assert texts(read_text("Sign In\nRegister\nMarkets")) == ["Sign In", "Register", "Markets"]


def test_label_then_lowercase_line_is_not_joined() -> None:
    assert texts(read_text("Sort by: Newest\neastsider_1983")) == ["Sort by: Newest", "eastsider_1983"]


def test_closed_sentences_are_not_joined() -> None:
    raw = f"{PROSE}\nThe mayor said the plan would be published in the spring."
    assert len(read_text(raw).blocks) == 2


def test_a_blank_line_always_ends_a_paragraph() -> None:
    raw = "The government announced a new plan for the\n\nrailways on Monday."
    assert len(read_text(raw).blocks) == 2


@pytest.mark.parametrize(
    "raw",
    [
        "Home\nWorld\n\nSign In\nRegister\n\n\nThe council met on Monday.\n* item one\n* item two",
        "The new model is about as long as a\nVW Atlas Cross Sport\nSUV. However, it is lighter.\n\nMarkets",
        "  a  \n\n\tb\r\nc\u2028d\re",
        "The government announced a new plan for the\nrailways on Monday.\nSign In\n\nRegister",
    ],
)
def test_every_non_blank_line_lands_in_exactly_one_block(raw: str) -> None:
    page = read_text(raw)
    lines = [" ".join(line.split()) for line in re.split(r"\r\n|[\r\n\u2028]", raw)]
    non_blank = [line.removeprefix("* ") for line in lines if line]
    # the blocks, read in order, give back the non-blank lines in order, each exactly once
    assert " ".join(texts(page)) == " ".join(non_blank)
    assert all(block.text for block in page.blocks)


def test_empty_and_blank_input_give_no_blocks() -> None:
    assert read_text("").blocks == ()
    assert read_text("\n \n\t").blocks == ()


@pytest.mark.parametrize(
    "raw",
    [
        "Ele disse ontem que o ministro vai mudar\no governo ainda esta semana, segundo fontes.",
        "Il ministro ha detto che si dimetterà domani\no forse dopodomani, secondo fonti vicine.",
    ],
)
def test_a_wrapped_line_starting_with_the_word_o_keeps_it(raw: str) -> None:
    assert texts(read_text(raw)) == [" ".join(raw.split())]


def test_lines_past_max_blocks_are_read_in_at_most_max_overflow_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_reader, "MAX_OVERFLOW_BLOCKS", 5)
    lines = [PROSE, "* a list item", "The new model is about as long as a", "VW Atlas"]
    lines += [f"line {number}" if number % 3 else "" for number in range(100)]
    page = read_text("\n".join(lines), max_blocks=3)
    assert texts(page)[:3] == [PROSE, "a list item", "The new model is about as long as a VW Atlas"]
    assert len(page.blocks) <= 3 + 5
    # every non-blank line once, in order, whole
    assert " ".join(texts(page)[3:]) == " ".join(f"line {number}" for number in range(100) if number % 3)
    assert [block.index for block in page.blocks] == list(range(len(page.blocks)))
    assert all(block.text for block in page.blocks)


def test_a_small_overflow_keeps_a_block_per_line() -> None:
    lines = [f"Line number {number}" for number in range(30)]
    assert texts(read_text("\n\n".join(lines), max_blocks=10)) == lines


def test_cells_side_by_side_in_a_laid_out_page_are_blocks_of_their_own() -> None:
    # inscriptis sets a table's cells on one line, padded to the column's width
    raw = (
        "    Home  World  Sport\n\n"
        "    Soccer                Letters to the editor\n\n"
        "    Ministers agree new energy rules          * Most read\n"
    )
    page = read_text(raw)
    assert texts(page) == [
        "Home World Sport",  # a menu's items two spaces apart stay one line
        "Soccer",
        "Letters to the editor",
        "Ministers agree new energy rules",
        "Most read",
    ]
    assert [b.hints.indent for b in page.blocks] == [4, 4, 26, 4, 46]
    assert [b.hints.bullet for b in page.blocks] == [False, False, False, False, True]
    assert [b.hints.line for b in page.blocks] == [0, 2, 2, 4, 4]


def test_wide_gaps_in_a_page_without_indented_layout_stay_inside_the_line() -> None:
    raw = "Soccer            Letters to the editor\nMinisters agree new energy rules\nThe council met."
    assert texts(read_text(raw))[0] == "Soccer Letters to the editor"


def test_a_data_table_row_in_a_laid_out_page_stays_one_block() -> None:
    raw = "    Status      Since  Next step                    Comment\n    New         today  pick up when ready\n"
    assert texts(read_text(raw)) == ["Status Since Next step Comment", "New today pick up when ready"]


def test_a_paragraph_with_a_sidebar_line_beside_it_stays_one_block() -> None:
    paragraph = " ".join(["The council met on Monday to discuss the new budget for the coming year."] * 3)
    raw = f"    {paragraph}            Latest news\n\n    Menu\n"
    assert texts(read_text(raw))[0] == f"{paragraph} Latest news"
