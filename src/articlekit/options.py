"""The one options object, frozen and validated, passed explicitly to every stage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Blocks a page may have past `Options.max_blocks`. They are not analysed, but reading each one costs
# time all the same: past this many, the readers put the rest of the page in at most this many blocks
# of whole lines (or elements), so that a million one-word lines cost what their characters cost.
MAX_OVERFLOW_BLOCKS = 10_000


@dataclass(frozen=True, slots=True)
class Options:
    """How articlekit parses a page. Every field has a safe default."""

    # When the page was fetched: relative dates ("3 hours ago") resolve against it. None leaves them
    # unresolved, never resolved against the clock.
    reference_date: datetime | None = None
    # Language hint (ISO 639-1) when the caller knows it; otherwise guessed from the text.
    language: str | None = None
    # Inputs larger than this are refused with InputTooLargeError (bytes of UTF-8 for str input).
    max_input_bytes: int = 50_000_000
    # Blocks past this count are kept (nothing is lost) but labelled boilerplate without analysis; more
    # than `MAX_OVERFLOW_BLOCKS` of them are read as that many blocks of several lines or elements each.
    # 10,000 is above every page of the benchmark corpus (the longest, a Wikipedia article, has ~7,100
    # lines), and bounds the per-block work on hostile pages (a million <p> or <a> elements).
    max_blocks: int = 10_000
    # Longer blocks are kept whole but only this many characters are analysed by the lexicons.
    max_block_chars: int = 100_000
    # dateparser is only ever handed strings up to this length (it is slow on long inputs).
    max_date_chars: int = 80
    # Languages dateparser may try, in order; a short explicit list keeps it fast and predictable.
    date_languages: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "nl", "ja")
    # CPU seconds a page may take before the optional stages (headline ranking, dek, repeats) are
    # skipped; None (the default) never skips, so output depends on the input and options only.
    time_budget: float | None = None
    # Take the publication date from a caption or body sentence when the page states none elsewhere.
    dates_from_captions: bool = False
    # HTML: when no source states the publication date (address, JSON-LD, meta, marked elements, date
    # lines), take the page's first date outside the body's sentences; scraped text: when the header has no
    # date line, the page's first date that a publication label opens ("Published ...", "Veröffentlicht am
    # ..."), outside related, comment and ad boxes. Marked "(a guess ...)" in the diagnostics. False: leave
    # `published` empty instead.
    guess_dates: bool = True

    def __post_init__(self) -> None:
        if self.reference_date is not None and not isinstance(self.reference_date, datetime):
            raise TypeError(
                "Options.reference_date must be a datetime, e.g. datetime.fromisoformat('2023-10-15T12:00:00+00:00'), "
                f"not {type(self.reference_date).__name__}"
            )
        if self.reference_date is not None and self.reference_date.tzinfo is None:
            raise ValueError("Options.reference_date must be timezone-aware, e.g. datetime(..., tzinfo=timezone.utc)")
        for name in ("max_input_bytes", "max_blocks", "max_block_chars", "max_date_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or value <= 0:
                raise ValueError(f"Options.{name} must be a positive int, got {value!r}")
        if self.time_budget is not None and not (isinstance(self.time_budget, (int, float)) and self.time_budget > 0):
            raise ValueError(
                f"Options.time_budget must be a positive number of seconds or None, got {self.time_budget!r}"
            )
        if self.language is not None and not (isinstance(self.language, str) and len(self.language) == 2):
            raise ValueError(f"Options.language must be an ISO 639-1 code such as 'en', got {self.language!r}")
