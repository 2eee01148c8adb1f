"""readers/html.py: HTML into blocks with markup hints, plus page metadata."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from articlekit import parse_html
from articlekit.model import Page
from articlekit.options import Options
from articlekit.readers import html as html_reader
from articlekit.readers.html import NOSCRIPT_MAX_CUT_CHARS, drop_noscript, read_html
from articlekit.readers.html_flatten import flatten
from articlekit.readers.html_markup import MAX_MARKUP_ELEMENTS, MAX_MARKUP_VALUES, MarkedElements, post_author_replies
from articlekit.readers.html_metadata import find_articles, language_code, load_json_ld

PROSE = "The council met on Monday to discuss the budget for next year."


def read(html: str | bytes, url: str | None = None) -> Page:
    return read_html(html, url, Options())


def texts(html: str | bytes) -> list[str]:
    return [block.text for block in read(html).blocks]


def block(html: str, text: str) -> object:
    """The one block whose text is `text`."""
    found = [b for b in read(html).blocks if b.text == text]
    assert len(found) == 1, [b.text for b in read(html).blocks]
    return found[0]


# --- blocks and their order -----------------------------------------------------------------------


def test_returns_an_html_page_with_the_url() -> None:
    page = read("<p>Hello</p>", url="https://example.com/a")
    assert page.source == "html"
    assert page.metadata.url == "https://example.com/a"
    assert [b.index for b in page.blocks] == [0]


def test_one_block_per_block_element_in_reading_order() -> None:
    html = """<html><body>
      <h1>Title</h1><p>First paragraph.</p>
      <ul><li>One</li><li>Two</li></ul>
      <blockquote>A quote</blockquote><pre>code  here</pre>
      <dl><dt>Term</dt><dd>Definition</dd></dl>
      <figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>
      <table><tr><th>Name</th><td>Value</td></tr></table>
      <section>Section text</section><address>1 Main St</address>
    </body></html>"""
    page = read(html)
    assert [(b.text, b.hints.tag) for b in page.blocks] == [
        ("Title", "h1"),
        ("First paragraph.", "p"),
        ("One", "li"),
        ("Two", "li"),
        ("A quote", "blockquote"),
        ("code here", "pre"),
        ("Term", "dt"),
        ("Definition", "dd"),
        ("A caption", "figcaption"),
        ("Name", "th"),
        ("Value", "td"),
        ("Section text", "section"),
        ("1 Main St", "address"),
    ]
    assert [b.index for b in page.blocks] == list(range(len(page.blocks)))


def test_a_containers_own_text_is_split_around_its_block_children() -> None:
    page = read("<div class='box'>intro <p>inner</p> outro <span>still outro</span></div>")
    assert [(b.text, b.hints.tag) for b in page.blocks] == [
        ("intro", "div"),
        ("inner", "p"),
        ("outro still outro", "div"),
    ]


def test_inline_elements_merge_into_their_block() -> None:
    html = "<p>The <b>quick</b> <a href='/b'>brown</a> fox<span>es</span> <em>jump</em>, <x-tag>too</x-tag>.</p>"
    assert texts(html) == ["The quick brown foxes jump, too."]


def test_an_empty_block_element_only_ends_a_block() -> None:
    assert texts("<div>a<div class='clearfix'></div>b</div><div></div><p>c</p>") == ["a", "b", "c"]
    assert [b.hints.bullet for b in read("<ul><li><div></div>one</li><li>two</li></ul>").blocks] == [False, True]


def test_an_inline_element_holding_a_block_splits_around_it() -> None:
    html = "<p>Before <a href='/x'><div>card title</div></a> after</p>"
    assert texts(html) == ["Before", "card title", "after"]


@pytest.mark.parametrize("kicker", ["article-kicker", "v-A_-subline v-A_-subline--article"])
def test_a_headings_kicker_in_its_own_element_is_a_block_at_the_headings_level(kicker: str) -> None:
    html = f'<h1 class="title"><a href="/s"><span class="{kicker}">Climate</span> Drilling until it gets hot</a></h1>'
    page = read(html)
    assert [b.text for b in page.blocks] == ["Climate", "Drilling until it gets hot"]
    assert [b.hints.heading_level for b in page.blocks] == [1, 1]
    assert "title" in page.blocks[1].hints.tokens and not page.blocks[1].hints.tokens & {"kicker", "subline"}


@pytest.mark.parametrize(
    ("mark", "shown"), [('<span class="visually-hidden">:</span> ', ":"), ('<span aria-hidden="true"> – </span>', "–")]
)
def test_a_headings_first_element_that_a_lone_mark_sets_apart_is_its_kicker(mark: str, shown: str) -> None:
    page = read(f"<h1><span>Climate</span>{mark}<span>Drilling until it gets hot</span></h1>")
    assert [b.text for b in page.blocks] == [
        "Climate",
        f"{shown} Drilling until it gets hot",
    ]
    assert [b.hints.heading_level for b in page.blocks] == [1, 1]


@pytest.mark.parametrize(
    "h1",
    [
        # a mark in the heading's own text, or an element that holds more than a mark, joins the parts
        "<span>Climate</span> - Drilling until it gets hot",
        "<b>Climate:</b> <i>Drilling until it gets hot</i>",
        "<span>Climate</span><span>: the heat</span> Drilling until it gets hot",
        # a subtitle the heading ends with stays in it
        'Drilling until it gets hot <span class="subtitle">A field report</span>',
        # an element without a kicker's class, or one after the heading's first words
        '<span class="label">Climate</span> Drilling until it gets hot',
        'Drilling <span class="kicker">until</span> it gets hot',
    ],
)
def test_other_inline_elements_of_a_heading_stay_in_it(h1: str) -> None:
    assert len(texts(f"<h1>{h1}</h1>")) == 1


def test_one_br_is_a_space_two_end_a_block() -> None:
    assert texts("<p>Line one<br>line two<br/>line three</p>") == ["Line one line two line three"]
    assert texts("<div>First paragraph.<br><br>Second paragraph.<br>\n <br> Third.</div>") == [
        "First paragraph.",
        "Second paragraph.",
        "Third.",
    ]


def test_text_between_brs_keeps_them_single() -> None:
    assert texts("<p>a<br><b>bold</b><br>c</p>") == ["a bold c"]


def test_whitespace_is_normalized() -> None:
    assert texts("<p>\n  Many   spaces,\ttabs\u00a0and\r\nnewlines \u2003 </p>") == ["Many spaces, tabs and newlines"]


def test_invisible_and_control_characters_are_removed() -> None:
    assert texts("<p>zero\u200bwidth\ufeff and\x07bell</p>") == ["zerowidth and bell"]


def test_entities_are_decoded() -> None:
    assert texts("<p>Fish &amp; chips &mdash; &#8364;5 &nbsp;&unknown;</p>") == ["Fish & chips — €5 &unknown;"]


def test_options_and_buttons_are_set_apart() -> None:
    assert texts("<form><select><option>Newest</option><option>Oldest</option></select></form>") == ["Newest Oldest"]
    assert texts("<div><button>Share</button><button>Tweet</button></div>") == ["Share Tweet"]


# --- what is dropped --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "<script>var secret = 'SECRET';</script>",
        '<script type=\'application/ld+json\'>{"headline": "SECRET"}</script>',
        "<style>.SECRET { color: red }</style>",
        "<noscript>SECRET</noscript>",
        "<template><p>SECRET</p></template>",
        "<svg><title>SECRET</title><text>SECRET</text></svg>",
        "<iframe>SECRET</iframe>",
        "<title>SECRET</title>",
        "<!-- SECRET -->",
    ],
)
def test_code_styles_and_hidden_markup_never_reach_a_block(markup: str) -> None:
    page = read(f"<html><body><p>Before</p>{markup}<p>After {PROSE}</p></body></html>")
    assert [b.text for b in page.blocks] == ["Before", f"After {PROSE}"]


def test_a_rubys_reading_annotations_do_not_split_the_annotated_words() -> None:
    # furigana set above a word (<rt>) and the brackets for browsers without ruby (<rp>) are no part of
    # the sentence: the base text reads as it would without them
    html = "<p>今日は<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの<ruby>日<rt>ひ</rt></ruby>です。</p>"
    assert texts(html) == ["今日は子どもの日です。"]


def test_an_svg_left_open_ends_at_the_first_html_element_as_in_the_browser() -> None:
    # libxml2 leaves an unclosed <svg> holding the rest of the page; a browser closes it at <p>, <div>...
    html = (
        "<p>Before</p><svg><title>Icon</title><path d='M0 0'>SECRET<main><article class='story'>"
        f"<h1>Headline</h1><p>{PROSE}</p></article></main><svg><text>SECRET</text></svg><p>Last</p></body>"
    )
    page = read(html)
    assert [b.text for b in page.blocks] == ["Before", "Headline", PROSE, "Last"]
    assert page.metadata.title is None  # the icon's title is no page title
    assert "article" in block(html, PROSE).hints.ancestors  # type: ignore[attr-defined]
    # nested open svgs wait for the same element; a closed svg of graphics only stays unseen
    assert texts("<svg><svg><text>SECRET</text></svg><svg><text>SECRET</text><p>in</p>") == ["in"]
    assert texts("<svg><text>SECRET</text></svg><p>after</p>") == ["after"]


@pytest.mark.parametrize("paths", [0, 1, html_reader.SMALL_SUBTREE - 2, html_reader.SMALL_SUBTREE, 100])
def test_an_open_svg_of_any_size_ends_at_its_first_html_element(paths: int) -> None:
    # an icon's few elements are searched in Python, a larger graphic's in C: the same element is found
    graphics = "<path d='M0 0'/>" * paths
    assert texts(f"<svg>{graphics}<text>SECRET</text><div><b>in</b> it</div>") == ["in it"]
    assert texts(f"<svg>{graphics}<text>SECRET</text></svg><p>after</p>") == ["after"]
    marked = f"<svg>{graphics}<g class='byline'>Ann Lee</g></svg><p>after</p>"
    assert read(marked).metadata.marked_authors == ("Ann Lee",)


def test_text_inside_script_strings_that_look_like_markup_stays_out() -> None:
    html = "<p>a</p><script>document.write('<p>SECRET</p>'); if (a < b && c > d) {}</script><p>b</p>"
    assert texts(html) == ["a", "b"]


def test_a_script_never_closed_swallows_the_rest_as_the_browser_does() -> None:
    assert texts("<p>Visible</p><script>var x = '<p>SECRET</p>';") == ["Visible"]


def test_an_unterminated_comment_hides_the_rest_as_the_browser_does() -> None:
    assert texts("<p>Visible</p><!-- <p>SECRET</p>") == ["Visible"]


def test_head_text_does_not_become_blocks() -> None:
    html = "<html><head><title>T</title><meta name='x' content='SECRET'><style>p{}</style></head><p>B</p></html>"
    assert texts(html) == ["B"]


def test_text_after_the_end_of_the_document_is_kept() -> None:
    html = "<html><body><p>In</p></body>after body</html>after html<p>Late paragraph</p>"
    assert texts(html) == ["In", "after body", "after html", "Late paragraph"]


def test_hidden_elements_are_kept() -> None:
    assert texts("<p hidden>Hidden</p><div aria-hidden='true'>Aria</div>") == ["Hidden", "Aria"]


@pytest.mark.parametrize(
    "html",
    ["<html><head><title>Only a title</title></head><body></body></html>", "<div><img src='x'></div>", "<p>   </p>"],
)
def test_a_page_without_body_text_has_no_blocks(html: str) -> None:
    assert read(html).blocks == ()


# --- hints ----------------------------------------------------------------------------------------


def test_hints_order_gap_and_indent() -> None:
    page = read("<h2>A</h2><p>B</p><p>C</p>")
    assert [(b.hints.line, b.hints.gap_before, b.hints.indent) for b in page.blocks] == [
        (0, True, 0),
        (1, True, 0),
        (2, True, 0),
    ]


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5, 6])
def test_heading_levels(level: int) -> None:
    (only,) = read(f"<h{level}>Heading</h{level}>").blocks
    assert (only.hints.tag, only.hints.heading_level) == (f"h{level}", level)


def test_non_headings_have_no_level() -> None:
    (only,) = read("<p>Text</p>").blocks
    assert only.hints.heading_level is None


def test_list_items_are_bullets_and_so_is_the_first_block_inside_one() -> None:
    page = read("<ul><li>Plain item</li><li><p>First para</p><p>Second para</p></li></ul><p>After</p>")
    assert [(b.text, b.hints.bullet) for b in page.blocks] == [
        ("Plain item", True),
        ("First para", True),
        ("Second para", False),
        ("After", False),
    ]


def test_tokens_of_the_element_and_its_ancestors_with_sub_words() -> None:
    html = "<main id='Main_Content'><div class='article-body  Story'><p class='lead'>Text</p></div></main>"
    (only,) = read(html).blocks
    assert only.hints.tokens == {
        "main_content", "main", "content", "article-body", "article", "body", "story", "lead",
    }  # fmt: skip


def test_a_component_library_prefix_is_no_consent_platform_token() -> None:
    # Adobe Experience Manager names its components "cmp-text", "cmp-teaser__title": "cmp" is "component"
    # there; a consent banner's "usercentrics-cmp" still gives the "cmp" token
    html = (
        "<div class='cmp-container'><div class='text cmp-text'><p>Story</p></div></div>"
        "<div id='usercentrics-cmp'>We use</div>"
    )
    story, banner = read(html).blocks
    assert "cmp" not in story.hints.tokens
    assert {"text", "container", "cmp-text"} <= story.hints.tokens
    assert "cmp" in banner.hints.tokens


def test_inline_tokens_reach_blocks_nested_inside_them_only() -> None:
    html = "<div class='outer'><span class='wrapper'><p>Inside</p></span><span class='icon'>x</span></div>"
    page = read(html)
    assert [(b.text, sorted(b.hints.tokens)) for b in page.blocks] == [
        ("Inside", ["outer", "wrapper"]),
        ("x", ["outer"]),
    ]


def test_sibling_tokens_do_not_leak() -> None:
    page = read("<div class='a'><p class='b'>One</p><p class='c'>Two</p></div><p>Three</p>")
    assert [sorted(b.hints.tokens) for b in page.blocks] == [["a", "b"], ["a", "c"], []]


def test_link_density() -> None:
    page = read("<p>No links here</p><p><a href='/x'>All linked</a></p><p>Half <a href='/y'>link</a></p>")
    densities = [b.hints.link_density for b in page.blocks]
    assert densities[0] == 0.0
    assert densities[1] == 1.0
    assert densities[2] == pytest.approx(4 / 8)


def test_anchors_without_href_are_not_links() -> None:
    (only,) = read("<p><a name='top'>Anchor</a> text</p>").blocks
    assert only.hints.link_density == 0.0


def test_a_block_inside_a_link_is_all_link() -> None:
    page = read("<a href='/story'><h3>Teaser headline</h3></a><p>Body</p>")
    assert [b.hints.link_density for b in page.blocks] == [1.0, 0.0]


def test_blocks_the_page_does_not_show_are_read_and_marked_hidden() -> None:
    html = """
      <div style="display: none"><p>Schema copy</p></div><div hidden><p>Hidden</p></div>
      <div style="Visibility:Hidden"><p>Invisible</p></div><p style="display:block">Shown</p>"""
    ancestors = {b.text: b.hints.ancestors for b in read(html).blocks}
    assert ancestors == {"Schema copy": {"hidden"}, "Hidden": {"hidden"}, "Invisible": {"hidden"}, "Shown": set()}


def test_structural_ancestors() -> None:
    html = """
      <header><p>Site name</p></header>
      <nav><ul><li><a href='/'>Home</a></li></ul></nav>
      <main><article><section><p>Body</p><blockquote><p>Quote</p></blockquote>
        <figure><figcaption>Caption</figcaption></figure>
        <table><tr><td>Cell</td></tr></table></section></article></main>
      <aside><p>Related</p></aside>
      <form><label>Email <input></label><button>Subscribe</button></form>
      <footer><p>Copyright</p></footer>"""
    ancestors = {b.text: b.hints.ancestors for b in read(html).blocks}
    assert ancestors == {
        "Site name": {"header"},
        "Home": {"nav", "ul", "li"},
        "Body": {"main", "article", "section"},
        "Quote": {"main", "article", "section", "blockquote"},
        "Caption": {"main", "article", "section", "figure", "figcaption"},
        "Cell": {"main", "article", "section", "table"},
        "Related": {"aside"},
        "Email Subscribe": {"form"},
        "Copyright": {"footer"},
    }


def test_inline_structural_elements_count_for_blocks_inside_them() -> None:
    (only,) = read("<label><div>Remember me</div></label>").blocks
    assert only.hints.ancestors == {"label"}


@pytest.mark.parametrize(
    ("role", "ancestor"),
    [
        ("navigation", "nav"),
        ("contentinfo", "footer"),
        ("banner", "header"),
        ("complementary", "aside"),
        ("main", "main"),
        ("dialog", "dialog"),
        ("Navigation", "nav"),
    ],
)
def test_aria_landmark_roles_count_as_their_elements(role: str, ancestor: str) -> None:
    (only,) = read(f"<div role='{role}'><p>Text</p></div>").blocks
    assert only.hints.ancestors == {ancestor}


def test_unknown_roles_add_nothing() -> None:
    (only,) = read("<div role='presentation'><p>Text</p></div>").blocks
    assert only.hints.ancestors == frozenset()


# --- metadata -------------------------------------------------------------------------------------

HEAD = """<!DOCTYPE html><html lang="en-GB"><head>
<title>  Ministers agree
  deal | Example News </title>
<meta charset="utf-8">
<meta name="Description" content="  A deal.  ">
<meta name="description" content="second, ignored">
<meta property="og:title" content="OG title">
<meta itemprop="datePublished" content="2024-03-01T10:00:00Z">
<meta http-equiv="Content-Language" content="en">
<meta name="empty" content="">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Example"},
  {"@type": "NewsArticle", "headline": "Graph headline", "author": {"@type": "Person", "name": "Ann Lee"}}
]}
</script>
</head><body><p>Posted <time datetime="2024-03-01">1 March</time></p>
<time datetime=" 2024-03-02T08:00 ">later</time><time>no attribute</time>
</body></html>"""


def test_title_is_whitespace_normalized() -> None:
    assert read(HEAD).metadata.title == "Ministers agree deal | Example News"


def test_missing_or_blank_title_is_none() -> None:
    assert read("<p>x</p>").metadata.title is None
    assert read("<title>  </title><p>x</p>").metadata.title is None


def test_the_first_title_outside_svg_is_the_title() -> None:
    html = "<html><head><title>Page</title></head><body><svg><title>Icon</title></svg><title>Late</title></body></html>"
    assert read(html).metadata.title == "Page"


@pytest.mark.parametrize(
    "head",
    [
        "<title>Council agrees budget - Ne<script>if (v >= 11) go();</script>",  # two fetches spliced
        '<title id="t">Council agrees budget</titlevalue="true" -->',  # a mistyped end tag
        "<title>Council agrees budget",  # no end tag at all
    ],
)
def test_an_unclosed_title_ends_at_the_next_element(head: str) -> None:
    page = read(f"<html><head>{head}</head><body><h1>Council agrees budget</h1><p>{PROSE}</p></body></html>")
    assert [block.text for block in page.blocks] == ["Council agrees budget", PROSE]
    assert page.metadata.title is not None and page.metadata.title.startswith("Council agrees budget")


@pytest.mark.parametrize("title", ["List<String> in Java explained - DevBlog", "Why Optional<T> beats null - DevBlog"])
def test_a_word_in_angle_brackets_inside_a_closed_title_stays_in_it(title: str) -> None:
    # unescaped generics in a programming blog's title: the title closes before the next element
    page = read(f"<html><head><title>{title}</title></head><body><p>{PROSE}</p></body></html>")
    assert page.metadata.title == title


def test_a_title_with_formatting_inside_stays_whole() -> None:
    page = read("<html><head><title>Council <b>agrees</b> budget</title></head><body><p>x</p></body></html>")
    assert page.metadata.title == "Council <b>agrees</b> budget"
    assert texts("<html><head><title>T</title></head><body><p>x</p></body></html>") == ["x"]


@pytest.mark.parametrize(
    ("html", "language"),
    [
        ("<html lang='en-GB'><p>x</p></html>", "en"),
        ("<html lang='DE'><p>x</p></html>", "de"),
        ("<html lang='pt_BR'><p>x</p></html>", "pt"),
        ("<html xml:lang='fr'><p>x</p></html>", "fr"),
        ("<html lang='eng'><p>x</p></html>", None),
        ("<html lang='12'><p>x</p></html>", None),
        ("<html lang=''><p>x</p></html>", None),
        ("<html><head><meta http-equiv='content-language' content='nl'></head><p>x</p></html>", "nl"),
        ("<html><head><meta property='og:locale' content='es_ES'></head><p>x</p></html>", "es"),
        ("<p>x</p>", None),
    ],
)
def test_language(html: str, language: str | None) -> None:
    assert read(html).metadata.language == language


def test_language_code() -> None:
    assert [language_code(v) for v in ("en-US", "ja", " it ", "zh-Hant-TW", "i-klingon", None)] == [
        "en", "ja", "it", "zh", None, None,
    ]  # fmt: skip


def test_meta_tags_by_lowercased_key_first_one_wins() -> None:
    meta = read(HEAD).metadata.meta
    assert meta["description"] == "A deal."
    assert meta["og:title"] == "OG title"
    assert meta["datepublished"] == "2024-03-01T10:00:00Z"
    assert meta["content-language"] == "en"
    assert "empty" not in meta
    assert "charset" not in meta


def test_meta_mapping_is_read_only() -> None:
    meta = read(HEAD).metadata.meta
    with pytest.raises(TypeError):
        meta["description"] = "changed"  # type: ignore[index]


def test_a_meta_property_that_lists_several_keys_is_under_each() -> None:
    # RDFa's property attribute is a list: one value for Dublin Core and Twitter at once
    head = '<head><meta property="dc:creator twitter:creator" content="Ann Lee"><meta name="a b" content="x"></head>'
    meta = read(head + "<body><p>x</p></body>").metadata.meta
    assert (meta["dc:creator"], meta["twitter:creator"]) == ("Ann Lee", "Ann Lee")
    assert meta["a b"] == "x"  # a name is one key, spaces and all


def test_meta_in_the_body_counts() -> None:
    page = read("<body><div itemscope><meta itemprop='author' content='Ann Lee'><p>x</p></div></body>")
    assert page.metadata.meta["author"] == "Ann Lee"


def test_json_ld_articles_from_a_graph() -> None:
    (article,) = read(HEAD).metadata.json_ld
    assert article["headline"] == "Graph headline"
    author = article["author"]
    assert isinstance(author, dict) and author["name"] == "Ann Lee"
    assert isinstance(article, Mapping)
    with pytest.raises(TypeError):
        article["headline"] = "changed"  # type: ignore[index]


def script(json_text: str) -> str:
    return f'<script type="application/ld+json">{json_text}</script>'


def headlines(html: str) -> list[object]:
    return [item.get("headline") for item in read(html).metadata.json_ld]


@pytest.mark.parametrize(
    "kind",
    [
        '"Article"',
        '"NewsArticle"',
        '"BlogPosting"',
        '"ReportageNewsArticle"',
        '"LiveBlogPosting"',
        '"https://schema.org/NewsArticle"',
        '["WebPage", "Article"]',
    ],
)
def test_article_like_types(kind: str) -> None:
    assert headlines(script(f'{{"@type": {kind}, "headline": "H"}}') + "<p>x</p>") == ["H"]


@pytest.mark.parametrize("kind", ['"WebPage"', '"Organization"', '"BreadcrumbList"', "null", "3", '["Person"]'])
def test_other_types_are_left_out(kind: str) -> None:
    assert headlines(script(f'{{"@type": {kind}, "headline": "H"}}') + "<p>x</p>") == []


def test_json_ld_in_lists_nested_main_entities_and_several_scripts_in_page_order() -> None:
    html = (
        script('[{"@type": "Organization"}, {"@type": "Article", "headline": "One"}]')
        + "<p>x</p>"
        + script('{"@type": "WebPage", "mainEntity": {"@type": "BlogPosting", "headline": "Two"}}')
        + script('{"@type": "NewsArticle", "headline": "Three"} {"@type": "Article", "headline": "Four"}')
    )
    assert headlines(html) == ["One", "Two", "Three", "Four"]


@pytest.mark.parametrize(
    "json_text",
    [
        '<!-- {"@type": "NewsArticle", "headline": "H"} -->',
        '//<![CDATA[\n{"@type": "NewsArticle", "headline": "H"}\n//]]>',
        '<![CDATA[{"@type": "NewsArticle", "headline": "H"}]]>',
        '{"@type": "NewsArticle", "headline": "H", "keywords": ["a", "b",],}',
        '{"@type": "NewsArticle", "headline": "H"};',
        '{"@type": "NewsArticle", "headline": "H", "articleBody": "line\nbreak"}',
    ],
)
def test_broken_json_ld_is_repaired_once(json_text: str) -> None:
    assert headlines(script(json_text) + "<p>x</p>") == ["H"]


@pytest.mark.parametrize(
    "json_text",
    ["", "{", "{'single': 'quotes'}", "undefined", "[" * 100_000 + "]" * 100_000, '{"@type": "Article", "a": }'],
)
def test_unrepairable_json_ld_is_skipped(json_text: str) -> None:
    page = read(script(json_text) + script('{"@type": "Article", "headline": "Good"}') + "<p>x</p>")
    assert [item["headline"] for item in page.metadata.json_ld] == ["Good"]
    assert [b.text for b in page.blocks] == ["x"]


def test_load_and_find_helpers() -> None:
    assert load_json_ld('{"a": 1} trailing garbage') == [{"a": 1}]
    nested: list[object] = [[{"@graph": [{"@type": "Article", "n": 1}]}], {"@type": "Posting", "n": 2}]
    assert [dict(item) for item in find_articles(nested)] == [
        {"@type": "Article", "n": 1},
        {"@type": "Posting", "n": 2},
    ]


def test_times_in_document_order() -> None:
    assert read(HEAD).metadata.times == ("2024-03-01T10:00:00Z", "2024-03-01", "2024-03-02T08:00")


# --- bytes and odd inputs -------------------------------------------------------------------------


def test_bytes_are_decoded_by_their_declaration() -> None:
    html = '<html><head><meta charset="windows-1251"></head><body><p>Москва</p></body></html>'
    assert texts(html.encode("cp1251")) == ["Москва"]


def test_xhtml_with_an_xml_declaration_as_str_and_bytes() -> None:
    html = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de"><head><title>Grüße</title></head>'
        "<body><p>Grüße aus Köln</p></body></html>"
    )
    for source in (html, html.encode("latin-1")):
        page = read(source)
        assert [b.text for b in page.blocks] == ["Grüße aus Köln"]
        assert page.metadata.title == "Grüße"
        assert page.metadata.language == "de"


def test_a_declaration_in_a_str_does_not_re_decode_it() -> None:
    assert texts('<meta charset="shift_jis"><p>café 東京</p>') == ["café 東京"]


def test_entities_never_reach_outside() -> None:
    html = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>&xxe;</p></body></html>"
    )
    page = read(html)
    assert all("root:" not in b.text for b in page.blocks)


@pytest.mark.parametrize(
    "source",
    [
        "",
        b"",
        "<",
        ">",
        "<<>>",
        "</p>",
        "<html>",
        "<!DOCTYPE html>",
        "<?xml version='1.0' encoding='utf-8'?>",
        b"\x00\x01\x02\xff\xfe\xfd" * 100,
        "\x00nul\x0bvt\x1funit",
        "lone \ud800 surrogate <p>and \udfff</p>",
        '<p a="unterminated attribute>text</p>',
        "<![CDATA[x]]><p>y</p>",
        "<html><body><p>x</body></html></html></html>",
        "<table><td><table><td>nested</table>",
        "<svg><p>foreign</p></svg>after",
        "<math><mi>x</mi></math>",
    ],
)
def test_odd_inputs_never_raise(source: str | bytes) -> None:
    page = read(source)
    assert page.source == "html"
    assert all(b.text and b.text == b.text.strip() for b in page.blocks)


def test_ten_megabytes_of_text_without_tags() -> None:
    text = ("word " * 2_000_000).encode()
    page = read(text)
    assert len(page.blocks) == 1
    assert len(page.blocks[0].text) == len(text) - 1


@given(st.binary(max_size=500))
@settings(max_examples=60, deadline=None)
def test_random_bytes_never_raise(data: bytes) -> None:
    read(data)


@given(st.text(alphabet=st.sampled_from("<>/!-&;=\"' abpdivscrtyle\n\x00"), max_size=200))
@settings(max_examples=100, deadline=None)
def test_random_markup_never_raises_and_never_shows_script_text(markup: str) -> None:
    # the script comes first: after random markup it may not be a script at all ("<a<script>")
    page = read("<script>SECRET</script>" + markup)
    assert all("SECRET" not in b.text for b in page.blocks)
    assert all(b.text and b.text == " ".join(b.text.split()) for b in page.blocks)


# --- deep nesting ---------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [300, 1_000, 2_100, 10_000, 100_000])
def test_deep_nesting_keeps_the_deepest_text_and_what_follows(depth: int) -> None:
    html = "<div class='x'>" * depth + "<p>deepest text</p>" + "</div>" * depth + "<p>after the nest</p>"
    started = time.process_time()
    page = read(html)
    elapsed = time.process_time() - started
    found = [b.text for b in page.blocks]
    assert any("deepest text" in text for text in found)
    assert found[-1] == "after the nest"
    assert elapsed < 5.0


def test_deep_inline_nesting_with_classes_bounds_the_tokens() -> None:
    depth = 1_500  # within what libxml2 parses, so the <p> stays a block under all the spans
    html = "".join(f"<span class='c{i}'>" for i in range(depth)) + "<p>deep</p>" + "</span>" * depth
    (only,) = read(html).blocks
    assert only.text == "deep"
    assert 0 < len(only.hints.tokens) <= 256
    assert "c0" in only.hints.tokens  # the outermost tokens are kept


def test_many_blocks_under_a_deep_stack_of_inline_elements_stay_linear() -> None:
    depth, count = 1_500, 5_000
    html = "<span class='outer'>" + "<span>" * depth + "<span class='card'><p>x</p></span>" * count
    started = time.process_time()
    page = read(html)
    assert time.process_time() - started < 5.0
    assert len(page.blocks) == count
    assert page.blocks[-1].hints.tokens == {"outer", "card"}


def test_each_deep_block_is_its_own_block() -> None:
    depth = 1_500
    html = "".join(f"<div>level{i} " for i in range(depth)) + "</div>" * depth
    assert texts(html) == [f"level{i}" for i in range(depth)]


def test_flatten_removes_tags_past_the_depth_only() -> None:
    markup = "<div><section><p>deep <b>bold</b></p></section></div><p>after</p>"
    assert flatten(markup, 2) == "<div><section><br><br>deep  bold <br><br></section></div><p>after</p>"
    assert flatten(markup, 10) == markup


def test_flatten_gives_a_run_of_removed_tags_one_stand_in() -> None:
    # 100,000 nested <table><tr><td> past the depth would otherwise become 600,000 <br>s to walk
    markup = "<table><tr><td>" * 5 + "deep <b>bold</b>" + "</td></tr></table>" * 5
    assert flatten(markup, 3) == "<table><tr><td><br><br>deep  bold <br><br></td></tr></table>"


def test_flatten_keeps_raw_text_elements_whole() -> None:
    markup = "<div><div><script>if (a < b) { x('</div>') }</script><textarea><p>typed</p></textarea></div></div>"
    flat = flatten(markup, 1)
    assert "<script>if (a < b) { x('</div>') }</script>" in flat
    assert "<textarea><p>typed</p></textarea>" in flat


def test_flatten_closes_unclosed_siblings() -> None:
    assert flatten("<ul><li>a<li>b<li>c</ul>", 2) == "<ul><li>a<li>b<li>c</ul>"


# --- every visible text lands in exactly one block ------------------------------------------------

BLOCK_TAGS = ("div", "p", "li", "ul", "h2", "blockquote", "section", "td", "pre", "figcaption", "article", "nav")
INLINE_TAGS = ("span", "a", "em", "b", "label", "time", "button")


@dataclass(frozen=True)
class Node:
    """A generated element, text, line break or script."""

    kind: str  # "text", "br", "script", or a tag name
    children: tuple[Node, ...] = ()


leaves = st.sampled_from([Node("text"), Node("text"), Node("br"), Node("script")])
trees = st.recursive(
    leaves,
    lambda children: st.builds(
        Node, st.sampled_from(BLOCK_TAGS + INLINE_TAGS), st.lists(children, max_size=4).map(tuple)
    ),
    max_leaves=25,
)


def render(node: Node, words: list[str]) -> str:
    if node.kind == "text":
        word = f"w{len(words)}"
        words.append(word)
        return f" {word} "
    if node.kind == "br":
        return "<br>"
    if node.kind == "script":
        return "<script>secret()</script>"
    attributes = " href='/x'" if node.kind == "a" else ""
    inner = "".join(render(child, words) for child in node.children)
    return f"<{node.kind}{attributes}>{inner}</{node.kind}>"


@given(st.lists(trees, min_size=1, max_size=4))
@settings(max_examples=100, deadline=None)
def test_every_visible_text_lands_in_exactly_one_block(forest: list[Node]) -> None:
    words: list[str] = []
    body = "".join(render(node, words) for node in forest)
    page = read(f"<html><head><title>t</title></head><body>{body}</body></html>")
    seen = Counter(word for b in page.blocks for word in b.text.split())
    assert seen == Counter(words)
    assert all(b.text and b.text == " ".join(b.text.split()) for b in page.blocks)
    assert [b.index for b in page.blocks] == list(range(len(page.blocks)))


@given(st.lists(trees, min_size=1, max_size=4), st.integers(min_value=0, max_value=3))
@settings(max_examples=100, deadline=None)
def test_every_visible_text_lands_in_exactly_one_block_past_max_blocks(forest: list[Node], max_blocks: int) -> None:
    # past max_blocks, pages of many elements are read by the overflow walk: it must keep the same words
    words: list[str] = []
    body = "".join(render(node, words) for node in forest)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_reader, "MAX_OVERFLOW_BLOCKS", 1)
        page = read_html(f"<html><head><title>t</title></head><body>{body}</body></html>", None, Options(max_blocks=1))
    seen = Counter(word for b in page.blocks for word in b.text.split())
    assert seen == Counter(words)
    assert all(b.text and b.text == " ".join(b.text.split()) for b in page.blocks)
    assert [b.index for b in page.blocks] == list(range(len(page.blocks)))


def test_elements_past_max_blocks_are_read_in_at_most_max_overflow_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_reader, "MAX_OVERFLOW_BLOCKS", 5)
    cells = "".join(f"<p>cell{n}</p><td>x<b>y</b>z</td>" for n in range(100))
    page = read_html(
        f"<title>T</title><p>{PROSE}</p>{cells}<meta name=author content='Jane Doe'>"
        "<time datetime='2023-10-15'>Oct 15</time><script type='application/ld+json'>{}</script>"
        "<head><title>t2</title></head><script>hidden()</script><p>last</p>",
        None,
        Options(max_blocks=3),
    )
    texts = [b.text for b in page.blocks]
    assert texts[:3] == [PROSE, "cell0", "xyz"]
    assert len(texts) <= 3 + 5
    # every word once, in order, kept apart at block boundaries and whole across inline ones
    words = " ".join(texts).split()
    assert words == [*PROSE.split(), *(w for n in range(100) for w in (f"cell{n}", "xyz")), "Oct", "15", "last"]
    # metadata elements in the overflow still count
    assert page.metadata.meta["author"] == "Jane Doe"
    assert page.metadata.times == ("2023-10-15",)
    assert page.metadata.title == "T"


def test_blocks_ended_by_double_breaks_count_toward_the_overflow(monkeypatch: pytest.MonkeyPatch) -> None:
    # a page nested past libxml2's depth has its deep blocks ended by <br><br> (see html_flatten)
    monkeypatch.setattr(html_reader, "MAX_OVERFLOW_BLOCKS", 5)
    page = read_html("".join(f"w{n}<br><br>" for n in range(100)), None, Options(max_blocks=3))
    assert len(page.blocks) <= 3 + 5
    assert " ".join(b.text for b in page.blocks).split() == [f"w{n}" for n in range(100)]


def test_a_flood_of_void_elements_is_cut_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    # a million <img> or <meta> cost libxml2 and the walk seconds: past the first few they are dropped
    monkeypatch.setattr(html_reader, "FLOOD_MIN_TAGS", 20)
    monkeypatch.setattr(html_reader, "MAX_META_ELEMENTS", 3)
    html = "<meta name=author content='Jane Doe'><p>" + "w<img src=a.png alt=x>" * 50 + "</p><meta name=late content=x>"
    page = read(html)
    assert [b.text for b in page.blocks] == ["w" * 50]
    assert page.metadata.meta["author"] == "Jane Doe"
    assert "late" not in page.metadata.meta
    # fewer than FLOOD_MIN_TAGS: nothing is dropped; custom elements named like void ones are no void elements
    assert "late" in read(html.replace("w<img src=a.png alt=x>" * 50, "w<img>" * 5)).metadata.meta
    cards = "<p>" + "<img-card>w</img-card>" * 50 + "</p>"
    assert html_reader._drop_flood(cards) == cards


def test_a_small_overflow_keeps_a_block_per_element() -> None:
    cells = "".join(f"<p>cell{n}</p>" for n in range(30))
    page = read_html(cells, None, Options(max_blocks=10))
    assert [b.text for b in page.blocks] == [f"cell{n}" for n in range(30)]


# --- author and date markup -------------------------------------------------------------------------


def test_marked_authors_in_page_order_without_comment_authors_or_long_boxes() -> None:
    html = (
        '<p class="byline">By <a rel="author" href="/a">Ann Lee</a></p>'
        '<div itemprop="author"><meta itemprop="name" content="Bo Yu"><span>Bo</span></div>'
        '<div class="author-box">' + "A long biography of the author, " * 10 + "</div>"
        '<div id="comments"><span class="comment-author"><b class="author">Ty</b></span></div>'
    )
    assert read(html).metadata.marked_authors == ("By Ann Lee", "Ann Lee", "Bo Yu")


def test_a_post_in_an_opinion_category_is_no_comment_thread() -> None:
    # WordPress classes a post in the "Kommentar" (opinion) category "category-kommentar"
    html = '<article class="post category-kommentar tag-wahl"><span class="author">Ann Lee</span></article>'
    assert read(html).metadata.marked_authors == ("Ann Lee",)


def test_teasers_authors_in_a_sidebar_a_menu_or_the_page_footer_are_not_marked_authors() -> None:
    html = (
        '<nav><ul><li><span class="byline">Ty Lee</span></li></ul></nav>'
        '<article><aside class="dossier"><article class="teaser"><span class="author">Bo Yu</span></article></aside>'
        '<h1>Title</h1><span class="author">Ann Lee</span><p>Text.</p></article>'
        '<aside class="sidebar"><span class="author">Cy Ray</span></aside>'
        '<footer><article class="teaser"><span class="author">Di Fox</span></article></footer>'
    )
    assert read(html).metadata.marked_authors == ("Ann Lee",)


def test_an_articles_own_aside_and_footer_and_a_footer_without_article_keep_their_author() -> None:
    html = (
        '<article><aside><span class="author">Ann Lee</span></aside><p>Text.</p>'
        '<footer class="entry-footer"><span class="author">Bo Yu</span></footer></article>'
    )
    assert read(html).metadata.marked_authors == ("Ann Lee", "Bo Yu")
    html = '<div class="post"><p>Text.</p><footer class="post-footer"><span class="author">Cy Ray</span></footer></div>'
    assert read(html).metadata.marked_authors == ("Cy Ray",)


def test_author_links_name_the_author_their_address_names() -> None:
    html = (
        '<a href="/author/redaktion/">JF</a>'  # a desk's page: the address does not spell the text
        '<a href="/user/profil/">Profil</a>'
        '<a href="https://example.com/autor/frank_g">Gunter Frank</a>'
        '<a href="/automobile/frank">Frank</a>'  # no author path
        '<div class="comments"><a href="/author/ty-lee/">Ty Lee</a></div>'
    )
    assert read(html).metadata.author_links == ("Gunter Frank",)


def test_a_flood_of_author_marks_does_not_hide_the_date_mark_after_it() -> None:
    html = '<span class="author">x</span>' * 5_000 + '<span class="date">May 19, 2020</span>'
    metadata = read(html).metadata
    assert metadata.marked_dates == ("May 19, 2020",)
    assert len(metadata.marked_authors) <= MAX_MARKUP_VALUES


def test_marks_are_found_in_elements_the_walk_skips_and_past_the_overflow(monkeypatch: pytest.MonkeyPatch) -> None:
    # the walk collects the marked elements as it meets them: those inside a dropped element (read whole,
    # never walked) and those in the overflow after `max_blocks` blocks count as well, in page order
    html = (
        '<noscript><p><span class="byline">Ann Lee</span></p></noscript>'
        '<svg><g class="date" title="2020-01-02"></g></svg>'
        + "".join(f"<p>Paragraph {n}</p>" for n in range(40))
        + '<p><span itemprop="author">Bo Yu</span> <time class="entry-date" datetime="2021-03-04">x</time></p>'
    )
    monkeypatch.setattr(html_reader, "MAX_OVERFLOW_BLOCKS", 5)
    page = read_html(html, None, Options(max_blocks=10))
    assert len(page.blocks) < 20  # the marks after the 10th block are read by the overflow
    metadata = page.metadata
    assert metadata.marked_authors == ("Ann Lee", "Bo Yu")
    assert metadata.marked_dates == ("2020-01-02", "2021-03-04")


def test_marked_dates_prefer_machine_readable_attributes() -> None:
    html = (
        '<abbr class="published" title="2009-08-06">6. August 2009</abbr>'
        '<span itemprop="datePublished">May 19, 2020</span>'
        '<span class="updated">May 21, 2020</span>'
        '<span class="candidate">Jane</span>'
    )
    assert read(html).metadata.marked_dates == ("2009-08-06", "May 19, 2020")


def test_json_ld_authors_nested_hundreds_of_lists_deep_do_not_crash_the_reader() -> None:
    author = "[" * 600 + '{"@id": "#jane"}' + "]" * 600
    scripts = (
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": {author}}}</script>'
        '<script type="application/ld+json">{"@id": "#jane", "@type": "Person", "name": "Jane Doe"}</script>'
    )
    article = parse_html(f"<html><head>{scripts}</head><body><p>{'Some words of the story. ' * 20}</p></body></html>")
    assert article.body  # read, not raised: references nested deeper than one list are left unresolved
    flat = scripts.replace(author, '[{"@id": "#jane"}]')
    assert parse_html(f"<html><head>{flat}</head><body><p>{'Some words. ' * 40}</p></body></html>").authors == (
        "Jane Doe",
    )


def test_the_flood_count_misses_no_spelling_the_match_takes(monkeypatch: pytest.MonkeyPatch) -> None:
    # the count before the regular expression must not miss a tag the case-insensitive match drops
    monkeypatch.setattr(html_reader, "FLOOD_MIN_TAGS", 20)
    monkeypatch.setattr(html_reader, "MAX_META_ELEMENTS", 3)
    for tag in ("IMG", "Meta", "\u0131mg", "\u017fource", "lin\u212a"):
        page = "<p>" + f"w<{tag} src=a>" * 200 + "</p>"
        assert html_reader._may_flood(page)
        assert len(html_reader._drop_flood(page)) < len(page)
    links = "<p>" + "<a href=#>w</a>" * 200 + "</p>"
    assert not html_reader._may_flood(links)
    assert html_reader._drop_flood(links) is links


def test_the_flood_count_reads_text_in_any_script(monkeypatch: pytest.MonkeyPatch) -> None:
    # the tags are counted in the lowercased UTF-8 bytes: letters past ASCII (and a lone surrogate) stay apart
    monkeypatch.setattr(html_reader, "FLOOD_MIN_TAGS", 20)
    monkeypatch.setattr(html_reader, "MAX_META_ELEMENTS", 3)
    assert html_reader._may_flood("<p>\u00c9t\u00e9 \ud800" + "\u00e9<ImG src=a>" * 200 + "</p>")
    assert not html_reader._may_flood("<p>\u00c9t\u00e9 \ud800" + "\u00e9<\u00cdmg src=a>" * 200 + "</p>")


def test_an_unclosed_element_inside_noscript_does_not_swallow_the_page() -> None:
    # libxml2 ignores </noscript> while a <div> opened inside it is open: the article went with it
    html = (
        "<html><body><noscript><div><img src='pixel.gif'></noscript>"
        "<article><h1>Council approves the new budget</h1>"
        "<p>The council approved the budget on Monday after a long debate about the cost of the new library.</p>"
        "</article></body></html>"
    )
    assert texts(html) == [
        "Council approves the new budget",
        "The council approved the budget on Monday after a long debate about the cost of the new library.",
    ]


def test_a_balanced_noscript_keeps_its_markup_for_the_author_marks() -> None:
    # blog engines repeat the post inside <noscript>; its byline element is still a mark to read
    html = (
        "<html><body><noscript><div><span class='byline-author'>Posted by Jane Doe</span>"
        "<p>A no-script copy of the story.</p></div></noscript>"
        f"<article><h1>Council approves the new budget</h1><p>{PROSE}</p></article></body></html>"
    )
    page = read(html)
    assert [block.text for block in page.blocks] == ["Council approves the new budget", PROSE]
    assert "Posted by Jane Doe" in page.metadata.marked_authors


@pytest.mark.parametrize(
    "raw",
    [
        '<script>var lazy={"html":"<noscript><img src=\\"a.jpg\\"><\\/noscript>"};</script>',  # JSON escapes '/'
        "<script>html = html.replace(/<noscript>/g, '');</script>",
        "<!-- <noscript> removed -->",
        "<style>/* <noscript> */ p { color: red }</style>",
    ],
)
def test_a_noscript_inside_a_script_style_or_comment_starts_no_cut(raw: str) -> None:
    # the page is held open by a wrapper <div> closed after the tracking pixel, as templates do
    html = (
        f"<html><head>{raw}</head><body><div id='page'><article><h1>Council approves the new budget</h1>"
        f"<p>{PROSE}</p></article><noscript><img src='pixel.gif'></noscript></div></body></html>"
    )
    assert texts(html) == ["Council approves the new budget", PROSE]


def test_a_very_long_noscript_is_left_to_the_parser() -> None:
    filler = "<p>x</p>" * (NOSCRIPT_MAX_CUT_CHARS // 8 + 1)
    html = f"<noscript><div>{filler}</noscript><p>{PROSE}</p>"
    assert drop_noscript(html) == html


def test_a_teasers_author_mark_is_kept_when_the_page_marks_no_other() -> None:
    # a page without <article> whose only author box is an <aside>: the mark is all there is
    html = (
        "<div class='post'><h1>Title</h1><p>Text.</p></div>"
        "<aside id='author-info'><span itemprop='author'>Jane Doe</span></aside>"
    )
    assert read(html).metadata.marked_authors == ("Jane Doe",)


def test_a_lone_hyphen_between_a_headings_elements_joins_them() -> None:
    page = read("<h1><span>Trump</span><span>-</span><span>Biden debate recap</span></h1>")
    assert [b.text for b in page.blocks] == ["Trump-Biden debate recap"]


def test_unclosed_noscript_tags_are_searched_once() -> None:
    # each start tag searching the page's rest for an end tag would be quadratic; calls are counted, not timed
    html = "<p>x</p>" + "<noscript>" * 2_000
    calls = 0
    original = html_reader._NOSCRIPT_END

    class Counting:
        def search(self, text: str, start: int = 0) -> re.Match[str] | None:
            nonlocal calls
            calls += 1
            return original.search(text, start)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_reader, "_NOSCRIPT_END", Counting())
        assert drop_noscript(html) == html
    assert calls == 1


@pytest.mark.parametrize(
    "html",
    [
        # the story marks no author: a sidebar teaser's or a menu's byline is still not its author
        (
            "<article><h1>Council passes budget</h1><p>Text.</p></article><aside class='sidebar'>"
            "<article class='teaser'><a href='/op/1'>Why roads matter</a><span class='author'>Manfred Prisching</span>"
            "</article></aside>"
        ),
        (
            "<nav><ul><li><a href='/a'>Story</a> <span class='byline'>Ty Lee</span></li></ul></nav>"
            "<div class='post'><h1>Title</h1><p>Text.</p></div>"
        ),
        (
            "<article><h1>Council passes budget</h1><p>Text.</p></article>"
            "<aside class='sidebar'><span class='author'>Cy Ray</span></aside>"
        ),
    ],
)
def test_a_teasers_author_mark_is_no_fallback_beside_an_article_or_in_a_menu(html: str) -> None:
    assert read(html).metadata.marked_authors == ()


def test_a_comment_left_in_the_tree_is_dropped_and_its_tail_kept() -> None:
    # the walk tells comments apart by one lookup of their tag (the reader's own parser removes them)
    markup = "<html><body><p>one<!-- note --> two</p><p><!-- x -->three</p></body></html>"
    page = html_reader._walk([etree.fromstring(markup, etree.HTMLParser())], None)
    assert [block.text for block in page.blocks] == ["one two", "three"]


def test_a_large_skipped_subtree_gives_only_replies_whose_class_is_the_whole_bypostauthor_mark() -> None:
    # once the author and date lists are full, a skipped subtree is searched for the post author's replies
    # alone: a class that merely holds the word ("bypostauthor-badge") must not take their places
    marked = MarkedElements()
    for _ in range(MAX_MARKUP_ELEMENTS + 1):
        marked.add(etree.fromstring("<span class='author'>Reader</span>"))
        marked.add(etree.fromstring("<time class='date'>1 Jan</time>"))
    decoys = "".join("<li class='comment'><i class='bypostauthor-badge'>Owner</i></li>" for _ in range(12))
    reply = "<li class='comment bypostauthor'><cite><span class='fn'>jancak</span></cite></li>"
    assert marked.add_within(etree.fromstring(f"<template><ol>{decoys}{reply}</ol></template>")) is not False
    assert post_author_replies(marked.replies) == ("jancak",)


def test_a_page_whose_content_libxml2_keeps_in_head_is_read() -> None:
    # no <body>, and an element unknown to libxml2 right after the head's own: the parser keeps all that
    # follows in <head>, where a browser starts the body
    html = (
        "<html><head><title>Potter tops the list</title><meta charset='utf-8'><mbox>"
        f"<table><tr><td><h1>Potter tops the list</h1><p>{PROSE}</p></td></tr></table></mbox></head></html>"
    )
    assert texts(html) == ["Potter tops the list", PROSE]
