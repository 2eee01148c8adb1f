"""article.py: the frozen output, its `text` view and its JSON-safe `to_dict()` with DESIGN.md's key names."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta, timezone

import pytest

from articlekit import Article, Block, Boilerplate, Caption, Dateline, Kind, Role, parse_text
from articlekit.model import BOILERPLATE_KINDS

# The names DESIGN.md promises to other code and notebooks.
DESIGN_KEYS = frozenset(
    {
        "headline",
        "subheadline",
        "section",
        "authors",
        "dateline",
        "published",
        "body",
        "captions",
        "copyright",
        "boilerplate",
        "language",
        "blocks",
    }
)
DESIGN_ROLES = frozenset(
    {"headline", "subheadline", "section", "byline", "dateline", "date", "body", "caption", "copyright", "boilerplate"}
)
DESIGN_BOILERPLATE_KINDS = frozenset(
    {"navigation", "login", "newsletter", "ad", "share", "comments", "related", "cookie", "paywall", "footer", "other"}
)
EDT = timezone(timedelta(hours=-4))
PUBLISHED = datetime(2023, 10, 15, 10, 31, tzinfo=EDT)


def full_article() -> Article:
    """An Article with every field set, made by hand: no pipeline involved."""
    return Article(
        headline="Azerbaijan's president raises nation's flag",
        subheadline="A ceremony in the former breakaway region",
        section="world",
        authors=("Jane Doe", "John Roe"),
        dateline=Dateline(location="BAKU", agency=None, text="BAKU"),
        published=PUBLISHED,
        modified=datetime(2023, 10, 16, 8, 0, tzinfo=timezone.utc),
        body=("First paragraph.", "Second paragraph."),
        captions=(Caption("A flag over the city.", "AP Photo/Jane Doe"), Caption("A crowd.", None)),
        copyright=("© 2023 The Associated Press.",),
        boilerplate=(Boilerplate("login", "Sign In"), Boilerplate("navigation", "Home")),
        blocks=(
            Block(0, "Sign In", Role.BOILERPLATE, Kind.LOGIN, ("chrome.login.line",)),
            Block(1, "First paragraph.", Role.BODY, Kind.PARAGRAPH, ("prose.good", "run.main")),
            Block(2, "BAKU", Role.DATELINE, None, ("header.dateline",)),
        ),
        language="en",
        diagnostics=("headline: headline block 3",),
    )


def test_to_dict_has_every_key_design_lists() -> None:
    data = full_article().to_dict()
    assert DESIGN_KEYS.issubset(data)


def test_to_dict_nested_keys_are_designs() -> None:
    data = full_article().to_dict()
    assert {"location", "agency", "text"} <= set(data["dateline"])
    assert all({"text", "credit"} <= set(caption) for caption in data["captions"])
    assert all({"kind", "text"} <= set(item) for item in data["boilerplate"])
    assert all({"text", "role", "kind", "evidence"} <= set(block) for block in data["blocks"])


def test_to_dict_survives_json_round_trip() -> None:
    data = full_article().to_dict()
    assert json.loads(json.dumps(data)) == data


def test_to_dict_of_an_empty_article_is_json_safe() -> None:
    data = Article().to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["headline"] is None
    assert data["dateline"] is None
    assert data["published"] is None
    assert data["authors"] == [] and data["body"] == [] and data["blocks"] == []


def test_datetimes_become_iso_8601_strings_keeping_their_zone() -> None:
    data = full_article().to_dict()
    assert data["published"] == "2023-10-15T10:31:00-04:00"
    assert datetime.fromisoformat(data["published"]) == PUBLISHED


def test_naive_datetimes_stay_naive_in_iso_form() -> None:
    # a page that names no zone: the string must not invent one
    data = Article(published=datetime(2023, 10, 15, 10, 31)).to_dict()
    assert data["published"] == "2023-10-15T10:31:00"


def test_enums_become_lowercase_strings() -> None:
    blocks = full_article().to_dict()["blocks"]
    assert [block["role"] for block in blocks] == ["boilerplate", "body", "dateline"]
    assert [block["kind"] for block in blocks] == ["login", "paragraph", None]
    for block in blocks:
        assert type(block["role"]) is str  # the value, not the str-subclassing enum member
        assert block["kind"] is None or type(block["kind"]) is str


def test_role_values_are_designs() -> None:
    assert {role.value for role in Role} == DESIGN_ROLES


def test_boilerplate_kind_values_are_designs() -> None:
    assert {kind.value for kind in BOILERPLATE_KINDS} == DESIGN_BOILERPLATE_KINDS
    assert all(kind.value == kind.value.lower() for kind in Kind)


def test_dateline_caption_and_boilerplate_values() -> None:
    data = full_article().to_dict()
    assert data["dateline"] == {"location": "BAKU", "agency": None, "text": "BAKU"}
    assert data["captions"][0] == {"text": "A flag over the city.", "credit": "AP Photo/Jane Doe"}
    assert data["captions"][1]["credit"] is None
    assert data["boilerplate"][0] == {"kind": "login", "text": "Sign In"}


def test_evidence_is_kept_as_a_list_of_rule_ids() -> None:
    blocks = full_article().to_dict()["blocks"]
    assert blocks[1]["evidence"] == ["prose.good", "run.main"]


def test_to_dict_returns_fresh_lists() -> None:
    # the CLI pops "blocks" from the dict: that must not reach into the article
    article = full_article()
    data = article.to_dict()
    data["body"].append("tampered")
    data.pop("blocks")
    assert article.to_dict()["body"] == ["First paragraph.", "Second paragraph."]
    assert len(article.to_dict()["blocks"]) == 3


def test_text_joins_body_paragraphs_with_blank_lines() -> None:
    assert full_article().text == "First paragraph.\n\nSecond paragraph."


def test_text_of_an_article_without_body_is_empty() -> None:
    assert Article().text == ""


def test_article_is_frozen() -> None:
    article = full_article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.headline = "changed"  # type: ignore[misc]


def test_collections_are_tuples() -> None:
    article = full_article()
    for name in ("authors", "body", "captions", "copyright", "boilerplate", "blocks"):
        assert isinstance(getattr(article, name), tuple), name


@pytest.mark.parametrize("value", [Dateline("BAKU", None, "BAKU"), Caption("text", None), Boilerplate("ad", "Ad")])
def test_parts_are_frozen(value: Dateline | Caption | Boilerplate) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.text = "changed"  # type: ignore[misc]


def test_blocks_are_frozen() -> None:
    block = full_article().blocks[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.role = Role.BODY  # type: ignore[misc]


def test_parsed_article_fields_are_a_view_over_its_blocks() -> None:
    text = "\n\n".join(
        [
            "Home",
            "Ministers agree new energy rules after long talks",
            "By Jane Doe",
            (
                "The minister said on Tuesday that the new rules would take effect in the spring, after a long "
                "consultation with the industry."
            ),
            (
                "Critics of the plan argued that it would raise prices for households, and that the government had "
                "not published its own estimates."
            ),
            "© 2023 Example News. All rights reserved.",
        ]
    )
    article = parse_text(text)
    assert article.body == tuple(block.text for block in article.blocks if block.role is Role.BODY)
    assert article.copyright == tuple(block.text for block in article.blocks if block.role is Role.COPYRIGHT)
    assert [b.text for b in article.boilerplate] == [
        block.text for block in article.blocks if block.role is Role.BOILERPLATE
    ]
    data = article.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert DESIGN_KEYS.issubset(data)
