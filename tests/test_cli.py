"""cli.py: `articlekit FILE|- [--format json|text|markdown]`, exit codes and messages."""

from __future__ import annotations

import gc
import gzip
import io
import json
import os
import warnings
from pathlib import Path

import pytest

from articlekit import parse_text
from articlekit.cli import main

HEADLINE = "Ministers agree new energy rules after long talks"
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
PAGE = "\n\n".join(["Home", "World", HEADLINE, "By Jane Doe", *PARAGRAPHS, "Privacy Policy"])


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_json_is_the_default_and_matches_the_api(page_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(page_file)]) == 0
    out = json.loads(capsys.readouterr().out)
    expected = parse_text(PAGE).to_dict()
    expected.pop("blocks")
    assert out == expected


def test_json_leaves_blocks_out_unless_asked(page_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(page_file), "--format", "json"]) == 0
    assert "blocks" not in json.loads(capsys.readouterr().out)
    assert main([str(page_file), "--format", "json", "--blocks"]) == 0
    blocks = json.loads(capsys.readouterr().out)["blocks"]
    assert [block["text"] for block in blocks][:2] == ["Home", "World"]
    assert all({"text", "role", "kind", "evidence"} <= set(block) for block in blocks)


def test_json_keeps_non_ascii_text_readable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE.replace("minister", "ministre é"), encoding="utf-8")
    assert main([str(path)]) == 0
    assert "ministre é" in capsys.readouterr().out


def test_text_format_prints_headline_then_body(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, PAGE.encode("utf-8"))
    assert main(["-", "--format", "text"]) == 0
    assert capsys.readouterr().out == "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n"


def test_markdown_format(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    feed_stdin(monkeypatch, PAGE.encode("utf-8"))
    assert main(["-", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"# {HEADLINE}\n")
    assert "By Jane Doe" in out
    for paragraph in PARAGRAPHS:
        assert f"\n{paragraph}\n" in out
    assert "Privacy Policy" not in out


def test_stdin_and_file_give_the_same_json(
    page_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(page_file)]) == 0
    from_file = capsys.readouterr().out
    feed_stdin(monkeypatch, PAGE.encode("utf-8"))
    assert main(["-"]) == 0
    assert capsys.readouterr().out == from_file


def test_invalid_utf8_is_read_not_fatal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("utf-8") + b"\n\nBroken \xff\xfe byte")
    assert main([str(path), "--format", "text"]) == 0
    assert PARAGRAPHS[0] in capsys.readouterr().out


def test_missing_file_exits_2_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.txt"
    assert main([str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(missing) in captured.err
    assert captured.err.startswith("articlekit:")


def test_a_directory_exits_2_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().err


@pytest.mark.parametrize("content", ["", "  \n\n\t "])
def test_empty_file_exits_1_with_the_empty_input_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    assert main([str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "empty" in captured.err
    assert "EmptyInputError" in captured.err  # the library's own message, which says what to catch


def test_empty_stdin_exits_1(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    feed_stdin(monkeypatch, b"")
    assert main(["-"]) == 1
    assert "empty" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(page_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([str(page_file), "--format", "yaml"])
    assert exited.value.code == 2
    assert "--format" in capsys.readouterr().err


def test_input_text_forces_text_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a page that quotes enough markup to be sniffed as HTML is still read as text when asked
    markup = "<div><p>One</p><p>Two</p><p>Three</p><span>Four</span></div>"
    path = tmp_path / "page.txt"
    path.write_text(PAGE + "\n\n" + markup, encoding="utf-8")
    assert main([str(path), "--input", "text", "--format", "json", "--blocks"]) == 0
    blocks = json.loads(capsys.readouterr().out)["blocks"]
    assert blocks[-1]["text"] == markup


def test_the_input_file_is_closed(page_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        assert main([str(page_file), "--format", "text"]) == 0
        gc.collect()
    capsys.readouterr()
    assert not [warning for warning in caught if issubclass(warning.category, ResourceWarning)]


def test_a_sniffed_html_file_keeps_its_declared_charset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # auto mode must hand the undecoded bytes to the HTML reader, which honours <meta charset>;
    # decoding them as UTF-8 first would turn every accented letter into a replacement character
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9 prices rise in the capital</title></head>'
        f"<body><article><h1>Caf\u00e9 prices rise in the capital</h1>{body}</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("windows-1252"))
    assert main([str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == "Caf\u00e9 prices rise in the capital"


def test_jsonl_prints_one_line_per_file_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(PAGE, encoding="utf-8")
    second.write_text(PAGE.replace(HEADLINE, "Another headline for the second page"), encoding="utf-8")
    assert main([str(second), str(first), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    rows = [json.loads(line) for line in lines]
    assert [row["file"] for row in rows] == [str(second), str(first)]
    assert [row["headline"] for row in rows] == ["Another headline for the second page", HEADLINE]
    expected = parse_text(PAGE).to_dict()
    expected.pop("blocks")
    assert {key: value for key, value in rows[1].items() if key != "file"} == expected


def test_jsonl_keeps_a_line_for_a_bad_file_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, empty, missing = tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "missing.txt"
    good.write_text(PAGE, encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    assert main([str(empty), str(good), str(missing), "--format", "jsonl"]) == 2  # the worst status met
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [row["file"] for row in rows] == [str(empty), str(good), str(missing)]
    assert "empty" in rows[0]["error"] and "headline" not in rows[0]
    assert rows[1]["headline"] == HEADLINE and "error" not in rows[1]
    assert "cannot read" in rows[2]["error"]
    assert str(empty) in captured.err and str(missing) in captured.err


def test_jsonl_status_is_1_when_a_file_is_only_unparsable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(PAGE, encoding="utf-8")
    empty.write_text(" \n", encoding="utf-8")
    assert main([str(good), str(empty), "--format", "jsonl"]) == 1
    assert len(capsys.readouterr().out.splitlines()) == 2


@pytest.mark.parametrize(
    "extra", [["--format", "json"], ["--format", "jsonl", "--url", "https://example.com/a"], ["--format", "text"]]
)
def test_several_files_need_jsonl_and_no_url(
    page_file: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([str(page_file), str(page_file), *extra])
    assert exited.value.code == 2
    assert capsys.readouterr().out == ""


def test_stdin_cannot_be_named_twice(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["-", "-", "--format", "jsonl"])
    assert exited.value.code == 2
    assert "stdin" in capsys.readouterr().err


def wet_record(content: str, uri: str, date: str = "2023-10-15T12:00:00Z") -> bytes:
    body = content.encode("utf-8")
    head = f"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
    return (head + f"Content-Length: {len(body)}\r\n\r\n").encode() + body + b"\r\n\r\n"


def test_wet_input_prints_one_line_per_page_with_its_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crawl.warc.wet.gz"
    dated = PAGE.replace("By Jane Doe", "By Jane Doe\n\n3 hours ago")
    path.write_bytes(gzip.compress(wet_record(dated, "https://example.com/a")) + gzip.compress(wet_record(" ", "u2")))
    assert main([str(path), "--input", "wet", "--format", "jsonl"]) == 0  # a blank page is a line, not a fault
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(row["file"], row["url"]) for row in rows] == [(str(path), "https://example.com/a"), (str(path), "u2")]
    assert rows[0]["headline"] == HEADLINE
    assert rows[0]["published"] == "2023-10-15T09:00:00+00:00"  # "3 hours ago" against the WARC-Date
    assert "empty" in rows[1]["error"]


def test_wet_input_reports_a_broken_file_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken, good = tmp_path / "broken.wet", tmp_path / "good.wet"
    broken.write_bytes(b"not a warc file\r\n")
    good.write_bytes(wet_record(PAGE, "https://example.com/a"))
    assert main([str(broken), str(good), "--input", "wet", "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert rows[0]["file"] == str(broken) and "WET" in rows[0]["error"]
    assert rows[1]["headline"] == HEADLINE
    assert str(broken) in captured.err


@pytest.mark.parametrize("extra", [["--format", "json"], ["--format", "jsonl", "--url", "https://example.com/a"]])
def test_wet_input_needs_jsonl_and_no_url(
    page_file: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([str(page_file), "--input", "wet", *extra])
    assert exited.value.code == 2
    assert "wet" in capsys.readouterr().err


class ClosedPipe(io.StringIO):
    """stdout whose reader has gone away, as under `| head -1`."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd = fd

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        return self.fd


@pytest.mark.parametrize("wet", [False, True])
def test_a_closed_pipe_ends_the_run_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], wet: bool
) -> None:
    path = tmp_path / ("crawl.wet" if wet else "page.txt")
    path.write_bytes(wet_record(PAGE, "https://example.com/a") if wet else PAGE.encode())
    read_end, write_end = os.pipe()
    try:
        monkeypatch.setattr("sys.stdout", ClosedPipe(write_end))
        extra = ["--input", "wet"] if wet else []
        assert main([str(path), str(path), "--format", "jsonl", *extra]) == 141
    finally:
        os.close(read_end)
        os.close(write_end)
    assert capsys.readouterr().err == ""  # no "cannot read" for the input, no traceback


def test_jobs_spread_jsonl_over_processes_and_keep_the_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, missing, crawl = (tmp_path / name for name in ("a.txt", "b.txt", "gone.txt", "crawl.wet"))
    first.write_text(PAGE, encoding="utf-8")
    second.write_text(PAGE.replace("Jane Doe", "John Roe"), encoding="utf-8")
    crawl.write_bytes(wet_record(PAGE, "https://example.com/a") + wet_record(" ", "u2"))
    files = [str(first), str(missing), str(second), str(first)]
    assert main([*files, "--format", "jsonl"]) == 2
    alone = capsys.readouterr()
    assert main([*files, "--format", "jsonl", "--jobs", "2"]) == 2
    pooled = capsys.readouterr()
    assert pooled.out == alone.out and pooled.err == alone.err
    assert [json.loads(line)["file"] for line in pooled.out.splitlines()] == files
    assert main([str(crawl), "--input", "wet", "--format", "jsonl", "--jobs", "2"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["url"] for line in lines] == ["https://example.com/a", "u2"]


@pytest.mark.parametrize("extra", [["--jobs", "2"], ["--jobs", "-1", "--format", "jsonl"]])
def test_jobs_needs_jsonl_and_a_count(page_file: Path, capsys: pytest.CaptureFixture[str], extra: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([str(page_file), *extra])
    assert stop.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_an_unreadable_wet_file_gets_its_line_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, missing = tmp_path / "good.wet", tmp_path / "missing.wet"
    good.write_bytes(wet_record(PAGE, "https://example.com/a"))
    assert main([str(good), str(missing), str(good), "--input", "wet", "--format", "jsonl"]) == 2
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line.get("url") for line in lines] == ["https://example.com/a", None, "https://example.com/a"]
    assert lines[1] == {"file": str(missing), "error": "cannot read: No such file or directory"}
    assert "cannot read" in err


def test_jsonl_passes_the_url_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    url = "https://example.com/2021/03/04/energy-rules"
    assert main([str(path), "--format", "jsonl", "--url", url]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["published"] == parse_text(PAGE, url=url).to_dict()["published"]
    assert line["published"] is not None and line["published"].startswith("2021-03-04")
