"""Judging each repeated text once: on a page, and across pages through a bounded memo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from articlekit.classify.verdicts import MEMO_TEXT_MAX_CHARS, VerdictMemo, clear_memos, judge_each_text_once
from articlekit.model import Block, Kind, Role

if TYPE_CHECKING:
    from conftest import PageKit

GERMAN = (
    "Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln im Frühjahr in Kraft treten "
    "sollen, und die Industrie ist nicht begeistert."
)
ENGLISH = (
    "The minister said on Tuesday that the new rules would take effect in the spring, and the "
    "industry was not pleased with them at all."
)


def _share_short(block: Block) -> Block:
    return block.labelled(Role.BOILERPLATE, Kind.SHARE, "test.share") if block.text == "Share" else block


def test_a_memo_spares_judging_short_texts_again_on_later_pages() -> None:
    judged: list[str] = []

    def judge(block: Block) -> Block:
        judged.append(block.text)
        return _share_short(block)

    memo = VerdictMemo()
    long_text = "x" * (MEMO_TEXT_MAX_CHARS + 1)
    pages = [(Block(0, "Share"), Block(1, "Story"), Block(2, long_text)), (Block(5, "Share"), Block(6, long_text))]
    first = judge_each_text_once(pages[0], judge, lambda block: block.text, memo)
    second = judge_each_text_once(pages[1], judge, lambda block: block.text, memo)
    assert judged == ["Share", "Story", long_text, long_text]  # a long text is judged on each page
    assert second == judge_each_text_once(pages[1], _share_short, lambda block: block.text)
    assert [block.evidence for block in (*first, *second)] == [("test.share",), (), (), ("test.share",), ()]


def test_a_memo_keeps_at_most_two_generations() -> None:
    memo = VerdictMemo(size=2)
    for number in range(5):
        memo.put(number, None)
    assert memo.get(0) is False and memo.get(1) is False  # dropped with their generation
    assert memo.get(2) is None and memo.get(4) is None
    assert memo.get("unknown") is False


def test_chrome_memo_keys_hold_the_page_languages(kit: PageKit) -> None:
    # "Anmelden" is a login line in German only: judged on a German page, it stays free on an English one
    german = kit.classify(["Anmelden", GERMAN], through="mark_chrome")
    english = kit.classify(["Anmelden", ENGLISH], through="mark_chrome")
    assert (german.language, english.language) == ("de", "en")
    assert [german.blocks[0].kind, english.blocks[0].kind] == [Kind.LOGIN, None]


def test_clear_memos_empties_every_memo_so_a_second_pass_judges_again() -> None:
    judged: list[str] = []

    def judge(block: Block) -> Block:
        judged.append(block.text)
        return _share_short(block)

    memo = VerdictMemo()
    judge_each_text_once((Block(0, "Share"),), judge, lambda block: block.text, memo)
    assert len(memo) == 1
    clear_memos()
    assert len(memo) == 0
    judge_each_text_once((Block(0, "Share"),), judge, lambda block: block.text, memo)
    assert judged == ["Share", "Share"]
