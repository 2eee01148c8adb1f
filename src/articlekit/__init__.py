"""articlekit: read a scraped article page (HTML or scraped text) into its parts.

>>> import articlekit
>>> article = articlekit.parse_text("World\\n\\nA headline for the test\\n\\nBy Jane Doe\\n\\n"
...     "The first paragraph of the story is long enough to read as prose, with commas and a full stop.\\n\\n"
...     "The second paragraph carries on the story in the same way, and it also ends with a full stop.")
>>> article.authors
('Jane Doe',)
"""

from articlekit.api import is_html, parse, parse_html, parse_text
from articlekit.article import Article, Boilerplate, Caption, Dateline
from articlekit.batch import parse_many
from articlekit.errors import (
    ArticlekitError,
    EmptyInputError,
    InputTooLargeError,
    UnsupportedInputError,
    WetFormatError,
)
from articlekit.model import Block, Kind, Role
from articlekit.options import Options
from articlekit.readers.wet import WetRecord, iter_wet

__all__ = [
    "Article",
    "ArticlekitError",
    "Block",
    "Boilerplate",
    "Caption",
    "Dateline",
    "EmptyInputError",
    "InputTooLargeError",
    "Kind",
    "Options",
    "Role",
    "UnsupportedInputError",
    "WetFormatError",
    "WetRecord",
    "is_html",
    "iter_wet",
    "parse",
    "parse_html",
    "parse_many",
    "parse_text",
]

__version__ = "0.1.0"
