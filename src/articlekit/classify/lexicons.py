"""Vocabularies as data: one tuple per boilerplate kind and language, plus the small word lists the
stages use. Phrases are lowercase; a phrase matches on word boundaries anywhere in a short block
(`CHROME_PHRASES`) or only as the whole block (`CHROME_LINES`). Adding a language is adding entries here.
"""

from __future__ import annotations

from collections.abc import Mapping

from articlekit.model import Kind

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "nl", "ja")

# Phrases that mark a short block as chrome of one kind wherever they stand in it.
CHROME_PHRASES: Mapping[Kind, Mapping[str, tuple[str, ...]]] = {
    Kind.LOGIN: {
        "en": (
            "log in", "login", "log-in", "sign in", "sign-in", "sign up", "register", "forgot password",
            "forgot your password", "create an account", "create account", "my account", "log out", "logout",
            "sign out", "user registration",
        ),
    },
    Kind.NEWSLETTER: {
        "en": (
            "newsletter", "subscribe to our", "sign up for our", "get our", "delivered to your inbox",
            "in your inbox", "email address", "enter your email", "daily digest", "email alerts", "news alerts",
        ),
    },
    Kind.AD: {
        "en": (
            "advertisement", "advertising", "sponsored", "promoted", "paid content", "partner content",
            "ad feedback", "learn more", "shop now", "buy now", "no annual fee", "open an account",
        ),
    },
    Kind.SHARE: {
        "en": (
            "share this", "share on", "share via", "tweet", "pinterest", "whatsapp", "linkedin", "email this",
            "print this", "copy link", "share article", "facebook", "twitter", "reddit",
        ),
    },
    Kind.COMMENTS: {
        "en": (
            "comments", "comment", "leave a reply", "leave a comment", "post a comment", "add a comment",
            "join the discussion", "join the conversation", "reply", "replies", "responses to", "says:",
            "report abuse", "be the first to comment",
        ),
    },
    Kind.RELATED: {
        "en": (
            "related", "read more", "more from", "you may also like", "you might also like", "recommended",
            "trending", "most popular", "most read", "also read", "see also", "more stories", "next article",
            "previous article", "what's trending", "more on this", "popular stories", "top stories",
        ),
    },
    Kind.COOKIE: {
        "en": (
            "cookie", "cookies", "privacy policy", "consent", "accept all", "reject all", "manage preferences",
            "your privacy", "gdpr",
        ),
    },
    Kind.PAYWALL: {
        "en": (
            "subscribe now", "subscribers only", "subscriber-only", "already a subscriber", "to continue reading",
            "continue reading", "unlock this article", "premium content", "free trial", "start your subscription",
            "this article is for subscribers", "register to read",
        ),
    },
    Kind.FOOTER: {
        "en": (
            "terms of use", "terms of service", "terms and conditions", "privacy policy", "contact us",
            "about us", "advertise with us", "careers", "site map", "sitemap", "accessibility",
            "do not sell my", "all rights reserved",
        ),
    },
    Kind.NAVIGATION: {
        "en": (
            "home", "menu", "search", "skip to content", "skip to main content", "main menu", "back to top",
            "toggle navigation", "close menu", "open menu",
        ),
    },
}

# Whole-block matches: short lines that are chrome only when they stand alone ("Home", "Share").
CHROME_LINES: Mapping[Kind, Mapping[str, tuple[str, ...]]] = {
    Kind.NAVIGATION: {"en": ("home", "menu", "search", "news", "next", "previous", "more", "close", "top", "back")},
    Kind.SHARE: {"en": ("share", "print", "email", "e-mail", "facebook", "twitter", "x", "mail", "tweet", "save")},
    Kind.RELATED: {"en": ("read more", "more", "related", "see more", "view more", "load more")},
    Kind.COMMENTS: {"en": ("no comment", "no comments", "comments", "comment", "reply")},
}

# Function words per language: body text is dense with them, chrome is not (jusText's insight).
STOPWORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        (
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
            "as", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that",
            "which", "who", "he", "she", "they", "we", "you", "his", "her", "their", "our", "not", "will",
            "would", "can", "could", "than", "then", "there", "about", "after", "into", "over", "also", "said",
            "when", "while", "if", "so", "more", "one", "all", "up", "out", "i", "my", "me", "them", "what",
        )
    ),
}

# Words that open a byline, before the names: "By Jane Doe", "Von Hans Meier".
BYLINE_PREFIXES: Mapping[str, tuple[str, ...]] = {
    "en": ("by", "written by", "words by", "story by", "reporting by", "posted by", "author:", "authors:"),
}

# Joins between author names: "Jane Doe and John Roe", "Jane Doe & John Roe".
AUTHOR_CONJUNCTIONS: Mapping[str, tuple[str, ...]] = {
    "en": ("and", "&", "with"),
}

# Marks of a copyright line, besides the © sign.
COPYRIGHT_PHRASES: Mapping[str, tuple[str, ...]] = {
    "en": ("copyright", "all rights reserved", "(c)"),
}

# Phrases that open a caption credit, or credits standing alone.
CREDIT_PREFIXES: Mapping[str, tuple[str, ...]] = {
    "en": ("photo:", "photos:", "photograph:", "image:", "picture:", "credit:", "photo credit:", "illustration:", "video:"),
}

# News agencies, as they appear in datelines and credits ("PARIS (AFP) -", "(AP Photo/...)").
AGENCIES: tuple[str, ...] = (
    "AP", "Reuters", "AFP", "dpa", "EFE", "ANSA", "Kyodo", "Bloomberg", "UPI", "Xinhua", "AAP", "PA", "CNN",
    "KNA", "epd", "APA", "SDA", "Belga", "ANP", "Lusa", "Europa Press", "Jiji", "TASS", "Yonhap", "IANS", "PTI",
)

# Phrases that start a block of chrome running to the next heading: "Related articles", "Comments".
SECTION_STARTERS: Mapping[Kind, Mapping[str, tuple[str, ...]]] = {
    Kind.COMMENTS: {"en": ("comments", "leave a reply", "leave a comment", "join the discussion", "reader comments")},
    Kind.RELATED: {
        "en": (
            "related", "related articles", "related stories", "related posts", "read more", "more from",
            "you may also like", "you might also like", "recommended", "trending", "most popular", "most read",
            "more stories", "popular", "latest news", "more news",
        )
    },
}
