"""fields/: each field read from blocks whose roles are set by hand, then the same through `parse_text`.

The field builders never classify: given a byline block they read its names, given a date block its
date. Relative dates resolve against `Options.reference_date` only, never against the clock.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

import pytest

from articlekit import Caption, Dateline, Options, parse_html, parse_text
from articlekit.classify import header
from articlekit.classify.header import headline_before_date, names_a_section_directory
from articlekit.classify.titles import page_titles
from articlekit.fields.authors import build_authors
from articlekit.fields.captions import build_captions
from articlekit.fields.dateline import build_dateline
from articlekit.fields.dates import build_dates
from articlekit.fields.headline import _without_date_stamp, build_headline, from_json_ld
from articlekit.model import Kind, Page, Role
from articlekit.readers.html import read_html
from articlekit.recognize.bylines import find_labelled_author

if TYPE_CHECKING:
    from conftest import PageKit

EDT = timezone(timedelta(hours=-4))
REFERENCE = datetime(2023, 10, 15, 12, 0, tzinfo=timezone.utc)
BODY = "The minister said on Tuesday that the new rules would take effect in the spring."
PARAGRAPHS = (
    (
        "The minister said on Tuesday that the new rules would take effect in the spring, after a long "
        "consultation with the industry."
    ),
    (
        "Critics of the plan argued that it would raise prices for households, and that the government had "
        "not published its own estimates."
    ),
)


def page_text(*lines: str) -> str:
    return "\n\n".join(lines)


# --- authors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe and John Roe, Reuters", ("Jane Doe", "John Roe")),
        ("By Jane Doe", ("Jane Doe",)),
        ("By JANE DOE, Associated Press", ("Jane Doe",)),
        ("Von Hans Meier", ("Hans Meier",)),
        ("Posted by Karen Liu on March 3, 2023", ("Karen Liu",)),
    ],
)
def test_authors_from_a_byline_block(kit: PageKit, byline: str, authors: tuple[str, ...]) -> None:
    page = kit.labelled(("Home", Role.BOILERPLATE), (byline, Role.BYLINE), (BODY, Role.BODY))
    assert build_authors(page)[0] == authors


def test_authors_never_include_the_agency(kit: PageKit) -> None:
    page = kit.labelled(("By Jane Doe, Reuters", Role.BYLINE))
    assert "Reuters" not in build_authors(page)[0]


def test_authors_come_from_the_first_byline(kit: PageKit) -> None:
    page = kit.labelled(("By Jane Doe", Role.BYLINE), (BODY, Role.BODY), ("By John Roe", Role.BYLINE))
    assert build_authors(page)[0] == ("Jane Doe",)


def test_authors_only_from_byline_blocks(kit: PageKit) -> None:
    # the same text with another role is not read: roles decide, the field builder only reads
    page = kit.labelled(("By Jane Doe", Role.BOILERPLATE), (BODY, Role.BODY))
    assert build_authors(page) == ((), None)


def test_authors_through_parse_text() -> None:
    article = parse_text(
        page_text("Home", "World", "Fed holds rates", "By Jane Doe and John Roe, Reuters", *PARAGRAPHS)
    )
    assert article.authors == ("Jane Doe", "John Roe")


def _html_page(head: str, byline: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><title>Fed holds rates</title>{head}</head><body><article><h1>Fed holds rates</h1>"
        f"{byline}{paragraphs}</article></body></html>"
    )


def _json_ld(author: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": {author}}}</script>'


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        (_json_ld('{"@type": "Person", "name": "Jane Doe"}'), ("Jane Doe",)),
        (_json_ld('[{"name": "Jane Doe"}, {"name": "John Roe"}]'), ("Jane Doe", "John Roe")),
        # a site that credits itself names no author
        (_json_ld('{"@type": "NewsMediaOrganization", "name": "Daily Planet"}'), ()),
        ('<meta name="author" content="Daniel Tannenbaum | Sponsored">', ("Daniel Tannenbaum",)),
        ('<meta property="article:author" content="https://example.com/people/jane">', ()),
        (_json_ld('{"@type": "Person", "name": "James O&#039;Neil"}'), ("James O'Neil",)),  # escaped twice
        # an organisation credited as the author, other than the publisher: an encyclopedia's contributors
        (
            (
                '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Organization", '
                '"name": "Contributors to Open Atlas"}, "publisher": {"@type": "Organization", "name": '
                '"Open Atlas Foundation"}}</script>'
            ),
            ("Contributors to Open Atlas",),
        ),
        # Dublin Core's creator, set per document, before a site-wide author tag
        ('<meta name="author" content="Max Planck"><meta name="DC.creator" content="Jane Doe">', ("Jane Doe",)),
        ('<meta name="author" content="Webmaster"><meta property="dc:creator" content="Jane Doe">', ("Jane Doe",)),
        # JSON-LD before the meta tag
        ('<meta name="author" content="Daily Planet Staff">' + _json_ld('"Jane Doe"'), ("Jane Doe",)),
    ],
)
def test_authors_from_html_metadata(head: str, authors: tuple[str, ...]) -> None:
    assert parse_html(_html_page(head)).authors == authors


def test_an_organisation_credit_that_is_the_site_address_is_no_author() -> None:
    # "dailyplanet.example" credited by JSON-LD under a publisher "Planet Media Group" is the site itself
    head = (
        '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Organization", '
        '"name": "DailyPlanet.example"}, "publisher": {"@type": "Organization", "name": "Planet Media Group"}}'
        "</script>"
    )
    assert parse_html(_html_page(head), url="https://www.dailyplanet.example/world/1").authors == ()


def test_metadata_authors_come_before_a_byline_on_the_page() -> None:
    html = _html_page(_json_ld('"Jane Doe"'), "<p>By Ann Other</p>")
    article = parse_html(html)
    assert article.authors == ("Jane Doe",)
    assert "authors: json-ld author" in article.diagnostics


def test_the_article_byline_wins_over_a_meta_author_it_does_not_name() -> None:
    # themes fill the author meta tag for the whole site (its owner, the agency that built it)
    html = _html_page('<meta name="author" content="Isabell Angele">', "<p>Von Matthias Lauerer</p>")
    article = parse_html(html)
    assert article.authors == ("Matthias Lauerer",)
    assert any("over meta author" in note for note in article.diagnostics)


@pytest.mark.parametrize(
    "line",
    ["Erstellt von Fabian am Dienstag 6. Mai 2014", "Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)"],
)
def test_a_bloggers_name_in_the_header_date_line_wins_over_a_site_wide_meta_author(line: str) -> None:
    # the theme fills the meta tag with the club's or the owner's name; the post's own line names its writer
    html = _html_page('<meta name="author" content="Matthias Hille">', f"<p>{line}</p>")
    assert parse_html(html).authors == (line.split()[2],)


def test_a_meta_author_that_another_byline_writes_stays() -> None:
    # "By Any Means Necessary" is the show's name; the author's own line names him with his outlet
    bylines = "<p>By Any Means Necessary</p><p>By Wilmer Leon, Sputnik International</p>"
    html = _html_page('<meta name="author" content="Wilmer Leon">', bylines)
    assert parse_html(html).authors == ("Wilmer Leon",)


@pytest.mark.parametrize(
    ("meta", "byline"),
    [("Jane Doe", "By J. Doe"), ("María José García", "Por Maria Jose Garcia"), ("Jane Doe", "By Doe Jane")],
)
def test_a_byline_spelling_the_meta_author_differently_does_not_replace_it(meta: str, byline: str) -> None:
    html = _html_page(f'<meta name="author" content="{meta}">', f"<p>{byline}</p>")
    assert parse_html(html).authors == (meta,)


@pytest.mark.parametrize(("meta", "byline"), [("David Brown", "David Miller"), ("Michael Smith", "Jennifer Smith")])
def test_a_byline_naming_another_person_with_a_shared_name_wins(meta: str, byline: str) -> None:
    html = _html_page(f'<meta name="author" content="{meta}">', f"<p>By {byline}</p>")
    assert parse_html(html).authors == (byline,)


def test_an_agency_credit_beats_a_teasers_author_link() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Organization", '
        '"name": "Reuters"}, "publisher": {"@type": "Organization", "name": "Example News"}}</script>'
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        f"<html><head><title>Fed holds rates</title>{head}</head><body><article><h1>Fed holds rates</h1>"
        f"{paragraphs}</article><aside><h3>More stories</h3><ul><li><a href='/2023/05/other'>Fed signals pause</a> "
        "<a href='/author/tom-jones/'>Tom Jones</a></li></ul></aside></body></html>"
    )
    assert parse_html(html).authors == ("Reuters",)


def test_a_shared_name_particle_is_no_shared_person() -> None:
    html = _html_page('<meta name="author" content="Anna von Berg">', "<p>By Karl von Stein</p>")
    assert parse_html(html).authors == ("Karl von Stein",)


def test_an_organisation_credit_yields_to_the_article_s_own_byline() -> None:
    # JSON-LD credits the desk as an organisation; the story ends with its author's name
    head = (
        '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Organization", '
        '"name": "Redaktion"}, "publisher": {"@type": "Organization", "name": "Stadtblatt"}}</script>'
    )
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "Die Stadt hat am Dienstag beschlossen, die alte Brücke zu schließen, nachdem Ingenieure Risse fanden.",
            "Anwohner, die den Fluss täglich überqueren, müssen die Fähre nehmen oder zur nächsten Brücke fahren.",
            "Die Arbeiten sollen mindestens acht Monate dauern und etwa vier Millionen Euro kosten.",
        )
    )
    html = (
        f"<html><head><title>Stadt schließt Brücke - Stadtblatt</title>{head}</head><body><article>"
        f"<h1>Stadt schließt Brücke</h1>{paragraphs}<p>Von Cosima Künzel</p></article></body></html>"
    )
    assert parse_html(html, url="https://www.stadtblatt.example/lokales/1").authors == ("Cosima Künzel",)


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="author" content="Stadtblatt Stiftung e.V.">',
        '<meta name="author" content="Redaktion">',
    ],
)
def test_a_desk_credited_by_a_meta_tag_yields_to_the_article_s_own_signature(head: str) -> None:
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "Die Stadt hat am Dienstag beschlossen, die alte Brücke zu schließen, nachdem Ingenieure Risse fanden.",
            "Anwohner, die den Fluss täglich überqueren, müssen die Fähre nehmen oder zur nächsten Brücke fahren.",
            "Die Arbeiten sollen mindestens acht Monate dauern und etwa vier Millionen Euro kosten.",
        )
    )
    html = (
        f"<html><head><title>Stadt schließt Brücke - Stadtblatt</title>{head}</head><body><article>"
        f"<h1>Stadt schließt Brücke</h1>{paragraphs}<p>Autorin: Uta Staschewski, Referentin der Stiftung.</p>"
        "</article></body></html>"
    )
    assert parse_html(html, url="https://www.stadtblatt.example/lokales/1").authors == ("Uta Staschewski",)


def test_a_meta_author_that_the_byline_names_stays() -> None:
    html = _html_page('<meta name="author" content="Jane Doe, John Roe">', "<p>By Jane Doe</p>")
    assert parse_html(html).authors == ("Jane Doe", "John Roe")


def test_a_byline_inside_author_links_is_still_a_byline() -> None:
    # sites wrap the byline in links to the author page: the run of links must not hide it as navigation
    byline = '<div class="meta"><a href="/author/ken" rel="author">By Ken Goldberg</a></div>'
    article = parse_html(_html_page("", byline))
    assert article.authors == ("Ken Goldberg",)
    assert any(b.role is Role.BYLINE and b.text == "By Ken Goldberg" for b in article.blocks)


def test_authors_from_a_byline_split_over_two_lines() -> None:
    article = parse_text(page_text("Fed holds rates", "By", "Karen Liu", *PARAGRAPHS))
    assert article.authors == ("Karen Liu",)


def test_a_byline_inside_the_date_line() -> None:
    article = parse_text(page_text("Fed holds rates", "Posted on 3 March 2023 by Karen Liu", *PARAGRAPHS))
    assert article.authors == ("Karen Liu",)


def _page_with_chrome_heading(h1: str, og_title: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<html><head><title>{og_title} | Daily Planet</title><meta property="og:title" content="{og_title}">'
        '</head><body><a href="#main">Skip to content</a><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        "<p>Tap to enable a layout that focuses on the article.</p>"
        f'<div class="paywall-teaser"><a href="/story"><h1>{h1}</h1></a></div>{paragraphs}</body></html>'
    )


def test_the_heading_that_repeats_the_title_is_the_headline_even_inside_chrome_markup() -> None:
    article = parse_html(_page_with_chrome_heading("Fed holds rates steady", "Fed holds rates steady"))
    assert article.headline == "Fed holds rates steady"
    assert any("header.title_heading" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


def test_of_two_headings_that_repeat_metadata_titles_the_one_outside_the_breadcrumb_trail_is_the_headline() -> None:
    # the trail's last item, an <h1>, repeats the JSON-LD headline; the story's <h2> repeats the og:title
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><head><title>Fed: Rates held again, markets calm | Daily Planet</title>"
        '<meta property="og:title" content="Rates stay put as the Fed waits for spring">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Fed: Rates held again, markets calm"}'
        "</script></head><body>"
        '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/economy">Economy</a></li>'
        "<li><h1>Fed: Rates held again, markets calm</h1></li></ol>"
        f"<article><h2>Rates stay put as the Fed waits for spring</h2>{paragraphs}</article></body></html>"
    )
    article = parse_html(html)
    assert article.headline == "Rates stay put as the Fed waits for spring"
    assert any("header.title_heading" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


def test_a_one_word_heading_is_not_confirmed_by_the_title() -> None:
    # "Daily Planet" style site names stand in both the <h1> and the <title>: one word is not enough
    article = parse_html(_page_with_chrome_heading("Planet", "Planet"))
    assert not any("header.title_heading" in b.evidence for b in article.blocks)


def _blog_page(title: str, head: str = "", site_heading: str = "The Valley Diary", post_heading: str = "") -> str:
    # a blog's name in an <h1> link at the top, the post's title in a second <h1> under the menu
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        f'<header><h1><a href="/">{site_heading}</a></h1><nav><a href="/">Home</a> <a href="/about">About</a></nav>'
        f'</header><div class="post"><h1><a href="/2020/rain">{post_heading}</a></h1>{paragraphs}</div></body></html>'
    )


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:site_name" content="The Valley Diary">',
        '<meta property="og:title" content="Rain returns to the valley at last">',  # og:title leaves the site out
    ],
)
def test_a_heading_that_repeats_only_the_site_name_is_not_the_headline(head: str) -> None:
    title = "Rain returns to the valley at last | The Valley Diary"
    article = parse_html(_blog_page(title, head, post_heading="Rain returns to the valley at last"))
    assert article.headline == "Rain returns to the valley at last"
    assert any("header.title_heading" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


def test_of_two_headings_that_repeat_title_pieces_the_one_nearest_the_text_is_the_headline() -> None:
    # nothing names the site: the blog's name heads the page, the post's title stands above its text
    html = _blog_page(
        "Rain returns to the valley at last | The Valley Diary", post_heading="Rain returns to the valley at last"
    )
    article = parse_html(html)
    assert article.headline == "Rain returns to the valley at last"
    assert any("header.title_heading" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


def test_the_site_name_is_known_from_the_url_host() -> None:
    html = _blog_page(
        "Rain returns to the valley at last - Valley Diary",
        site_heading="Valley Diary",
        post_heading="Rain returns to the valley at last",
    )
    article = parse_html(html, url="https://www.valleydiary.example/2020/rain")
    assert article.headline == "Rain returns to the valley at last"


def test_a_one_word_heading_is_confirmed_when_the_title_names_the_site_apart() -> None:
    html = _blog_page(
        "Nebelsuppe | The Valley Diary",
        '<meta property="og:site_name" content="The Valley Diary">',
        post_heading="Nebelsuppe",
    )
    article = parse_html(html)
    assert article.headline == "Nebelsuppe"
    assert any("header.title_heading" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


def _kicker_page(h1: str, head: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    title = "Drilling until the sea runs hot | Daily Planet"
    body = f"<article><h1>{h1}</h1>{paragraphs}</article>"
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def test_a_kicker_in_its_own_element_of_the_headline_is_left_out() -> None:
    # an element whose class does not say "kicker": the metadata's headline shows the words before it are one
    h1 = '<span class="hed-label">Climate</span> <span>Drilling until the sea runs hot</span>'
    article = parse_html(_kicker_page(h1, '<meta property="og:title" content="Drilling until the sea runs hot">'))
    assert article.headline == "Drilling until the sea runs hot"
    assert any("minus its kicker" in note for note in article.diagnostics)


def test_a_kicker_the_title_gives_loses_to_the_headline_json_ld_gives() -> None:
    # the <title> and og:title give the kicker, JSON-LD the headline: both stand in the <h1>, the kicker first
    head = (
        '<meta property="og:title" content="Wormeries | Garden Planet">'
        '<script type="application/ld+json">{"@type": "Article", "headline": "Build a wormery yourself"}</script>'
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    h1 = '<h1><span class="roofline">Wormeries</span> <span>Build a wormery yourself</span></h1>'
    body = f"<body><article>{h1}{paragraphs}</article></body>"
    html = f"<html><head><title>Wormeries | Garden Planet</title>{head}</head>{body}</html>"
    article = parse_html(html, url="https://www.gardenplanet.example/wormery")
    assert article.headline == "Build a wormery yourself"


@pytest.mark.parametrize("og_title", ["Drilling until the sea runs hot", "Climate: Drilling until the sea runs hot"])
def test_a_kicker_the_heading_marks_as_one_is_left_out_whatever_the_metadata_says(og_title: str) -> None:
    h1 = '<span class="kicker">Climate:</span> Drilling until the sea runs hot'
    article = parse_html(_kicker_page(h1, f'<meta property="og:title" content="{og_title}">'))
    assert article.headline == "Drilling until the sea runs hot"


@pytest.mark.parametrize(
    ("h1", "head"),
    [
        # the page writes the kicker into its headline
        (
            "Climate: Drilling until the sea runs hot",
            '<meta property="og:title" content="Drilling until the sea runs hot">',
        ),
        # a metadata title keeps the whole heading: the <title> is the shortened one
        (
            "<span>Climate</span> Drilling until the sea runs hot",
            '<meta property="og:title" content="Climate Drilling until the sea runs hot">',
        ),
    ],
)
def test_a_kicker_the_page_or_its_metadata_keeps_stays_in_the_headline(h1: str, head: str) -> None:
    article = parse_html(_kicker_page(h1, head))
    assert article.headline is not None and article.headline.startswith("Climate")


PROMO = (
    "Enter our weekly contests for a chance to win tickets, dinners and weekend trips, with new draws every "
    "Friday for our readers."
)


@pytest.mark.parametrize(
    "title",
    [
        "Wrong-way driver halted on the highway",
        "PlanetNews.example : Wrong-way driver halted on the highway",  # the host names the site before " : "
    ],
)
def test_the_block_that_gives_the_title_beats_a_chrome_line_the_ranker_chose(title: str) -> None:
    # a promo paragraph starts the body run, so the header zone above it holds only the site's own line
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        f"<html><head><title>{title}</title></head><body>"
        f'<div class="promo"><h4>Your Daily Planet</h4><p>{PROMO}</p></div>'
        f'<div class="story"><h2>Wrong-way driver halted on the highway</h2>{paragraphs}</div></body></html>'
    )
    article = parse_html(html, url="https://www.planetnews.example/local/1")
    assert article.headline == "Wrong-way driver halted on the highway"
    assert any("header.title_block" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


@pytest.mark.parametrize(
    "story",
    [
        "<div class='hed'>Wrong-way driver halted on the highway</div>",
        "<div><b>Wrong-way driver halted on the highway</b><br>Jan 9, 2008</div>",  # run into its date line
    ],
)
def test_a_block_that_gives_a_piece_of_a_title_without_a_known_site_beats_a_chrome_line(story: str) -> None:
    # nothing names the site, so the metadata's headline is the whole <title>: its longest piece stands in
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Wrong-way driver halted on the highway - Local news - The Evening Star</title></head>"
        f'<body><div class="promo"><div>Your Daily Planet</div><p>{PROMO}</p></div>{story}{paragraphs}</body></html>'
    )
    assert parse_html(html).headline == "Wrong-way driver halted on the highway"


def test_a_title_piece_that_a_heading_below_the_text_repeats_is_no_headline() -> None:
    # the comments repeat the story's title under the text: the paragraphs above stay the body
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    comments = '<div class="comments"><h2>Wrong-way driver halted on the highway</h2><p>Reply</p></div>'
    html = (
        "<html><head><title>Wrong-way driver halted on the highway - Local news - The Evening Star</title></head>"
        f'<body><div class="promo"><div>Your Daily Planet</div><p>{PROMO}</p></div>{paragraphs}{comments}</body></html>'
    )
    article = parse_html(html)
    assert article.headline != "Wrong-way driver halted on the highway"
    assert PARAGRAPHS[1] in article.body


def test_a_title_piece_that_ends_like_a_sentence_is_no_headline() -> None:
    # a <title> that gives no headline: its longest piece is the site's name, which a paragraph repeats
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, "Swimming Association of Northern Europe e.V."))
    html = (
        "<html><head><title>Synchro - News | Swimming Association of Northern Europe e.V.</title></head>"
        f'<body><div class="promo"><div>Your Daily Planet</div><p>{PROMO}</p></div>{paragraphs}</body></html>'
    )
    assert parse_html(html).headline != "Swimming Association of Northern Europe e.V."


def test_a_heading_shaped_like_a_name_is_the_headline_not_a_byline() -> None:
    # three capitalised words read as a name, but an <h2> above the text is a headline
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    nav = "<nav><a href='/'>Home</a> <a href='/w'>World news today</a></nav>"
    body = f"<body>{nav}<h2>Ronson Denies Winehouse Affair</h2>{paragraphs}</body>"
    html = f"<html><head><title>Planet Daily</title></head>{body}</html>"
    article = parse_html(html)
    assert article.headline == "Ronson Denies Winehouse Affair"
    assert article.authors == ()


def test_a_title_piece_of_the_hosts_labels_in_another_order_names_the_site() -> None:
    html = "<html><head><title>Valley Diary - Rain returns to the valley at last</title></head><body></body></html>"
    titles = page_titles(read_html(html, "https://diary.valley.example/2020/rain", Options()))
    assert ("valley", "diary") in titles.sites
    assert titles.headlines[0] == ("rain", "returns", "to", "the", "valley", "at", "last")


def test_a_table_cell_with_a_label_run_into_the_title_gives_the_title() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Wrong-way driver halted on the highway - Planet News</title></head><body>"
        "<table><tr><td>Your Daily Planet</td></tr>"
        "<tr><td>More World news Wrong-way driver halted on the highway (video)</td></tr></table>"
        f"{paragraphs}</body></html>"
    )
    article = parse_html(html, url="https://www.planetnews.example/world/1")
    assert article.headline == "Wrong-way driver halted on the highway"


@pytest.mark.parametrize(
    ("title", "cell", "headline"),
    [
        # a breadcrumb <title>: the label run into the line is not the piece before the headline
        (
            "PlanetNews.example &gt; News &gt; World -- Wrong-way driver halted on the highway",
            "More World news Wrong-way driver halted on the highway",
            "Wrong-way driver halted on the highway",
        ),
        # a mark sets the label apart
        (
            "Wrong-way driver halted on the highway | Planet News",
            "Traffic : Wrong-way driver halted on the highway",
            "Wrong-way driver halted on the highway",
        ),
        # words before the piece that are neither set apart nor another piece's: the <title> shortened the
        # headline, whose own line is the whole of it
        (
            "Obama speaks in Berlin - Politics - Planet News",
            "Barack Obama speaks in Berlin",
            "Barack Obama speaks in Berlin",
        ),
        # the piece before the last one stands before it in the line too: one headline the <title> cut in two
        (
            "PlanetNews.example &gt; News &gt; Storm warning -- Coast road closed for the weekend",
            "Storm warning Coast road closed for the weekend",
            "Storm warning Coast road closed for the weekend",
        ),
    ],
)
def test_a_line_that_runs_a_label_into_a_title_piece_gives_the_piece(title: str, cell: str, headline: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        f"<html><head><title>{title}</title></head><body>"
        f"<table><tr><td>Your Daily Planet</td></tr><tr><td>{cell}</td></tr></table>{paragraphs}</body></html>"
    )
    assert parse_html(html, url="https://www.planetnews.example/world/1").headline == headline


@pytest.mark.parametrize(
    "cell",
    [
        "<b>Wrong-way driver halted on the highway</b><br><small>09.01.2008 00:09</small>",
        "<small>Jan 9, 2008</small><br><b>Wrong-way driver halted on the highway</b>",
    ],
)
def test_a_date_line_that_runs_the_title_into_its_date_gives_the_headline_and_the_date(cell: str) -> None:
    # one element holds the headline and its date (a <br> between): the first pass read a date line
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Wrong-way driver halted on the highway - Planet News</title></head><body>"
        f"<table><tr><td>Your Daily Planet</td></tr><tr><td>{cell}</td></tr></table>{paragraphs}</body></html>"
    )
    # no first-date guess: the date comes from the headline's own date line
    article = parse_html(html, url="https://www.planetnews.example/world/1", options=Options(guess_dates=False))
    assert article.headline == "Wrong-way driver halted on the highway"
    assert article.published is not None and article.published.date().isoformat() == "2008-01-09"


@pytest.mark.parametrize(
    ("title", "cell"),
    [
        # separators the <title> is not split at: a hyphen without a space before it, a colon without one
        (
            "Wrong-way driver halted on the highway- Traffic-News-Planet News",
            "<b>Wrong-way driver halted on the highway</b><br>9 Jan, 2008, 1202 hrs IST",
        ),
        (
            "Wrong-way driver halted on the highway: Traffic: Planet News",
            "<b>Wrong-way driver halted on the highway</b> <small>2008-01-09 11:27</small>",
        ),
        # a weekday and the date before it
        (
            "Wrong-way driver halted on the highway- Traffic-News-Planet News",
            "<small>Wednesday, 09 January 2008</small><br><b>Wrong-way driver halted on the highway</b>",
        ),
    ],
)
def test_a_date_line_that_runs_the_titles_first_words_into_its_date_gives_them(title: str, cell: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        f"<html><head><title>{title}</title></head><body>"
        f"<table><tr><td>Your Daily Planet</td></tr><tr><td>{cell}</td></tr></table>{paragraphs}</body></html>"
    )
    article = parse_html(html, url="https://www.planetnews.example/world/1", options=Options(guess_dates=False))
    assert article.headline == "Wrong-way driver halted on the highway"
    assert article.published is not None and article.published.date().isoformat() == "2008-01-09"


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        # the site's name opens the <title> and the date line: the <title>'s longer piece is its headline
        ("<b>The Evening Star Planet</b> <small>Jan 9, 2008</small>", "The Evening Star Planet"),
        # too few of the title's first words before the date
        ("<b>The Evening</b> <small>Jan 9, 2008</small>", "The Evening"),
    ],
)
def test_the_titles_first_words_are_no_headline_around_a_date_when_they_name_the_site(cell: str, words: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>The Evening Star Planet - Wrong-way driver halted on the highway</title></head><body>"
        f"<table><tr><td>Your Daily Planet</td></tr><tr><td>{cell}</td></tr></table>{paragraphs}</body></html>"
    )
    article = parse_html(html, url="https://www.planetnews.example/world/1")
    # (the piece-of-the-title rule may still take the line: it weighs a piece against a ranker's chrome line)
    assert not any("first words around its date" in note for note in article.diagnostics), words


def test_a_headline_that_holds_a_date_the_title_gives_too_keeps_it() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Minutes of the board meeting of 10 October 2019 – Planet Club</title></head><body>"
        "<table><tr><td>Your Daily Planet</td></tr><tr><td>Minutes of the board meeting of 10 October 2019</td></tr>"
        f"</table>{paragraphs}</body></html>"
    )
    assert parse_html(html).headline == "Minutes of the board meeting of 10 October 2019"


def test_an_h1_that_says_something_else_than_the_title_stays_the_headline() -> None:
    # editors write the visible headline; the <title> is often a shorter one for search engines
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><head><title>Rates held - Planet News</title></head><body>"
        '<ul class="menu"><li><a href="/1">Rates held</a></li><li><a href="/2">Storm warning</a></li></ul>'
        f"<article><h1>The central bank keeps its rates where they are</h1>{paragraphs}</article></body></html>"
    )
    article = parse_html(html, url="https://planetnews.example/rates")
    assert article.headline == "The central bank keeps its rates where they are"


def test_the_pages_one_h1_below_the_rankers_line_is_the_headline() -> None:
    # a one-word <h1> is no ranker candidate: the photo title above it won, though the page marks its heading
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>History - Boys Choir of Ulm</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/h'>History</a></nav>"
        "<div class='gallery'><div>Carol singers 2002</div><div>with the mayor in the town hall 2012</div></div>"
        f"<h1>Choirhistory</h1>{paragraphs}</body></html>"
    )
    article = parse_html(html)
    assert article.headline == "Choirhistory"
    assert any("header.lone_h1" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


@pytest.mark.parametrize(
    ("head", "h1", "headline"),
    [
        ("<title>Ischgl - Trails</title>", "Ischgl", "Ischgl"),
        ("", "Ischgl in winter, a freeride mecca", "Ischgl in winter, a freeride mecca"),
        # a short <h1> the title does not give is a section's name above the story's own headline
        ("<title>Daily Gazette</title>", "Sport", "The Tyrolean freeride mecca"),
        ("", "Local News", "The Tyrolean freeride mecca"),
    ],
)
def test_the_pages_one_h1_right_above_the_rankers_line_is_the_headline(head: str, h1: str, headline: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    nav = "<nav><a href='/'>Home</a> <a href='/h'>Regions</a></nav>"
    header = f"<h1>{h1}</h1><h2>The Tyrolean freeride mecca</h2>"
    html = f"<html><head>{head}</head><body>{nav}{header}{paragraphs}</body></html>"
    assert parse_html(html).headline == headline


@pytest.mark.parametrize(
    "top",
    [
        "<h1><a href='/'>Trailblazer</a></h1>",  # the site's name, linking home
        "<h1>Trailblazer</h1><h1>Regions</h1>",  # two <h1>: neither is the page's one heading
    ],
)
def test_an_h1_linking_home_or_one_of_several_does_not_beat_the_rankers_line(top: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = f"<html><body>{top}<h2>The Tyrolean freeride mecca</h2>{paragraphs}</body></html>"
    assert parse_html(html).headline == "The Tyrolean freeride mecca"


HARBOUR = (
    "The harbour bridge reopened on Monday after six months of repairs, the city council said, and traffic was "
    "expected to return to normal by the end of the week."
)
TEASERS = "".join(f"<li><a href='/s{i}'>Council story {i} in town</a></li>" for i in range(6))


def test_the_headline_stands_above_the_body_runs_start_when_the_body_opens_with_a_sidebars_boxes() -> None:
    # a table layout's boxes of links inside the article's element, which the body begins with
    paragraphs = "".join(
        f"<p>{HARBOUR} Paragraph {i} adds detail about the works and their costs.</p>" for i in range(4)
    )
    boxes = "".join(f"<div>{box}</div><ul>{TEASERS}</ul>" for box in ("Editor's choice", "Most read"))
    html = (
        "<html><head><title>Daily Planet</title></head><body><div class='menu'><a href='/'>Home</a> "
        f"<a href='/n'>News</a></div><div class='content'>{boxes}<div>Harbour bridge reopens after repairs</div>"
        f"<div>By Jane Doe</div>{paragraphs}</div></body></html>"
    )
    article = parse_html(html)
    assert article.headline == "Harbour bridge reopens after repairs"
    assert article.body[0] == "Editor's choice"  # the zone reached past the body's first lines; they stay as they were


def test_the_articles_own_short_lines_above_the_body_run_keep_the_header_zone_at_the_first_line() -> None:
    # most lines between the body's first one and the run are body: the article's own (a timetable), no sidebar
    paragraphs = "".join(
        f"<p>{HARBOUR} Paragraph {i} adds detail about the works and their costs.</p>" for i in range(4)
    )
    ferries = "".join(f"<div>Ferry {i}: every {i + 10} minutes</div>" for i in range(14))
    html = (
        f"<html><head><title>Daily Planet</title></head><body><div class='content'>{ferries}"
        f"<div>Harbour bridge reopens after repairs</div>{paragraphs}</div></body></html>"
    )
    article = parse_html(html)
    assert article.body[:2] == ("Ferry 0: every 10 minutes", "Ferry 1: every 11 minutes")
    assert "Harbour bridge reopens after repairs" in article.body


def test_the_headline_leaves_out_the_mark_that_set_its_kicker_apart() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    h1 = "<h1><span>Energy prices</span><span class='sr-only'>:</span> <span>Rates held for now</span></h1>"
    head = "<title>Energy prices: Rates held for now - Planet News</title>"
    assert parse_html(f"<html><head>{head}</head><body>{h1}{paragraphs}</body></html>").headline == "Rates held for now"


def test_a_body_that_opens_with_a_paragraph_keeps_its_header_above_that_paragraph() -> None:
    # the body run may start further down; the header zone still ends at the story's first paragraph
    paragraphs = "".join(
        f"<p>{HARBOUR} Paragraph {i} adds detail about the works and their costs.</p>" for i in range(4)
    )
    figures = "".join(f"<div>Span {i}: {i * 40} metres</div>" for i in range(14))
    html = (
        "<html><head><title>Daily Planet</title></head><body><div class='content'>"
        f"<div>Harbour bridge reopens after repairs</div><p>{HARBOUR}</p>{figures}<div>The costs in detail</div>"
        f"{paragraphs}</div></body></html>"
    )
    assert parse_html(html).headline == "Harbour bridge reopens after repairs"


def test_an_h1_that_names_the_site_in_the_title_does_not_beat_the_rankers_line() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Powder days | Trailblazer</title><meta property='og:site_name' content='Trailblazer'>"
        f"</head><body><h1>Trailblazer</h1><h2>The Tyrolean freeride mecca</h2>{paragraphs}</body></html>"
    )
    assert parse_html(html).headline == "The Tyrolean freeride mecca"


@pytest.mark.parametrize(
    ("top", "head"),
    [
        ("<div>PlanetSun.example</div>", ""),  # the URL's domain
        ("<div>The Planet Sun</div>", "<meta property='og:site_name' content='The Planet Sun'>"),
    ],
)
def test_a_line_that_names_the_site_is_no_headline_and_the_title_stands_in(top: str, head: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        f"<html><head><title>Wrong-way driver halted on the highway</title>{head}</head>"
        f"<body>{top}{paragraphs}</body></html>"
    )
    article = parse_html(html, url="https://story.planetsun.example/world/1")
    assert article.headline == "Wrong-way driver halted on the highway"
    assert not any(b.role is Role.HEADLINE for b in article.blocks)


@pytest.mark.parametrize(
    ("h1", "headline"),
    [
        ("Cat video beamed to Earth from deep space (video)", "Cat video beamed to Earth from deep space"),
        ("Duo bring their new single to the finale [Watch]", "Duo bring their new single to the finale"),
        ("Storm floods the old town [Bildergalerie]", "Storm floods the old town"),
        ("Scissor cuts of the week (3)", "Scissor cuts of the week (3)"),  # a number, not a media label
        ("Bank loses bid to stop the book (Update4)", "Bank loses bid to stop the book (Update4)"),
    ],
)
def test_a_media_label_in_brackets_at_the_headlines_end_is_left_out(h1: str, headline: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    assert parse_html(f"<html><body><h1>{h1}</h1>{paragraphs}</body></html>").headline == headline
    assert parse_text(f"Home | World\n\n{h1}\n\n" + "\n\n".join(PARAGRAPHS)).headline == headline


def test_a_heading_read_as_a_name_is_the_headline_when_the_metadata_says_so() -> None:
    # "Winter Pike" has the shape of a name; the <title> gives it as the headline, between the site's
    # hyphenated host name and its slogan
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Winter Pike | fish-weekly.example | Your fishing magazine</title></head><body>"
        '<div class="top"><a href="/">Home</a> <a href="/news">News</a></div><div><p>Text and photos: Ivan Valetny</p>'
        f"</div><article><h1>Winter Pike</h1>{paragraphs}</article></body></html>"
    )
    article = parse_html(html, url="https://www.fish-weekly.example/de/winter-pike--1026")
    assert article.headline == "Winter Pike"
    assert article.authors == ()


def test_an_html_page_whose_first_block_is_the_headline_keeps_it_whole() -> None:
    # in text mode the first line may be the <title> a converter kept, "Headline - Site"; in HTML the
    # first block is the page's own text
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><head><title>Rates hold steady - Analysis | Daily Planet</title></head><body>"
        f"<h1>Rates hold steady - Analysis</h1>{paragraphs}</body></html>"
    )
    assert parse_html(html).headline == "Rates hold steady - Analysis"


# --- dateline ---------------------------------------------------------------------------------------


def test_dateline_from_a_standalone_block(kit: PageKit) -> None:
    page = kit.labelled(("BAKU", Role.DATELINE), (BODY, Role.BODY))
    assert build_dateline(page) == Dateline(location="BAKU", agency=None, text="BAKU")


def test_dateline_inline_in_the_first_paragraph(kit: PageKit) -> None:
    first = "WASHINGTON, Oct 15 (Reuters) - The Federal Reserve held interest rates steady on Sunday."
    page = kit.labelled((first, Role.BODY), (BODY, Role.BODY))
    dateline = build_dateline(page)
    assert dateline is not None
    assert (dateline.location, dateline.agency) == ("WASHINGTON", "Reuters")
    assert first.startswith(dateline.text)


def test_dateline_only_from_the_first_paragraph(kit: PageKit) -> None:
    later = "PARIS (AP) — The talks resumed on Monday."
    page = kit.labelled((BODY, Role.BODY), (later, Role.BODY))
    assert build_dateline(page) is None


def test_no_dateline_in_a_plain_first_paragraph(kit: PageKit) -> None:
    page = kit.labelled((BODY, Role.BODY))
    assert build_dateline(page) is None


def test_dateline_stays_in_the_body_text() -> None:
    # body paragraphs are the input's own text: the dateline is read from the body, not cut out of it
    first = "WASHINGTON, Oct 15 (Reuters) - " + PARAGRAPHS[0]
    article = parse_text(page_text("Home", "World", "Fed holds rates steady", first, PARAGRAPHS[1]))
    assert article.dateline is not None and article.dateline.location == "WASHINGTON"
    assert article.body[0] == first


def test_standalone_dateline_through_parse_text() -> None:
    article = parse_text(page_text("Home", "World", "Azerbaijan raises its flag in the region", "BAKU", *PARAGRAPHS))
    assert article.dateline == Dateline(location="BAKU", agency=None, text="BAKU")
    assert "BAKU" not in article.body


# --- dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.com/world/2020/08/24/story.html", (2020, 8, 24)),
        ("https://example.com/detail/20200102/1000200033136171577956287380194268_1.html", (2020, 1, 2)),
        ("https://example.com/news/flag-raised-2023-10-15-baku", (2023, 10, 15)),
        ("https://example.com/meldungen/29-10-2021", (2021, 10, 29)),  # day first
        ("https://example.com/bericht_vom_22.04.2020_lage", (2020, 4, 22)),
        ("https://example.com/news/big-story-03-04-2021", None),  # March 4 or 3 April: not read
        ("https://example.com/2020/01/23/post-01-23-2020/", (2020, 1, 23)),  # the year-first date comes first
        ("https://example.com/scores/01/09/2030.story", None),  # slashes: an American path, not a date
        ("https://example.com/story/1000200033136", None),  # a long id is not a date
        ("https://2020.example.com/story", None),  # nor is the host name
        ("https://example.com/story?date=2020/01/02", None),  # nor the query
        ("https://example.com/2021/02/30/story", None),  # no 30 February
    ],
)
def test_a_date_in_the_page_address(url: str, day: tuple[int, int, int] | None) -> None:
    article = parse_text(page_text("Fed holds rates", *PARAGRAPHS), url=url)
    assert (article.published.timetuple()[:3] if article.published else None) == day
    assert ("published: url" in article.diagnostics) == (day is not None)


def test_the_page_address_beats_the_metadata_but_takes_its_time() -> None:
    def page(meta_date: str) -> str:
        return _html_page(f'<meta property="article:published_time" content="{meta_date}">')

    url = "https://example.com/2023/10/15/fed-holds-rates"
    same_day = parse_html(page("2023-10-15T10:31:00+02:00"), url=url)
    assert same_day.published == datetime(2023, 10, 15, 10, 31, tzinfo=timezone(timedelta(hours=2)))
    other_day = parse_html(page("2023-11-02T10:31:00+02:00"), url=url)
    assert other_day.published == datetime(2023, 10, 15)
    assert "published: url" in other_day.diagnostics


def test_a_date_line_inside_author_links_is_read() -> None:
    meta = '<div class="meta"><a href="/time/2020-10-13">13 Oct 2020 18:29</a></div>'
    article = parse_html(_html_page("", meta))
    assert article.published == datetime(2020, 10, 13, 18, 29)


def test_absolute_date_with_a_zone_is_aware(kit: PageKit) -> None:
    page = kit.labelled(("Oct. 15, 2023 10:31 a.m. EDT", Role.DATE))
    published, modified, _ = build_dates(page, Options())
    assert published == datetime(2023, 10, 15, 10, 31, tzinfo=EDT)
    assert published is not None and published.utcoffset() == timedelta(hours=-4)
    assert modified is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-10-15T10:31:00+02:00", datetime(2023, 10, 15, 10, 31, tzinfo=timezone(timedelta(hours=2)))),
        ("2023-10-15T08:31:00Z", datetime(2023, 10, 15, 8, 31, tzinfo=timezone.utc)),
        ("15 October 2023 14:30 GMT", datetime(2023, 10, 15, 14, 30, tzinfo=timezone.utc)),
        ("15 августа 2016, 13:43", datetime(2016, 8, 15, 13, 43)),  # Russian and Ukrainian month names
        ("Опубліковано 3 березня 2021", datetime(2021, 3, 3)),
    ],
)
def test_absolute_dates_in_other_forms(kit: PageKit, text: str, expected: datetime) -> None:
    page = kit.labelled((text, Role.DATE))
    assert build_dates(page, Options())[0] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # dots put the day first, with a two-digit year too (dateparser reads "8.5.12" as August 5)
        ("8.5.12", "de", datetime(2012, 5, 8)),
        ("02.12.19, 14:30", "de", datetime(2019, 12, 2, 14, 30)),
        ("24.12.98", "de", datetime(1998, 12, 24)),
        # but English pages write the month first when both could be ("11.03.17 in Gadgetry")
        ("11.03.17", "en", datetime(2017, 11, 3)),
        ("24.12.98", "en", datetime(1998, 12, 24)),
    ],
)
def test_dotted_dates_with_a_two_digit_year(kit: PageKit, text: str, language: str, expected: datetime) -> None:
    assert build_dates(kit.labelled((text, Role.DATE), language=language), Options())[0] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("19.1.2023, 10:00-11:30", "de"),
        ("12. März 2023, 10:00-11:30 Uhr", "de"),
        ("March 12, 2023, 10:00 – 11:30", "en"),
    ],
)
def test_a_time_range_is_no_zone_and_its_start_is_the_time(kit: PageKit, text: str, language: str) -> None:
    # "10:00-11:30" is an event's hours, not a time at UTC-11:30; the date and the start stay
    published = build_dates(kit.labelled((text, Role.DATE), language=language), Options())[0]
    assert published is not None and published.tzinfo is None
    assert (published.hour, published.minute) == (10, 0)


def test_a_zone_after_a_space_is_still_a_zone(kit: PageKit) -> None:
    published = build_dates(kit.labelled(("2023-01-19 10:00 -05:00", Role.DATE)), Options())[0]
    assert published is not None and published.utcoffset() is not None


def test_a_date_without_a_zone_stays_naive(kit: PageKit) -> None:
    # the page does not say the zone: articlekit does not invent one (no local timezone)
    page = kit.labelled(("October 15, 2023", Role.DATE))
    published = build_dates(page, Options())[0]
    assert published == datetime(2023, 10, 15)
    assert published is not None and published.tzinfo is None


def test_date_in_a_byline_block(kit: PageKit) -> None:
    page = kit.labelled(("By Jane Doe | Published Aug. 21, 2023", Role.BYLINE))
    published = build_dates(page, Options())[0]
    assert published is not None and published.date() == datetime(2023, 8, 21).date()


def test_updated_date_is_the_modified_date(kit: PageKit) -> None:
    page = kit.labelled(
        ("Updated Oct. 16, 2023 09:00 GMT", Role.DATE),
        ("Oct. 15, 2023 10:31 a.m. EDT", Role.DATE),
    )
    published, modified, _ = build_dates(page, Options())
    assert published == datetime(2023, 10, 15, 10, 31, tzinfo=EDT)
    assert modified == datetime(2023, 10, 16, 9, 0, tzinfo=timezone.utc)


def test_relative_date_resolves_against_the_reference_date(kit: PageKit) -> None:
    page = kit.labelled(("3 hours ago", Role.DATE))
    published = build_dates(page, Options(reference_date=REFERENCE))[0]
    assert published == REFERENCE - timedelta(hours=3)
    assert published is not None and published.tzinfo is not None


def test_relative_date_resolves_against_a_reference_in_any_zone(kit: PageKit) -> None:
    reference = datetime(2023, 10, 15, 21, 0, tzinfo=timezone(timedelta(hours=9)))
    page = kit.labelled(("3 hours ago", Role.DATE))
    assert build_dates(page, Options(reference_date=reference))[0] == reference - timedelta(hours=3)


def test_relative_date_far_in_the_past_proves_no_clock(kit: PageKit) -> None:
    reference = datetime(2001, 2, 3, 12, 0, tzinfo=timezone.utc)
    page = kit.labelled(("2 days ago", Role.DATE))
    published = build_dates(page, Options(reference_date=reference))[0]
    assert published is not None and published.date() == datetime(2001, 2, 1).date()


def test_relative_date_without_a_reference_is_none(kit: PageKit) -> None:
    page = kit.labelled(("3 hours ago", Role.DATE))
    assert build_dates(page, Options())[0] is None


def test_dates_only_from_date_and_byline_blocks(kit: PageKit) -> None:
    page = kit.labelled(("Oct. 15, 2023 10:31 a.m. EDT", Role.BOILERPLATE), (BODY, Role.BODY))
    assert build_dates(page, Options())[:2] == (None, None)


def test_dates_through_parse_text() -> None:
    text = page_text("Home", "World", "Fed holds rates steady", "By Jane Doe", "3 hours ago", *PARAGRAPHS)
    assert parse_text(text).published is None
    resolved = parse_text(text, options=Options(reference_date=REFERENCE)).published
    assert resolved == REFERENCE - timedelta(hours=3)


# --- captions ---------------------------------------------------------------------------------------


def test_caption_credit_in_parentheses(kit: PageKit) -> None:
    page = kit.labelled(("A crew restores power lines in Decatur, Ga. (AP Photo/Jordan Pike)", Role.CAPTION))
    assert build_captions(page) == (Caption("A crew restores power lines in Decatur, Ga.", "AP Photo/Jordan Pike"),)


def test_caption_without_a_credit(kit: PageKit) -> None:
    page = kit.labelled(("Firefighters at the scene of the blaze", Role.CAPTION))
    assert build_captions(page) == (Caption("Firefighters at the scene of the blaze", None),)


def test_a_lone_credit_joins_the_caption_above(kit: PageKit) -> None:
    page = kit.labelled(
        ("Firefighters at the scene of the blaze", Role.CAPTION),
        ("Photo: Jane Doe/Reuters", Role.CAPTION),
    )
    assert build_captions(page) == (Caption("Firefighters at the scene of the blaze", "Jane Doe/Reuters"),)


def _gallery_page(full: str) -> str:
    """A story whose photo caption is printed whole (`full`, with its toggle) and cut short."""
    short = "Defence ministers shake hands in Hanoi on Wednesday during a visit that is meant to ... more"
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, *PARAGRAPHS[::-1]))
    return (
        "<html><head><title>Ministers meet in Hanoi</title></head><body><article><h1>Ministers meet in Hanoi</h1>"
        "<p class='byline'>By Robert Burns, AP</p><div class='date'>Updated 5:27 am, November 20, 2019</div>"
        f"<div class='gallery'><div class='caption-full'>{full}</div><div class='caption-short'>{short}</div>"
        f"<div class='credit'>Photo: Jane Doe, AP</div></div>{paragraphs}</article></body></html>"
    )


GALLERY_CAPTION = (
    "Defence ministers shake hands in Hanoi on Wednesday during a visit that is meant to strengthen "
    "the military relations between the two nations."
)


def test_a_gallerys_full_caption_over_its_truncated_copy_is_a_caption_not_body() -> None:
    # a photo gallery prints each caption twice, whole (with a "less" toggle) and cut short (with "more"),
    # above the photo's credit: both are the caption, neither is the story
    article = parse_html(_gallery_page(f"{GALLERY_CAPTION} less"))
    assert not any(paragraph.startswith("Defence ministers") for paragraph in article.body)
    assert article.captions == (Caption(GALLERY_CAPTION, "Jane Doe, AP"),)


@pytest.mark.parametrize("toggle", ["Show less", "Read less", "weniger anzeigen", "Voir moins"])
def test_a_gallerys_toggle_of_one_or_two_words_leaves_the_merged_caption(toggle: str) -> None:
    article = parse_html(_gallery_page(f"{GALLERY_CAPTION} {toggle}"))
    assert article.captions == (Caption(GALLERY_CAPTION, "Jane Doe, AP"),)


def test_a_merged_captions_credit_ending_in_an_initial_and_a_toggle_word_stays() -> None:
    # the caption's last words are a name whose surname is also a toggle word, after an initial
    full = f"{GALLERY_CAPTION} Pictured by Chris J. Close"
    article = parse_html(_gallery_page(full))
    assert article.captions[0].text.endswith("Chris J. Close")


def test_a_merged_captions_own_last_word_after_a_sentence_stays() -> None:
    # a gallery caption that ends on a place after its sentence: no toggle, nothing to cut
    full = f"{GALLERY_CAPTION} Hanoi"
    article = parse_html(_gallery_page(full))
    assert article.captions == (Caption(full, "Jane Doe, AP"),)


def test_a_photo_caption_that_repeats_the_lead_sentence_leaves_the_lead_paragraph_in_the_body() -> None:
    # wire pages reuse the story's first sentence as the photo's caption: no copy cut short, two texts
    lead = "The city council approved the new transit plan on Tuesday after months of heated debate among residents"
    more = " and local business owners, who had warned that construction would close streets for two years."
    html = (
        "<html><body><article><h1>Council approves transit plan after long debate</h1>"
        f"<figure><img src='a.jpg'><figcaption>{lead}. (Photo: Jane Roe/AP)</figcaption></figure>"
        f"<p>{lead}{more}</p>"
        + "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, *PARAGRAPHS[::-1]))
        + "</article></body></html>"
    )
    article = parse_html(html)
    assert article.body[0] == lead + more


def test_captions_keep_page_order(kit: PageKit) -> None:
    page = kit.labelled(
        ("Ballot boxes arrive at the count. (Photo: Jane Doe)", Role.CAPTION),
        (BODY, Role.BODY),
        ("Counting went on through the night. (Photo: John Roe)", Role.CAPTION),
    )
    assert [caption.credit for caption in build_captions(page)] == ["Jane Doe", "John Roe"]


def test_captions_through_parse_text() -> None:
    caption = "A crew restores power lines in Decatur, Ga., after the storm on Sunday. (AP Photo/Jordan Pike)"
    article = parse_text(page_text("Home", "World", "Storm knocks out power", caption, "By Jane Doe", *PARAGRAPHS))
    assert article.captions == (
        Caption("A crew restores power lines in Decatur, Ga., after the storm on Sunday.", "AP Photo/Jordan Pike"),
    )
    assert caption not in article.body


# --- headline ---------------------------------------------------------------------------------------


def test_headline_from_the_headline_block(kit: PageKit) -> None:
    page = kit.labelled(("Home", Role.BOILERPLATE), ("Fed holds rates steady", Role.HEADLINE), (BODY, Role.BODY))
    found = build_headline(page)
    assert found is not None and found.value == "Fed holds rates steady"


def test_headline_falls_back_to_the_first_line_title_minus_site_name(kit: PageKit) -> None:
    page = kit.labelled(("Fed holds rates steady | Example News", Role.BOILERPLATE), (BODY, Role.BODY))
    found = build_headline(page)
    assert found is not None and found.value == "Fed holds rates steady"


@pytest.mark.parametrize("separator", [" | ", " - ", " – ", " — "])
def test_a_title_line_headline_loses_the_site_name(kit: PageKit, separator: str) -> None:
    page = kit.labelled((f"Fed holds rates steady for a third month{separator}Example News", Role.HEADLINE))
    found = build_headline(page)
    assert found is not None and found.value == "Fed holds rates steady for a third month"


def test_an_indented_layout_has_no_title_on_its_first_line(kit: PageKit) -> None:
    # inscriptis and lynx render boxes as indentation and never print the <title> first
    flush = kit.labelled(("Fed holds rates steady | Example News", Role.BOILERPLATE), (BODY, Role.BODY))
    indented = dataclasses.replace(
        flush,
        blocks=tuple(
            dataclasses.replace(block, hints=dataclasses.replace(block.hints, indent=6)) for block in flush.blocks
        ),
    )
    found = build_headline(flush)
    assert found is not None and found.value == "Fed holds rates steady"
    assert build_headline(indented) is None


def test_no_headline_on_a_page_of_chrome(kit: PageKit) -> None:
    page = kit.labelled(("Home", Role.BOILERPLATE), ("Sign In", Role.BOILERPLATE))
    assert build_headline(page) is None


def test_headline_through_parse_text_strips_the_site_name() -> None:
    text = "\n".join(["Fed holds rates steady | Example News", "Home", "World", "By Jane Doe", *PARAGRAPHS])
    assert parse_text(text).headline == "Fed holds rates steady"


# --- authors and dates from markup (HTML) ------------------------------------------------------------


def _footer_page(markup: str) -> str:
    """A page whose header has no byline or date line: only `markup`, after the article, may give them."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<html><body><article><h1>Fed holds rates</h1>{paragraphs}<footer>{markup}</footer></article></body></html>"


@pytest.mark.parametrize(
    ("markup", "authors"),
    [
        (
            '<span class="author vcard"><a class="url fn n" href="/author/k">karstenruppert</a></span>',
            ("karstenruppert",),
        ),
        (
            '<div itemprop="author" itemscope><span itemprop="name">Ann Lee</span> <span>Editor</span></div>',
            ("Ann Lee",),
        ),
        ('<h4 class="vcard author">vom <span class="fn">Krimiblogger</span></h4>', ("Krimiblogger",)),
        ('<p class="post-meta">Posted on <a rel="author" href="/u/3">Jan Weber</a></p>', ("Jan Weber",)),
        # a comment's author is not the article's
        (
            '<ol class="commentlist"><li><span class="comment-author vcard"><b class="fn">Ty</b></span></li></ol>',
            (),
        ),
        # an author box's biography is no name
        ('<div class="author-bio">Ann Lee writes about money and the people who lose it for a living.</div>', ()),
        # a box marked as the author's holds the partner outlet's name before the author's own element
        (
            (
                '<div class="authorinfo"><a href="https://partner.example">Tech Insider</a> <span itemprop="author" '
                'itemscope><span itemprop="name">Alex Perry</span></span> <time>1 day ago</time></div>'
            ),
            ("Alex Perry",),
        ),
    ],
)
def test_authors_from_author_markup(markup: str, authors: tuple[str, ...]) -> None:
    article = parse_html(_footer_page(markup))
    assert article.authors == authors
    assert any(note.startswith("authors: author markup") for note in article.diagnostics) == bool(authors)


def test_metadata_authors_come_before_author_markup() -> None:
    html = _footer_page('<span class="author"><a href="/author/a">Ann Other</a></span>').replace(
        "<html>", '<html><head><meta name="author" content="Jane Doe"></head>'
    )
    assert parse_html(html).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("markup", "published"),
    [
        (
            '<abbr class="published" title="2009-08-06T14:12:32+02:00">6. August 2009</abbr>',
            "2009-08-06T14:12:32+02:00",
        ),
        ('<span class="publishdate" itemprop="datePublished"> May 19, 2020 </span>', "2020-05-19T00:00:00"),
        ('<p class="postmeta">3. August 2015 · Filed under News</p>', "2015-08-03T00:00:00"),
        ('<span class="updated">May 21, 2020</span>', None),  # the modification date is another
        ('<div id="comments"><span class="comment-date">May 1, 2020</span></div>', None),  # a comment's
    ],
)
def test_published_date_from_date_markup(markup: str, published: str | None) -> None:
    article = parse_html(_footer_page(markup))
    from_markup = any(note.startswith("published: date markup") for note in article.diagnostics)
    assert from_markup == bool(published)
    if published:
        assert article.published is not None
        assert article.published.isoformat() == published


def test_an_author_that_is_the_site_itself_gives_way_to_a_person() -> None:
    head = '<meta property="og:site_name" content="The Greator"><meta name="author" content="Greator">'
    html = _footer_page('<span class="author">Lois Lane</span>').replace("<html>", f"<html><head>{head}</head>")
    article = parse_html(html)
    assert article.authors == ("Lois Lane",)
    alone = parse_html(_footer_page("").replace("<html>", f"<html><head>{head}</head>"))
    assert alone.authors == ("Greator",)  # nothing better: the site is the author
    assert "authors: meta author (the site's own name)" in alone.diagnostics


def test_author_markup_that_gives_the_sites_initials_yields_to_a_later_person() -> None:
    head = '<meta property="og:site_name" content="Junge Welle">'
    marks = '<span class="author">JW</span><span class="author">Boris T. Kaiser</span>'
    article = parse_html(_footer_page(marks).replace("<html>", f"<html><head>{head}</head>"))
    assert article.authors == ("Boris T. Kaiser",)
    assert any(note.startswith("authors: author markup 1") for note in article.diagnostics)
    # the site's full name is the author of the posts it signs
    full = '<span class="author">Junge Welle</span><span class="author">Boris T. Kaiser</span>'
    assert parse_html(_footer_page(full).replace("<html>", f"<html><head>{head}</head>")).authors == ("Junge Welle",)
    # initials that are not the site's are a writer's signature
    other = parse_html(
        _footer_page(marks).replace("<html>", '<html><head><meta property="og:site_name" content="Post">')
    )
    assert other.authors == ("JW",)


def test_the_site_name_after_an_author_name_is_cut() -> None:
    head = '<meta property="og:site_name" content="Cherry Hill Courier-Post">'
    html = _footer_page('<span class="author">Jim Walsh Cherry Hill Courier-Post</span>')
    assert parse_html(html.replace("<html>", f"<html><head>{head}</head>")).authors == ("Jim Walsh",)


def test_an_author_the_site_is_named_after_keeps_the_last_name() -> None:
    # the site's name holds the whole name: "Kuhn" is the person's, not an outlet's name after it
    head = '<meta property="og:site_name" content="Bradley M. Kuhn (bkuhn)">'
    html = _footer_page('<span class="author">Bradley M. Kuhn</span>')
    assert parse_html(html.replace("<html>", f"<html><head>{head}</head>")).authors == ("Bradley M. Kuhn",)


def test_author_markup_pieces_are_kept_apart() -> None:
    html = _footer_page('<div class="author"><a href="/a/hs">Heiko Sauer</a><span>Do 9 Apr 2020</span></div>')
    assert parse_html(html).authors == ("Heiko Sauer",)


@pytest.mark.parametrize(
    ("head", "markup", "authors"),
    [
        ('<meta name="author" content="Slate Staff">', "", ("Slate Staff",)),
        ("", '<span class="byline">By Team Ebony | September 21, 2023</span>', ("Team Ebony",)),
        ("", '<span class="author">Redaktion</span>', ("Redaktion",)),
        ("", '<span class="author">Follow Author</span>', ()),  # a label
        ('<meta name="author" content="肖春芳">', "", ("肖春芳",)),
        ('<meta property="og:article:author" content="Jane Doe">', "", ("Jane Doe",)),
    ],
)
def test_a_credited_desk_when_no_person_is_named(head: str, markup: str, authors: tuple[str, ...]) -> None:
    article = parse_html(_footer_page(markup).replace("<html>", f"<html><head>{head}</head>"))
    assert article.authors == authors


def test_a_person_beats_a_credited_desk() -> None:
    head = '<meta name="author" content="Slate Staff">'
    article = parse_html(
        _footer_page('<span class="author">Ann Lee</span>').replace("<html>", f"<html><head>{head}</head>")
    )
    assert article.authors == ("Ann Lee",)


def test_a_page_without_any_date_source_gets_its_first_date_as_a_guess() -> None:
    article = parse_html(_footer_page("<p>Dieser Artikel wurde am 14. Dezember 2015 um 14:48 veröffentlicht.</p>"))
    assert article.published == datetime(2015, 12, 14, 14, 48)
    assert any(note.endswith("(a guess: the page's first date)") for note in article.diagnostics)
    unguessed = parse_html(
        _footer_page("<p>Dieser Artikel wurde am 14. Dezember 2015 um 14:48 veröffentlicht.</p>"),
        options=Options(guess_dates=False),
    )
    assert unguessed.published is None


@pytest.mark.parametrize(
    "line",
    ["Firmware 10.1.20", "Version 2.10.12 ist da", "Download v2.10.12", "Build 1.10.1.20", "Release 10.1.20.5"],
)
def test_a_version_number_is_no_date(line: str) -> None:
    # "10.1.20" reads as 10 January 2020 only when no version word or dotted piece says it is a version
    assert parse_html(_footer_page(f"<p>{line}</p>")).published is None


def test_a_dotted_short_date_after_a_word_is_still_a_date() -> None:
    assert parse_html(_footer_page("<p>Stand 24.1.20</p>")).published == datetime(2020, 1, 24)


def test_the_guess_skips_dates_inside_body_sentences_and_takes_an_update_only_when_alone() -> None:
    sentence = "</h1><p>Since 4 August 2014 the law has applied to everyone.</p>"
    assert parse_html(_footer_page("").replace("</h1>", sentence)).published is None
    update = parse_html(_footer_page("<p>Aktualisiert: 30.12.2016</p>").replace("</h1>", sentence))
    assert update.published == datetime(2016, 12, 30)
    assert any(note.endswith("(a guess: the page's only date, its update)") for note in update.diagnostics)
    later = "<p>Aktualisiert: 30.12.2016</p><p>Erstellt am 02.11.2016</p>"
    assert parse_html(_footer_page(later)).published == datetime(2016, 11, 2)


_WEB_PAGE_JSON_LD = (
    '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "datePublished": "2014-03-17"}]}</script>'
)


@pytest.mark.parametrize(
    ("head", "published", "source"),
    [
        (
            _WEB_PAGE_JSON_LD,
            datetime(2014, 3, 17),
            "published: json-ld datePublished of a non-article (WebPage)",
        ),
        (
            '<meta name="shareaholic:article_published_time" content="2014-03-17T01:44:37+01:00">',
            datetime(2014, 3, 17, 1, 44, 37, tzinfo=timezone(timedelta(hours=1))),
            "published: meta shareaholic:article_published_time",
        ),
        (  # the fraction of a second after a colon
            '<meta property="article:published_time" content="2022-01-10T22:06:08:684Z">',
            datetime(2022, 1, 10, 22, 6, 8, 684000, tzinfo=timezone.utc),
            "published: meta article:published_time",
        ),
    ],
)
def test_publication_dates_from_other_metadata(head: str, published: datetime, source: str) -> None:
    article = parse_html(_html_page(head))
    assert article.published == published
    assert source in article.diagnostics


def _graph(*nodes: str) -> str:
    return f'<script type="application/ld+json">{{"@graph": [{", ".join(nodes)}]}}</script>'


@pytest.mark.parametrize(
    "person",
    [
        '{"@type": "Person", "@id": "https://blog.example/#jane", "name": "Jane Doe"}',
        # a blogger whose site is themselves: a person all the same
        '{"@type": ["Person", "Organization"], "@id": "https://blog.example/#jane", "name": "Jane Doe"}',
    ],
)
def test_a_json_ld_author_given_by_reference(person: str) -> None:
    article_node = '{"@type": "BlogPosting", "author": {"@id": "https://blog.example/#jane"}}'
    article = parse_html(_html_page(_graph(article_node, person)))
    assert article.authors == ("Jane Doe",)
    assert "authors: json-ld author" in article.diagnostics


def test_the_author_from_a_labelled_preview_meta_pair() -> None:
    head = (
        '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karla Herr">'
        '<meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="4 Minuten">'
    )
    article = parse_html(_html_page(head))
    assert article.authors == ("Karla Herr",)
    assert any(note.startswith("authors: meta twitter:data1") for note in article.diagnostics)
    unlabelled = '<meta name="twitter:label1" content="Lesezeit"><meta name="twitter:data1" content="Vier Minuten">'
    assert parse_html(_html_page(unlabelled)).authors == ()


def test_the_visible_byline_completes_the_metadata_authors() -> None:
    head = _json_ld('{"@type": "Person", "name": "Christa Cole"}')
    byline = '<p class="byline">By Christa Cole and Oskar Hall, Planet News</p>'
    article = parse_html(_html_page(head, byline))
    assert article.authors == ("Christa Cole", "Oskar Hall")
    assert any("completed by" in note for note in article.diagnostics)
    # a byline that leaves out the metadata's author is another story's: it adds nobody
    other = parse_html(_html_page(head, '<p class="byline">By Ann Lee and Oskar Hall</p>'))
    assert other.authors == ("Christa Cole",)


def test_the_header_byline_names_the_authors_among_the_people_json_ld_lists() -> None:
    # JSON-LD credits the editor and the reviewer too; the header's byline names the one who wrote it
    head = _json_ld('[{"@type": "Person", "name": "Christa Cole"}, {"@type": "Person", "name": "Oskar Hall"}]')
    article = parse_html(_html_page(head, "<p>By Christa Cole</p>"))
    assert article.authors == ("Christa Cole",)
    assert any("names 1 of the 2 people json-ld author lists" in note for note in article.diagnostics)
    # a header byline that names someone JSON-LD does not list is another story's: the list stays
    assert parse_html(_html_page(head, "<p>By Ann Lee</p>")).authors == ("Christa Cole", "Oskar Hall")
    # nor does a byline that names them all
    both = parse_html(_html_page(head, "<p>By Christa Cole and Oskar Hall</p>"))
    assert both.authors == ("Christa Cole", "Oskar Hall")


@pytest.mark.parametrize(
    "byline",
    [
        "By Christa Cole / Oskar Hall",  # a separator the byline parse stops at
        "By Christa Cole + Oskar Hall",
        "By C. Cole / O. Hall",
        "Posted by Christa on March 3, 2024",  # a first name only: names no one in full
    ],
)
def test_a_byline_that_does_not_single_out_some_json_ld_people_keeps_the_list(byline: str) -> None:
    head = _json_ld('[{"@type": "Person", "name": "Christa Cole"}, {"@type": "Person", "name": "Oskar Hall"}]')
    assert parse_html(_html_page(head, f"<p>{byline}</p>")).authors == ("Christa Cole", "Oskar Hall")


def test_the_json_ld_spelling_of_the_people_the_byline_names_is_kept() -> None:
    people = ["Christa Cole", "Oskar Hall", "Ida Berg"]
    head = _json_ld("[" + ", ".join(f'{{"@type": "Person", "name": "{name}"}}' for name in people) + "]")
    article = parse_html(_html_page(head, "<p>By C. Cole / Oskar Hall</p>"))
    assert article.authors == ("Christa Cole", "Oskar Hall")


def test_the_site_name_beside_an_author_is_no_co_author() -> None:
    head = '<meta property="og:site_name" content="Hoops.com">' + _json_ld('"Evan Orr, Hoops.com"')
    assert parse_html(_html_page(head)).authors == ("Evan Orr",)


def test_the_creators_handle_is_the_very_last_resort() -> None:
    head = '<meta name="twitter:site" content="@FictionHub"><meta name="twitter:creator" content="delta201">'
    article = parse_html(_footer_page("").replace("<html>", f"<html><head>{head}</head>"))
    assert article.authors == ("delta201",)
    assert "authors: meta twitter:creator 'delta201'" in article.diagnostics
    # a handle that is the site's own names the site, not a writer
    own = '<meta name="twitter:site" content="@FictionHub"><meta name="twitter:creator" content="@fictionhub">'
    assert parse_html(_footer_page("").replace("<html>", f"<html><head>{own}</head>")).authors == ()
    # and any byline comes first
    signed = parse_html(
        _footer_page('<span class="author">Ann Lee</span>').replace("<html>", f"<html><head>{head}</head>")
    )
    assert signed.authors == ("Ann Lee",)


def test_a_link_to_the_author_page_is_the_last_resort() -> None:
    link = '<p>Mehr Beiträge: <a href="/autor/frank_g">Gunter Frank</a></p>'
    article = parse_html(_footer_page(link))
    assert article.authors == ("Gunter Frank",)
    assert any(note.startswith("authors: author link 0") for note in article.diagnostics)
    byline = parse_html(_footer_page(link).replace("</h1>", "</h1><p>Von Ann Lee</p>"))
    assert byline.authors == ("Ann Lee",)
    desk = parse_html(_footer_page(link + '<span class="author">Redaktion</span>'))
    assert desk.authors == ("Redaktion",)  # a credited desk is a statement; a link is only a hint


@pytest.mark.parametrize("path", ["/fr/staff/ann-lee/", "/staff/lee_a"])
def test_a_link_to_a_staff_member_s_page_is_an_author_link(path: str) -> None:
    article = parse_html(_footer_page(f'<p><a href="{path}">Ann Lee</a></p>'))
    assert article.authors == ("Ann Lee",)


def test_a_link_to_the_staff_list_names_no_author() -> None:
    assert parse_html(_footer_page('<p><a href="/staff/people.shtml">People</a></p>')).authors == ()


def test_a_utc_timestamp_is_read_in_the_page_own_zone() -> None:
    head = (
        '<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">'
        '<meta name="pubdate" content="2022-05-03T23:37:37-04:00">'
    )
    article = parse_html(_html_page(head))
    assert article.published == datetime(2022, 5, 3, 23, 37, 37, tzinfo=timezone(timedelta(hours=-4)))
    assert article.published.date().isoformat() == "2022-05-03"
    assert any("in the page's own zone from meta pubdate" in note for note in article.diagnostics)
    # another moment is another story's: the UTC value stays
    head = head.replace("23:37:37-04:00", "21:00:00-04:00")
    assert parse_html(_html_page(head)).published == datetime(2022, 5, 4, 3, 37, 37, tzinfo=timezone.utc)


def test_a_generic_meta_date_yields_to_an_earlier_date_line() -> None:
    head = '<meta name="date" content="2020-04-30">'
    article = parse_html(_html_page(head, '<p class="date">28.04.2020 18:00 Uhr</p>'))
    assert article.published == datetime(2020, 4, 28, 18, 0)
    assert any(note.endswith("(before the generic meta date)") for note in article.diagnostics)
    later = parse_html(_html_page(head, '<p class="date">02.05.2020 18:00 Uhr</p>'))
    assert later.published == datetime(2020, 4, 30)


def test_a_date_line_in_a_generic_meta_dates_place_does_not_back_itself_over_the_json_ld() -> None:
    head = _json_ld('"Ann Lee", "datePublished": "2020-04-20"') + '<meta name="date" content="2020-04-30">'
    article = parse_html(_html_page(head, '<p class="date">28 April 2020</p>'))
    assert article.published == datetime(2020, 4, 20)
    assert not any("back it over the JSON-LD" in note for note in article.diagnostics)


def test_the_marked_date_comes_before_the_first_time_element() -> None:
    teasers = (
        '<ul class="teasers"><li><a href="/older">Older story</a> <time datetime="2020-12-03">3.12.</time></li></ul>'
    )
    html = _html_page("", teasers + '<p class="date">31. Oktober 2023</p>')
    article = parse_html(html)
    assert article.published == datetime(2023, 10, 31)
    alone = parse_html(_html_page("", teasers))
    assert alone.published == datetime(2020, 12, 3)
    assert "published: <time datetime>" in alone.diagnostics


def test_the_meta_day_the_page_backs_beats_the_json_ld_day() -> None:
    head = _json_ld('"Ann Lee", "datePublished": "2023-11-03T10:25:56+00:00"') + (
        '<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">'
    )
    article = parse_html(_html_page(head, '<p class="date">6. November 2023, 15:25 Uhr</p>'))
    assert article.published is not None
    assert article.published.date().isoformat() == "2023-11-06"
    assert any(note.endswith("(the page's dates back it over the JSON-LD)") for note in article.diagnostics)
    unbacked = parse_html(_html_page(head))
    assert unbacked.published is not None
    assert unbacked.published.date().isoformat() == "2023-11-03"


def test_the_author_named_after_the_date_of_a_date_line() -> None:
    article = parse_text(page_text("Fed holds rates", "11.12.2019 - Amelie Loevenich", *PARAGRAPHS))
    assert article.authors == ("Amelie Loevenich",)
    assert any(note.startswith("authors: date block") for note in article.diagnostics)


def test_a_time_element_is_no_witness_for_itself() -> None:
    head = _json_ld('"Ann Lee", "datePublished": "2018-05-23T15:30:00Z"')
    article = parse_html(_html_page(head, '<p><time datetime="2018-03-27T07:08:52+00:00">27.3.</time></p>'))
    assert article.published is not None
    assert article.published.date().isoformat() == "2018-05-23"


def test_an_update_line_that_is_the_only_date_line_shown_dates_the_page() -> None:
    head = _json_ld('"Ann Lee", "datePublished": "2019-06-17T08:00:00+00:00"')
    article = parse_html(_html_page(head, '<p class="byline">By Ann Lee</p><p>Updated 04 Jun 2020</p>'))
    assert article.published == datetime(2020, 6, 4)
    assert article.modified == datetime(2020, 6, 4)
    assert any(note.endswith("(the only date line the page shows, an update)") for note in article.diagnostics)
    # beside a line that says when it was published, the update is only the modification date
    both = parse_html(_html_page(head, "<p>Published 17 Jun 2019</p><p>Updated 04 Jun 2020</p>"))
    assert both.published is not None and both.published.date().isoformat() == "2019-06-17"
    # and a marked publication day written on the page is a date line of publication too
    marked = '<p><span class="date">17. Juni 2019</span></p><p>Updated 04 Jun 2020</p>'
    shown = parse_html(_html_page(head, marked))
    assert shown.published is not None and shown.published.date().isoformat() == "2019-06-17"


def _article_page(after: str) -> str:
    """A page whose metadata name no author, with `after` right after the story's paragraphs."""
    paragraphs = f"<p>{PARAGRAPHS[0]}</p><h2>Prices</h2>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
    teaser = '<aside class="related"><p>Other story</p><p>Von Ann Lee</p></aside>'
    return f"<html><body><article><h1>Fed holds rates</h1>{paragraphs}{after}</article>{teaser}</body></html>"


@pytest.mark.parametrize(
    ("after", "authors", "source"),
    [
        ("<p><em>Von Cosima Künzel</em></p>", ("Cosima Künzel",), "authors: article byline block"),
        ("", (), None),  # the teaser's byline after the article is another story's
        ("<p>Energy Policy Review</p>", (), None),  # a closing line that is no person's name
        # the opener on a line of its own, the name on the next
        ("<p>Von:</p><p>Cosima Künzel</p>", ("Cosima Künzel",), "authors: article byline blocks"),
        ("<p>Von:</p><p>Energy Policy Review</p>", (), None),
    ],
)
def test_a_byline_closing_the_story(after: str, authors: tuple[str, ...], source: str | None) -> None:
    article = parse_html(_article_page(after))
    assert article.authors == authors
    assert any(note.startswith(source) for note in article.diagnostics) if source else True


def test_a_first_name_in_the_metadata_takes_the_full_name_the_page_writes() -> None:
    byline = "<p>Eine Kolumne von Nils Pickert</p>"
    article = parse_html(_html_page('<meta name="author" content="Nils">', byline))
    assert article.authors == ("Nils Pickert",)
    assert "authors: meta author, the full name from the page" in article.diagnostics
    sentence = parse_html(_html_page('<meta name="author" content="Nils">', "<p>Am Montag Von Nils In Aktuell</p>"))
    assert sentence.authors == ("Nils",)
    listed = parse_html(_html_page('<meta name="author" content="Nils">', "<p>Nils Ratgeber, Katzen, Hunde</p>"))
    assert listed.authors == ("Nils",)  # a list of categories after the name
    story = "".join(f"<p>{p}</p>" for p in ("Mark Zuckerberg said the plan would go ahead.", *PARAGRAPHS))
    article = parse_html(_html_page('<meta name="author" content="Mark">', story))
    assert article.authors == ("Mark",)  # a name in the story is not the author's


def test_the_author_field_of_a_line_of_labelled_fields() -> None:
    markup = '<div class="author">Datum: 19.11.2021 Autor: Ann Lee Quelle: Agentur</div>'
    assert parse_html(_footer_page(markup)).authors == ("Ann Lee",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Datum: 12.03.2021 Text: Anzeige", ()),  # "Text:" heads other values too: one word is no name
        ("Datum: 12.03.2021 Von: Lesezeit 3 Min", ()),
        ("Datum: 12.03.2021 Text: Ann Lee", ("Ann Lee",)),
        ("Datum: 12.03.2021 Autor: Krimiblogger", ("Krimiblogger",)),  # an author label: a pen name is one
    ],
)
def test_a_generic_label_needs_a_two_word_name(line: str, expected: tuple[str, ...]) -> None:
    assert find_labelled_author(line) == expected


def test_a_one_word_value_after_a_generic_label_in_a_date_line_is_no_author() -> None:
    assert parse_html(_footer_page('<p class="date">Datum: 12.03.2021 Text: Anzeige</p>')).authors == ()


def test_the_author_label_after_the_date_of_a_date_line() -> None:
    article = parse_text(
        page_text("Fed holds rates", "05.02.2020 - Redaktion: Ann Lee (Pressesprecherin)", *PARAGRAPHS)
    )
    assert article.authors == ("Ann Lee",)


@pytest.mark.parametrize(
    "menu",
    [
        '<nav><ul><li><a href="/a">Regelungen (zum 28.02.2017 gekündigt)</a></li></ul></nav>',
        '<div><a href="/a">Regelungen (zum 28.02.2017 gekündigt)</a></div>',  # a run of links
    ],
)
def test_a_date_in_a_menu_yields_to_the_date_line(menu: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    line = '<p class="category">24. April 2020 | Presse</p>'
    page = f"<html><body>{menu}<article>{line}<h1>Fed holds rates</h1>{paragraphs}</article></body></html>"
    assert parse_html(page).published == datetime(2020, 4, 24)
    alone = page.replace(line, "")
    assert parse_html(alone).published == datetime(2017, 2, 28)  # nothing better: the menu's date stays


def test_a_short_date_glued_to_its_label_is_still_a_date() -> None:
    # scraped inline elements run the label into the date: "Erstellt am09.02.2022"
    assert parse_html(_footer_page("<p>Erstellt am09.02.2022</p>")).published == datetime(2022, 2, 9)


@pytest.mark.parametrize(
    ("title", "url", "headline"),
    [
        # the host names the site before the colon: the rest is the headline
        (
            "PlanetNews.example: Wrong-way driver halted",
            "https://www.planetnews.example/1",
            ("wrong", "way", "driver", "halted"),
        ),
        # og:site_name names it
        ("Planet Daily: Wrong-way driver halted", None, ("wrong", "way", "driver", "halted")),
        # a kicker before the colon, which nothing names the site: the title stays whole
        (
            "Traffic: Wrong-way driver halted",
            "https://www.planetnews.example/1",
            ("traffic", "wrong", "way", "driver", "halted"),
        ),
    ],
)
def test_a_site_name_before_a_colon_at_the_titles_start_is_left_out(
    title: str, url: str | None, headline: tuple[str, ...]
) -> None:
    html = (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Planet Daily'></head>"
        "<body></body></html>"
    )
    assert page_titles(read_html(html, url, Options())).headlines[0] == headline


def test_a_two_word_title_a_list_label_repeats_gives_no_headline_block() -> None:
    # "Site: Top Stories" names the site and a section: the list's "Top Stories" label is not the headline
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>PlanetNews: Top Stories</title></head><body>"
        "<table><tr><td>Top Stories</td></tr><tr><td><a href='/1'>Weather</a></td></tr></table>"
        f"<div>Wrong-way driver halted on the highway</div>{paragraphs}</body></html>"
    )
    article = parse_html(html, url="https://www.planetnews.example/content/index.jsp?id=1")
    assert article.headline == "Wrong-way driver halted on the highway"


@pytest.mark.parametrize(
    ("url", "headline"),
    [
        # the URL runs the heading's words together as a directory: the section's name, not the story's
        ("https://planetnews.example/localsportswire/22.html?file=story", "Wrong-way driver halted on the highway"),
        # a slug keeps the words apart, and the last segment is the page's own
        ("https://planetnews.example/local-sports-wire/22.html", "Local Sports Wire"),
        ("https://planetnews.example/news/localsportswire", "Local Sports Wire"),
        # the page's own slug, however the address ends, is no directory
        ("https://planetnews.example/news/localsportswire/", "Local Sports Wire"),
        ("https://planetnews.example/news/localsportswire/index.html", "Local Sports Wire"),
        # a query names the story: the path is a directory
        ("https://planetnews.example/localsportswire/?p=22", "Wrong-way driver halted on the highway"),
        ("https://planetnews.example/localsportswire/index.php?p=22", "Wrong-way driver halted on the highway"),
    ],
)
def test_a_heading_the_urls_directory_spells_is_the_sections_name(url: str, headline: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>planetnews.example - Local Sports Wire</title></head><body>"
        "<h1>Local Sports Wire</h1><ul><li>Tue, 15 Jan 2008 14:50:06 GMT</li></ul>"
        f"<h2>Wrong-way driver halted on the highway</h2>{paragraphs}</body></html>"
    )
    assert parse_html(html, url=url).headline == headline


@pytest.mark.parametrize(
    ("title", "lead", "headline"),
    [
        # a lead sentence the <title> says nothing of: the <title> stands in
        ("Garden report", "<p>Welcome back, dear readers.</p>", "Garden report"),
        # the <title> backs the line: it stays the headline
        ("Welcome back readers", "<p>Welcome back, dear readers.</p>", "Welcome back, dear readers."),
        # sharing the site's name is not backing it: "Garden Gazette" stands in both
        ("Garden Gazette: Colophon", "<p>The Garden Gazette site is hosted by Acme.</p>", "Garden Gazette: Colophon"),
        # a heading right under such a sentence is the headline
        (
            "Garden Gazette",
            "<p>See the Garden Gazette archive for older stories.</p><h3>Frost arrives early</h3>",
            "Frost arrives early",
        ),
        # no full stop, or no paragraph: a headline, whatever the <title> says
        ("Garden report", "<p>Welcome back, dear readers</p>", "Welcome back, dear readers"),
        ("Garden report", "<div>Time to say goodbye.</div>", "Time to say goodbye."),
        # a question, or a paragraph its classes call a title, is a headline however the <title> reads
        ("Riverside Gazette", "<p>Is the old bridge finally closing?</p>", "Is the old bridge finally closing?"),
        (
            "Riverside Gazette",
            "<p class='headline'>Council votes to close the old bridge.</p>",
            "Council votes to close the old bridge.",
        ),
    ],
)
def test_a_paragraph_sentence_whose_words_the_title_mostly_does_not_give_is_no_headline(
    title: str, lead: str, headline: str
) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = f"<html><head><title>{title}</title></head><body><article>{lead}{paragraphs}</article></body></html>"
    assert parse_html(html).headline == headline


def test_a_blogs_name_the_urls_directory_spells_and_the_title_gives_whole_is_no_section() -> None:
    # a host that gives each blog a directory: the blog's name is the site's, not a section's
    html = "<html><head><title>Planet Wife</title></head><body><h1>Planet Wife</h1></body></html>"
    page = read_html(html, "https://blogs.example/planetwife/2008/01/post.html", Options())
    assert not names_a_section_directory(page, "Planet Wife")
    page = read_html(
        html.replace("Planet Wife</title>", "blogs.example - Planet Wife</title>"),
        page.metadata.url,
        Options(),
    )
    assert names_a_section_directory(page, "Planet Wife")


@pytest.mark.parametrize(
    ("site", "creator"), [("@BBCNews", "@BBCWorld"), ("@CNNI", "@cnntravel"), ("@nytimes", "@nytimesworld")]
)
def test_another_account_of_the_outlet_is_no_creator(site: str, creator: str) -> None:
    head = f'<meta name="twitter:site" content="{site}"><meta name="twitter:creator" content="{creator}">'
    assert parse_html(_footer_page("").replace("<html>", f"<html><head>{head}</head>")).authors == ()


@pytest.mark.parametrize("h1", ["/Film: The best movies of the year", "- and then there were none"])
def test_a_heading_without_a_split_kicker_keeps_its_leading_mark(h1: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<html><head><title>{h1}</title></head><body><article><h1>{h1}</h1>{paragraphs}</article></body></html>"
    assert parse_html(html).headline == h1


def test_a_writers_handle_sharing_the_sites_first_letters_is_kept() -> None:
    head = '<meta name="twitter:site" content="@TheVerge"><meta name="twitter:creator" content="@thedanseifert">'
    assert parse_html(_footer_page("").replace("<html>", f"<html><head>{head}</head>")).authors == ("thedanseifert",)


@pytest.mark.parametrize(
    "byline", ["By Christa Cole | Reviewed by Oskar Hall", "Written by Christa Cole; fact checked by Oskar Hall"]
)
def test_a_reviewer_on_the_byline_line_is_no_author(byline: str) -> None:
    head = _json_ld('[{"@type": "Person", "name": "Christa Cole"}, {"@type": "Person", "name": "Oskar Hall"}]')
    assert parse_html(_html_page(head, f"<p>{byline}</p>")).authors == ("Christa Cole",)


def _blog_with_replies(
    reply_classes: str,
    *,
    head: str = "",
    lead: str = "",
    readers: int = 1,
    middle: str = "",
    title: str = "Ein Jahr geht zu Ende",
) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in (lead, PARAGRAPHS[0], middle, *PARAGRAPHS[1:]) if p)
    reader = (
        "<li class='comment even'><div class='comment-author vcard'><span class='fn'>Leserin</span></div>"
        "<div class='comment-metadata'><time datetime='2020-01-01'>1. Jan.</time></div>"
        "<p>Schöner Beitrag, danke!</p></li>"
    )
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article><ol class='commentlist'>{reader * readers}"
        f"<li class='{reply_classes}'><cite><span class='fn'>jancak</span></cite><p>Danke für den Kommentar!</p>"
        "</li></ol></body></html>"
    )


def test_the_post_authors_own_reply_names_a_blog_that_signs_nowhere_else() -> None:
    article = parse_html(_blog_with_replies("comment byuser comment-author-jancak bypostauthor odd"))
    assert article.authors == ("jancak",)
    assert any("post author's reply 0" in note for note in article.diagnostics)


def test_a_readers_reply_names_no_author() -> None:
    # without the theme's `bypostauthor` mark a reply is any reader's
    assert parse_html(_blog_with_replies("comment byuser comment-author-jancak odd")).authors == ()


def test_the_post_authors_reply_yields_to_the_articles_own_author() -> None:
    html = _blog_with_replies("comment bypostauthor", head='<meta name="author" content="Eva Jancak">')
    assert parse_html(html).authors == ("Eva Jancak",)


def _chapter_page(title: str, head: str, story: str, chapter: str) -> str:
    # a serial's page: the story's name in an <h2>, the chapter's title in the <h1>, both in a header block
    # whose class reads as chrome; the <title> runs chapter, story and site together
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        f'<nav><a href="/">Home</a> <a href="/browse">Browse</a></nav><div class="chapter-footer-header">'
        f'<h2><a href="/story">{story}</a></h2><h1>{chapter}</h1></div>{paragraphs}</body></html>'
    )


def test_a_heading_that_runs_the_titles_first_pieces_together_is_the_headline() -> None:
    # "Chapter 1: The Flood - Drowned - Rivertown": the heading gives the first two pieces, the story's name
    # (in its own heading) and the site's follow
    html = _chapter_page(
        "Chapter 1: The Flood - Drowned - Rivertown | Story Hub",
        '<meta property="og:site_name" content="Story Hub">',
        "Rivertown",
        "Chapter 1: The Flood - Drowned",
    )
    article = parse_html(html)
    assert article.headline == "Chapter 1: The Flood - Drowned"
    assert any("header.title_heading" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


def test_a_chapter_heading_under_a_story_name_of_several_words_is_the_headline() -> None:
    # the story's name ("River Town") follows the run in the <title>, but its heading stands above the
    # chapter's and links to the story: it names what the chapter belongs to, not a story under a section
    html = _chapter_page(
        "Chapter 1: The Flood - Drowned - River Town | Story Hub",
        '<meta property="og:site_name" content="Story Hub">',
        "River Town",
        "Chapter 1: The Flood - Drowned",
    )
    assert parse_html(html).headline == "Chapter 1: The Flood - Drowned"


def test_a_heading_that_runs_the_site_name_into_a_section_is_no_title_run() -> None:
    # "Daily Planet - World Views - Rain returns...": the site's name and a section head the <title>; a heading
    # that repeats those two pieces is the section's, not the story's
    html = _chapter_page(
        "Daily Planet - World Views - Rain returns to the valley at last",
        '<meta property="og:site_name" content="Daily Planet">',
        "Rain returns to the valley at last",
        "Daily Planet - World Views",
    )
    article = parse_html(html)
    assert article.headline == "Rain returns to the valley at last"


def _truncated_title_head(json_ld_headline: str, title: str) -> str:
    ld = json.dumps({"@type": "NewsArticle", "headline": json_ld_headline})
    site = '<meta property="og:site_name" content="Daily Planet">'
    script = f'<script type="application/ld+json">{ld}</script>'
    return f"<html><head><title>{title}</title>{site}{script}</head><body></body></html>"


def test_a_metadata_headline_cut_short_is_completed_by_a_title_that_goes_on() -> None:
    html = _truncated_title_head(
        "Rain returns to the valley after a dry...", "Rain returns to the valley after a dry summer | Daily Planet"
    )
    found = from_json_ld(read_html(html, None, Options()))
    assert found is not None and found.value == "Rain returns to the valley after a dry summer"


def test_a_headline_that_ends_with_an_ellipsis_stays_when_no_title_goes_on() -> None:
    # "All things in their time...": the writer's own ellipsis, the <title> gives the same words
    html = _truncated_title_head("All things in their time...", "All things in their time... | Daily Planet")
    found = from_json_ld(read_html(html, None, Options()))
    assert found is not None and found.value == "All things in their time..."


def _h3_post_page(h1: str, h3: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    head = '<meta property="og:title" content="Rain returns to the valley at last">'
    return (
        f"<html><head><title>Rain returns to the valley at last - Valley Notes</title>{head}</head><body>"
        f'<h1>{h1}</h1><div class="post"><h3><a href="/2020/rain">{h3}</a></h3>{paragraphs}</div></body></html>'
    )


def test_an_h3_that_is_the_metadata_headline_under_the_blogs_name_is_the_headline() -> None:
    article = parse_html(_h3_post_page("Valley Weather Notes", "Rain returns to the valley at last"))
    assert article.headline == "Rain returns to the valley at last"
    assert any("header.title_heading" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


def test_an_h3_that_repeats_the_end_of_the_h1_is_not_confirmed_as_the_headline() -> None:
    # "Weather diary: Rain returns to the valley at last" over its "Rain returns ..." line: the <h1> says it
    article = parse_html(
        _h3_post_page("Weather diary: Rain returns to the valley at last", "Rain returns to the valley at last")
    )
    assert not any("header.title_heading" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


@pytest.mark.parametrize("readers", [1, 61, 200])
def test_the_post_authors_reply_after_many_reader_comments_still_names_the_author(readers: int) -> None:
    # each reader's comment-author box takes a place among the author-marked elements; the replies are kept apart
    assert parse_html(_blog_with_replies("comment bypostauthor", readers=readers)).authors == ("jancak",)


@pytest.mark.parametrize(
    "lead",
    [
        "A guest post by Anna Berger, who spent a week in the city.",
        "Ein Gastbeitrag von Anna Berger.",
        "Anna Berger ist unsere Gastautorin.",
        "Un article invité d'Anna Berger.",
        "Dit is een gastblog van Anna Berger.",
    ],
)
def test_the_blog_owners_reply_names_no_author_of_a_guest_post(lead: str) -> None:
    # the guest may be named by the line itself, the blog's owner never
    assert "jancak" not in parse_html(_blog_with_replies("comment bypostauthor", lead=lead)).authors


@pytest.mark.parametrize(
    "title", ["Guest post: Ten days on the coast", "Gastbeitrag: Zehn Tage an der Küste", "Guest Post – The coast"]
)
def test_a_headline_that_calls_the_article_a_guest_post_leaves_the_owners_reply_out(title: str) -> None:
    assert "jancak" not in parse_html(_blog_with_replies("comment bypostauthor", title=title)).authors


def test_a_guest_post_cue_written_with_a_combining_accent_is_read() -> None:
    lead = unicodedata.normalize("NFD", "Un article invité d'Anna Berger.")
    assert "jancak" not in parse_html(_blog_with_replies("comment bypostauthor", lead=lead)).authors


@pytest.mark.parametrize(
    "middle",
    [
        "Last year I wrote a guest post for a friend's blog about the same trip, and it was read widely.",
        "My guest author friend from the writing course came along for the last two days of it.",
    ],
)
def test_the_owner_mentioning_a_guest_post_deep_in_the_body_keeps_the_reply(middle: str) -> None:
    # a guest post says so in its head, its first or its last paragraph; the owner's own post may tell of one
    assert parse_html(_blog_with_replies("comment bypostauthor", middle=middle)).authors == ("jancak",)


def test_the_post_authors_reply_names_the_author_when_the_body_only_mentions_guests() -> None:
    lead = "Our guests arrived late, and the guest room was cold."
    assert parse_html(_blog_with_replies("comment bypostauthor", lead=lead)).authors == ("jancak",)


def test_a_heading_that_runs_the_titles_first_pieces_together_yields_to_the_story_heading_after_them() -> None:
    # "Recipes - Desserts - Chocolate cake with cherries | Example Kitchen": the <h1> gives the section's path,
    # the <h2> the piece that follows it, the story's headline
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><head><title>Recipes - Desserts - Chocolate cake with cherries | Example Kitchen</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/r">Recipes</a></nav><h1>Recipes - Desserts</h1>'
        f"<h2>Chocolate cake with cherries</h2>{paragraphs}</body></html>"
    )
    assert parse_html(html).headline == "Chocolate cake with cherries"


def test_an_organisation_json_ld_credits_beats_the_site_s_own_name_in_a_meta_tag() -> None:
    head = (
        '<meta property="og:site_name" content="Planet Online"><meta name="author" content="Planet Online">'
        '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Organization", '
        '"name": "Redaktion Planet Gesundheit"}, "publisher": {"@type": "Organization", "name": "Planet Media"}}'
        "</script>"
    )
    assert parse_html(_html_page(head)).authors == ("Redaktion Planet Gesundheit",)


def test_the_site_s_own_name_is_still_credited_when_nothing_else_is() -> None:
    head = '<meta property="og:site_name" content="Planet Online"><meta name="author" content="Planet Online">'
    assert parse_html(_html_page(head)).authors == ("Planet Online",)


@pytest.mark.parametrize(
    ("markup", "authors"),
    [
        # a link to the site's own front page, marked as the author by the theme, is the site's name
        (
            (
                '<h4 class="vcard author"><a class="fn" href="https://www.blog.example/">Das Archiv</a></h4>'
                '<h4 class="vcard author">vom <span class="fn">Krimiblogger</span></h4>'
            ),
            ("Krimiblogger",),
        ),
        ('<span class="author"><a href="/">Das Archiv</a></span>', ()),
        # a page on the site, another site's front page, or one the link says is the author's, is the author's
        ('<span class="author"><a href="/?author=3">Ann Lee</a></span>', ("Ann Lee",)),
        ('<span class="author"><a href="https://annlee.example/">Ann Lee</a></span>', ("Ann Lee",)),
        ('<span class="author"><a rel="author" href="/">Ann Lee</a></span>', ("Ann Lee",)),
        ('<span class="author"><a href="http://[broken/">Ann Lee</a></span>', ("Ann Lee",)),
    ],
)
def test_author_markup_that_links_to_the_site_s_front_page(markup: str, authors: tuple[str, ...]) -> None:
    assert parse_html(_footer_page(markup), url="https://blog.example/2020/01/post").authors == authors


def test_initials_in_author_markup_yield_to_the_full_name_of_the_header_byline() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><body><article><header><h1>Fed holds rates</h1><div>Tex Hollywood - December 21, 2023</div>"
        f'</header><div>{paragraphs}</div><footer><span class="author">SJ</span></footer></article></body></html>'
    )
    assert parse_html(html).authors == ("Tex Hollywood",)
    # initials with no byline to spell them stay
    assert parse_html(html.replace("Tex Hollywood - ", "")).authors == ("SJ",)


def _menu_label_page(story: str, title: str = "News Update Service") -> str:
    items = ("Front Page", "National", "Sci. & Tech.", "Sport")
    menu = "".join(f'<li><a href="/{item}">{item}</a></li>' for item in items)
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><title>{title}</title></head><body><ul class='menu'>{menu}</ul>"
        f"<div>{story}{paragraphs}</div></body></html>"
    )


def test_a_menu_items_label_run_into_the_headline_is_left_out() -> None:
    # the section's link and the headline in one element, a single <br> between them
    story = '<a href="/national">National</a><br><b>Minister sets new rules for the spring</b>'
    article = parse_html(_menu_label_page(story))
    assert article.headline == "Minister sets new rules for the spring"


@pytest.mark.parametrize(
    ("story", "title"),
    [
        # the word after the label is no headline's first word
        ('<a href="/sport">Sport</a><br><b>minister sets new rules for the spring</b>', "News Update Service"),
        # the metadata's title keeps the label's words: they belong to the headline
        (
            '<a href="/sport">Sport</a> <b>Relief sets new rules for the spring</b>',
            "Sport Relief sets new rules for the spring | News",
        ),
        # the label's words are no link of their own: the headline opens with them
        ("<b>Sport Relief sets new rules for the spring</b>", "News Update Service"),
    ],
)
def test_a_headline_that_opens_with_a_menu_items_words_keeps_them(story: str, title: str) -> None:
    article = parse_html(_menu_label_page(story, title))
    assert article.headline is not None and article.headline.startswith("Sport")


def test_a_heading_that_links_to_its_story_is_the_headline_over_a_chrome_line() -> None:
    # the headline links to the story's own page, which makes it a run of links to the markup stage
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Local and World News | The Daily Planet</title></head><body>"
        "<ul><li><a href='/print'>Print This Story</a></li><li>E-mail This Story</li>"
        "<li><a href='/save'>Save This Story</a></li></ul>"
        f"<h2><a href='/news/1'>Wrong-way driver halted on the highway</a></h2><p>By JANE DOE</p>{paragraphs}"
        "</body></html>"
    )
    article = parse_html(html)
    assert article.headline == "Wrong-way driver halted on the highway"


def test_a_heading_that_links_home_with_the_sites_name_is_no_headline() -> None:
    html = (
        "<html><head><title>Creative food sculptures - I Geek for Creativity</title>"
        '<meta property="og:site_name" content="I Geek for Creativity"></head><body>'
        "<ul><li>E-mail This Story</li></ul><h1><a href='/'>I Geek for Creativity</a></h1>"
        f"<aside><p>{PROMO}</p></aside></body></html>"
    )
    assert parse_html(html).headline != "I Geek for Creativity"


def test_the_one_h1_a_title_holds_beats_a_winner_the_metadata_does_not_back() -> None:
    # a photo-upload box with its own heading and note stands above the story, whose <h1> the <title> holds
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Recipe for Dark Chocolate Biscuits | Cook Planet</title></head><body>"
        f"<div class='upload'><h3>Send photos</h3><p>{PROMO}</p></div>"
        f"<h1>Dark Chocolate Biscuits</h1>{paragraphs}</body></html>"
    )
    assert parse_html(html).headline == "Dark Chocolate Biscuits"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Wrong-way driver halted on the highway by Jane Doe, 9 January 2008",
            "Wrong-way driver halted on the highway",
        ),
        ("'Wrong-way driver halted' Wed, 09 Jan 2008 17:50:54", "'Wrong-way driver halted'"),
        (
            "Wrong-way driver halted on the highway Published on January 9, 2008",
            "Wrong-way driver halted on the highway",
        ),
        ("Last updated at 8:37 AM on 09/01/08", None),  # a label, no headline
        ("Planet Sports Wednesday January 9, 2008", None),  # too few words before the date
    ],
)
def test_the_headline_a_date_line_opens_with(line: str, headline: str | None) -> None:
    assert headline_before_date(line) == headline


def test_a_date_line_that_opens_with_the_headline_beats_a_sections_h1_when_no_title_says_it() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Planet Sports</title></head><body><h1>Sport</h1><div>Your sports photos and clips</div>"
        f"<h2>Wrong-way driver halted on the highway by Jane Doe, 9 January 2008</h2>{paragraphs}</body></html>"
    )
    article = parse_html(html, options=Options(guess_dates=False))
    assert article.headline == "Wrong-way driver halted on the highway"
    assert article.published is not None and article.published.date().isoformat() == "2008-01-09"


def test_the_one_h1_a_title_holds_is_the_headline_when_the_header_holds_no_candidate() -> None:
    # "More ..." opens a box of links as often as a headline: the chrome stage took the <h1> for one
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>The Planet Press: More rain for the valley</title></head><body>"
        f"<div><a href='/'>Go to Planet News</a></div><h1>More rain for the valley</h1><p>Jan 5, 2008</p>{paragraphs}"
        "</body></html>"
    )
    assert parse_html(html).headline == "More rain for the valley"


def test_a_credit_line_that_opens_with_the_title_and_its_date_gives_the_headline() -> None:
    # the headline, the site's name, the date and the agency in one line, which reads as a photo's credit
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Wrong-way driver halted on the highway</title></head><body>"
        "<table><tr><td>Thursday 17th January 2008</td></tr><tr><td>Issue 1365</td></tr></table>"
        "<div><img src='a.jpg'>"
        "<p>Wrong-way driver halted on the highway Planet Sun Sunday 30th December, 2007 (IANS)</p>"
        f"{paragraphs}</div></body></html>"
    )
    article = parse_html(html)
    assert article.headline == "Wrong-way driver halted on the highway"


@pytest.mark.parametrize(
    ("cell", "headline"),
    [
        (
            "Wrong-way driver halted on the highway <span class='date'><br>Thursday, 10, January, 2008, 09:14</span>",
            "Wrong-way driver halted on the highway",
        ),
        (
            "<span>Wrong-way driver halted on the highway</span><br><span>2008/01</span>",
            "Wrong-way driver halted on the highway",
        ),
        # a date the headline itself names stays in it, and so does a season
        ("<b>Housing starts fall in March 2008</b>", "Housing starts fall in March 2008"),
        (
            "<b>Bounty paid for wild boar in the season 2020/2021</b>",
            "Bounty paid for wild boar in the season 2020/2021",
        ),
        ("<b>Bounty paid for wild boar in the season 2011/12</b>", "Bounty paid for wild boar in the season 2011/12"),
    ],
)
def test_a_date_stamp_run_into_the_end_of_the_headline_is_left_out(cell: str, headline: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Planet News</title></head><body><table><tr><td><h2>News</h2></td></tr>"
        f"<tr><td class='story-title'>{cell}</td></tr></table>{paragraphs}</body></html>"
    )
    assert parse_html(html).headline == headline


def test_a_heading_right_under_a_note_the_ranker_chose_is_the_headline(monkeypatch: pytest.MonkeyPatch) -> None:
    # the ranker scores the archive note a little over the heading under it (as on a real page it did)
    note = "View seven day Editorial Archive for previous stories of ours."
    weights = {note: 0.275, "Capping the deal": 0.205}
    candidates = header.headline_candidates

    def ranked(page: Page) -> list[tuple[int, list[float]]]:
        return [(index, [weights.get(page.blocks[index].text, -1.0)]) for index, _ in candidates(page)]

    monkeypatch.setattr(header, "headline_candidates", ranked)
    monkeypatch.setattr(header, "score", lambda vector: vector[0])
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Editorial Archive | Daily Times</title></head><body><h2>Editorials</h2>"
        f"<p>{note}</p><h3>Capping the deal</h3><p>Mon Jan 7 2008</p>{paragraphs}</body></html>"
    )
    assert parse_html(html).headline == "Capping the deal"


def test_a_heading_that_repeats_the_whole_title_with_the_sites_name_is_no_headline() -> None:
    # a theme's title bar prints the <title> as it is; the story's own <h1> stands further down
    title = "Dead bumblebees under lime trees: the explanation | Bumblebees"
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="Bumblebees"></head><body>'
        f"<div class='bar'><h2>{title}</h2><div><a href='/'>Bumblebees</a></div></div>"
        "<ul><li><a href='/a'>Plants</a></li><li><a href='/b'>Biology</a></li><li><a href='/c'>Species</a></li></ul>"
        f"<h1>Dead bumblebees under lime trees</h1>{paragraphs}</body></html>"
    )
    assert parse_html(html).headline == "Dead bumblebees under lime trees"


def test_a_longer_piece_of_the_title_in_a_heading_past_the_anchor_beats_a_sections_short_piece() -> None:
    # "Headline | STATE NEWS | Site": the section's heading stands above a promo paragraph, the story's below it
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Wrong-way driver halted on the highway | STATE NEWS | Planet TV | 11 News</title></head>"
        f"<body><h2>STATE NEWS</h2><p>{PROMO}</p><h2>Wrong-way driver halted on the highway</h2>"
        f"<p>10:02 AM CST on Friday, December 28, 2007</p>{paragraphs}</body></html>"
    )
    assert parse_html(html).headline == "Wrong-way driver halted on the highway"


@pytest.mark.parametrize(
    "text", ["Remembering the attacks of 9/11/2001", "Class of 2008 graduates on Friday 13 June 2008"]
)
def test_a_date_after_a_preposition_is_the_headlines_own_not_a_stamp(text: str) -> None:
    assert _without_date_stamp(text) is None


def _scraped_story(*header: str) -> str:
    """A scraped page: a menu, the headline, the header lines given, then the story."""
    return "\n\n".join(
        ("Home\nNews\nSport", "Council approves transit plan after long debate", "\n".join(header), *PARAGRAPHS)
    )


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the job, the outlet or the handle on the name's line
        (("Richard Adams Education editor", "Mon 20 Jan 2020 06.05 GMT"), ("Richard Adams",)),
        (("Jessica Rendall Wellness Writer", "Dec 21, 2023"), ("Jessica Rendall",)),
        (("Sharon Goldman @sharongoldman", "December 18, 2023 5:30 AM"), ("Sharon Goldman",)),
        (
            ("Joanna Walters and Edward Helmore in New York", "Fri 22 Dec 2023 17.47 CET"),
            ("Joanna Walters", "Edward Helmore"),
        ),
        # a profile box's lines between the name and the date
        (("Vincent Vallet", "Follow", "Oct 18, 2019 · 8 min read"), ("Vincent Vallet",)),
        (("Mary Madigan", "2 min read", "December 21, 2023 - 4:03PM"), ("Mary Madigan",)),
        (("Andrew Woodcock", "Political Editor", "@andywoodcock", "Tuesday 14 January 2020"), ("Andrew Woodcock",)),
        # an opener alone, the name with its outlet on the next line
        (("By", "Jeremy Schneider | NJ Advance Media For NJ.com", "Dec 22, 2023"), ("Jeremy Schneider",)),
        # chrome between a capitalised line and the date is no profile box; a headline is no name line
        (("Scientific American", "Sign in", "December 1, 2023"), ()),
        (("Sparks Fly in Moscow at Finals of Battle of the Robots", "December 22, 2023"), ()),
    ],
)
def test_scraped_text_takes_the_writer_from_a_name_line_of_the_header(
    header: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    assert parse_text(_scraped_story(*header)).authors == authors


def test_scraped_text_takes_the_writer_after_the_headers_date_without_a_separator() -> None:
    assert parse_text(_scraped_story("28. Jan. 2022 Paula Balov")).authors == ("Paula Balov",)


def test_a_name_run_into_a_date_line_outside_the_header_is_no_writer(kit: PageKit) -> None:
    # a teaser list dates each teaser and names its desk or its writer: the story's writer is not among them
    page = kit.labelled(("21.01.2022 Jane Roberts", Role.DATE), (BODY, Role.BODY))
    assert build_authors(page) == ((), None)
    header = dataclasses.replace(page.blocks[0], evidence=("header.date",))
    assert build_authors(page.with_blocks((header, page.blocks[1])))[0] == ("Jane Roberts",)


@pytest.mark.parametrize(
    "line",
    [
        # the breadcrumb's last item is the page's name, as the <title> gives it
        (
            '<nav class="breadcrumb"><ul><li><a href="/">Start</a></li><li><a href="/g">Garden</a></li>'
            "<li>Winter roses</li></ul></nav>"
        ),
        # a label of two words that the <title> repeats, outside any menu
        "<div>Winter roses</div>",
    ],
)
def test_the_heading_under_a_line_that_repeats_the_title_is_the_headline(line: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Winter roses - Garden Club</title></head><body>"
        f"{line}<h2>How to keep roses blooming through the frost</h2>{paragraphs}</body></html>"
    )
    article = parse_html(html, url="https://gardenclub.example/garden/winter-roses")
    assert article.headline == "How to keep roses blooming through the frost"
    assert any("header.heading_under_title_line" in b.evidence for b in article.blocks if b.role is Role.HEADLINE)


def test_a_heading_after_the_story_began_under_the_title_line_is_no_headline() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Winter roses - Garden Club</title></head><body>"
        f'<div class="crumbs"><a href="/">Start</a> <span>Winter roses</span></div><p>{PARAGRAPHS[1]}</p>'
        f"<h3>How to keep roses blooming through the frost</h3>{paragraphs}</body></html>"
    )
    article = parse_html(html, url="https://gardenclub.example/garden/winter-roses")
    assert not any("header.heading_under_title_line" in b.evidence for b in article.blocks)


def test_a_blogs_name_in_the_h1_gives_way_to_the_posts_h3_both_pieces_of_the_title() -> None:
    # the <title> names no known site: its pieces are the blog's name and the post's title
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Harbour ferry returns after repairs - Coastline Travel Notes</title></head><body>"
        "<h1>Coastline Travel Notes</h1><div><a href='/a'>Ferries</a> • <a href='/b'>Trains</a></div>"
        f"<h3>Harbour ferry returns after repairs</h3>{paragraphs}</body></html>"
    )
    article = parse_html(html, url="https://www.ctn.example/2008/01/14/harbour-ferry")
    assert article.headline == "Harbour ferry returns after repairs"


def test_a_heading_that_opens_with_a_links_box_word_is_the_headline_the_title_repeats() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Talk Notes » Blog Archive » More cinemas switch to digital</title></head><body>"
        "<h1><a href='/'>Talk Notes</a></h1><ul><li><a href='/c'>Categories</a></li><li><a href='/t'>Tags</a></li></ul>"
        f"<h2>More cinemas switch to digital</h2>{paragraphs}</body></html>"
    )
    article = parse_html(html, url="https://blogs.example/2013/08/07/cinemas")  # the host names no site
    assert article.headline == "More cinemas switch to digital"
    assert [b.text for b in article.blocks if b.role is Role.HEADLINE] == ["More cinemas switch to digital"]


def test_the_pages_h1_that_opens_with_a_links_box_word_is_still_the_headline() -> None:
    # no metadata title: the <h1>, chrome for its first word alone, stands above a short line the ranker liked
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>The Evening Star - sport, news and weather</title></head><body>"
        "<div><a href='/n'>NEWS</a></div><div><a href='/s'>SPORT</a></div>"
        "<h1>More authority needed</h1><p>Published on 14/01/2008</p><p>Rovers 1 United 0</p>"
        f"{paragraphs}</body></html>"
    )
    article = parse_html(html)
    assert article.headline == "More authority needed"


def test_an_h4_that_is_the_metadatas_headline_beats_a_shorter_line_under_it() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        '<html><head><meta property="og:title" content="The Open Campus Project: Better Student News">'
        "<title>The Open Campus Project: Better Student News - Notes</title></head><body>"
        "<h4>The Open Campus Project: Better Student News</h4><h4>Better Student News</h4>"
        f"{paragraphs}</body></html>"
    )
    article = parse_html(html)
    assert article.headline == "The Open Campus Project: Better Student News"


def test_a_footer_line_below_the_story_that_names_the_site_in_the_title_is_no_headline() -> None:
    # the <title> is the site's name alone; the footer repeats it among an address
    paragraphs = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, PARAGRAPHS[0]))
    html = (
        "<html><head><title>Union of Garden Clubs in Northern Towns e.V.</title></head><body>"
        "<div><a href='/'>Start</a> <a href='/news'>News</a></div>"
        f"<h4>Spring meeting moved to the town hall</h4>{paragraphs}"
        "<div class='footer'><p>Union of Garden Clubs in Northern Towns e.V. Main Street 12 Phone 555 0100</p>"
        "</div></body></html>"
    )
    article = parse_html(html)
    assert article.headline == "Spring meeting moved to the town hall"


def test_scraped_text_takes_a_name_line_just_under_the_lead_when_a_date_line_follows() -> None:
    # the page's dek reads as the lead paragraph; the writer's box comes under it
    dek = (
        "The prime minister says the higher earning figure is needed to stop families from being priced out of "
        "the homes they grew up in, and that the plan will pay for itself within five years."
    )
    page = "\n\n".join(
        (
            "Home\nNews\nSport",
            "Council approves transit plan after long debate",
            dek,
            "Alexandra Rogers\nPolitical reporter @Journoamrogers\nSaturday 23 December 2023 05:39, UK",
            *PARAGRAPHS,
        )
    )
    assert parse_text(page).authors == ("Alexandra Rogers",)


def test_a_section_label_over_a_dated_byline_is_no_writer() -> None:
    page = _scraped_story("Tech Industry", "by Steven Musil January 18, 2017 11:00 PM PST")
    assert parse_text(page).authors == ("Steven Musil",)


@pytest.mark.parametrize(
    ("line", "published", "authors"),
    [
        ("Doric Sam December 20, 2023 Comments", "2023-12-20", ("Doric Sam",)),
        ("July 24, 2019 by Amy Motroni 5 Comments", "2019-07-24", ("Amy Motroni",)),
    ],
)
def test_scraped_text_reads_the_headers_meta_line_that_ends_with_the_comments_link(
    line: str, published: str, authors: tuple[str, ...]
) -> None:
    article = parse_text(_scraped_story(line))
    assert article.published is not None and article.published.date().isoformat() == published
    assert article.authors == authors


def test_scraped_text_guesses_the_date_from_a_publication_label_the_header_missed() -> None:
    # the date line sits in a sidebar far from the headline; a related box dates other stories, and an update
    # label is no publication date
    page = "\n\n".join(
        (
            "Home\nNews\nSport\nUpdated March 3, 2024",
            "Council approves transit plan after long debate",
            *PARAGRAPHS,
            "Share this article\nFacebook\nTwitter\nVeröffentlicht am 16.08.2019\nTags: transit, council",
            "Related stories\nPublished December 24, 2023\nMayor opens the new bridge",
        )
    )
    article = parse_text(page)
    assert article.published is not None and article.published.date().isoformat() == "2019-08-16"
    assert parse_text(page, options=Options(guess_dates=False)).published is None


def test_the_mastheads_day_above_the_headline_yields_to_the_storys_date_line() -> None:
    page = "\n\n".join(
        (
            "Sunday, December 24, 2023\nHome\nNews\nSport\nWeather",
            "Council approves transit plan after long debate",
            "December 22, 2023",
            *PARAGRAPHS,
        )
    )
    published = parse_text(page).published
    assert published is not None and published.date().isoformat() == "2023-12-22"


def test_a_blogs_date_heading_right_over_the_post_title_stays_the_date() -> None:
    # a blog theme dates each post over its title; a book's release date in the post is no publication date
    page = "\n\n".join(
        (
            "Home\nReviews\nAbout",
            "Samstag, 9. September 2017",
            "Rezension: Der stille Garten",
            "Verlag: Beispielverlag\nErscheinungsdatum: 14.08.2017",
            *PARAGRAPHS,
        )
    )
    published = parse_text(page).published
    assert published is not None and published.date().isoformat() == "2017-09-09"


def test_a_topic_run_into_the_headers_date_line_is_no_writer() -> None:
    # the page writes the topic's words in lower case too; a person's name it does not
    body = (
        "Climate change tops the agenda as the council meets to discuss how the region will cut its emissions.",
        *PARAGRAPHS,
    )
    for line in ("12 March 2024 Climate Change", "Climate Change December 20, 2023 3 Comments"):
        page = "\n\n".join(("Home\nNews", "Climate plan gets a boost from council vote", line, *body))
        assert parse_text(page).authors == ()


@pytest.mark.parametrize(
    "line",
    [
        # the story's own sentence, and a comment's signature, are no publication labels
        "Published in London on 4 May 1999, the novel sold only a few hundred copies in its first year.",
        "Posted by Mike on March 3, 2019 at 5:12 pm",
    ],
)
def test_a_publication_label_guess_needs_the_date_right_after_the_label(line: str) -> None:
    story = (*PARAGRAPHS, *PARAGRAPHS[::-1])
    page = "\n\n".join(("Home\nBooks", "A forgotten novel finds new readers", *story, line, "Great article!"))
    assert parse_text(page).published is None


def test_a_blogs_date_over_its_category_and_kicker_stays_the_posts_date() -> None:
    page = "\n\n".join(
        (
            "Home",
            "12 March 2024",
            "Music\nReviews",
            "Orchestra returns to the old concert hall",
            "Event date: 20 April 2024",
            *PARAGRAPHS,
        )
    )
    published = parse_text(page).published
    assert published is not None and published.date().isoformat() == "2024-03-12"


def test_a_trending_boxs_h4_that_repeats_the_title_is_no_headline() -> None:
    html = (
        "<html><head><title>Council approves new transport budget | Daily Planet</title>"
        '<meta property="og:title" content="Council approves new transport budget"></head><body>'
        '<aside class="trending"><h3>Trending</h3><h4><a href="/a">Council approves new transport budget</a></h4>'
        '<h4><a href="/b">Storm closes schools across the region</a></h4></aside>'
        "<article><h1>After a long night, the council backs a bigger bus budget</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article></body></html>"
    )
    assert parse_html(html).headline == "After a long night, the council backs a bigger bus budget"


@pytest.mark.parametrize(
    "teaser",
    [
        'Related: Mayor faces fresh questions over the cost of the <a href="/x">new buses</a>.',
        "Most read: Storm closes schools across the whole region on Monday.",
        "See also: The full list of new routes and when each of them opens.",
    ],
)
def test_a_labelled_teaser_line_between_the_articles_paragraphs_stays_chrome(teaser: str) -> None:
    html = (
        "<html><body><article><h1>Council backs bus budget</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
        + f"<p>{teaser}</p>"
        + "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS[2:], *PARAGRAPHS[:2]))
        + "</article></body></html>"
    )
    assert not any(paragraph.startswith(("Related", "Most read", "See also")) for paragraph in parse_html(html).body)


@pytest.mark.parametrize(
    ("line", "credit"),
    [("By Associated Press", "Associated Press"), ("Por Agencia EFE", "Agencia EFE"), ("By Reuters", "Reuters")],
)
def test_a_byline_that_names_only_a_newsroom_credits_it(line: str, credit: str) -> None:
    # the byline is the page's statement of who wrote the story: an agency it names is the author
    text = "\n".join(
        ("Home", "World", "Business", "China's quake survivors endure the cold", line, "5 days ago", *PARAGRAPHS)
    )
    article = parse_text(text)
    assert article.authors == (credit,)
    assert any("a credit, not a person" in note for note in article.diagnostics)


def test_an_agency_opening_the_header_s_date_line_is_credited() -> None:
    text = "\n".join(("Inicio", "Política", "Boric inicia gira por Magallanes", "Agencia EFE 04.05.2022",
                      *PARAGRAPHS))  # fmt: skip
    article = parse_text(text)
    assert article.authors == ("Agencia EFE",)
    assert article.published is not None and article.published.date().isoformat() == "2022-05-04"
    # a section label before the date is no agency
    assert parse_text(text.replace("Agencia EFE 04.05.2022", "Política 04.05.2022")).authors == ()


@pytest.mark.parametrize(
    ("line", "credit"),
    [("JIJI", "Jiji"), ("KYODO", "Kyodo"), ("Jiji", "Jiji"), ("By THE ASSOCIATED PRESS", "The Associated Press")],
)
def test_an_agency_standing_as_the_byline_in_capitals_is_credited(line: str, credit: str) -> None:
    text = "\n".join(("Home", "National", "6,000 surgical masks stolen from Kobe hospital", line, "Feb 18, 2020",
                      *PARAGRAPHS))  # fmt: skip
    article = parse_text(text)
    assert article.authors == (credit,)
    assert article.headline == "6,000 surgical masks stolen from Kobe hospital"


def test_a_byline_naming_a_person_with_a_job_is_no_newsroom_credit() -> None:
    text = "\n".join(("Home", "Sports", "Woods leads by two at Torrey Pines", "By DOUG FERGUSON AP Golf Writer",
                      "5 days ago", *PARAGRAPHS))  # fmt: skip
    assert parse_text(text).authors in ((), ("Doug Ferguson",))


def test_an_agency_only_in_the_dateline_is_no_author() -> None:
    # "BERLIN (dpa) -": the agency is the dateline's, not a byline's (fixtures 018, 021, 024)
    text = "\n".join(("Home", "Politik", "Bund will Windräder schneller genehmigen", "15.10.2023, 14:30 Uhr",
                      "BERLIN (dpa) - " + PARAGRAPHS[0], *PARAGRAPHS[1:]))  # fmt: skip
    article = parse_text(text)
    assert article.authors == ()
    assert article.dateline is not None and article.dateline.agency == "dpa"


def _blog_post(signature_before: str, signature_after: str, comments: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html><body><nav><a href='/'>Start</a> <a href='/blog'>Blog</a></nav><main><h2>FairCoin beim Sommercamp</h2>"
        f"<div class='meta'>{signature_before}</div>{paragraphs}<div class='postinfo'>{signature_after}</div>"
        f"</main>{comments}<footer>Impressum · Datenschutz</footer></body></html>"
    )


def test_a_post_s_signature_beside_the_story_names_its_writer() -> None:
    below = parse_html(_blog_post("", "Gespeichert von rasos am 24. Juli 2017 - 18:55"))
    assert below.authors == ("rasos",)
    assert any("post signature" in note for note in below.diagnostics)
    above = parse_html(_blog_post("Verfasst von: mitundvoneinander | 31. Dezember 2008", ""))
    assert above.authors == ("mitundvoneinander",)


def test_a_comment_s_signature_is_not_the_post_s_writer() -> None:
    comments = (
        "<section id='comments' class='comments'><h3>2 Kommentare</h3>"
        "<div class='comment'><p>von hansi am 25. Juli 2017 - 09:12</p><p>Toller Bericht, danke!</p></div></section>"
    )
    assert parse_html(_blog_post("", "", comments)).authors == ()


def test_co_authors_marked_inside_an_author_box_are_all_named() -> None:
    # the box is marked as the author too, and its text runs the names and their agency together
    box = "".join(
        f'<address><span class="by">By —</span> <a itemprop="author" href="/author/{slug}">'
        f'<span itemprop="name">{name}, Associated Press</span></a></address>'
        for slug, name in (("jane-doe", "Jane Doe"), ("john-roe", "John Roe"))
    )
    box = f'<section class="post-byline">{box}</section>'
    assert parse_html(_footer_page(box)).authors == ("Jane Doe", "John Roe")


@pytest.mark.parametrize(
    "html", ["<html><head><title>T</title></head></html>", "<html><body><img src='a.jpg'></body></html>"]
)
def test_a_page_without_any_block_has_no_author_and_no_error(html: str) -> None:
    # every author source, down to the last resorts that look at the story's blocks, takes a page with none
    article = parse_html(html)
    assert article.authors == ()
    assert article.body == ()


def test_a_photo_s_dated_credit_below_the_story_is_no_post_signature() -> None:
    figure = "<figure><img src='a.jpg'><figcaption>Photo taken 3 May 2020 by Jane Doe</figcaption></figure>"
    assert parse_html(_blog_post("", figure)).authors == ()
    wiki = parse_html(_blog_post("", "Sommercamp (last edited 2019-11-10 13:28:18 by MatsWichmann)"))
    assert wiki.authors == ("MatsWichmann",)


def test_a_comment_count_above_the_story_does_not_hide_the_post_s_signature() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><body><nav><a href='/'>Start</a> <a href='/wiki'>Wiki</a></nav><div class='comments-count'>"
        "<a href='#comments'>3 Kommentare</a></div><main><h1>Sommercamp</h1>"
        f"{paragraphs}</main><footer><p>Sommercamp (last edited 2019-11-10 13:28:18 by MatsWichmann)</p>"
        "<p>MoinMoin Powered</p></footer></body></html>"
    )
    article = parse_html(html)
    assert any(block.kind is Kind.COMMENTS for block in article.blocks)  # the count is the thread's chrome
    assert article.authors == ("MatsWichmann",)


def test_a_teaser_s_signature_below_the_story_is_not_the_post_s_writer() -> None:
    story = (
        "Der Minister sagte am Dienstag, die neuen Regeln träten im Frühjahr nach langer Beratung in Kraft.",
        "Kritiker sagten, der Plan erhöhe die Preise, und die Regierung habe keine eigenen Schätzungen vorgelegt.",
        "Die Opposition forderte eine Abstimmung im Parlament noch vor dem Ende des Monats und mehr Mitsprache.",
    )
    lines = ("Startseite", "Politik", "Regeln treten im Frühjahr in Kraft", *story)
    teaser = ("Mehr zum Thema", "von Jana Berg am 3. März 2023", "Neue Regeln für Mieter")
    assert parse_text("\n".join((*lines, *teaser))).authors == ()
    signed = parse_text("\n".join((*lines, "von Jana Berg am 3. März 2023", *teaser[:1], teaser[2])))
    assert signed.authors == ("Jana Berg",)
