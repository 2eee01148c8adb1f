"""readers/encoding.py: page bytes into text, by BOM, then declared charset, then UTF-8, then a fallback."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit.readers.encoding import PRESCAN_BYTES, declared_encoding, decode_html

RUSSIAN = "Москва сегодня"
JAPANESE = "東京で会議が開かれた"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><p>{body}</p></body></html>"


# --- byte order marks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_a_byte_order_mark_decides_and_is_removed(bom: bytes, codec: str, name: str) -> None:
    html = page(RUSSIAN)
    assert decode_html(bom + html.encode(codec)) == (html, name)


def test_a_byte_order_mark_beats_a_declaration() -> None:
    html = page("café", head='<meta charset="iso-8859-1">')
    assert decode_html(codecs.BOM_UTF8 + html.encode()) == (html, "utf-8")


# --- declared charsets ----------------------------------------------------------------------------


def test_meta_charset() -> None:
    html = page(RUSSIAN, head='<meta charset="windows-1251">')
    assert decode_html(html.encode("cp1251")) == (html, "cp1251")


def test_meta_http_equiv_content_type() -> None:
    html = page(JAPANESE, head='<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    # browsers read Shift_JIS as Microsoft's superset, cp932
    assert decode_html(html.encode("cp932")) == (html, "cp932")


def test_unquoted_and_oddly_cased_declarations() -> None:
    html = page(RUSSIAN, head="<META HTTP-EQUIV=content-type CONTENT='text/html;CHARSET=KOI8-R'>")
    assert decode_html(html.encode("koi8-r")) == (html, "koi8-r")


def test_xml_declaration() -> None:
    html = '<?xml version="1.0" encoding="ISO-8859-2"?>\n' + page("Zażółć")
    assert decode_html(html.encode("iso8859-2")) == (html, "iso8859-2")


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO_8859-1", "latin1", "latin-1", "us-ascii", "ascii"])
def test_latin1_and_ascii_labels_mean_cp1252(label: str) -> None:
    # the curly quotes and the euro sign are 0x80-0x9f bytes, which only cp1252 gives letters
    html = page("“Quoted” for 5 €", head=f'<meta charset="{label}">')
    assert decode_html(html.encode("cp1252")) == (html, "cp1252")


@pytest.mark.parametrize(("label", "name"), [("gb2312", "gb18030"), ("GBK", "gb18030"), ("euc-kr", "cp949")])
def test_legacy_labels_mean_their_browser_supersets(label: str, name: str) -> None:
    assert declared_encoding(f'<meta charset="{label}">'.encode()) == name


@pytest.mark.parametrize("label", ["no-such-charset", "x-user-defined-nope", "unicode-1-1-utf-9", "", "'"])
def test_unknown_charset_names_are_ignored(label: str) -> None:
    html = page("café", head=f'<meta charset="{label}">')
    assert declared_encoding(html.encode()) is None
    assert decode_html(html.encode()) == (html, "utf-8")


@pytest.mark.parametrize("label", ["base64", "hex", "rot13", "zlib", "unicode_escape", "undefined", "idna", "utf-7"])
def test_python_codecs_that_are_not_charsets_are_ignored(label: str) -> None:
    html = page("caf\\u00e9", head=f'<meta charset="{label}">')
    assert declared_encoding(html.encode()) is None
    assert decode_html(html.encode()) == (html, "utf-8")


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-32"])
def test_an_ascii_readable_utf16_declaration_means_utf8(label: str) -> None:
    html = page("café", head=f'<meta charset="{label}">')
    assert decode_html(html.encode()) == (html, "utf-8")


def test_the_first_known_declaration_wins() -> None:
    head = '<meta charset="bogus"><meta charset="koi8-r"><meta charset="cp1251">'
    assert declared_encoding(page("x", head=head).encode()) == "koi8-r"


def test_a_declaration_past_the_prescan_window_is_not_seen() -> None:
    html = "<html><head><style>" + " " * PRESCAN_BYTES + '</style><meta charset="cp1251"></head></html>'
    assert declared_encoding(html.encode()) is None


def test_ascii_bytes_report_the_declared_charset() -> None:
    html = page("plain", head='<meta charset="windows-1251">')
    assert decode_html(html.encode()) == (html, "cp1251")


# --- mislabelled pages ----------------------------------------------------------------------------


def test_utf8_bytes_labelled_latin1_are_read_as_utf8() -> None:
    html = page("Café in São Paulo, 東京", head='<meta charset="iso-8859-1">')
    assert decode_html(html.encode()) == (html, "utf-8")


def test_cp1252_bytes_labelled_utf8_fall_back_to_cp1252() -> None:
    html = page("Café “Olé” à Paris", head='<meta charset="utf-8">')
    assert decode_html(html.encode("cp1252")) == (html, "cp1252")


def test_undeclared_cp1252_bytes_fall_back_to_cp1252() -> None:
    html = page("Müller sagte: „Grüße“")
    assert decode_html(html.encode("cp1252")) == (html, "cp1252")


def test_undeclared_utf8_is_read_as_utf8() -> None:
    html = page(JAPANESE)
    assert decode_html(html.encode()) == (html, "utf-8")


def test_utf8_with_one_broken_sequence_keeps_the_rest() -> None:
    data = page(JAPANESE * 3).encode()
    truncated = data + "東".encode()[:2]  # cut mid-character
    text, name = decode_html(truncated)
    assert name == "utf-8"
    assert JAPANESE * 3 in text
    assert text.endswith("\ufffd")


def test_a_declared_charset_that_fails_is_used_with_replacement_characters() -> None:
    html = page(JAPANESE, head='<meta charset="shift_jis">')
    data = html.encode("cp932") + b"\x82"  # a lead byte with nothing after it
    text, name = decode_html(data)
    assert name == "cp932"
    assert JAPANESE in text


def test_cp1252_bytes_with_undefined_positions_do_not_fail() -> None:
    data = page("x").encode() + b"\x81\x8d\x8f\x90\x9d caf\xe9"
    text, name = decode_html(data)
    assert name == "cp1252"
    assert text.endswith("\ufffd" * 5 + " café")


@given(st.binary(max_size=300))
def test_never_raises(data: bytes) -> None:
    text, name = decode_html(data)
    assert isinstance(text, str)
    assert codecs.lookup(name).name == name


@given(st.binary(max_size=200), st.sampled_from(["utf-8", "shift_jis", "iso-2022-jp", "utf-16", "big5", "koi8-u"]))
def test_never_raises_whatever_the_declaration(data: bytes, label: str) -> None:
    text, _ = decode_html(f'<meta charset="{label}">'.encode() + data)
    assert isinstance(text, str)
