"""Judging each repeated text of a page once.

A page repeats its short texts (menu entries, "Share", a caption under each photo). A stage whose verdict on
a block depends only on what a key names (its text, label, word count...) judges the first block of each key
and gives that verdict, the label and the rule ids it added, to the others.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from articlekit.model import Block, Kind, Role

# What a judgement did to a block: None (nothing), or its new role, kind and the rule ids it added.
Verdict = tuple[Role, Kind | None, tuple[str, ...]] | None


def judge_each_text_once(
    blocks: Sequence[Block], judge: Callable[[Block], Block], key: Callable[[Block], Hashable | None]
) -> tuple[Block, ...]:
    """`judge` applied to every block, once per key: the blocks whose key repeats an earlier one's get its
    verdict. A block whose key is None is judged on its own."""
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
        judged = judge(block)
        verdicts[found] = (
            None if judged is block else (judged.role, judged.kind, judged.evidence[len(block.evidence) :])
        )
        judged_blocks.append(judged)
    return tuple(judged_blocks)
