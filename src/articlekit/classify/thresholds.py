"""Named thresholds of the classification stages, each with the reason it has its value.

Calibrated on the project's own fixtures (tests/fixtures/pages) and on the dev pages of the
permissively licensed benchmark sets (scrapinghub, readability, trafilatura); see benchmarks/.
"""

from __future__ import annotations

# Prose classes (jusText's, adapted to lines): a GOOD block reads as running text on its own.
GOOD_MIN_WORDS = 18  # fitted: benchmarks, coordinate search on scrapinghub+readability
GOOD_MIN_STOPWORD_RATIO = 0.22  # fitted alike
NEAR_MIN_WORDS = 7
NEAR_MIN_STOPWORD_RATIO = 0.12
# Blocks this long read as prose even in a language whose stopwords we do not list.
LONG_BLOCK_WORDS = 40
# A line of an unspaced script (Chinese, Japanese) this long, about 30 characters, reads as a line of prose
# even without a sentence end (blogs break paragraphs into lines at commas or spaces); titles are shorter.
# Set on the readability dev pages; the test's story (test_classify_stages.UNSPACED_STORY) shows the case.
UNSPACED_NEAR_MIN_WORDS = 12

# Lexicons only judge short blocks: a long paragraph that says "cookie" is not a cookie notice.
CHROME_MAX_WORDS = 25
# Up to this length one phrase is enough; longer blocks need two, or one among their first words.
CHROME_SURE_MAX_WORDS = 12
CHROME_OPENING_WORDS = 4
# ... and the long-form chrome (cookie walls, paywalls) is judged by phrase density up to this size.
CHROME_NOTICE_MAX_WORDS = 120
CHROME_NOTICE_MIN_HITS = 2

# HTML markup: a class token on more than this share of a page's blocks belongs to a page-wide wrapper.
MARKUP_PAGEWIDE_SHARE = 0.5
# ... unless it is a comment token and this many words of prose come before its first block: then it
# names a thread longer than the article above it (as BARRIER_MIN_WORDS_BEFORE for comment headings).
THREAD_MIN_WORDS_BEFORE = 60
# A paragraph this long keeps its body chances whatever widget class its container carries.
MARKUP_PROSE_MIN_WORDS = 25
# Hidden prose in a subscribers' gate stays a body candidate only when it is at least this share of the
# page's prose words: a paywall shows a teaser and hides the rest, a perks or promo box is an aside.
GATED_MIN_PROSE_SHARE = 0.5
# Short blocks mostly made of links are menus or link lists.
MARKUP_LINK_DENSITY = 0.6
MARKUP_LINK_MAX_WORDS = 30

# Main-run scores (maximum-sum segmentation, after Pasternack & Roth 2009).
SCORE_SHORT = -3.0  # a short unlabelled line: cheap to cross (subheadings, photo credits); fitted
SCORE_CHROME_BASE = -6.0  # a line the lexicons call chrome
SCORE_BAD_PER_WORD = -0.5  # a long block with no function words (tag clouds, lists of names)
SCORE_NEAR_FACTOR = 0.6
# HTML: prose in a sidebar (`<aside>`, a "sidebar" or "textwidget" box) earns this share of its words.
SIDEBAR_PROSE_FACTOR = 0.3
# Prose after the start of a comment thread counts for this share of its words only.
COMMENT_PROSE_FACTOR = -0.2
# A comment-thread or related-links heading only ends the article after this many prose words.
BARRIER_MIN_WORDS_BEFORE = 60
# HTML: a comment heading that is a link ("4 Comments" pointing at the thread) with a run of prose
# starting at most COUNTER_MAX_GAP blocks below it is a counter in the article's header, not the start
# of the thread: the prose after it is not discounted.
COUNTER_LINK_DENSITY = 0.6
COUNTER_MAX_GAP = 3
# A run must score at least this (about one short paragraph) to be a candidate at all.
RUN_MIN_SCORE = 10.0
# A second run joins the main one when it is this strong relative to it and this close.
SECOND_RUN_MIN_SHARE = 0.25
SECOND_RUN_MAX_GAP = 20
# ... and a run right above it joins whatever its strength when only a photo's caption and credit lines, at
# most this many, stand between them (a lead paragraph above the story's first photo).
CREDIT_GAP_MAX_BLOCKS = 2

# HTML: the article's container encloses at least this share of the body run's prose words.
CONTAINER_MIN_SHARE = 0.85
# HTML: between a lead paragraph set above the article's element and its first paragraph, at most this many
# lines of a share bar or an "Advertisement" label may stand without
# ending the lead (trafilatura snippet set: a share bar of three buttons, an ad label).
LEAD_GAP_MAX_BLOCKS = 4

# Unclaimed lines between two runs of the article join it when there are at most this many.
SANDWICH_MAX_BLOCKS = 12

# A text layout is indented (inscriptis, lynx and w3m dumps render boxes as indentation) when at least
# this share of its lines is indented by INDENTED_MIN_SPACES or more. Such converters do not put the
# <title> on the first line, as html-text and BeautifulSoup dumps do.
INDENTED_LAYOUT_MIN_SHARE = 0.3
INDENTED_MIN_SPACES = 2

# Header zone: how far before the body start a headline is looked for.
HEADLINE_WINDOW = 80
# A headline's words come back in the story's lead: the ranker compares a candidate's content words with
# the first LEAD_WORDS words of the body from the first real paragraph on, each word cut to its first
# LEAD_STEM_CHARS characters so that inflections meet ("surges" / "surged", "Taiwan's" / "Taiwan").
# Strongest where the page gives no <title> to compare with (inscriptis dumps).
LEAD_WORDS = 150
LEAD_STEM_CHARS = 5
HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 30
SECTION_MAX_WORDS = 3
SECTION_MAX_CHARS = 30
BYLINE_MAX_WORDS = 18
DATE_LINE_MAX_WORDS = 20
# HTML: a page whose `<figcaption>`s hold more than this share of its prose words is a gallery story told in
# its captions (one photo and its text per item): they stay body candidates.
FIGCAPTION_STORY_MIN_SHARE = 0.5
# Captions: the text before a credit must be at least this many words.
CAPTION_MIN_WORDS = 4
COPYRIGHT_MAX_WORDS = 60
