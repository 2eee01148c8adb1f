"""classify/: each stage on pages built by hand (jusText-style: no reader, no text parsing).

Pages are lists of block texts; `kit.classify(texts, through=name)` runs `articlekit.classify.STAGES` in
order up to the stage called `name`, so each test sees the labels its stage sets and the ones before it.
The assertions name the rule ids in `block.evidence`: the why as well as the what.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
from typing import TYPE_CHECKING

import pytest

from articlekit import parse_html, parse_text
from articlekit.classify import STAGES, classify
from articlekit.classify.chrome import phrase_covered
from articlekit.classify.features import measure
from articlekit.classify.header import headline_candidates, mark_headline
from articlekit.classify.headline_model import (
    FEATURES,
    TREES,
    WEIGHTS,
    compile_trees,
    content_stems,
    score,
    tokens,
    tree_from_json,
)
from articlekit.model import BOILERPLATE_KINDS, Block, Hints, Kind, Metadata, Page, Prose, Role
from articlekit.options import Options
from articlekit.readers.html import read_html

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conftest import PageKit

HEADLINE = "Ministers agree new energy rules after long talks"
P1 = (
    "The minister said on Tuesday that the new rules would take effect in the spring, after a long "
    "consultation with the industry."
)
P2 = (
    "Critics of the plan argued that it would raise prices for households, and that the government had "
    "not published its own estimates."
)
P3 = (
    "The opposition has called for a vote in parliament before the end of the month, which the ruling "
    "party is expected to win."
)
ARTICLE = (P1, P2, P3)
# Reader comments: as long and as prose-like as the article, and more of them.
COMMENTS: tuple[str, ...] = (
    (
        "I think this is a terrible idea and the minister should resign over it, honestly I do not understand "
        "why anyone would vote for it."
    ),
    (
        "Totally agree with you, it is the same every single year and nobody in the government ever learns "
        "anything from the last time."
    ),
    (
        "You are both wrong about this, the rules have been needed for a long time and the industry has had "
        "years to prepare for them."
    ),
    (
        "My energy bill has doubled in the last two years and I have not seen any of the promised savings that "
        "they keep talking about."
    ),
    (
        "It is easy to complain but nobody here has put forward a better plan, so maybe we should wait and see "
        "what happens in the spring."
    ),
)
NAVIGATION = ("Home", "World", "Business")
# A page with every part: menu, header furniture, body, comment thread, copyright, footer.
FULL_PAGE = (
    *NAVIGATION,
    "World",
    HEADLINE,
    "By Jane Doe and John Roe, Reuters",
    "Oct. 15, 2023 10:31 a.m. EDT",
    "BAKU",
    *ARTICLE,
    "Comments",
    "I think this is a terrible idea and the minister should resign over it, honestly I do not understand why.",
    "© 2023 Example News. All rights reserved.",
    "Privacy Policy",
    "Terms of Use",
)


def has_rule(block: Block, prefix: str) -> bool:
    """Whether some evidence of `block` starts with `prefix` (a rule family, such as "chrome.")."""
    return any(rule.startswith(prefix) for rule in block.evidence)


# --- the stage tuple ------------------------------------------------------------------------------


def test_stages_share_one_signature_and_classify_runs_them_all(kit: PageKit) -> None:
    page = kit.page(FULL_PAGE)
    by_hand = page
    for stage in STAGES:
        by_hand = stage(by_hand, Options())
        assert isinstance(by_hand, Page)
    assert classify(page, Options()) == by_hand


@pytest.mark.parametrize("name", [stage.__name__ for stage in STAGES])
def test_no_stage_loses_reorders_or_rewrites_a_block(kit: PageKit, name: str) -> None:
    before = kit.classify(FULL_PAGE, through=name)
    page = kit.run(kit.page(FULL_PAGE), through=name)
    assert [block.text for block in page.blocks] == list(FULL_PAGE)
    assert [block.index for block in page.blocks] == list(range(len(FULL_PAGE)))
    assert page == before  # stages are pure: same page and options, same result


def test_evidence_only_grows_from_stage_to_stage(kit: PageKit) -> None:
    page = kit.page(FULL_PAGE)
    for stage in STAGES:
        after = stage(page, Options())
        for old, new in zip(page.blocks, after.blocks, strict=True):
            assert new.evidence[: len(old.evidence)] == old.evidence, stage.__name__
        page = after


# --- measure ----------------------------------------------------------------------------------------


def test_measure_sets_features_on_every_block(kit: PageKit) -> None:
    page = kit.classify(FULL_PAGE, through="measure")
    assert all(block.features is not None for block in page.blocks)
    assert all(block.role is Role.BOILERPLATE and block.kind is None for block in page.blocks)


def test_measure_reads_prose_as_good_and_menu_items_as_short(kit: PageKit) -> None:
    page = kit.classify(["Home", P1], through="measure")
    home, paragraph = page.blocks
    assert home.features is not None and paragraph.features is not None
    assert home.features.prose is Prose.SHORT and "prose.short" in home.evidence
    assert paragraph.features.prose is Prose.GOOD and "prose.good" in paragraph.evidence
    assert paragraph.features.closed and not home.features.closed
    assert paragraph.features.words == len(P1.split())
    assert paragraph.features.chars == len(P1)
    assert paragraph.features.stopword_ratio > home.features.stopword_ratio


def test_measure_reads_a_long_list_of_names_as_bad(kit: PageKit) -> None:
    names = "Ana Souza Maria Lima Pedro Alves Joao Costa Rita Dias Luis Melo Sara Reis Tiago Cruz Vera Lopes"
    page = kit.classify([names, *ARTICLE], through="measure")
    features = page.blocks[0].features
    assert features is not None and features.prose is Prose.BAD
    assert "prose.bad" in page.blocks[0].evidence


# A Chinese travel blog's story, set in lines of about 30 characters broken at spaces, with no sentence end.
UNSPACED_STORY = (
    "清晨的山路上雲霧繚繞 我們沿著溪谷慢慢往上走 兩旁的楓樹已經開始轉紅",
    "走到半山腰的小學時 操場邊那棵老楓香樹早已披上金黃與火紅的外衣",
    "校長說每年這個季節都有許多攝影愛好者專程上山 只為了拍下這片風景",
    "午後陽光穿過樹梢灑在石階上 孩子們在落葉堆裡追逐嬉戲 笑聲傳遍山谷",
)
UNSPACED_TITLE = "山中小學的楓葉季節"
# ... and the blog's one-paragraph "about us" box, with sentence marks.
UNSPACED_ABOUT = "這是我們兩個人的旅行日記，記錄走過的山路與吃過的小館，也分享生活中的點點滴滴，歡迎常來坐坐。"


def test_measure_reads_long_unspaced_lines_without_a_sentence_end_as_near_prose(kit: PageKit) -> None:
    page = kit.classify([UNSPACED_TITLE, *UNSPACED_STORY], through="measure")
    title, *lines = page.blocks
    assert title.features is not None and title.features.prose is Prose.SHORT
    assert all(line.features is not None and line.features.prose is Prose.NEAR for line in lines)


@pytest.mark.xfail(
    strict=True, reason="known limitation: a spaced related-links line reads like a blog's spaced clauses"
)
def test_a_line_of_short_unspaced_pieces_is_a_list_not_prose() -> None:
    # a related-links line of short titles set apart by spaces is no line of a story, however long; but blogs
    # set clauses apart by spaces too (next test), so the line's shape cannot tell them apart
    story = (
        "新华社北京11月27日电 国务院总理主持召开国务院常务会议，部署进一步优化营商环境的政策措施，推动经济高质量发展。",
        "会议指出，优化营商环境是激发市场活力和社会创造力的重要举措，要坚持问题导向，切实解决企业反映的突出问题。",
        "会议要求，各地区各部门要加强协调配合，确保各项政策措施落地见效，让企业和群众有更多获得感。",
    )
    related = "相关阅读 北京今日迎来初雪 上海地铁新线开通运营 广州国际车展开幕 深圳发布人才新政策"
    text = "\n".join(
        ("国务院常务会议部署进一步优化营商环境推动经济高质量发展的政策措施", *story, "责任编辑：王小明", related)
    )
    assert parse_text(text).body == story


def test_a_blog_story_of_many_spaced_unspaced_clauses_is_body() -> None:
    lines = (
        "今天天氣很好 我們一家人一起去爬山 山上的風景真的很美 孩子們玩得非常開心 晚上回家一起吃火鍋",
        "早上七點出門 先到山腳下的早餐店吃飯 老闆娘很熱情 還送了我們兩顆茶葉蛋 大家都很高興",
        "爬到山頂的時候已經中午了 我們在涼亭裡休息 看著遠方的城市 心情特別放鬆 拍了很多照片",
        "下山的路比較好走 孩子們一路唱歌 我們在溪邊玩了一會兒水 傍晚才慢慢走回停車場 結束一天",
    )
    article = parse_text("週末爬山記\n\n" + "\n\n".join(lines))
    assert set(lines[1:]) <= set(article.body)  # the first, under the title, may be read as its dek


def test_html_story_of_unspaced_lines_is_body_beside_a_blogs_about_box() -> None:
    story = "".join(f"<p>{line}</p>" for line in UNSPACED_STORY)
    menu = "".join(f"<li><a href='/{n}'>{label}</a></li>" for n, label in enumerate(("首頁", "旅行", "美食", "關於")))
    html = (
        f"<html><body><div class='blog-about'><h2>{UNSPACED_ABOUT}</h2></div><ul>{menu}</ul>"
        f"<div class='article-body'><h1>{UNSPACED_TITLE}</h1>{story}</div></body></html>"
    )
    # without the lines read as prose, the about box alone was the body
    assert set(UNSPACED_STORY) <= set(parse_html(html).body)


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        (ARTICLE, "en"),
        (
            (
                (
                    "Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln im Frühjahr in Kraft treten "
                    "sollen, und die Industrie ist nicht begeistert."
                ),
                "Die Opposition will noch vor dem Ende des Monats eine Abstimmung im Parlament erzwingen.",
            ),
            "de",
        ),
        (("今日は東京で大きな会議が開かれました。政府は新しい規則を発表しました。",), "ja"),
    ],
)
def test_measure_guesses_the_page_language(kit: PageKit, texts: tuple[str, ...], language: str) -> None:
    assert kit.classify(texts, through="measure").language == language


@pytest.mark.parametrize(
    "junk",
    [
        "Copyright " + "2023 " * 2_000,  # a token no language lists, outweighing the prose
        "(c) " * 2_500,  # "c" is a French stopword
        "".join(ch + "\u0301\u0308\u0327" for ch in "flood wall " * 200),  # zalgo: its letters are "words"
    ],
)
def test_one_repetitive_junk_block_does_not_decide_the_language(kit: PageKit, junk: str) -> None:
    assert kit.classify([junk, *ARTICLE, junk], through="measure").language == "en"


def test_measure_takes_binary_data_read_as_latin1_for_junk(kit: PageKit) -> None:
    noise = random.Random(3).randbytes(3_000).decode("latin-1")
    junk = [" ".join("".join(ch if ch.isprintable() else " " for ch in noise[n : n + 300]).split()) for n in (0, 300)]
    accented = (
        "Les élèves ont été très déçus à Noël, après l'hiver précédent où ils n'avaient reçu qu'une lettre "
        "de leurs grands-parents, à qui ils avaient écrit dès l'été."
    )
    page = kit.classify([*junk, accented], through="measure", options=Options(language="fr"))
    assert [block.features.prose for block in page.blocks if block.features] == [Prose.BAD, Prose.BAD, Prose.GOOD]


def test_measure_guesses_no_language_from_too_little_text(kit: PageKit) -> None:
    assert kit.classify(["Hello world"], through="measure").language is None


def test_measure_takes_the_callers_language_over_its_guess(kit: PageKit) -> None:
    page = kit.classify(ARTICLE, through="measure", options=Options(language="de"))
    assert page.language == "de"


def test_measure_trusts_the_declared_language_unless_the_text_reads_as_another_by_far(kit: PageKit) -> None:
    german = (
        "Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln im Frühjahr in Kraft treten sollen, "
        "und die Industrie ist nicht begeistert."
    )
    # a German `<html lang>` left on an English site's template gives way to the text
    english = dataclasses.replace(kit.page(ARTICLE[:2]), metadata=Metadata(language="de"))
    assert kit.run(english, through="measure").language == "en"
    # a page that speaks the declared language, if less than another, keeps it
    mixed = dataclasses.replace(kit.page((*ARTICLE[:2], german)), metadata=Metadata(language="de"))
    assert kit.run(mixed, through="measure").language == "de"
    assert kit.classify((*ARTICLE[:2], german), through="measure").language == "en"


# --- chrome -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sign In", Kind.LOGIN),
        ("Register", Kind.LOGIN),
        ("Advertisement", Kind.AD),
        ("Read more", Kind.RELATED),
        ("Comments", Kind.COMMENTS),
        ("Comments (12)", Kind.COMMENTS),  # a count after the word is still the whole line
        ("12 Comments", Kind.COMMENTS),
    ],
)
def test_chrome_whole_line_matches(kit: PageKit, text: str, kind: Kind) -> None:
    block = kit.classify([text, *ARTICLE], through="mark_chrome").blocks[0]
    assert (block.role, block.kind) == (Role.BOILERPLATE, kind)
    assert f"chrome.{kind.value}.line" in block.evidence


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Log in to your account to comment", Kind.LOGIN),
        ("Sign up for our newsletter", Kind.NEWSLETTER),
        ("Subscribe to read the full story", Kind.PAYWALL),
        ("Share on Facebook", Kind.SHARE),
        ("Accept all cookies", Kind.COOKIE),
        (
            (
                "We use cookies to improve your experience. By continuing to browse you accept our use of "
                "cookies and our cookie policy."
            ),
            Kind.COOKIE,
        ),
    ],
)
def test_chrome_phrase_matches(kit: PageKit, text: str, kind: Kind) -> None:
    block = kit.classify([text, *ARTICLE], through="mark_chrome").blocks[0]
    assert (block.role, block.kind) == (Role.BOILERPLATE, kind)
    assert f"chrome.{kind.value}.phrase" in block.evidence


@pytest.mark.parametrize(
    "text",
    [
        # prose that mentions a chrome word once is not chrome
        (
            "She baked a batch of chocolate chip cookie dough for the school fair and sold every piece of it "
            "before noon, which surprised even her."
        ),
        (
            "She had to sign in at the front desk of the hospital before she could see her father, who had been "
            "admitted on Monday."
        ),
        (
            "The newspaper said its subscribers had grown by a third since the spring, helped by a cheaper "
            "offer for students and a new app."
        ),
        "More than a game",  # "More" opening a headline, not a box of links
        P1,
    ],
)
def test_chrome_leaves_prose_alone(kit: PageKit, text: str) -> None:
    block = kit.classify([text, *ARTICLE], through="mark_chrome").blocks[0]
    assert block.kind is None
    assert not has_rule(block, "chrome.")


BROWSER_NOTICE = (
    "For the best experience this site is best viewed with a modern browser. Some features of this page may not "
    "display properly in the browser you are using now, and some of its graphics may be missing. We recommend "
    "that you update your browser to its latest version, which is free and takes only a few minutes."
)


def test_chrome_reads_a_paragraph_about_the_readers_browser_as_a_notice(kit: PageKit) -> None:
    # a long notice under a short story, longer than the story: two browser phrases make it chrome, as two
    # cookie phrases make a cookie wall, so it cannot outscore the story's two paragraphs
    page = kit.classify([HEADLINE, P1, P2, BROWSER_NOTICE])
    notice = kit.find(page, BROWSER_NOTICE)
    assert (notice.role, notice.kind) == (Role.BOILERPLATE, Kind.OTHER)
    assert "chrome.other.browser" in notice.evidence
    assert all(kit.find(page, text).role is Role.BODY for text in (P1, P2))
    # the short form inside a story, where an audio player was
    fallback = "Sorry, your browser does not support this player."
    line = kit.classify([fallback, *ARTICLE], through="mark_chrome").blocks[0]
    assert (line.role, line.kind) == (Role.BOILERPLATE, Kind.OTHER)


def test_chrome_reads_no_notice_in_a_story_that_says_ratings_twice(kit: PageKit) -> None:
    # kind OTHER's phrases beside the browser's ("ratings") are a story's words: twice in a long paragraph
    # they make no notice
    text = (
        "The network's response to the complaints has been to point at its ratings, which rose again this week, "
        "and to say that it will not listen to the noise while the ratings stay where they are, whatever the "
        "critics may write about its coverage of the games."
    )
    block = kit.classify([text, *ARTICLE], through="mark_chrome").blocks[0]
    assert block.kind is None


def test_chrome_uses_the_page_language_and_english(kit: PageKit) -> None:
    german = (
        "Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln im Frühjahr in Kraft treten "
        "sollen, und die Industrie ist nicht begeistert."
    )
    page = kit.classify(["Anmelden", "Sign In", german], through="mark_chrome")
    assert page.language == "de"
    assert [block.kind for block in page.blocks] == [Kind.LOGIN, Kind.LOGIN, None]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Keine Kommentare", Kind.COMMENTS),
        ("Kommentare geschlossen", Kind.COMMENTS),
        ("Schon gelesen?", Kind.RELATED),
        ("Empfehlungen aus der Redaktion", Kind.RELATED),
        ("Das Thema könnte dich auch interessieren:", Kind.RELATED),
    ],
)
def test_chrome_knows_german_box_headings_that_close_an_article(kit: PageKit, text: str, kind: Kind) -> None:
    # the line that closes a German story's element: the empty thread's notice, the related box's title
    german = (
        "Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln im Frühjahr in Kraft treten "
        "sollen, und die Industrie ist nicht begeistert."
    )
    page = kit.classify([german, text], through="mark_chrome")
    assert page.language == "de"
    assert (page.blocks[1].role, page.blocks[1].kind) == (Role.BOILERPLATE, kind)


# --- furniture --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "© Copyright 2023 The Associated Press. All rights reserved.",
        "©2023 GPlusMedia Inc.",
        "Copyright 2023 Example Media Ltd",
    ],
)
def test_furniture_marks_copyright_lines(kit: PageKit, text: str) -> None:
    block = kit.classify([*ARTICLE, text], through="mark_furniture").blocks[-1]
    assert block.role is Role.COPYRIGHT
    assert "copyright.mark" in block.evidence


def test_furniture_reads_only_max_block_chars_of_a_block(kit: PageKit) -> None:
    # one "word" of megabytes is a short block to the word-count rules: its text must still be bounded
    text = "x" * 300 + " ©2023 GPlusMedia Inc."
    options = Options(max_block_chars=200)
    assert kit.classify([text], through="mark_furniture", options=options).blocks[0].role is Role.BOILERPLATE
    assert kit.classify([text], through="mark_furniture").blocks[0].role is Role.COPYRIGHT


def test_furniture_leaves_prose_about_copyright_alone(kit: PageKit) -> None:
    text = (
        "The copyright lawsuit was filed in a federal court on Monday, and the company said it would fight "
        "the claims vigorously."
    )
    block = kit.classify([text], through="mark_furniture").blocks[0]
    assert block.role is Role.BOILERPLATE
    assert "copyright.mark" not in block.evidence


@pytest.mark.parametrize(
    "text",
    [
        "A crew restores power lines in Decatur, Ga., after the storm. (AP Photo/Jordan Pike)",
        "Firefighters work at the scene of the blaze on Sunday. Photo: Jane Doe/Reuters",
    ],
)
def test_furniture_marks_captions_with_credits(kit: PageKit, text: str) -> None:
    block = kit.classify([text, *ARTICLE], through="mark_furniture").blocks[0]
    assert block.role is Role.CAPTION
    assert "caption.credit" in block.evidence


def test_furniture_marks_wire_captions_by_their_opener(kit: PageKit) -> None:
    text = "FILE - A fan displays a flag during the match between the two national teams in the stadium on Saturday."
    block = kit.classify([text], through="mark_furniture").blocks[0]
    assert block.role is Role.CAPTION
    assert "caption.opener" in block.evidence


def test_furniture_does_not_take_prose_with_parentheses_for_a_caption(kit: PageKit) -> None:
    text = "The bank raised rates again on Wednesday. (Reporting by Jane Doe; Editing by John Roe)"
    block = kit.classify([text], through="mark_furniture").blocks[0]
    assert block.role is not Role.CAPTION


@pytest.mark.parametrize("text", ["1 of 9", "Photo 3 of 12", "3/12"])
def test_furniture_marks_gallery_counters_as_navigation(kit: PageKit, text: str) -> None:
    block = kit.classify([text], through="mark_furniture").blocks[0]
    assert (block.role, block.kind) == (Role.BOILERPLATE, Kind.NAVIGATION)
    assert "gallery.counter" in block.evidence


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("By Jane Doe", "byline.prefix"),
        ("Oct. 15, 2023 10:31 a.m. EDT", "date.span"),
        ("3 hours ago", "date.relative"),
        ("Published Thursday 1:23PM", "date.label"),
        ("23.41 BST", "date.time"),
    ],
)
def test_furniture_notes_byline_and_date_evidence_but_leaves_the_role_to_the_header(
    kit: PageKit, text: str, rule: str
) -> None:
    # a "By ..." line in a comment thread is no byline: the role depends on where the line is
    block = kit.classify([text], through="mark_furniture").blocks[0]
    assert rule in block.evidence
    assert (block.role, block.kind) == (Role.BOILERPLATE, None)


def test_first_pass_label_is_kept_beside_the_final_one(kit: PageKit) -> None:
    page = kit.classify(["Sign In", P1, "Short line"], through="remember_first_pass")
    assert [block.first_role for block in page.blocks] == [Role.BOILERPLATE, Role.BODY, Role.BOILERPLATE]
    final = kit.classify(["Sign In", P1, "Short line"])
    assert [block.first_role for block in final.blocks] == [Role.BOILERPLATE, Role.BODY, Role.BOILERPLATE]


# --- main run ---------------------------------------------------------------------------------------


def test_main_run_takes_the_run_of_prose_as_body(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, *ARTICLE, "Privacy Policy"], through="mark_main_run")
    body = [block for block in page.blocks if block.role is Role.BODY]
    assert [block.text for block in body] == list(ARTICLE)
    assert all("run.main" in block.evidence and block.kind is Kind.PARAGRAPH for block in body)


def test_main_run_leaves_the_menu_around_it(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, *ARTICLE, "Contact", "Jobs"], through="mark_main_run")
    for text in (*NAVIGATION, "Contact", "Jobs"):
        block = kit.find(page, text)
        assert block.role is Role.BOILERPLATE
        assert "run.main" not in block.evidence


def test_main_run_does_not_take_a_longer_comment_thread(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, *ARTICLE, "Comments", *COMMENTS], through="mark_main_run")
    assert [block.text for block in page.blocks if block.role is Role.BODY] == list(ARTICLE)
    for comment in COMMENTS:
        assert "run.main" not in kit.find(page, comment).evidence


def test_main_run_ends_at_a_heading_that_is_only_a_related_phrase(kit: PageKit) -> None:
    # "Next article" is no whole-line lexicon entry, but a heading made of the phrase alone starts a section
    article = (
        *ARTICLE,
        (
            "Industry groups welcomed the decision, although several of them said that the timetable was too "
            "short for smaller firms."
        ),
        "The rules will be reviewed after two years, when the ministry is due to publish a report on their costs.",
    )
    teaser = (
        "The operator says the winter timetable will cut two evening sailings, but add an early one for "
        "commuters from December."
    )
    page = kit.classify(
        [*NAVIGATION, HEADLINE, *article, "Next article", "Ferry timetable to change from November", teaser],
        through="mark_main_run",
    )
    assert [block.text for block in page.blocks if block.role is Role.BODY] == list(article)


def test_main_run_crosses_an_ad_but_keeps_it_chrome(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, P1, "Advertisement", P2, P3], through="mark_main_run")
    assert [block.text for block in page.blocks if block.role is Role.BODY] == list(ARTICLE)
    ad = kit.find(page, "Advertisement")
    assert (ad.role, ad.kind) == (Role.BOILERPLATE, Kind.AD)


def test_main_run_takes_a_subheading_between_paragraphs_as_a_heading(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, P1, P2, "What happens next", P3], through="mark_main_run")
    subheading = kit.find(page, "What happens next")
    assert (subheading.role, subheading.kind) == (Role.BODY, Kind.HEADING)
    assert "run.main" in subheading.evidence


def test_main_run_marks_bulleted_prose_as_list_items(kit: PageKit) -> None:
    page = kit.page([*NAVIGATION, P1, P2, P3])
    bulleted = dataclasses.replace(page.blocks[-1], hints=dataclasses.replace(page.blocks[-1].hints, bullet=True))
    page = kit.run(page.with_blocks((*page.blocks[:-1], bulleted)), through="mark_main_run")
    assert (page.blocks[-1].role, page.blocks[-1].kind) == (Role.BODY, Kind.LIST_ITEM)


def test_main_run_reads_only_the_measured_features(kit: PageKit) -> None:
    # the stage alone, on features set by hand: the words do not matter, the measurements do
    blocks = (
        kit.measured("Menu", index=0),
        kit.measured("Lorem ipsum", index=1, prose=Prose.GOOD, closed=True, words=40, stopword_ratio=0.3),
        kit.measured("Dolor sit amet", index=2, prose=Prose.GOOD, closed=True, words=35, stopword_ratio=0.3),
        kit.measured("Footer", index=3),
    )
    page = kit.stage("mark_main_run")(Page(blocks), Options())
    assert [block.role for block in page.blocks] == [Role.BOILERPLATE, Role.BODY, Role.BODY, Role.BOILERPLATE]
    assert all("run.main" in block.evidence for block in page.blocks[1:3])


def test_main_run_finds_no_body_on_a_page_of_chrome(kit: PageKit) -> None:
    page = kit.classify(["Home", "World", "Sign In", "Register"], through="mark_main_run")
    assert not any(block.role is Role.BODY for block in page.blocks)
    assert any("no run of prose" in note for note in page.diagnostics)


# --- header -----------------------------------------------------------------------------------------


def test_header_furniture_labels_byline_date_and_standalone_dateline(kit: PageKit) -> None:
    page = kit.classify(FULL_PAGE, through="mark_header_furniture")
    byline = kit.find(page, "By Jane Doe and John Roe, Reuters")
    date = kit.find(page, "Oct. 15, 2023 10:31 a.m. EDT")
    dateline = kit.find(page, "BAKU")
    assert byline.role is Role.BYLINE and "header.byline" in byline.evidence
    assert date.role is Role.DATE and "header.date" in date.evidence
    assert dateline.role is Role.DATELINE and "header.dateline" in dateline.evidence


def test_header_takes_a_byline_just_under_the_lead_paragraph(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, P1, "By Jane Doe", P2, P3], through="mark_header_furniture")
    assert kit.find(page, "By Jane Doe").role is Role.BYLINE


def test_header_leaves_a_by_line_in_the_comments_alone(kit: PageKit) -> None:
    texts = [*NAVIGATION, HEADLINE, *ARTICLE, "Comments", *COMMENTS, "By Jane Doe", *COMMENTS[:2]]
    page = kit.classify(texts, through="mark_header_furniture")
    assert kit.find(page, "By Jane Doe").role is not Role.BYLINE


def test_header_takes_a_bare_name_above_the_body_for_a_byline(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, "Pamela Falk", *ARTICLE], through="mark_header_furniture")
    byline = kit.find(page, "Pamela Falk")
    assert byline.role is Role.BYLINE and "header.byline_name" in byline.evidence


def test_header_does_not_take_an_acronym_for_a_dateline(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, "NFL", *ARTICLE], through="mark_header_furniture")
    assert kit.find(page, "NFL").role is not Role.DATELINE


def test_headline_stage_picks_the_headline_line(kit: PageKit) -> None:
    page = kit.classify(FULL_PAGE, through="mark_headline")
    headlines = [block for block in page.blocks if block.role is Role.HEADLINE]
    assert [block.text for block in headlines] == [HEADLINE]
    assert "header.headline" in headlines[0].evidence


def test_headline_stage_labels_the_section_above_the_headline(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, "World", HEADLINE, "By Jane Doe", *ARTICLE], through="mark_headline")
    sections = [block for block in page.blocks if block.role is Role.SECTION]
    assert [(block.index, block.text) for block in sections] == [(3, "World")]
    assert "header.section" in sections[0].evidence


def test_headline_stage_needs_a_body(kit: PageKit) -> None:
    page = kit.classify(["Home", HEADLINE, "Sign In"], through="mark_headline")
    assert not any(block.role is Role.HEADLINE for block in page.blocks)


def test_headline_stage_picks_no_headline_when_none_stands_above_the_body(kit: PageKit) -> None:
    page = kit.classify(["Home", *ARTICLE], through="mark_headline")
    assert not any(block.role is Role.HEADLINE for block in page.blocks)
    assert [block.text for block in page.blocks if block.role is Role.BODY] == list(ARTICLE)


def test_a_dek_set_apart_by_furniture_is_the_subheadline(kit: PageKit) -> None:
    dek = "A compromise on prices and a timetable for the industry, after months of talks"
    page = kit.classify([*NAVIGATION, HEADLINE, dek, "By Jane Doe", *ARTICLE], through="mark_headline")
    block = kit.find(page, dek)
    assert block.role is Role.SUBHEADLINE and "header.dek" in block.evidence


def test_a_short_posts_only_paragraph_is_body_not_a_dek(kit: PageKit) -> None:
    # a one-paragraph blog post set apart by a date line under it: taking it as the dek leaves no body
    page = kit.classify([*NAVIGATION, HEADLINE, P1, "12 March 2024"], through="mark_headline")
    assert kit.find(page, P1).role is Role.BODY


def test_a_video_pages_only_paragraph_is_body_though_short_lines_follow_it(kit: PageKit) -> None:
    # one paragraph over a video player, then a byline and the player's short labels the body keeps: the
    # paragraph is all the page says, its body, not a standfirst over nothing
    html = html_page(
        f"<article><h1>{HEADLINE}</h1><p class='intro'>{P1}</p><p>By Jane Doe</p><p>Editing: John Roe</p>"
        "<h4>Video on the topic</h4><ul><li>Permalink https://example.com/p/1</li></ul></article>"
    )
    page = kit.run(html, through="mark_headline")
    assert kit.find(page, P1).role is Role.BODY


def test_the_lead_paragraph_before_an_ad_stays_body(kit: PageKit) -> None:
    # an in-article ad after the lead does not set the lead apart as a standfirst
    page = kit.classify([*NAVIGATION, HEADLINE, "By Jane Doe", P1, "Advertisement", P2, P3], through="mark_headline")
    assert kit.find(page, P1).role is Role.BODY


# --- repeats and regions ----------------------------------------------------------------------------


def test_repeats_count_a_second_copy_of_the_article_once(kit: PageKit) -> None:
    # a print or AMP copy of the story further down the page: the second copy is not more body
    chrome = ["Sign In", "Register", "Share on Facebook", "Share on Twitter", "Advertisement", "Read more"] * 3
    page = kit.classify([*NAVIGATION, HEADLINE, *ARTICLE, *chrome, *ARTICLE], through="drop_repeats")
    first, second = page.blocks[4:7], page.blocks[-3:]
    assert all(block.role is Role.BODY for block in first)
    for block in second:
        assert block.role is Role.BOILERPLATE and "repeat.shown" in block.evidence


def test_repeats_keep_a_line_that_the_article_repeats_in_its_own_element(kit: PageKit) -> None:
    # a recipe that gives the same serving line under each dish: the copies sit side by side in the
    # article's element, where a print copy of the page sits in another branch of it
    serving = "Serving: one cup of rice, half a cup of beans and a spoon of oil"
    dishes = "".join(
        f"<h3>Dish {n}</h3><p>{text}</p><p>{serving}</p>" + "".join(f"<p>Step {m}: stir.</p>" for m in range(6))
        for n, text in enumerate(ARTICLE, 1)
    )
    page = kit.run(html_page(f"<h1>{HEADLINE}</h1><div class='recipe'>{dishes}</div>"), through="drop_repeats")
    copies = [block for block in page.blocks if block.text == serving]
    assert len(copies) == 3 and copies[-1].index - copies[0].index > 15
    assert all(block.role is Role.BODY for block in copies)
    # the same three paragraphs again in the print copy's element, beside the story's, are a second copy
    story = "".join(f"<p>{text}</p>" for text in ARTICLE) + "".join(f"<p>Photo {n}</p>" for n in range(18))
    copy = "".join(f"<p>{text}</p>" for text in ARTICLE)
    html = f"<div><h1>{HEADLINE}</h1><div class='story'>{story}</div><div class='print'>{copy}</div></div>"
    page = kit.run(html_page(html), through="drop_repeats")
    assert all("repeat.shown" in block.evidence for block in page.blocks[-3:])


def test_repeats_keep_a_short_refrain(kit: PageKit) -> None:
    # "Yes." said twice is a refrain, not a duplicate: only long repeats are dropped
    texts = [*NAVIGATION, HEADLINE, P1, "Yes, we can.", P2, "Yes, we can.", P3]
    page = kit.classify(texts, through="drop_repeats")
    assert not any("repeat.shown" in block.evidence for block in page.blocks)


def test_the_headline_repeated_under_the_byline_is_not_the_dek(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, "By Jane Doe", HEADLINE, *ARTICLE])
    subheadlines = [block.text for block in page.blocks if block.role is Role.SUBHEADLINE]
    assert HEADLINE not in subheadlines


def test_regions_leave_no_block_without_a_kind(kit: PageKit) -> None:
    page = kit.classify(FULL_PAGE)
    for block in page.blocks:
        if block.role is Role.BOILERPLATE:
            assert block.kind in BOILERPLATE_KINDS, block
        else:
            assert block.kind is None or block.kind not in BOILERPLATE_KINDS, block


def test_regions_call_the_menu_before_the_body_navigation(kit: PageKit) -> None:
    page = kit.classify(["Business", "Markets", HEADLINE, *ARTICLE])
    for text in ("Business", "Markets"):
        block = kit.find(page, text)
        assert (block.role, block.kind) == (Role.BOILERPLATE, Kind.NAVIGATION)
        assert has_rule(block, "region.")


def test_regions_run_a_region_kind_over_the_lines_under_its_heading(kit: PageKit) -> None:
    links = ("Five things to know about the energy rules", "Why prices are rising again this winter")
    page = kit.classify([*NAVIGATION, HEADLINE, *ARTICLE, "Related articles", *links])
    for text in links:
        block = kit.find(page, text)
        assert (block.role, block.kind) == (Role.BOILERPLATE, Kind.RELATED)
        assert "region.inherited" in block.evidence


def test_regions_give_a_heading_the_kind_of_the_region_under_it(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, *ARTICLE, "From our partners", "Advertisement", "Buy a mattress"])
    heading = kit.find(page, "From our partners")
    assert heading.kind is Kind.AD and "region.heading" in heading.evidence
    assert kit.find(page, "Buy a mattress").kind is Kind.AD


def test_regions_call_what_follows_the_copyright_footer(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, *ARTICLE, "© 2023 Example News. All rights reserved.", "Jobs board"])
    block = kit.find(page, "Jobs board")
    assert block.kind is Kind.FOOTER and "region.after_copyright" in block.evidence


def test_a_social_sign_in_button_inside_a_login_box_is_the_box(kit: PageKit) -> None:
    box = ["Login to comment", "Facebook users", "Login with your Example account", "Forgot password?"]
    page = kit.classify([*NAVIGATION, HEADLINE, *ARTICLE, *box])
    block = kit.find(page, "Facebook users")
    assert block.kind is Kind.LOGIN and "region.inside_box" in block.evidence
    share_bar = kit.classify([*NAVIGATION, HEADLINE, *ARTICLE, "Facebook users", "Print this"])
    assert kit.find(share_bar, "Facebook users").kind is Kind.SHARE


def test_regions_keep_content_roles(kit: PageKit) -> None:
    before = kit.classify(FULL_PAGE, through="drop_repeats")
    after = kit.classify(FULL_PAGE, through="mark_regions")
    for old, new in zip(before.blocks, after.blocks, strict=True):
        if old.role is not Role.BOILERPLATE:
            assert new == old


def test_headline_features_see_menu_separators_and_chrome_words(kit: PageKit) -> None:
    menu = "Home | Celebs | Gossip | Print"
    page = kit.classify([menu, HEADLINE, *ARTICLE], through="mark_header_furniture")
    vectors = {page.blocks[index].text: vector for index, vector in headline_candidates(page)}
    assert set(vectors) >= {menu, HEADLINE}
    feature = {name: position for position, name in enumerate(FEATURES)}
    assert vectors[menu][feature["separators"]] == 1.0
    assert vectors[menu][feature["chrome_words"]] >= 0.5  # "home" and "print"
    assert vectors[HEADLINE][feature["separators"]] == 0.0
    assert vectors[HEADLINE][feature["chrome_words"]] < 0.2  # "agree" is a cookie button's word


def test_headline_features_see_byline_openers_and_newsroom_jobs(kit: PageKit) -> None:
    # bylines the byline recogniser does not take (an organisation, a name with the paper's name)
    # still read as bylines to the ranker
    organisation, staff = "by The Evening Courier", "Courier Staff Writer"
    page = kit.classify([*NAVIGATION, HEADLINE, organisation, staff, *ARTICLE], through="mark_header_furniture")
    vectors = {page.blocks[index].text: vector for index, vector in headline_candidates(page)}
    feature = {name: position for position, name in enumerate(FEATURES)}
    assert vectors[organisation][feature["byline_opener"]] == 1.0
    assert vectors[staff][feature["job_words"]] == 1.0
    assert vectors[HEADLINE][feature["byline_opener"]] == vectors[HEADLINE][feature["job_words"]] == 0.0


def _indented_candidates(kit: PageKit, lines: Sequence[tuple[str, int]]) -> dict[str, list[float]]:
    """The headline candidates' feature vectors of a text page laid out with the given indents."""
    blocks = tuple(
        Block(index=index, text=text, hints=Hints(line=2 * index, indent=indent))
        for index, (text, indent) in enumerate(lines)
    )
    page = kit.run(Page(blocks, source="text"), through="mark_header_furniture")
    return {page.blocks[index].text: vector for index, vector in headline_candidates(page)}


def test_headline_features_see_indentation_against_the_body(kit: PageKit) -> None:
    # inscriptis indents a page's boxes: menus nest deeper than the article, a heading steps out of its box
    lines = [("Home", 8), ("Cheap flights to Lisbon and Porto", 10), (HEADLINE, 6), *((p, 8) for p in ARTICLE)]
    vectors = _indented_candidates(kit, lines)
    feature = {name: position for position, name in enumerate(FEATURES)}
    assert vectors["Cheap flights to Lisbon and Porto"][feature["deeper_than_body"]] == 1.0
    assert vectors[HEADLINE][feature["deeper_than_body"]] == 0.0
    assert vectors[HEADLINE][feature["outdented"]] == 1.0
    assert vectors["Cheap flights to Lisbon and Porto"][feature["outdented"]] == 0.0


def test_an_indented_layout_turns_the_title_features_off_and_the_layout_gaps_on(kit: PageKit) -> None:
    lines = [("Subscribe to this paper", 4), ("Home", 8), (HEADLINE, 6), *((p, 8) for p in ARTICLE)]
    vectors = _indented_candidates(kit, lines)
    feature = {name: position for position, name in enumerate(FEATURES)}
    first = vectors["Subscribe to this paper"]
    assert first[feature["first_line"]] == first[feature["title_exact"]] == 0.0
    assert vectors[HEADLINE][feature["gap_before_indented"]] == 1.0
    assert vectors[HEADLINE][feature["indented_layout"]] == 1.0
    flush = kit.classify(["Subscribe to this paper", "Home", HEADLINE, *ARTICLE], through="mark_header_furniture")
    vectors = {flush.blocks[index].text: vector for index, vector in headline_candidates(flush)}
    assert vectors["Subscribe to this paper"][feature["first_line"]] == 1.0
    assert vectors[HEADLINE][feature["gap_before_indented"]] == 0.0


def test_the_first_block_cannot_confirm_itself_as_the_title(kit: PageKit) -> None:
    # text mode takes the first line as the page's <title>; below leading blank lines (inscriptis)
    # it is still the first line, not a heading that repeats the title
    first = "Subscribe to this paper"
    page = kit.run(
        Page(
            tuple(
                Block(index=index, text=text, hints=Hints(line=index + 3))
                for index, text in enumerate([first, HEADLINE, *ARTICLE])
            ),
            source="text",
        ),
        through="mark_header_furniture",
    )
    vectors = {page.blocks[index].text: vector for index, vector in headline_candidates(page)}
    feature = {name: position for position, name in enumerate(FEATURES)}
    assert vectors[first][feature["first_line"]] == 1.0
    assert vectors[first][feature["title_exact"]] == 0.0


def test_a_line_called_a_byline_by_its_shape_alone_stays_a_headline_candidate(kit: PageKit) -> None:
    # two capitalised words right above the body read as a bare name; they may be the headline all the same
    title = "Leadership Styles"
    page = kit.classify([*NAVIGATION, title, *ARTICLE], through="mark_header_furniture")
    assert "header.byline_name" in kit.find(page, title).evidence
    vectors = {page.blocks[index].text: vector for index, vector in headline_candidates(page)}
    feature = {name: position for position, name in enumerate(FEATURES)}
    assert vectors[title][feature["shape_label"]] == 1.0
    assert all(vector[feature["shape_label"]] == 0.0 for text, vector in vectors.items() if text != title)


def test_the_ranker_adds_its_trees_to_the_linear_score() -> None:
    # one split on the second feature: at most 0.5 goes left (leaf -1.0), above it right (leaf 2.0)
    tree = tree_from_json({"nodes": [["b", 0.5, -1, -2]], "leaves": [-1.0, 2.0]}, names=("a", "b"))
    assert tree.value([0.0, 0.2]) == -1.0
    assert tree.value([0.0, 0.9]) == 2.0
    assert score([1.0, 0.9], weights=(0.5, 0.0), trees=(tree, tree)) == 4.5
    assert tree_from_json({"nodes": [], "leaves": [0.25]}).value([0.0] * len(FEATURES)) == 0.25


def test_the_compiled_trees_give_each_trees_own_leaf() -> None:
    # a two-level tree sharing its split with a second tree, a constant tree, and numbers a repr cannot spell
    deep = tree_from_json(
        {
            "nodes": [["a", 0.5, 1, 2], ["b", float("inf"), -1, -2], ["a", 0.75, -3, -4]],
            "leaves": [1.0, 2.0, -0.0, 4.0],
        },
        names=("a", "b"),
    )
    shared = tree_from_json({"nodes": [["a", 0.5, -1, -2]], "leaves": [0.1, float("-inf")]}, names=("a", "b"))
    constant = tree_from_json({"nodes": [], "leaves": [0.25]}, names=("a", "b"))
    trees = (deep, shared, constant)
    values = compile_trees(trees)
    for vector in ([0.0, 0.0], [0.5, float("nan")], [0.6, 1.0], [0.75, 0.0], [0.9, 0.0]):
        assert values(vector) == tuple(tree.value(vector) for tree in trees)
    assert str(values([0.6, 0.0])[0]) == "-0.0"
    assert compile_trees(())([0.0]) == ()


def test_the_shipped_ranker_scores_as_its_trees_walked_one_by_one() -> None:
    for vector in ([0.0] * len(FEATURES), [1.0] * len(FEATURES), [(i % 7) / 6 for i in range(len(FEATURES))]):
        walked = sum(v * w for v, w in zip(vector, WEIGHTS, strict=False)) + sum(tree.value(vector) for tree in TREES)
        assert score(vector) == walked


@pytest.mark.parametrize(
    "nodes",
    [[["b", 0.5, 0, -1]], [["b", 0.5, 1, -1], ["b", 0.2, 0, -2]], [["b", 0.5, -1, -3]]],
    ids=["self-loop", "back-to-root", "missing-leaf"],
)
def test_a_tree_that_could_loop_or_miss_a_leaf_is_refused_when_loaded(nodes: list[list[object]]) -> None:
    with pytest.raises(ValueError, match="not a later node nor a leaf"):
        tree_from_json({"nodes": nodes, "leaves": [-1.0, 2.0]}, names=("a", "b"))


@pytest.mark.parametrize("line", ["By THE ASSOCIATED PRESS", "by The Times-Picayune"])
def test_a_newsroom_byline_under_the_headline_is_a_byline_not_the_headline(kit: PageKit, line: str) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, line, "Sunday January 13, 2008, 5:00 AM", *ARTICLE])
    assert kit.find(page, line).role is Role.BYLINE
    assert kit.find(page, HEADLINE).role is Role.HEADLINE


def test_a_headline_opening_with_by_in_lower_case_words_is_no_byline(kit: PageKit) -> None:
    headline = "By the numbers: how the energy rules change bills"
    page = kit.classify([*NAVIGATION, headline, "Sunday January 13, 2008, 5:00 AM", *ARTICLE])
    assert kit.find(page, headline).role is Role.HEADLINE


@pytest.mark.parametrize(
    "line", ["E-mail article Print view Share: Digg Newsvine", "Refer to a friend", "-Text Version"]
)
def test_old_style_share_and_text_version_links_are_chrome(kit: PageKit, line: str) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, line, *ARTICLE], through="mark_chrome")
    block = kit.find(page, line)
    assert block.role is Role.BOILERPLATE and block.kind in (Kind.SHARE, Kind.NAVIGATION)


def test_a_menu_line_above_a_long_headline_does_not_make_it_a_dek(kit: PageKit) -> None:
    headline = "New Jersey opens a research hub for artificial intelligence at Princeton University"
    menu = "Story Tools: E-MAIL | PRINT | Text Size"
    page = kit.classify([*NAVIGATION, menu, headline, "By Jane Doe", *ARTICLE], through="mark_headline")
    assert kit.find(page, headline).role is Role.HEADLINE
    assert kit.find(page, menu).role is not Role.HEADLINE


@pytest.mark.parametrize("opener", ["By", "Written by", "Author:", "Von"])
def test_a_byline_opener_alone_on_its_line_takes_the_name_below(kit: PageKit, opener: str) -> None:
    # converters that put every element on its own line split "By <a>Name</a>" in two
    page = kit.classify(
        [*NAVIGATION, HEADLINE, opener, "Alexandra Tremayne-Pengelly", *ARTICLE], through="mark_headline"
    )
    assert kit.find(page, opener).role is Role.BYLINE
    assert kit.find(page, "Alexandra Tremayne-Pengelly").role is Role.BYLINE


def test_a_byline_opener_line_needs_a_name_below(kit: PageKit) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, "By", "the numbers", *ARTICLE], through="mark_headline")
    assert kit.find(page, "By").role is not Role.BYLINE


# --- container (HTML) -------------------------------------------------------------------------------


def html_page(body: str) -> Page:
    """An HTML page read by the HTML reader, for the stages that use its markup hints."""
    return read_html(f"<html><head><title>T</title></head><body>{body}</body></html>", None, Options())


RECIPE = (
    "<nav><a href='/'>Home</a> <a href='/food'>Food</a></nav>"
    "<article><h1>Green soup for a cold week</h1>"
    f"<p>{P1}</p><p>{P2}</p>"
    "<p>2 leeks, 1 kg spinach, 500 ml stock, 2 tbsp butter, 1 onion, salt, pepper, nutmeg, 100 ml cream</p>"
    "<p>Topping: 4 slices sourdough, 1 clove garlic, 2 tbsp olive oil, 50 g parmesan, 1 lemon, chives, chili "
    "flakes</p>"
    "<p>Per bowl: 310 kcal, 12 g protein, 18 g fat, 24 g carbohydrate, 6 g fibre, 2 g salt, 40 minutes</p>"
    f"<p>{P3}</p></article>"
    "<div class='tags'><div>soup, spinach, leeks, winter, vegetarian, easy, quick, cheap, green, dinner, lunch, "
    "starter, family, budget, healthy, seasonal, autumn, spring, comfort food</div></div>"
)


def test_container_takes_a_data_line_between_the_articles_paragraphs(kit: PageKit) -> None:
    # the ingredient lines cost more than the last paragraph earns: they split the article into two runs
    page = kit.run(html_page(RECIPE), through="widen_to_container")
    ingredients = next(b for b in page.blocks if b.text.startswith("2 leeks"))
    assert ingredients.features is not None and ingredients.features.prose is Prose.BAD
    assert ingredients.role is Role.BODY and "container.data_line" in ingredients.evidence
    # the same sort of line after the article is a tag cloud, not content
    tags = next(b for b in page.blocks if b.text.startswith("soup,"))
    assert tags.role is Role.BOILERPLATE


def test_container_takes_a_teaser_classed_lead_right_above_the_story(kit: PageKit) -> None:
    # "teaser" names a box of other stories and a story's own lead alike: right above the story's first
    # paragraph, a sentence of prose that only this class called related is the lead
    lead = "The energy ministers of the region met for the third time this year to agree on a common plan."
    paragraphs = "".join(f"<p>{text}</p>" for text in ARTICLE)
    html = (
        f"<article><h1>{HEADLINE}</h1><div class='teaser'><p>{lead}</p></div>"
        f"<div class='text'>{paragraphs}</div></article>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    block = kit.find(page, lead)
    assert block.role is Role.BODY and "container.teaser_lead" in block.evidence
    # the same class on a box of links after the story stays related
    box = f"<div class='teaser'><p><a href='/x'>{HEADLINE}</a></p></div>"
    page = kit.run(
        html_page(f"<article><h1>{HEADLINE}</h1><div>{paragraphs}</div></article>{box}"), through="widen_to_container"
    )
    assert page.blocks[-1].role is Role.BOILERPLATE


def test_container_takes_back_prose_that_only_a_paywall_or_menu_class_called_chrome(kit: PageKit) -> None:
    locked = "Only subscribers could read that the committee will meet again on Friday to settle the final details."
    signup = "Sign up to our morning newsletter and get the best of the day in your inbox, every day."
    html = (
        f"<article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p>"
        f"<p class='paywall-locked'>{locked}</p><div class='newsletter'><p>{signup}</p></div>"
        f"<p>{P3}</p></article>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    block = kit.find(page, locked)
    assert block.features is not None and block.features.words < 25  # short enough for class tokens to count
    assert block.role is Role.BODY and "markup.paywall.token" in block.evidence
    assert "container.token_prose" in block.evidence
    # a newsletter box inside the article is a real widget
    assert kit.find(page, signup).role is Role.BOILERPLATE


def test_container_takes_back_sentences_among_the_articles_that_a_share_or_comment_phrase_called_chrome(
    kit: PageKit,
) -> None:
    # a how-to about a social site names the site in its own steps; the lexicon calls each such line a share
    # button, which split the story's run and left the steps out
    steps = ("1. Log into your Twitter account on the website.", "2. Go to your Twitter settings page.")
    said = "The mayor's office said on Twitter that it would not comment."
    more = "You can read more about the plan in the council's report."
    notice = "Please use English. Comments are moderated."
    html = (
        f"<article><h1>{HEADLINE}</h1><p>{P1}</p><p>{steps[0]}</p><p>{steps[1]}</p><p>{P2}</p><p>{said}</p><p>{more}</p>"
        f"<p>{P3}</p><h3>Post a comment:</h3><p>{notice}</p><p>Name:</p></article>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    for text in (*steps, said, more):
        block = kit.find(page, text)
        assert any(e.startswith("chrome.") and e.endswith(".phrase") for e in block.evidence), text
        assert block.role is Role.BODY and "container.phrase_prose" in block.evidence, text
    # the comment form's notice stands between chrome lines, not between two of the article's paragraphs
    assert kit.find(page, notice).role is Role.BOILERPLATE


WATER_STORY = (
    (
        "Early settlers drew their water from shallow wells that they dug by hand behind their houses, and from the "
        "ponds at the edge of the town."
    ),
    (
        "As the town grew the wells were polluted and no longer enough, so the council built a reservoir in the hills "
        "and a long pipe down to the square."
    ),
    (
        "Since then there has been no break in the supply that lasted more than a day, apart from the hard winter when "
        "the pipe froze under the bridge."
    ),
    (
        "The council now plans a second pipe beside the first one, so that the water can keep running while either of "
        "the two is being repaired."
    ),
)


def test_a_headline_found_under_the_story_cuts_none_of_the_story_above_it() -> None:
    # the header zone holds no headline, and the <title>'s words stand in a sidebar's link under the story: the
    # story's first paragraph, above that "headline", was dropped as a teaser above it
    html = (
        "<html><head><title>A history of the water supply</title></head><body>"
        "<div id='main'><p>Posted by Niall in Notes | trackback</p>"
        + "".join(f"<p>{text}</p>" for text in WATER_STORY)
        + "</div><div id='side'><h3>Recent posts</h3><ul><li><a href='/a'>A history of the water supply</a></li>"
        "<li><a href='/b'>New bins for the high street</a></li><li><a href='/c'>Road works in June</a></li></ul>"
        "</div></body></html>"
    )
    article = parse_html(html)
    assert set(WATER_STORY) <= set(article.body)
    assert not any("header.above_headline" in block.evidence for block in article.blocks)


LONG_PARAGRAPHS = tuple(
    f"{text} The minister added that the details would be set out in a paper to the house before the summer."
    for text in ARTICLE
)


def test_markup_leaves_the_story_in_a_form_that_wraps_the_page_to_the_main_run() -> None:
    # old sites and ASP.NET pages wrap their whole content in one <form>; the menus and the footer stand
    # outside it, so it is no page-wide wrapper, and its paragraphs were all called a form's chrome
    short = "The vote in the house is set for the last week of June."  # too short for an <aside>'s rule
    story = "".join(f"<p>{text}</p>" for text in (*LONG_PARAGRAPHS[:2], short, LONG_PARAGRAPHS[2]))
    html = (
        "<html><head><title>T</title></head><body><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li>"
        "<li><a href='/s'>Sport</a></li><li><a href='/w'>Weather</a></li><li><a href='/c'>Contact</a></li></ul>"
        f"<form action='/page.aspx' method='post'><h1>{HEADLINE}</h1>{story}<label>Search</label></form>"
        "<p>Copyright 2024 Example News. All rights reserved.</p><p><a href='/privacy'>Privacy</a></p></body></html>"
    )
    article = parse_html(html)
    assert {*LONG_PARAGRAPHS, short} <= set(article.body)
    # a real form's one long note stays a form's
    note = (
        "Note: your email address is used only to let the recipient know who sent the email and in case of a "
        "transmission error; neither address will be used for any other purpose."
    )
    form = f"<form action='/send'><label>Your email</label><p>{note}</p><button>Send</button></form>"
    article = parse_html(
        html.replace("<form action='/page.aspx' method='post'>", "<div>").replace("</form>", "</div>" + form)
    )
    assert set(LONG_PARAGRAPHS) <= set(article.body)
    assert note not in article.body


def test_container_leaves_out_a_sidebars_bio_that_its_wide_element_encloses(kit: PageKit) -> None:
    # the story is split over two elements, so the container is the page's wrapper, which holds the sidebar too
    bio = (
        "Jane Doe is a former equity analyst who writes about the markets and the companies in them, and has been "
        "a columnist for the site since it began in the spring."
    )
    html = (
        f"<div id='wrap'><h1>{HEADLINE}</h1><div class='post'><p>{P1}</p><p>{P2}</p></div>"
        f"<div class='post-more'><p>{P3}</p></div><p>Share</p><p>Print</p><p>Email</p>"
        f"<div class='sidebar'><p>{bio}</p></div></div>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    assert all(kit.find(page, text).role is Role.BODY for text in ARTICLE)
    block = kit.find(page, bio)
    assert "markup.sidebar_prose" in block.evidence
    assert block.role is not Role.BODY
    # the same class on the article's own wrapper says nothing: its paragraphs all carry the mark
    html = f"<div class='sidebar'><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p>{bio}</p><p>{P3}</p></div><p>About us</p>"
    page = kit.run(html_page(html), through="widen_to_container")
    assert all(kit.find(page, text).role is Role.BODY for text in (*ARTICLE, bio))


def test_main_run_leaves_out_a_bio_box_it_took_in_under_the_story(kit: PageKit) -> None:
    bio = (
        "Jane Doe is a former equity analyst who writes about the markets and the companies in them, and has been "
        "a columnist for the site since it began in the spring."
    )
    story = "".join(f"<p>{text}</p>" for text in ARTICLE)
    html = f"<article><h1>{HEADLINE}</h1>{story}<div class='author-bio'><p>{bio}</p></div></article>"
    page = kit.run(html_page(html), through="mark_main_run")
    assert all(kit.find(page, text).role is Role.BODY for text in ARTICLE)
    block = kit.find(page, bio)
    assert "markup.sidebar_prose" in block.evidence and block.role is not Role.BODY


def test_a_long_paragraph_keeps_its_repeated_stopwords_in_the_language_guess() -> None:
    # counting each word once per block starved one long paragraph of "de", "a", "o", so English menu
    # words decided the page; a few repeats per block still count
    paragraph = (
        "A equipe do serviço de atendimento do bairro registrou nesta manhã o arrombamento de dois dos cinco "
        "automóveis da unidade. Os veículos estavam sem as baterias e com marcas de depredação. Foi feito o "
        "boletim de ocorrência e a polícia foi até o local para verificar os danos nos veículos da unidade. "
        "Os pacientes agendados para o período da manhã estão sendo reagendados pela equipe da secretaria."
    )
    menu = [f"The best of the {topic} and more in the city" for topic in ("news", "sports", "weather")]
    article = parse_text("\n\n".join([*menu, paragraph]))
    assert article.language == "pt"


def test_markup_keeps_the_comment_class_of_a_thread_longer_than_the_article(kit: PageKit) -> None:
    # the thread's blocks outnumber the rest of the page, like a page-wide wrapper's, but the article
    # stands before it: the comment class names the thread, which the main run must not take for the body
    thread = "".join(f"<li class='comment'><p>{text}</p><p>Reply</p></li>" for text in COMMENTS)
    html = f"<article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article><ol class='comments'>{thread}</ol>"
    page = kit.run(html_page(html), through="widen_to_container")
    assert all(kit.find(page, text).role is Role.BODY for text in ARTICLE)
    assert all(kit.find(page, text).role is not Role.BODY for text in COMMENTS)
    assert "markup.comments.token" in kit.find(page, COMMENTS[0]).evidence


def test_markup_keeps_the_comment_class_of_a_thread_under_a_short_post(kit: PageKit) -> None:
    # two paragraphs, less than an article's worth of prose, over a thread that outnumbers the page's other
    # blocks: the comment class first appears below the post's first paragraph, so it names the thread, not a
    # page-wide wrapper, and the thread's longer run of prose must not outweigh the post
    thread = "".join(
        f"<li class='comment'><p>Posted by reader {n}</p><p>{text}</p><p>Reply</p></li>"
        for n, text in enumerate(COMMENTS)
    )
    html = f"<div class='post'><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p></div><ol class='comments'>{thread}</ol>"
    page = kit.run(html_page(html), through="widen_to_container")
    assert all(kit.find(page, text).role is Role.BODY for text in (P1, P2))
    assert all(kit.find(page, text).role is not Role.BODY for text in COMMENTS)
    assert "markup.comments.token" in kit.find(page, COMMENTS[0]).evidence


def test_markup_reads_a_sidebar_longer_than_a_short_post_as_a_sidebar(kit: PageKit) -> None:
    # a blog's sidebar after a short post: lists of links that make up most of the page's blocks, then an
    # "about this blog" text longer than the post; the sidebar class first appears below the post's paragraphs, so
    # it names the box (its prose scores at a discount), not a wrapper around the page
    about = (
        "This blog is written by a retired teacher who has spent thirty years in the classroom and now writes "
        "about schools, books and the small things that make a town a good place to live, with a new post "
        "every week and an archive that goes back to the first year of the blog."
    )
    links = "".join(f"<li><a href='/archive/{n}'>Archive of month {n}</a></li>" for n in range(20))
    html = (
        f"<div class='post'><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p></div>"
        f"<div class='sidebar'><h2>Archive</h2><ul>{links}</ul><h2>About</h2><p>{about}</p></div>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    assert all(kit.find(page, text).role is Role.BODY for text in (P1, P2))
    about_block = kit.find(page, about)
    assert about_block.role is not Role.BODY
    assert "markup.sidebar_prose" in about_block.evidence


def test_markup_ignores_a_comment_class_on_a_wrapper_around_the_article(kit: PageKit) -> None:
    html = (
        f"<div class='comments-open'><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        "<p>Share</p><p>Print</p></div><p>About us</p>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    assert all(kit.find(page, text).role is Role.BODY for text in ARTICLE)


def test_container_takes_back_short_paragraphs_that_only_the_articles_own_class_called_chrome(kit: PageKit) -> None:
    # the story sits in a wrapper whose class names a share widget: long paragraphs shrug it off, short
    # ones and subheadings took it for their kind; a real share box inside keeps a class of its own
    short = "The vote is expected next week."
    first, second, third = (f"{a} {b}" for a, b in ((P1, P2), (P2, P3), (P3, P1)))  # long enough to shrug it off
    menu = "".join(f"<li><a href='/{name}'>{name}</a> {name} news</li>" for name in ("World", "Sport", "Arts", "Money"))
    html = (
        f"<ul>{menu}</ul><h1>{HEADLINE}</h1><div class='story js-social-anchor'><p>{first}</p><h2>What comes next</h2>"
        f"<p>{short}</p><p>{second}</p><div class='share-tools'><p>Share on Facebook</p></div><p>{third}</p></div>"
        "<p>About us</p><p>Contact</p><p>Jobs</p>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    for text in ("What comes next", short):
        block = kit.find(page, text)
        assert block.role is Role.BODY and "container.wrapper_token" in block.evidence
    assert kit.find(page, "Share on Facebook").role is Role.BOILERPLATE


def test_container_takes_back_the_first_and_last_short_paragraphs_only_the_articles_own_class_called_chrome(
    kit: PageKit,
) -> None:
    # the wrapper's class names a navigation widget: the story's short lead and closing paragraphs took it
    # for their kind and stand outside the run of long ones; the data line after them stays out
    lead = "A half century on, the band is still on the road."
    close = "Tickets go on sale on Friday at the usual outlets, the promoter said."
    long_ones = "".join(f"<p>{a} {b}</p>" for a, b in ((P1, P2), (P2, P3), (P3, P1)))
    names = ("World", "Sport", "Arts", "Money", "Travel", "Style", "Food", "Cars")
    menu = "".join(f"<li><a href='/{name}'>{name}</a></li>" for name in names)
    html = (
        f"<ul>{menu}</ul><h1>{HEADLINE}</h1><div class='story breadcrumb'><p>{lead}</p>{long_ones}<p>{close}</p>"
        "<p>June 9 -- Coral Sky; June 11 -- Tampa; June 12 -- Atlanta</p></div>"
        "<p>About us</p><p>Contact</p><p>Jobs</p>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    for text in (lead, close):
        block = kit.find(page, text)
        assert block.role is Role.BODY and "container.wrapper_token" in block.evidence
    assert kit.find(page, "About us").role is Role.BOILERPLATE


def test_main_run_leaves_out_the_box_a_related_heading_opens_however_much_prose_it_holds(kit: PageKit) -> None:
    # a short piece, then "You may also like" opening a box of other pieces, whole, that outweigh it
    others = "".join(f"<div class='item'><p>{a} {b}</p><p>Share</p></div>" for a, b in itertools.pairwise(COMMENTS))
    html = (
        f"<article><h1>{HEADLINE}</h1><div class='entry'><p>{P1} {P2}</p></div>"
        f"<div class='more'><h3>You may also like</h3>{others}</div></article><p>About us</p>"
    )
    page = kit.run(html_page(html), through="mark_main_run")
    assert kit.find(page, f"{P1} {P2}").role is Role.BODY
    assert kit.find(page, f"{COMMENTS[0]} {COMMENTS[1]}").role is not Role.BODY


def test_main_run_keeps_the_story_after_a_related_heading_set_among_its_paragraphs(kit: PageKit) -> None:
    # the heading stands in the story's own element, after some of its paragraphs: it heads nothing
    html = (
        f"<article><h1>{HEADLINE}</h1><div class='entry'><p>{P1}</p><p>{P2}</p><h3>You may also like</h3>"
        f"<p>{P3} {P1}</p><p>{P2} {P3}</p></div></article><p>About us</p>"
    )
    page = kit.run(html_page(html), through="mark_main_run")
    assert kit.find(page, f"{P3} {P1}").role is Role.BODY


def test_container_takes_back_the_storys_short_first_and_last_paragraphs_under_its_own_class(kit: PageKit) -> None:
    # as above, but the short paragraphs open and close the story: outside the span from the run's first
    # paragraph to its last, only paragraphs of prose come back (the share box stays chrome)
    opening = "Ministers met again in the capital on Tuesday."
    closing = "The vote is expected next week, aides said."
    first, second = (f"{a} {b}" for a, b in ((P1, P2), (P2, P3)))
    menu = "".join(f"<li><a href='/{name}'>{name}</a> {name} news</li>" for name in ("World", "Sport", "Arts", "Money"))
    html = (
        f"<ul>{menu}</ul><h1>{HEADLINE}</h1><div class='story js-social-anchor'><p>{opening}</p><p>{first}</p>"
        f"<p>{second}</p><p>{closing}</p><div class='share-tools'><p>Share on Facebook</p></div></div>"
        "<p>About us</p><p>Contact</p><p>Jobs</p>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    for text in (opening, closing):
        block = kit.find(page, text)
        assert block.role is Role.BODY and "container.wrapper_token" in block.evidence
    assert kit.find(page, "Share on Facebook").role is Role.BOILERPLATE


BRIDGE_TEASERS = tuple(
    f"Story {n}: the council voted on day {n} to close the old bridge for repairs, and the residents who use it "
    f"every morning said that they had not been told about the plan, which will add an hour to their trip to "
    f"the city and back for at least the next six months of the year, while the work goes on."
    for n in range(1, 5)
)


def test_main_run_leaves_out_the_teasers_under_a_more_from_heading_after_the_article(kit: PageKit) -> None:
    # "More from the site" over teasers of other stories, each a title link, a date and a paragraph as long
    # as the story's: outside the story's element, the heading opens a box after the article
    teasers = "".join(
        f"<div class='card'><h5><a href='/{n}'>Bridge closes, part {n}</a></h5><div>Monday</div><div>{text}</div></div>"
        for n, text in enumerate(BRIDGE_TEASERS, 1)
    )
    html = (
        f"<nav><a href='/'>Home</a></nav><h1>{HEADLINE}</h1><div class='story'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        f"<section><h5>More From Example Times</h5>{teasers}</section>"
    )
    article = parse_html(f"<html><head><title>T</title></head><body>{html}</body></html>")
    assert article.body == ARTICLE


def test_main_run_keeps_the_story_below_a_box_heading_inside_its_element(kit: PageKit) -> None:
    # the same kind of heading in the middle of the story's element: a box between its paragraphs
    links = "".join(f"<li><a href='/{n}'>Another story number {n}</a></li>" for n in range(3))
    html = (
        f"<nav><a href='/'>Home</a></nav><h1>{HEADLINE}</h1><div class='story'><div><p>{P1}</p><p>{P2}</p>"
        f"<p>{P3}</p></div><div><h3>More From Example Times</h3><ul>{links}</ul></div>"
        f"<div>{''.join(f'<p>{text}</p>' for text in BRIDGE_TEASERS)}</div></div>"
    )
    article = parse_html(f"<html><head><title>T</title></head><body>{html}</body></html>")
    assert article.body == ARTICLE + BRIDGE_TEASERS


def test_main_run_keeps_the_story_below_a_box_heading_between_the_sections_of_its_article() -> None:
    # the <article> sets its story in section <div>s, with a box of links between two of them
    first = "".join(f"<p>{text}</p>" for text in BRIDGE_TEASERS[:3])
    second = "".join(f"<p>{text}</p>" for text in (P1, P2, P3))
    box = "<div class='box'><h2>More From Example Times</h2><ul><li><a href='/a'>Another story</a></li></ul></div>"
    html = f"<article><h1>{HEADLINE}</h1><div class='part'>{first}</div>{box}<div class='part'>{second}</div></article>"
    article = parse_html(f"<html><head><title>T</title></head><body>{html}</body></html>")
    assert article.body == (*BRIDGE_TEASERS[:3], P1, P2, P3)


def test_main_run_takes_a_lead_paragraph_above_the_photo_credit(kit: PageKit) -> None:
    # the lead, then the story's photo with its credit, then the rest of the story: the credit line is a
    # copyright line, which splits the page into segments, and the lead alone is far weaker than the story
    lead = "Ministers from twenty countries met in the city this week to agree on the rules for the new market."
    credit = "Delegates arrive at the hall on Monday. © Jane Doe"
    more = [f"{a} {b}" for a, b in ((P1, P2), (P2, P3), (P3, P1), (P2, P1))]
    page = kit.run(kit.page([HEADLINE, lead, credit, *more, "© 2024 Example Media"]), through="mark_main_run")
    assert kit.find(page, credit).role is Role.COPYRIGHT
    assert kit.find(page, lead).role is Role.BODY
    assert all(kit.find(page, text).role is Role.BODY for text in more)


def test_main_run_discounts_the_bloggers_profile_box(kit: PageKit) -> None:
    # a short post and, beside it, the blogger's profile: one paragraph longer than the post, in a box
    # whose class names a profile, not a sidebar (the sidebar class sits on most of the page, a wrapper's)
    about = (
        "Thank you for visiting my blog. I am an artist and a writer, and I live by the sea with my two cats. "
        "Here I share my drawings, my books and the places where I travel, eat and sleep."
    )
    archive = "".join(f"<li><a href='/{year}'>{year}</a> ({year % 40})</li>" for year in range(2001, 2013))
    html = (
        f"<div class='post'><h3>{HEADLINE}</h3><p>{P1}</p><p>Post a Comment</p><p>Older Post</p><p>Home</p></div>"
        f"<div class='sidebar'><div class='profile-textblock'>{about}</div><ul>{archive}</ul></div>"
    )
    page = kit.run(html_page(html), through="mark_main_run")
    assert "markup.sidebar_prose" in kit.find(page, about).evidence
    assert kit.find(page, P1).role is Role.BODY
    assert kit.find(page, about).role is not Role.BODY


def test_markup_reads_a_one_word_comment_body_class_as_the_thread(kit: PageKit) -> None:
    thread = "".join(f"<div class='commentbody'><p>{text}</p></div><p>Posted by a reader</p>" for text in COMMENTS)
    html = f"<div class='entry'><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{thread}"
    page = kit.run(html_page(html), through="widen_to_container")
    assert all(kit.find(page, text).role is Role.BODY for text in ARTICLE)
    comment = kit.find(page, COMMENTS[0])
    assert comment.role is Role.BOILERPLATE and comment.kind is Kind.COMMENTS


def test_main_run_counts_only_the_words_outside_links(kit: PageKit) -> None:
    # a box of teasers, each one long link that reads as prose, outweighs a short article word for word
    teasers = "".join(f"<div class='promo'><a href='/story/{n}'>{' '.join(COMMENTS)}</a></div>" for n in range(2))
    html = f"<div class='story'><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div><div>{teasers}</div>"
    page = kit.run(html_page(html), through="mark_main_run")
    assert all(kit.find(page, text).role is Role.BODY for text in ARTICLE)
    assert all(block.role is not Role.BODY for block in page.blocks if block.hints.link_density == 1.0)


def test_container_falls_back_on_the_element_with_most_unclaimed_text_when_no_run_is_found(kit: PageKit) -> None:
    # a results page: no line reads as prose, so the main run finds nothing; the element holding the
    # results is still the page's content, and the menu of links beside it stays chrome
    scorers = "North (9-1): Adams 25 points, Brown 17 points, Clark 10 points, Diaz 10 points, Evans 8 points, Ford 2"
    results = ("North d. South 70-44", "East d. West 53-9", "Harbour d. Hill 61-21", "Lake d. River 3-1", scorers)
    menu = "".join(f"<li><a href='/{name}'>{name}</a></li>" for name in ("Home", "Sports", "Weather", "Jobs"))
    html = f"<ul>{menu}</ul><div class='results'>{''.join(f'<p>{line}</p>' for line in results)}</div>"
    page = kit.run(html_page(html), through="widen_to_container")
    for line in results:
        block = kit.find(page, line)
        assert block.role is Role.BODY and "container.fallback" in block.evidence
    # a row of data with no stopwords reads as no prose, but it is no junk either
    features = kit.find(page, scorers).features
    assert features is not None and features.prose is Prose.BAD
    assert kit.find(page, "Home").role is Role.BOILERPLATE


def test_markup_labels_a_hidden_copy_of_the_article_chrome(kit: PageKit) -> None:
    # a schema.org block that the page does not show repeats the article in one long paragraph
    hidden_copy = " ".join((*ARTICLE, *COMMENTS))
    html = (
        f"<article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"
        f"<div style='display:none' itemscope><div itemprop='articleBody'>{hidden_copy}</div></div>"
        "<p>About us</p><p>Contact</p><p>Jobs</p>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    assert all(kit.find(page, text).role is Role.BODY for text in ARTICLE)
    copy = kit.find(page, hidden_copy)
    assert copy.role is Role.BOILERPLATE and "markup.other.hidden" in copy.evidence


# Other stories' teasers: a name over a lead paragraph in each list item, more prose than the article.
TEASERS: tuple[tuple[str, str], ...] = tuple(
    zip(("Anna Berger", "Karl Weiss", "Maria Lopez", "Tom Hardy"), COMMENTS[:4], strict=True)
)


def _teaser_page(wrap: bool) -> str:
    article = f"<h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in ARTICLE)
    cards = "".join(f"<li><div class='name'>{name}</div><div class='lead'>{lead}</div></li>" for name, lead in TEASERS)
    if wrap:
        return f"<main><article>{article}</article><ul class='more'>{cards}</ul></main><p>About us</p>"
    return f"<main><div>{article}</div><ul class='more'>{cards}</ul></main><p>About us</p>"


def test_main_run_leaves_other_stories_teaser_list_after_the_article_element_out(kit: PageKit) -> None:
    # the teasers hold more prose than the story, but sit in list items outside the page's <article>
    page = kit.run(html_page(_teaser_page(wrap=True)), through="widen_to_container")
    assert all(kit.find(page, text).role is Role.BODY for text in ARTICLE)
    for _, lead in TEASERS:
        assert kit.find(page, lead).role is not Role.BODY


def test_main_run_keeps_a_list_story_when_only_sidebar_teaser_cards_are_articles(kit: PageKit) -> None:
    # the story is a list in a <div>; the sidebar sets other stories' teasers as <article> cards
    items = "".join(f"<li>{a} {b}</li>" for a, b in itertools.pairwise((*ARTICLE, P1)))
    cards = "".join(
        f"<article class='card'><h3><a href='/{n}'>Other story {n}</a></h3><p>{c}</p></article>"
        for n, c in enumerate(COMMENTS[:3])
    )
    html = f"<div class='post'><h1>{HEADLINE}</h1><ol>{items}</ol></div><aside>{cards}</aside><p>About us</p>"
    page = kit.run(html_page(html), through="widen_to_container")
    assert kit.find(page, f"{P1} {P2}").role is Role.BODY


def test_main_run_weighs_list_items_in_full_on_a_page_without_an_article_element(kit: PageKit) -> None:
    # no <article> says where the story is: list items' prose counts as any other (a list article's items)
    page = kit.run(html_page(_teaser_page(wrap=False)), through="mark_main_run")
    assert kit.find(page, TEASERS[1][1]).role is Role.BODY


def test_markup_leaves_the_rest_of_a_paywalled_story_to_the_body(kit: PageKit) -> None:
    # the page shows the first paragraphs and hides the rest in a subscribers' box until the reader signs in
    html = (
        f"<article><h1>{HEADLINE}</h1><div class='preview'><p>{P1}</p></div>"
        "<div class='offers'><p>Already a subscriber? Sign in</p></div>"
        f"<div class='subscriber-only' style='display:none'><p>{P2}</p><p>{P3}</p></div></article>"
        "<p>About us</p><p>Contact</p><p>Jobs</p>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    for text in (P2, P3):
        block = kit.find(page, text)
        assert block.role is Role.BODY and "markup.gated_prose" in block.evidence
    # the same paragraphs hidden in a box that names no gate stay a hidden copy
    plain = kit.run(html_page(html.replace("subscriber-only", "extra")), through="widen_to_container")
    assert kit.find(plain, P3).role is Role.BOILERPLATE


def test_markup_keeps_a_paywalled_story_whole_when_reader_comments_follow_the_gate(kit: PageKit) -> None:
    # the prose shown after the gate (reader comments) is no part of the story the gate hides the rest of
    html = (
        f"<article><h1>{HEADLINE}</h1><div class='preview'><p>{P1}</p></div>"
        f"<div class='subscriber-only' style='display:none'><p>{P2}</p><p>{P3}</p></div></article>"
        "<section class='reader-talk'>" + "".join(f"<p>{c}</p>" for c in COMMENTS[:2]) + "</section>"
        "<p>About us</p><p>Contact</p><p>Jobs</p>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    for text in (P2, P3):
        block = kit.find(page, text)
        assert block.role is Role.BODY and "markup.gated_prose" in block.evidence


def test_markup_keeps_a_subscribers_box_under_a_story_the_page_shows_whole_as_chrome(kit: PageKit) -> None:
    # the story is all there; the hidden box holds what subscribers get, or promotions of the paid archive
    perks = (
        (
            "As a subscriber you also get our weekly newsletter with the best stories from our reporters, the "
            "crossword and the archive going back to the year we were founded."
        ),
        (
            "Thank you for supporting independent local journalism in our city and the region around it, it "
            "makes our work possible every day."
        ),
    )
    story = "".join(f"<p>{p}</p>" for p in (*ARTICLE, *COMMENTS[:2]))
    html = (
        f"<article><h1>{HEADLINE}</h1>{story}<div class='subscriber-only' style='display:none'>"
        + "".join(f"<p>{p}</p>" for p in perks)
        + "</div></article><p>About us</p><p>Contact</p><p>Jobs</p>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    assert kit.find(page, P3).role is Role.BODY
    for text in perks:
        box = kit.find(page, text)
        assert box.role is Role.BOILERPLATE and "markup.gated_prose" not in box.evidence


# --- repeated texts: judged once per page, each copy labelled as if judged alone -----------------------

REPEATED = ("Share on Facebook", "Photo: Jane Doe/Reuters", "By Jane Doe", "Home", "© 2024 Example Media")


def test_repeated_texts_get_the_labels_and_evidence_each_would_get_alone(kit: PageKit) -> None:
    page = kit.classify([*REPEATED, *ARTICLE, *REPEATED], through="mark_furniture")
    first, second = page.blocks[: len(REPEATED)], page.blocks[-len(REPEATED) :]
    for one, other in zip(first, second, strict=True):
        alone = kit.classify([one.text, *ARTICLE], through="mark_furniture").blocks[0]
        assert (one.role, one.kind, one.evidence) == (other.role, other.kind, other.evidence)
        assert (one.role, one.kind, one.evidence) == (alone.role, alone.kind, alone.evidence)
    assert "chrome.share.phrase" in first[0].evidence and "byline.prefix" in first[2].evidence


def test_a_repeated_text_in_navigation_markup_keeps_its_markup_label(kit: PageKit) -> None:
    html = f"<nav><p>By Jane Doe</p></nav><p>By Jane Doe</p>{''.join(f'<p>{p}</p>' for p in ARTICLE)}"
    page = kit.run(read_html(html, None, Options()), through="mark_furniture")
    in_nav, alone = page.blocks[:2]
    assert in_nav.kind is Kind.NAVIGATION and alone.kind is None
    assert "byline.prefix" in in_nav.evidence and "byline.prefix" in alone.evidence


# Prose of a consent banner: long enough to outscore a short article, with no lexicon phrase in it.
BANNER_PROSE = (
    "The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a "
    "specific service explicitly requested by the subscriber or user, or for the sole purpose of carrying out "
    "the transmission of a communication over an electronic communications network, as the law allows it."
)


def test_a_modal_dialog_is_chrome_however_long_its_prose(kit: PageKit) -> None:
    html = f"<article><h1>{HEADLINE}</h1><p>{P1}</p></article><div role='dialog'><p>{BANNER_PROSE}</p></div>"
    page = kit.run(html_page(html), through="mark_markup")
    banner = kit.find(page, BANNER_PROSE)
    assert banner.role is Role.BOILERPLATE and "markup.other.dialog" in banner.evidence


def test_a_one_word_cookie_banner_class_names_a_cookie_notice(kit: PageKit) -> None:
    banner_html = f"<div class='cmplz-cookiebanner'><p>{BANNER_PROSE}</p></div>"
    html = f"<article><h1>{HEADLINE}</h1><p>{P1}</p></article>{banner_html}"
    page = kit.run(html_page(html), through="mark_markup")
    banner = kit.find(page, BANNER_PROSE)
    assert banner.kind is Kind.COOKIE and "markup.cookie.token" in banner.evidence


def test_prose_in_a_sidebar_does_not_outscore_a_short_post(kit: PageKit) -> None:
    # a short post (one paragraph and a list of steps) beside an "about this blog" text widget
    about = (
        "This blog is where I write about the things I cook at home for my family and my friends, and all of "
        "the pictures and the recipes on it are my own unless I say that they are not, so please ask me first."
    )
    steps = "".join(f"<li>Step {n}: stir the pot and wait a little</li>" for n in range(1, 6))
    html = (
        f"<div class='main'><h1>{HEADLINE}</h1><p>{P1}</p><ol>{steps}</ol></div>"
        f"<div class='sidebar'><div class='textwidget'><p>{about}</p></div></div>"
    )
    page = kit.run(html_page(html), through="mark_main_run")
    assert kit.find(page, P1).role is Role.BODY
    widget = kit.find(page, about)
    assert widget.role is Role.BOILERPLATE and "markup.sidebar_prose" in widget.evidence


def test_a_sites_legal_notice_does_not_outscore_a_short_report(kit: PageKit) -> None:
    notice = (
        "This is the official web site of the league, and the names, the marks and the images of the league "
        "and of its teams are the property of the league and of its teams, and they may not be used or copied "
        "for any purpose without the prior written consent of the league or of the team that owns them."
    )
    menu = "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(1, 6))
    html = (
        f"<div class='story'><h1>{HEADLINE}</h1><p>{P1}</p></div><ul class='links'>{menu}</ul>"
        f"<div class='site-copyright'><p>{notice}</p></div>"
    )
    page = kit.run(html_page(html), through="mark_main_run")
    assert kit.find(page, P1).role is Role.BODY
    assert kit.find(page, notice).role is Role.BOILERPLATE


def test_container_keeps_a_lead_paragraph_set_in_its_own_element(kit: PageKit) -> None:
    # the lead sits above the element that holds the rest of the story (a slideshow, a "body" div)
    more = [
        f"The committee will meet again on day {n} of the talks, and the ministers said that they expected "
        f"the final text to be agreed and signed by all of the members before the end of the year."
        for n in range(1, 5)
    ]
    story = "".join(f"<h2>Part {n}</h2><p>{text}</p>" for n, text in enumerate(more, 1))
    html = f"<nav><a href='/'>Home</a></nav><h1>{HEADLINE}</h1><p>{P1}</p><div class='slides'>{story}</div>"
    page = kit.run(html_page(html), through="widen_to_container")
    lead = kit.find(page, P1)
    assert lead.role is Role.BODY and "container.outside" not in lead.evidence


LEAD_STORY = "".join(
    f"<p>The committee will meet again on day {n} of the talks, and the ministers said that they expected "
    f"the final text to be agreed and signed by all of the members before the end of the year.</p>"
    for n in range(1, 5)
)


@pytest.mark.parametrize(
    "gap",
    [
        "<div class='tools'><div><a href='/s'>Share</a></div><div><a href='/p'>Print</a></div></div>",
        "<div class='slot'><span>Advertisement</span></div>",
        "<h3 class='slot'>Advertisement</h3>",
    ],
)
def test_container_keeps_a_lead_paragraph_above_a_share_bar_or_an_ad_label(kit: PageKit, gap: str) -> None:
    # the lead sits in its own element; the share bar or the ad label between it and the story's element does
    # not set it apart as a teaser
    html = (
        f"<nav><a href='/'>Home</a></nav><h1>{HEADLINE}</h1><div class='lead'><p>{P1}</p></div>{gap}"
        f"<div class='body'>{LEAD_STORY}</div>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    lead = kit.find(page, P1)
    assert lead.role is Role.BODY and "container.outside" not in lead.evidence


def test_container_keeps_a_lead_paragraph_set_in_a_heading_element(kit: PageKit) -> None:
    # a lead of running prose set in an <h3> above the story's element is no heading of the story's
    html = f"<nav><a href='/'>Home</a></nav><h1>{HEADLINE}</h1><h3>{P1}</h3><div class='body'>{LEAD_STORY}</div>"
    page = kit.run(html_page(html), through="widen_to_container")
    lead = kit.find(page, P1)
    assert lead.role is Role.BODY and "container.outside" not in lead.evidence


def test_container_leaves_out_a_paragraph_above_a_menu_of_links(kit: PageKit) -> None:
    # links alone between a paragraph and the story's element are a menu: what is above it is another box
    menu = "<ul class='x'><li><a href='/a'>Politics</a></li><li><a href='/b'>Sports</a></li></ul>"
    html = (
        f"<nav><a href='/'>Home</a></nav><h1>{HEADLINE}</h1><div class='teaser'><p>{P1}</p></div>{menu}"
        f"<div class='body'>{LEAD_STORY}</div>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    assert kit.find(page, P1).role is not Role.BODY


def test_a_figures_caption_is_a_caption_not_body_even_without_a_credit(kit: PageKit) -> None:
    # a photo's caption in the story's <figure>: prose between two paragraphs, but the caption of the photo
    caption = "The minister arrives at the parliament building on Tuesday morning for the start of the talks."
    html = (
        f"<nav><a href='/'>Home</a></nav><article><h1>{HEADLINE}</h1><p>{P1}</p>"
        f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure><p>{P2}</p><p>{P3}</p></article>"
    )
    article = parse_html(f"<html><head><title>T</title></head><body>{html}</body></html>")
    assert caption not in article.body
    assert caption in [c.text for c in article.captions]
    assert article.body == ARTICLE


def test_a_paragraph_above_a_figure_is_not_the_caption_of_the_credit_inside_it(kit: PageKit) -> None:
    # the credit stands alone in the <figure> under the photo; the paragraph above it is the story's, set
    # outside the figure, not the photo's caption
    html = (
        f"<nav><a href='/'>Home</a></nav><article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p>"
        "<figure><img src='a.jpg'><figcaption>Jane Doe/Getty Images</figcaption></figure>"
        f"<p>{P3}</p></article>"
    )
    article = parse_html(f"<html><head><title>T</title></head><body>{html}</body></html>")
    assert article.body == ARTICLE


def test_a_story_paragraph_above_a_lone_credit_line_stays_body(kit: PageKit) -> None:
    # the photo sits between two of the story's <p>s and its credit is a <p> of its own: the paragraph above the
    # credit is the story's (its element holds the other paragraphs), not the photo's caption
    html = (
        f"<nav><a href='/'>Home</a></nav><div class='story'><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p>"
        f"<img src='a.jpg'><p>Photo: Jane Doe/Reuters</p><p>{P3}</p></div>"
    )
    article = parse_html(f"<html><head><title>T</title></head><body>{html}</body></html>")
    assert article.body == ARTICLE


def test_a_caption_in_its_own_box_above_a_lone_credit_is_still_a_caption(kit: PageKit) -> None:
    caption = "The minister arrives at the parliament building on Tuesday morning for the start of the talks."
    html = (
        f"<nav><a href='/'>Home</a></nav><div class='story'><h1>{HEADLINE}</h1><p>{P1}</p>"
        f"<div class='photo'><img src='a.jpg'><p>{caption}</p><p>Photo: Jane Doe/Reuters</p></div>"
        f"<p>{P2}</p><p>{P3}</p></div>"
    )
    article = parse_html(f"<html><head><title>T</title></head><body>{html}</body></html>")
    assert article.body == ARTICLE
    assert caption in [c.text for c in article.captions]


def test_container_keeps_a_lead_paragraph_above_a_slideshow_that_opens_with_a_credited_heading(kit: PageKit) -> None:
    # each slide opens with its photo credit and a heading: the credit line splits the lead from the rest of the
    # run, and the first slide's heading, inside the container, is no headline that the lead could be a teaser of
    more = [
        f"The committee will meet again on day {n} of the talks, and the ministers said that they expected "
        f"the final text to be agreed and signed by all of the members before the end of the year."
        for n in range(1, 5)
    ]
    slides = "".join(
        f"<div class='slide'><div>{n}/4 photos \u00a9 Example Photo Agency</div><h2>Part {n}</h2><p>{text}</p></div>"
        for n, text in enumerate(more, 1)
    )
    html = (
        f"<nav><a href='/'>Home</a></nav><h1>{HEADLINE}</h1>"
        f"<div class='intro'><p>{P1}</p></div><div class='slides'>{slides}</div>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    lead = kit.find(page, P1)
    assert lead.role is Role.BODY and "container.outside" not in lead.evidence


def test_container_keeps_a_line_set_straight_in_the_articles_element(kit: PageKit) -> None:
    # a subheading written as loose text in the story's <div>, between its <p> children: the reader gives
    # it the <div> itself as its element, and that element is the container, so it is inside, not outside
    loose = "What comes next"
    html = (
        f"<nav><a href='/'>Home</a></nav><h1>{HEADLINE}</h1>"
        f"<div class='story'><p>{P1}</p><p>{P2}</p>{loose}<p>{P3}</p></div><p>About us</p>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    block = kit.find(page, loose)
    assert block.role is Role.BODY and "container.outside" not in block.evidence
    assert all(kit.find(page, text).role is Role.BODY for text in ARTICLE)


def test_container_leaves_a_heading_after_the_articles_last_line_outside(kit: PageKit) -> None:
    # a box's title closes the story's element, its links in a list the markup calls chrome: it heads no
    # line of the article, while a subheading between two paragraphs stays
    links = "".join(f"<li class='related-item'><a href='/{n}'>Another story number {n}</a></li>" for n in range(4))
    html = (
        f"<nav><a href='/'>Home</a></nav><h1>{HEADLINE}</h1>"
        f"<div class='story'><p>{P1}</p><h3>What comes next</h3><p>{P2}</p><p>{P3}</p>"
        f"<h3>Elsewhere in the valley</h3><ul>{links}</ul></div><p>About us</p>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    assert kit.find(page, "What comes next").role is Role.BODY
    trailing = kit.find(page, "Elsewhere in the valley")
    assert trailing.role is Role.BOILERPLATE and "container.trailing_heading" in trailing.evidence


def test_container_leaves_a_caption_above_the_storys_heading_outside(kit: PageKit) -> None:
    # a photo caption above the story's <h3>: not a lead, and the headline stays the heading under it
    caption = "An air boat searches the lake for a man who went missing while fishing on the ice on Monday morning."
    more = [
        f"The committee will meet again on day {n} of the talks, and the ministers said that they expected "
        f"the final text to be agreed and signed by all of the members before the end of the year."
        for n in range(1, 5)
    ]
    story = "".join(f"<p>{text}</p>" for text in more)
    html = f"<nav><a href='/'>Home</a></nav><p>{caption}</p><h3>{HEADLINE}</h3><div class='story'>{story}</div>"
    page = kit.run(html_page(html), through="widen_to_container")
    assert kit.find(page, caption).role is not Role.BODY


def test_a_one_word_line_is_a_headline_candidate_when_the_title_line_opens_with_it(kit: PageKit) -> None:
    page = kit.classify(
        ["Impressum - Evening Courier", *NAVIGATION, "Impressum", *ARTICLE], through="mark_header_furniture"
    )
    texts = {page.blocks[index].text for index, _ in headline_candidates(page)}
    assert "Impressum" in texts
    # the title's last piece is the site's name: a logo line that repeats it is no candidate
    page = kit.classify(["Impressum - Courier", *NAVIGATION, "Courier", *ARTICLE], through="mark_header_furniture")
    assert "Courier" not in {page.blocks[index].text for index, _ in headline_candidates(page)}


def test_headline_features_see_a_table_cell_beside_another(kit: PageKit) -> None:
    # inscriptis: the section label and the headline set side by side, one source line
    lines = ("Soccer", HEADLINE, *ARTICLE)
    blocks = tuple(
        Block(index=index, text=text, hints=Hints(line=max(0, index - 1) * 2, indent=4))
        for index, text in enumerate(lines)
    )
    page = kit.run(Page(blocks, source="text"), through="mark_header_furniture")
    vectors = {page.blocks[index].text: vector for index, vector in headline_candidates(page)}
    assert vectors[HEADLINE][FEATURES.index("beside_cell")] == 1.0
    lone = kit.classify([*NAVIGATION, HEADLINE, *ARTICLE], through="mark_header_furniture")
    vectors = {lone.blocks[index].text: vector for index, vector in headline_candidates(lone)}
    assert vectors[HEADLINE][FEATURES.index("beside_cell")] == 0.0


def test_headline_features_see_the_headline_words_come_back_in_the_lead(kit: PageKit) -> None:
    # "Ministers agree new energy rules": "minister" and "rules" come back in the first paragraph, cut to
    # their stems; a menu line's words do not, and function words ("after", "the") count for nothing
    menu = "Weather Traffic Horoscopes Lottery"
    page = kit.classify([menu, HEADLINE, *ARTICLE], through="mark_header_furniture")
    vectors = {page.blocks[index].text: vector for index, vector in headline_candidates(page)}
    overlap = FEATURES.index("lead_overlap")
    assert vectors[HEADLINE][overlap] >= 0.5
    assert vectors[menu][overlap] == 0.0
    assert vectors[HEADLINE][FEATURES.index("indented_layout")] == 0.0


def test_unspaced_writing_gives_its_character_pairs_to_the_lead_overlap() -> None:
    # a Japanese "word" is a whole clause: its character pairs meet the lead's, the site's name's do not
    headline, lead = "横浜市、公園の夜間利用を解禁へ", "横浜市は15日、公園の夜間利用を認めると発表した。"
    lead_stems = content_stems(tokens(lead))
    own = content_stems(tokens(headline))
    assert len(own & lead_stems) >= 0.7 * len(own)  # all but "解禁へ" (lifts the ban), which the lead words otherwise
    assert not content_stems(tokens("京浜新聞デジタル")) & lead_stems


def test_an_html_page_first_block_is_not_the_title_line(kit: PageKit) -> None:
    # text mode: converters put the <title> on the first line; an HTML page's first block is only its first block
    page = kit.run(
        html_page(f"<p>Your Daily Planet</p><h2>{HEADLINE}</h2>" + "".join(f"<p>{p}</p>" for p in ARTICLE)),
        through="mark_header_furniture",
    )
    vectors = {page.blocks[index].text: vector for index, vector in headline_candidates(page)}
    assert vectors["Your Daily Planet"][FEATURES.index("first_line")] == 0.0


def test_main_run_does_not_discount_the_article_under_a_linked_comment_counter(kit: PageKit) -> None:
    # a blog's front column of teasers, then the post: its header links "4 Comments" to the thread below,
    # a counter right above the prose, not the thread's heading; the post must not be discounted as a comment
    teasers = "".join(
        f"<h3><a href='/post/{n}'>Earlier post number {n}</a></h3><p>{text}</p><p><a href='/post/{n}'>Continue</a></p>"
        for n, text in enumerate(COMMENTS[:3])
    )
    article = (*ARTICLE, *(f"{a} {b}" for a, b in zip(ARTICLE, reversed(ARTICLE), strict=True)))
    html = (
        f"<div class='teasers'>{teasers}</div><div class='post'><h1>{HEADLINE}</h1>"
        f"<p><a href='#comments'>4 Comments</a></p>{''.join(f'<p>{p}</p>' for p in article)}</div>"
        "<div id='thread'><h2>Leave a reply</h2></div>"
    )
    page = kit.run(html_page(html), through="mark_main_run")
    assert all(kit.find(page, text).role is Role.BODY for text in article)
    assert all(kit.find(page, text).role is not Role.BODY for text in COMMENTS[:3])


@pytest.mark.parametrize(("attributes", "role"), [("", Role.BODY), (" class='standfirst'", Role.SUBHEADLINE)])
def test_header_leaves_the_storys_lead_paragraph_in_the_body_unless_marked_a_standfirst(
    kit: PageKit, attributes: str, role: Role
) -> None:
    # a lead paragraph between the headline and the byline reads like a dek; in a plain <p> it is the
    # story's first paragraph, and only a standfirst class makes it the dek
    html = (
        f"<article><h1>{HEADLINE}</h1><p{attributes}>{P1}</p><p>By Jane Doe</p>"
        f"<p>{P2}</p><p>{P3}</p><p>{COMMENTS[0]}</p></article>"
    )
    page = kit.run(html_page(html), through="mark_headline")
    assert kit.find(page, P1).role is role


def test_markup_reads_no_comment_thread_in_a_posts_comment_setting_or_its_category(kit: PageKit) -> None:
    # WordPress states on the post's own wrapper that it takes comments ("comments-open") and names its
    # categories ("category-sidebar"): neither makes the article a thread or a sidebar
    thread = "".join(f"<li><p>{text}</p></li>" for text in COMMENTS)
    html = (
        f"<article class='post-12 post type-post status-publish hentry comments-open category-sidebar'>"
        f"<h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p>"
        f"<p>{P3}</p></article><h2>Comments</h2><ol class='commentlist'>{thread}</ol>"
    )
    page = kit.run(html_page(html), through="widen_to_container")
    assert all(kit.find(page, text).role is Role.BODY for text in ARTICLE)
    assert all(kit.find(page, text).role is not Role.BODY for text in COMMENTS)


def test_markup_reads_a_category_menu_outside_a_post_as_a_menu(kit: PageKit) -> None:
    # "category-menu" on its own is a menu of categories, not a post's category named "menu"
    menu = (
        "<div class='category-menu'><span>Politics</span> <span>Local affairs today</span> <span>Business</span></div>"
    )
    html = f"<h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>{menu}"
    page = kit.run(html_page(html), through="widen_to_container")
    assert kit.find(page, "Politics Local affairs today Business").role is not Role.BODY


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Log in Sign up", True),  # two controls run into one line
        ("Über uns", False),  # one phrase that is the whole line: an about page's own heading
        ("Top Stories Tributes paid to Edmund Hillary", False),
    ],
)
def test_a_line_of_several_chrome_phrases_is_told(text: str, covered: bool) -> None:
    assert phrase_covered(text, ("de", "en")) is covered


def test_a_line_of_several_controls_is_no_headline_candidate() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE)
    html = (
        "<html><head><title>Reviews</title></head><body><div class='user'>Log in Sign up</div>"
        f"<h2><a href='/review/1'>Gousto has changed my life</a></h2>{paragraphs}</body></html>"
    )
    page = read_html(html, None, Options())
    for stage in STAGES[: STAGES.index(mark_headline)]:
        page = stage(page, Options())
    texts = [page.blocks[index].text for index, _ in headline_candidates(page)]
    assert texts == ["Gousto has changed my life"]


POLISH = (
    (
        "Rada miasta zatwierdziła nowy plan transportowy po miesiącach gorącej debaty wśród mieszkańców oraz "
        "lokalnych przedsiębiorców, którzy ostrzegali przed zamknięciem ulic."
    ),
    (
        "Zwolennicy planu twierdzą, że skróci czas dojazdu w całym regionie oraz przyniesie nowe miejsca pracy "
        "dzielnicom położonym wzdłuż trasy tramwaju."
    ),
)


def test_measure_judges_prose_by_length_when_the_declared_language_makes_none() -> None:
    # lang="en" left on a template over Polish text (a language without a stopword list): by English stopwords
    # not one block is prose; by length and sentence ends the story's paragraphs are
    html = (
        "<html lang='en'><body><h1>Rada zatwierdza plan</h1>"
        + "".join(f"<p>{p}</p>" for p in POLISH)
        + "</body></html>"
    )
    page = measure(read_html(html, None, Options()), Options())
    assert page.language == "en"
    assert [b.features.prose for b in page.blocks if b.text in POLISH and b.features] == [Prose.GOOD, Prose.GOOD]


def test_measure_keeps_the_stopwords_when_some_block_is_prose_by_them(kit: PageKit) -> None:
    html = (
        "<html lang='en'><body><p>Viera 3 Rockledge 1 Melbourne 2 Palm Bay 0 Titusville 4 Cocoa 2</p>"
        f"<p>{POLISH[0]}</p><p>{ARTICLE[0]}</p></body></html>"
    )
    page = measure(read_html(html, None, Options()), Options())
    assert kit.find(page, POLISH[0]).features.prose is Prose.BAD  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "sentence",
    ["The comet is best viewed at dawn.", "Best viewed from the east side of the lake, the comet rose on Sunday."],
)
def test_best_viewed_in_a_story_s_sentence_is_no_browser_notice(kit: PageKit, sentence: str) -> None:
    page = kit.classify([*NAVIGATION, HEADLINE, *ARTICLE[:1], sentence, *ARTICLE[1:]])
    assert kit.find(page, sentence).role is Role.BODY
