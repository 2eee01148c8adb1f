"""Judging each repeated text of a page once.

A page repeats its short texts (menu entries, "Share", a caption under each photo). A stage whose verdict on
a block depends only on what a key names (its text, label, word count...) judges the first block of each key
and gives that verdict, the label and the rule ids it added, to the others.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Sequence

from articlekit.model import Block, Kind, Role

# What a judgement did to a block: None (nothing), or its new role, kind and the rule ids it added.
Verdict = tuple[Role, Kind | None, tuple[str, ...]] | None

# Pages of one site, and sites of one CMS, repeat their short lines ("Share", "Advertisement", a menu, the
# footer): the verdicts on texts up to this long are kept across pages, at most `MEMO_SIZE` per generation
# in two generations. A verdict depends on its key alone, so what the memo holds never changes an answer.
MEMO_TEXT_MAX_CHARS = 200
MEMO_SIZE = 4096


_ALL_MEMOS: weakref.WeakSet[VerdictMemo] = weakref.WeakSet()


def clear_memos() -> None:
    """Empty every `VerdictMemo`: what a benchmark calls between passes over the same pages, so that a
    second pass is not timed on verdicts kept from the first (answers never depend on the memos)."""
    for memo in list(_ALL_MEMOS):
        memo.clear()


class VerdictMemo:
    """A bounded memo of verdicts by key, kept across pages: the newer half of what was judged last.

    When the current generation is full it becomes the older one (the one before is dropped); a key found
    in the older generation moves to the current one. Two dictionaries, no per-entry bookkeeping.
    """

    __slots__ = ("__weakref__", "_older", "_recent", "size")

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self._recent: dict[Hashable, Verdict] = {}
        self._older: dict[Hashable, Verdict] = {}
        _ALL_MEMOS.add(self)

    def clear(self) -> None:
        """Forget every verdict kept."""
        self._recent, self._older = {}, {}

    def __len__(self) -> int:
        return len(self._recent) + len(self._older)

    def get(self, key: Hashable) -> Verdict | bool:
        """The verdict kept for `key`, or False when none is."""
        found = self._recent.get(key, False)
        if found is False:
            found = self._older.get(key, False)
            if found is not False:
                self.put(key, found)  # type: ignore[arg-type]
        return found

    def put(self, key: Hashable, verdict: Verdict) -> None:
        """Keep `verdict` for `key`."""
        if len(self._recent) >= self.size:
            self._older, self._recent = self._recent, {}
        self._recent[key] = verdict


def judge_each_text_once(
    blocks: Sequence[Block],
    judge: Callable[[Block], Block],
    key: Callable[[Block], Hashable | None],
    memo: VerdictMemo | None = None,
) -> tuple[Block, ...]:
    """`judge` applied to every block, once per key: the blocks whose key repeats an earlier one's get its
    verdict. A block whose key is None is judged on its own. With a `memo` (whose keys then name all that
    the verdict depends on, the page's part included), short texts judged on earlier pages are not judged
    again."""
    verdicts: dict[Hashable, Verdict] = {}
    judged_blocks = []
    for block in blocks:
        found = key(block)
        if found is None:
            judged_blocks.append(judge(block))
            continue
        if found in verdicts:
            verdict = verdicts[found]
            judged_blocks.append(block if verdict is None else block.labelled(verdict[0], verdict[1], *verdict[2]))
            continue
        shared = memo is not None and len(block.text) <= MEMO_TEXT_MAX_CHARS
        if shared and memo is not None and (kept := memo.get(found)) is not False:
            verdict = verdicts[found] = kept  # type: ignore[assignment]
            judged_blocks.append(block if verdict is None else block.labelled(verdict[0], verdict[1], *verdict[2]))
            continue
        judged = judge(block)
        verdict = verdicts[found] = (
            None if judged is block else (judged.role, judged.kind, judged.evidence[len(block.evidence) :])
        )
        if shared and memo is not None:
            memo.put(found, verdict)
        judged_blocks.append(judged)
    return tuple(judged_blocks)
