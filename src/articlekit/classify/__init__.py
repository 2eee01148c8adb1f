"""Classification: ordered stages with one signature, `(Page, Options) -> Page`.

First each block on its own (measure, lexicons, furniture), then the context passes (the main run
of prose, the header zone above it, the chrome regions around it). Each decision appends a rule id
to `block.evidence`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from articlekit.classify.bios import mark_author_bios
from articlekit.classify.chrome import mark_chrome
from articlekit.classify.container import widen_to_container
from articlekit.classify.features import measure
from articlekit.classify.furniture import mark_furniture, remember_first_pass
from articlekit.classify.header import mark_header_furniture, mark_headline
from articlekit.classify.mainrun import mark_main_run
from articlekit.classify.markup import mark_markup
from articlekit.classify.regions import mark_regions
from articlekit.classify.repeats import drop_repeats
from articlekit.model import Page
from articlekit.options import Options

Stage = Callable[[Page, Options], Page]

STAGES: tuple[Stage, ...] = (
    measure,
    mark_chrome,
    mark_markup,
    mark_furniture,
    remember_first_pass,
    mark_main_run,
    widen_to_container,
    mark_header_furniture,
    mark_headline,
    drop_repeats,
    mark_author_bios,
    mark_regions,
)


# The stages a page cannot do without: every block measured, the body found, every block labelled.
# Past `Options.time_budget` the others (the header zone, repeats, bios) are skipped.
ESSENTIAL: frozenset[Stage] = frozenset(
    {measure, mark_chrome, mark_markup, mark_furniture, remember_first_pass, mark_main_run, mark_regions}
)


def classify(page: Page, options: Options, started: float | None = None) -> Page:
    """Run every stage in order; past the time budget, only the essential ones."""
    budget = options.time_budget
    for stage in STAGES:
        optional = budget is not None and started is not None and stage not in ESSENTIAL
        if optional and budget is not None and started is not None and time.process_time() - started > budget:
            page = page.with_diagnostic(f"time budget: skipped {stage.__name__}")
            continue
        page = stage(page, options)
    return page
