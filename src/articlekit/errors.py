"""Typed errors. Anything not listed here never escapes `parse*`: bad pages give an empty `Article`."""

from __future__ import annotations


def _restore(cls: type[ArticlekitError], args: tuple[object, ...], state: dict[str, object]) -> ArticlekitError:
    """Rebuild a pickled error without calling its __init__ (whose arguments differ from `args`)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ArticlekitError(Exception):
    """Base class of every error articlekit raises on purpose."""

    def __reduce__(self) -> tuple[object, ...]:
        # the default rebuilds with cls(*self.args), but the subclasses take their own arguments;
        # workers of multiprocessing pools pickle errors on their way back
        return _restore, (type(self), self.args, dict(self.__dict__))


class EmptyInputError(ArticlekitError, ValueError):
    """The input holds no text at all (empty, or only whitespace/control characters)."""

    def __init__(self) -> None:
        super().__init__(
            "the input is empty or holds only whitespace; skip such pages before calling articlekit, "
            "or catch articlekit.EmptyInputError"
        )


class InputTooLargeError(ArticlekitError, ValueError):
    """The input is larger than `Options.max_input_bytes`."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            f"the input is {size:,} bytes, over the limit of {limit:,}; raise "
            "Options(max_input_bytes=...) to accept it, or truncate the page first"
        )


class UnsupportedInputError(ArticlekitError, TypeError):
    """The input is not `str` or `bytes`."""

    def __init__(self, value: object, expected: str | None = None) -> None:
        if expected is not None:  # a caller that takes something else than a page (parse_many's items)
            super().__init__(f"{expected}, not {type(value).__name__}")
            return
        super().__init__(
            f"articlekit parses str (HTML or scraped text) or bytes (HTML), not {type(value).__name__}; "
            "decode files with open(path, encoding=...) or pass the raw bytes to parse_html"
        )


class WetFormatError(ArticlekitError, ValueError):
    """A WET file is malformed or truncated; `offset` is the byte where reading stopped."""

    def __init__(self, reason: str, offset: int) -> None:
        self.reason = reason
        self.offset = offset
        super().__init__(f"not a readable WET file at byte {offset:,}: {reason}")
