"""Turn the bytes of an HTML page into text, saying which encoding was used.

The order, first match wins:

1. a byte order mark (UTF-8, UTF-16, UTF-32): authoritative, as in browsers;
2. a charset the page declares in its first `PRESCAN_BYTES` (`<meta charset>`, `<meta http-equiv=
   "Content-Type" content="...; charset=...">`, or an XML declaration), if Python knows it as a text
   encoding and the bytes decode with it, unless the bytes are also valid UTF-8 with non-ASCII
   characters (see `decode_html`);
3. UTF-8, strictly;
4. a fallback that never fails: the declared charset with replacement characters if there is one,
   else UTF-8 with replacement characters when most non-ASCII sequences are valid UTF-8 (a page cut
   mid-character), else cp1252 with replacement characters.

Declared names are mapped the way browsers map them (WHATWG Encoding Standard): "iso-8859-1",
"latin-1" and "ascii" mean cp1252, "gb2312" means gb18030, "shift_jis" means cp932, and so on.
"""

from __future__ import annotations

import codecs
import re

# Where a page's charset declaration is looked for. The WHATWG prescan reads 1,024 bytes; pages with
# long inline styles in <head> put <meta charset> later than that, so the window is wider.
PRESCAN_BYTES = 8192

# Byte order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# `charset=NAME` inside a <meta> tag: covers both `<meta charset="x">` and the http-equiv form, whose
# content attribute holds "text/html; charset=x". Bounded repetitions keep a broken tag from making
# the search quadratic.
_META_CHARSET = re.compile(
    rb"""
    <meta\b
    [^<>]{0,1000}?                       # other attributes, within the tag
    \bcharset\s*=\s*["']?\s*
    ([a-z0-9._:+-]{1,40})                # the label
    """,
    re.IGNORECASE | re.VERBOSE,
)
_XML_ENCODING = re.compile(
    rb"""
    \A\s{0,100}<\?xml\b
    [^<>]{0,200}?
    \bencoding\s*=\s*["']
    ([a-z0-9._:+-]{1,40})
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Labels whose WHATWG meaning differs from Python's codec of the same name: browsers decode these
# with a superset, so pages labelled with them use the superset's extra characters.
_WHATWG_LABELS: dict[str, str] = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "cp819": "cp1252",
    "ibm819": "cp1252",
    "iso-ir-100": "cp1252",
    "x-cp1252": "cp1252",
    "iso-8859-9": "cp1254",
    "iso8859-9": "cp1254",
    "latin5": "cp1254",
    "l5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "csshiftjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "korean": "cp949",
    "windows-949": "cp949",
    "iso-8859-8-i": "iso8859-8",
    "x-mac-roman": "mac-roman",
    "x-mac-cyrillic": "mac-cyrillic",
    # A declaration readable as ASCII cannot be in UTF-16 or UTF-32: browsers read such pages as UTF-8.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "utf-32": "utf-8",
    "utf-32le": "utf-8",
    "utf-32be": "utf-8",
    "unicode": "utf-8",
}

# Python codecs that are not character sets: declaring one must not change how a page is read.
_NOT_CHARSETS: frozenset[str] = frozenset(
    {"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7", "mbcs", "oem"}
)

# The fallback reads a page as UTF-8 with replacement characters when at least this share of its
# non-ASCII characters decoded cleanly (a page truncated mid-character, one corrupt byte).
_MOSTLY_UTF8 = 0.5


_ASCII_PROBE = b'<meta charset="x"> Az09.,;:!?()'


def _charset(label: bytes) -> str | None:
    """The Python codec name for a declared label, or None for unknown or non-text codecs."""
    name = label.decode("ascii", "replace").strip().lower()
    name = _WHATWG_LABELS.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # bytes-to-bytes and str-to-str codecs (base64, rot13, zlib...) are not character sets
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    if info.name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    # a declaration read as ASCII can only name an ASCII-compatible charset; an EBCDIC label
    # (cp037, cp500...) on an ASCII page would turn it into garbage
    try:
        if _ASCII_PROBE.decode(info.name) != _ASCII_PROBE.decode("ascii"):
            return None
    except UnicodeDecodeError:
        return None
    return info.name


def declared_encoding(data: bytes) -> str | None:
    """The charset `data` declares in its first `PRESCAN_BYTES`, as a Python codec name, or None."""
    head = data[:PRESCAN_BYTES]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        for match in pattern.finditer(head):
            name = _charset(match.group(1))
            if name is not None:
                return name
    return None


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name, len(mark)
    return None


def _fallback(data: bytes) -> tuple[str, str]:
    """Decode bytes that no encoding reads cleanly; never raises."""
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    clean = non_ascii - replaced
    if clean > 0 and clean / non_ascii >= _MOSTLY_UTF8:
        return text, "utf-8"
    return data.decode("cp1252", "replace"), "cp1252"


# UTF-16 without a byte order mark: markup is mostly ASCII, so every other byte is a NUL. Judged on
# the first bytes only, when at least this share of the even (or odd) bytes are NULs.
UTF16_PROBE_BYTES = 1024
UTF16_MIN_NUL_SHARE = 0.6


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for BOM-less UTF-16 markup, else None."""
    head = data[:UTF16_PROBE_BYTES]
    pairs = len(head) // 2
    if pairs < 8:
        return None
    if head[1::2].count(0) >= UTF16_MIN_NUL_SHARE * pairs and head[0::2].count(0) < pairs // 10:
        return "utf-16-le"
    if head[0::2].count(0) >= UTF16_MIN_NUL_SHARE * pairs and head[1::2].count(0) < pairs // 10:
        return "utf-16-be"
    return None


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode an HTML page: (text, Python name of the encoding used). Never raises.

    Bytes that are valid UTF-8 and hold non-ASCII characters are read as UTF-8 even when the page
    declares a legacy charset: such pages were re-encoded without updating their declaration, and
    legacy text is almost never valid UTF-8 by chance (any accented letter followed by a space or
    an ASCII letter breaks it).

    >>> decode_html('<meta charset="latin-1"><p>caf\\xe9</p>'.encode("cp1252"))
    ('<meta charset="latin-1"><p>café</p>', 'cp1252')
    >>> decode_html("<p>café</p>".encode())
    ('<p>café</p>', 'utf-8')
    """
    bom = _bom(data)
    if bom is not None:
        name, size = bom
        return data[size:].decode(name, "replace"), name
    unmarked = _utf16_without_bom(data)
    if unmarked is not None:
        return data.decode(unmarked, "replace"), unmarked
    declared = declared_encoding(data)
    if declared is not None and declared != "utf-8":
        try:
            text = data.decode(declared)
        except UnicodeError:
            pass
        else:
            if data.isascii():
                return text, declared
            try:
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                return text, declared
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared is not None and declared != "utf-8":
        return data.decode(declared, "replace"), declared
    return _fallback(data)
