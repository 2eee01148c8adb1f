"""Shared helpers for the layer tests: hand-made `Page`s, run through the classification stages by name.

Test modules are imported by pytest's importlib mode, so they cannot import each other; the helpers
reach them as the `kit` fixture. For type checking, a test module imports the class under
`TYPE_CHECKING` (`from conftest import PageKit`), which never runs.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from articlekit.classify import STAGES, Stage
from articlekit.model import Block, Features, Hints, Page, Prose, Role
from articlekit.options import Options


class PageKit:
    """Builds pages by hand and runs the classification stages on them."""

    @staticmethod
    def stage_names() -> tuple[str, ...]:
        """The names of `articlekit.classify.STAGES`, in order."""
        return tuple(stage.__name__ for stage in STAGES)

    @staticmethod
    def stage(name: str) -> Stage:
        """The classification stage called `name`."""
        for stage in STAGES:
            if stage.__name__ == name:
                return stage
        raise LookupError(f"no stage named {name!r} in articlekit.classify.STAGES")

    @staticmethod
    def page(texts: Sequence[str]) -> Page:
        """A text-mode page with one unlabelled block per string, each after a blank line."""
        blocks = tuple(Block(index=index, text=text, hints=Hints(line=index)) for index, text in enumerate(texts))
        return Page(blocks, source="text")

    def run(self, page: Page, *, through: str, options: Options | None = None) -> Page:
        """Run the stages in order, up to and including the one called `through`."""
        names = self.stage_names()
        if through not in names:
            raise LookupError(f"no stage named {through!r} in articlekit.classify.STAGES")
        options = Options() if options is None else options
        for stage in STAGES[: names.index(through) + 1]:
            page = stage(page, options)
        return page

    def classify(self, texts: Sequence[str], *, through: str | None = None, options: Options | None = None) -> Page:
        """A page built from `texts`, classified by the stages up to `through` (all of them by default)."""
        return self.run(self.page(texts), through=through or self.stage_names()[-1], options=options)

    @staticmethod
    def measured(
        text: str,
        *,
        index: int = 0,
        role: Role = Role.BOILERPLATE,
        prose: Prose = Prose.SHORT,
        closed: bool = False,
        words: int | None = None,
        stopword_ratio: float = 0.0,
    ) -> Block:
        """A block whose features are set by hand, as if the measure stage had run."""
        features = Features(
            words=len(text.split()) if words is None else words,
            chars=len(text),
            stopword_ratio=stopword_ratio,
            closed=closed,
            prose=prose,
        )
        return Block(index=index, text=text, role=role, hints=Hints(line=index), features=features)

    def labelled(self, *blocks: tuple[str, Role], language: str | None = "en") -> Page:
        """A page whose blocks already carry their roles, as the classification stages leave them, and
        their features, as the measure stage sets them."""
        page = Page(
            tuple(
                Block(index=index, text=text, role=role, hints=Hints(line=index))
                for index, (text, role) in enumerate(blocks)
            ),
            source="text",
        )
        return self.stage("measure")(page, Options(language=language))

    @staticmethod
    def find(page: Page, text: str) -> Block:
        """The one block whose text is `text`."""
        found = [block for block in page.blocks if block.text == text]
        if len(found) != 1:
            raise LookupError(f"{len(found)} blocks with text {text!r}")
        return found[0]


@pytest.fixture
def kit() -> PageKit:
    """Hand-made pages and the classification stages."""
    return PageKit()
