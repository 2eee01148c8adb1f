"""Issue 4 in the test suite: articlekit never falls over on bad, hostile or huge input.

Every case of the adversarial suite (`benchmarks/adversarial.py`, the one source of the cases) runs here
at small sizes: no unexpected exception, a CPU budget per case that catches catastrophic backtracking
(a quadratic regex takes seconds on the 20,000-character runs, a linear one milliseconds), the case's
own expectation (paragraphs kept, chrome kept out, script content never shown). The full sizes (10 MB
lines, 100 MB pages, 4 GiB address space) are `benchmarks/robustness.py`'s job.

Then what the suite cannot say from outputs alone: no file or network access because of the input
(checked three ways: Python's open and socket calls, a secret file behind external entities, a local
server that must see no connection), and entity-expansion bombs parsed without blowing up.
"""

from __future__ import annotations

import builtins
import importlib.util
import io
import json
import signal
import socket
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from articlekit import Article, Options, parse, parse_html, parse_text, pipeline
from articlekit.options import MAX_OVERFLOW_BLOCKS

if TYPE_CHECKING:
    from benchmarks import adversarial
else:

    def _load_adversarial() -> Any:
        path = Path(__file__).resolve().parent.parent / "benchmarks" / "adversarial.py"
        spec = importlib.util.spec_from_file_location("adversarial", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules.setdefault("adversarial", module)
        spec.loader.exec_module(module)
        return module

    adversarial = _load_adversarial()

# Small enough for the whole file to run in seconds; the runs stay long enough (10,000 characters) for
# quadratic backtracking to cost seconds, and the nesting past libxml2's depth limit (2,048).
SIZES = adversarial.Sizes(huge=100_000, pages=(200_000, 400_000), run=10_000, many=2_000, depths=(300, 1_000, 5_000))
# CPU seconds one case may take at these sizes: generous (most take milliseconds), the point is to
# catch superlinear work, which at these sizes costs seconds. A case is stopped when it runs out.
CPU_BUDGET_S = 2.0


class OverBudget(BaseException):
    """A case ran out of CPU budget (a BaseException, so that nothing on the way catches it)."""


@contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Stop the code inside (with OverBudget) once this process has spent `seconds` more CPU time."""
    if not hasattr(signal, "setitimer"):  # not POSIX: measure only
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise OverBudget(f"over {seconds} s of CPU")

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


# Cases that fail today, each with the library bug behind it (strict: a fix makes the test pass, and the
# entry must then go). Each was reported with a reproduction and a suggested fix.
KNOWN_FAILURES: dict[str, str] = {}


SUITE = adversarial.cases(SIZES)


def _params() -> Iterator[Any]:
    for case in SUITE:
        marks: list[pytest.MarkDecorator] = []
        if case.name in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[case.name]))
        yield pytest.param(case, id=case.name, marks=marks)


@pytest.fixture(scope="module", autouse=True)
def warm_up() -> None:
    """Imports and dateparser's first call happen once, outside any case's CPU budget."""
    parse_text(adversarial.text_page())
    parse_html(adversarial.html_page())
    parse_text(adversarial.text_page(date="Sunday 15 October 2023 22:31"))


@pytest.mark.parametrize("case", list(_params()))
def test_adversarial_case(case: adversarial.Case) -> None:
    source = case.make()
    start = time.process_time()
    try:
        with cpu_budget(CPU_BUDGET_S):
            result = adversarial.run(case, source)
    except OverBudget:
        pytest.fail(f"stopped after {CPU_BUDGET_S} s of CPU ({adversarial.input_size(source):,} bytes of input)")
    cpu = time.process_time() - start
    if isinstance(result, Exception) and not adversarial.is_expected_error(result, source, case.mode):
        raise AssertionError(f"unexpected {type(result).__name__} escaped") from result
    assert cpu < CPU_BUDGET_S, f"{cpu:.2f} s of CPU for {adversarial.input_size(source):,} bytes"
    assert adversarial.check(case, result, source) == []


def test_the_suite_covers_issue_4() -> None:
    suite = SUITE
    groups = {case.group for case in suite}
    assert groups >= {
        "empty",
        "encoding",
        "controls",
        "lines",
        "huge",
        "nesting",
        "unterminated",
        "scripts",
        "many",
        "backtracking",
        "dates",
        "writing",
        "formats",
        "lookalike",
    }
    assert {case.mode for case in suite} == {"text", "html", "auto"}
    assert sum(bool(case.expect.keep) for case in suite) > 100
    assert sum(bool(case.expect.absent) for case in suite) >= 6


def test_sizes_scale_but_stay_adversarial() -> None:
    quick = adversarial.Sizes.scaled(0.1)
    assert quick.pages == (5_000_000, 10_000_000)
    assert min(depth for depth in quick.depths if depth > 1_000) > 2_048  # past libxml2's limit
    assert [case.name for case in adversarial.cases(quick)] == [case.name for case in SUITE]


def test_big_page_is_about_its_size() -> None:
    page = adversarial.big_page(300_000)
    assert len(page) == 300_000
    text = page.decode("utf-8", "replace")
    assert adversarial.SCRIPT_SENTINEL in text
    article = parse(page)
    assert set(adversarial.PARAGRAPHS) <= set(article.body)
    assert not any(adversarial.SCRIPT_SENTINEL in block.text for block in article.blocks)


# --- script content ---------------------------------------------------------------------------------------


SCRIPT_PLACES = (
    "<script>{s}</script>",
    "<SCRIPT type='module'>{s}</SCRIPT>",
    "<script type='text/template'><p>{s}</p></script>",
    '<script type=\'application/ld+json\'>{{"@type": "NewsArticle", "headline": "{s}"}}</script>',
    "<script><!-- document.write('<p>{s}</p>') --></script>",
    "<style>p::after {{ content: '{s}' }}</style>",
    "<noscript><p>{s}</p></noscript>",
    "<template><p>{s}</p></template>",
    "<svg><script>{s}</script><style>{s}</style></svg>",
    "<iframe srcdoc='<p>{s}</p>'>{s}</iframe>",
    '<div onclick="{s}" style="{s}" data-x="{s}"></div>',
    '<a href="javascript:{s}"></a>',
)


@pytest.mark.parametrize("place", SCRIPT_PLACES)
@pytest.mark.parametrize("as_bytes", [False, True])
def test_script_content_never_comes_out(place: str, as_bytes: bool) -> None:
    secret = "zqxScriptBody"
    markup = adversarial.html_page(before=place.format(s=secret), after=place.format(s=secret))
    article = parse_html(markup.encode() if as_bytes else markup)
    assert set(adversarial.PARAGRAPHS) <= set(article.body)
    assert secret not in json.dumps(article.to_dict())


# --- no file, no network --------------------------------------------------------------------------------------


class Trap:
    """Records (and refuses) every file open and network call made while it is set."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def refuse(self, name: str) -> Callable[..., Any]:
        def refused(*args: object, **kwargs: object) -> Any:
            self.calls.append(f"{name}{args[:2]!r}")
            raise PermissionError(f"articlekit called {name} while parsing")

        return refused

    def set(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Refuse open() and socket calls (module functions and methods) from now on."""
        monkeypatch.setattr(builtins, "open", self.refuse("open"))
        monkeypatch.setattr(io, "open", self.refuse("io.open"))
        monkeypatch.setattr(socket.socket, "connect", self.refuse("socket.connect"))
        monkeypatch.setattr(socket.socket, "connect_ex", self.refuse("socket.connect_ex"))
        monkeypatch.setattr(socket, "create_connection", self.refuse("socket.create_connection"))
        monkeypatch.setattr(socket, "getaddrinfo", self.refuse("socket.getaddrinfo"))
        monkeypatch.setattr(urllib.request, "urlopen", self.refuse("urllib.request.urlopen"))


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local TCP server that no parse may connect to (libxml2's own I/O does not go through Python)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.setblocking(False)
    yield server
    server.close()


def _connections(server: socket.socket) -> int:
    count = 0
    while True:
        try:
            connection, _ = server.accept()
        except BlockingIOError:
            return count
        connection.close()
        count += 1


def hostile_pages(secret_file: Path, port: int) -> dict[str, str]:
    """Pages whose markup asks a parser to read a file or fetch a URL."""
    file_url = secret_file.as_uri()
    http = f"http://127.0.0.1:{port}"
    story = adversarial.paragraphs_html(adversarial.PARAGRAPHS)
    xml = '<?xml version="1.0"?>\n'
    return {
        "meta-refresh": adversarial.html_doc(story, head=f'<meta http-equiv="refresh" content="0; url={http}/next">'),
        "subresources": adversarial.html_doc(
            story
            + f"<img src='{http}/a.png'><iframe src='{http}/f'></iframe><script src='{http}/a.js'></script>"
            + f"<object data='{file_url}'></object><embed src='{file_url}'><video src='{http}/v'></video>"
            + f"<svg><image href='{file_url}'/><use href='{http}/s.svg#a'/></svg>",
            head=f"<base href='{http}/'><link rel='stylesheet' href='{http}/a.css'>"
            f"<link rel='import' href='{file_url}'>"
            f"<style>@import url('{http}/b.css'); body {{ background: url('{file_url}') }}</style>",
        ),
        "doctype-system": f'<!DOCTYPE html SYSTEM "{file_url}">' + adversarial.html_doc(story),
        "external-entity": xml
        + f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{file_url}"><!ENTITY web SYSTEM "{http}/e">]>'
        + adversarial.html_doc(story + "<p>&xxe;</p><p>&web;</p>"),
        "parameter-entity": xml
        + f'<!DOCTYPE html [<!ENTITY % remote SYSTEM "{http}/x.dtd"> %remote; <!ENTITY % file SYSTEM "{file_url}">'
        + " %file;]>"
        + adversarial.html_doc(story),
        "xinclude": adversarial.html_doc(
            story
            + f"<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='{file_url}' parse='text'/>"
            + f"<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='{http}/x' parse='text'/>"
        ),
        "xml-stylesheet": xml
        + f'<?xml-stylesheet type="text/xsl" href="{http}/x.xsl"?>'
        + f'<?xml-stylesheet href="{file_url}"?>'
        + adversarial.html_doc(story),
        "json-ld-context": adversarial.html_doc(
            story,
            head='<script type="application/ld+json">'
            + json.dumps({"@context": f"{http}/ctx", "@type": "NewsArticle", "headline": "H", "@id": file_url})
            + "</script>",
        ),
    }


@pytest.mark.parametrize("name", list(hostile_pages(Path("/x"), 1)))
def test_input_never_makes_articlekit_open_files_or_sockets(
    name: str, tmp_path: Path, listener: socket.socket, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "zqxSecretFileContent"
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(f"{secret}\n", encoding="utf-8")
    markup = hostile_pages(secret_file, listener.getsockname()[1])[name]
    trap = Trap()
    trap.set(monkeypatch)
    results: list[Article] = []
    try:
        for function in (parse, parse_html):
            results += [function(markup), function(markup.encode())]
        results.append(parse_text(markup))
    finally:
        monkeypatch.undo()
    assert trap.calls == []
    assert _connections(listener) == 0
    for article in results:
        assert secret not in json.dumps(article.to_dict())
    for article in results[:4]:  # the HTML parses still read the story
        assert set(adversarial.PARAGRAPHS) <= set(article.body)


def test_the_trap_catches_what_it_must(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the test above is only as good as its trap
    trap = Trap()
    trap.set(monkeypatch)
    with pytest.raises(PermissionError):
        open(tmp_path / "x", "w")  # noqa: SIM115
    with pytest.raises(PermissionError):
        socket.create_connection(("127.0.0.1", 9))
    with socket.socket() as unconnected, pytest.raises(PermissionError):
        unconnected.connect(("127.0.0.1", 9))
    monkeypatch.undo()
    assert len(trap.calls) == 3


# --- entity expansion -------------------------------------------------------------------------------------------


def _laughs(levels: int, fan_out: int) -> str:
    entities = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * fan_out}">' for n in range(1, levels + 1))
    return f'<!DOCTYPE html [<!ENTITY lol0 "lol">{entities}]>'


BOMBS = {
    "billion-laughs": '<?xml version="1.0"?>\n' + _laughs(9, 10),
    "billion-laughs-no-declaration": _laughs(9, 10),
    "wide-laughs": '<?xml version="1.0"?>\n' + _laughs(4, 1000),
    "quadratic-blowup": f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY a "{"a" * 100_000}">]>',
}


def _bomb_params() -> list[Any]:
    params = []
    for name in BOMBS:
        for entry in ("parse", "parse_html", "parse-bytes"):
            params.append(pytest.param(name, entry, id=f"{name}-{entry}"))
    return params


@pytest.mark.parametrize(("name", "entry"), _bomb_params())
def test_entity_bombs_do_not_go_off(name: str, entry: str) -> None:
    reference = "&lol9;" if "laughs" in name and "wide" not in name else ("&lol4;" if "wide" in name else "&a;" * 2_000)
    markup = BOMBS[name] + adversarial.html_page(
        prolog="", after=f"<p>{reference}</p>", head=f"<meta name='description' content='{reference}'>"
    ).replace("<h1>", f"<h1>{reference}")
    source: str | bytes = markup.encode() if entry == "parse-bytes" else markup
    function = parse_html if entry == "parse_html" else parse
    start = time.process_time()
    article = function(source)
    assert time.process_time() - start < CPU_BUDGET_S
    assert set(adversarial.PARAGRAPHS) <= set(article.body)
    output = json.dumps(article.to_dict())
    assert len(output) < 20 * len(markup) + 100_000  # nothing expanded
    assert "lollollollol" not in output


def test_entities_a_page_declares_are_never_expanded() -> None:
    # the reader parses with huge_tree (libxml2 keeps deep trees and long text nodes, and lifts its entity
    # amplification limits): safe only because the HTML parser never expands declared entities. &lol3; is
    # a thousand "lol"s once expanded; it must stay a reference (or vanish), in bytes and in str input
    bomb = BOMBS["billion-laughs"] + "<p>Before &lol3; after.</p>"
    for source in (bomb, bomb.encode()):
        article = parse_html(source)
        assert "lollollol" not in json.dumps(article.to_dict())


# --- bounds ---------------------------------------------------------------------------------------------------------


def test_input_limit_is_checked_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> Article:
        raise AssertionError("the pipeline ran on input over the limit")

    monkeypatch.setattr(pipeline, "run_text", fail)
    monkeypatch.setattr(pipeline, "run_html", fail)
    page = "x " * 600
    for function in (parse, parse_text, parse_html):
        with pytest.raises(Exception, match="max_input_bytes"):
            function(page, options=Options(max_input_bytes=1_000))


def _long_value_page(where: str, size: int) -> str:
    value = adversarial.scaled("Flood wall | ", size)
    if where == "class":
        return adversarial.html_page(wrap=(f'<div class="{" ".join(f"c{n}" for n in range(size // 8))}">', "</div>"))
    if where == "id":
        return adversarial.html_page(wrap=(f'<div id="{"-".join(f"c{n}" for n in range(size // 8))}">', "</div>"))
    return adversarial.html_page(slots={where: value})


@pytest.mark.parametrize(
    "where",
    [
        "title",
        "meta",
        "json-ld",
        "class",
        "id",
    ],
)
def test_long_metadata_and_attribute_values_are_read_only_so_far(where: str) -> None:
    # a <title>, meta content, JSON-LD string or class attribute of megabytes is junk: reading it may not
    # cost more than a short one (100 times longer here), whatever the page does with it. The short page
    # is padded to the long one's size with a comment, so both pay the same for decoding and parsing.
    def cpu(page: str) -> float:
        start = time.process_time()
        parse_html(page)
        return time.process_time() - start

    long_page = _long_value_page(where, 500_000)
    short_page = _long_value_page(where, 5_000)
    short_page += "<!--" + "x" * max(0, len(long_page) - len(short_page)) + "-->"
    cpu(short_page)  # dateparser's first call for this page's strings
    short, long = min(cpu(short_page) for _ in range(2)), min(cpu(long_page) for _ in range(2))
    assert long < 3 * short + 0.05, (short, long)


def test_cpu_stays_linear_in_the_number_of_blocks() -> None:
    # 4x the blocks may cost 4x the time (and then some, for noise), never 16x: no stage is quadratic in
    # the page length
    def cpu(count: int) -> float:
        page = adversarial.text_page(after=[f"Comment number {n} says the wall is too low." for n in range(count)])
        start = time.process_time()
        parse_text(page, options=Options(max_blocks=10 * count))
        return time.process_time() - start

    cpu(100)
    small, large = min(cpu(500) for _ in range(2)), min(cpu(2_000) for _ in range(2))
    assert large < 8 * small + 0.05, (small, large)


@pytest.mark.parametrize("mode", ["text", "html"])
def test_blocks_past_max_blocks_cost_their_characters_not_their_count(mode: str) -> None:
    # a hundred thousand one-word blocks past max_blocks are kept but not analysed: reading them may
    # cost a pass over their characters, not the work of a block each (20-40 µs: 2-4 s here)
    count = 100_000
    function: Callable[..., Article]
    if mode == "text":
        page = adversarial.text_page(after=["x"] * count)
        function = parse_text
    else:
        page = adversarial.html_page(after="<p>x</p>" * count)
        function = parse_html
    start = time.process_time()
    article = function(page, options=Options(max_blocks=1_000))
    cpu = time.process_time() - start
    assert set(adversarial.PARAGRAPHS) <= set(article.body)
    assert len(article.blocks) <= 1_000 + MAX_OVERFLOW_BLOCKS
    assert sum(block.text.count("x") for block in article.blocks[1_000:]) >= count - 1_000
    assert cpu < 1.5, f"{cpu:.2f} s of CPU"


def test_a_long_title_of_unclosed_media_labels_is_read_in_linear_time() -> None:
    # the media label regex reads only a headline's end: a <title> of "(video+" repeated stays cheap
    title = "Storm " + "(video+" * 100_000
    start = time.process_time()
    article = parse_html(f"<html><head><title>{title}</title></head><body><p>Short.</p></body></html>")
    assert time.process_time() - start < CPU_BUDGET_S
    assert article.headline is not None and article.headline.startswith("Storm")
