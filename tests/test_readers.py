"""Readers: every bad input is named in a numbered message, and the rest of the batch is still read."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

pytestmark = pytest.mark.issue(3)

GOOD_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Arrests in Nairobi</title><description>Police arrested two men in Nairobi.</description>
<pubDate>Thu, 16 May 2024 10:00:00 GMT</pubDate><link>https://example.org/1</link></item>
<item><title>Shelling in Kharkiv</title>
<description>&lt;p&gt;Russian troops shelled &lt;b&gt;Kharkiv&lt;/b&gt;.&lt;/p&gt;
</description><pubDate>Fri, 17 May 2024 08:30:00 GMT</pubDate><link>https://example.org/2</link></item>
</channel></rss>
"""
PAGE = """<html><head><title>Arrests in Nairobi</title></head><body>
<nav>Home | World | Sport | Weather</nav>
<article><h1>Arrests in Nairobi</h1>
<p>Police arrested two opposition activists in Nairobi on Monday after a protest outside parliament.</p>
<p>The activists were taken to a police station in the city centre, according to their lawyer, who said
they had done nothing wrong and would appeal.</p>
</article></body></html>
"""


@pytest.mark.parametrize(("name", "content", "code"), [
    ("empty.txt", b"", "E003"),
    ("blank.txt", b"  \n\n ", "E003"),
    ("binary.txt", b"PK\x03\x04\x00\x00binary\x00data", "E001"),
    ("notes.docx", b"Police arrested two men.", "E011"),
    ("broken.xml", b"<rss><channel><item><title>Cut off", "E012"),
])
def test_readers_bad_file_is_named_and_batch_goes_on(write_file, good_txt, read_batch, name, content,
                                                     code) -> None:
    bad = write_file(name, content)
    articles, problems = read_batch(bad, good_txt)
    assert [p.message.split(": ")[0] for p in problems] == [f"[{code}] {bad}"]
    assert [a.origin for a in articles] == [str(good_txt)]


def test_readers_missing_path_is_e010(tmp_path: Path, good_txt, read_batch) -> None:
    missing = tmp_path / "nowhere" / "news.jsonl"
    articles, problems = read_batch(missing, good_txt)
    assert [p.message for p in problems] == [f"[E010] {missing}: no such file or directory."]
    assert len(articles) == 1


def test_readers_latin1_file_is_decoded_with_a_note(write_file, read_batch) -> None:
    text = ("Le président a visité la capitale. The president of the republic visited the capital "
            "on Monday, and the police said that the protest was peaceful.")
    path = write_file("latin.txt", text.encode("latin-1"))
    [article], problems = read_batch(path)
    assert problems == []
    assert "président a visité" in article.text
    assert len(article.notes) == 1
    assert article.notes[0].startswith(f"[W002] {path}: decoded as ")


def test_readers_malformed_jsonl_line_is_e004_with_line(write_file, read_batch) -> None:
    path = write_file("news.jsonl", '{"text": "Police arrested two men."}\n{"text": oops}\n'
                                    '{"text": "Troops shelled Kharkiv."}\n')
    articles, [problem] = read_batch(path)
    assert problem.message.startswith(f"[E004] {path}, line 2: not a JSON object")
    assert problem.origin == f"{path}:2"
    assert [a.text for a in articles] == ["Police arrested two men.", "Troops shelled Kharkiv."]
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:3"]


@pytest.mark.parametrize("record", [{"title": "No body"}, {"text": "   "}, {"text": 42}])
def test_readers_jsonl_record_without_text_is_e005(write_file, read_batch, record) -> None:
    path = write_file("news.jsonl", json.dumps({"text": "Police arrested two men."}) + "\n" + json.dumps(record))
    [article], [problem] = read_batch(path)
    assert problem.message == f"[E005] {path}, line 2: the record has no text. Add a non-empty 'text' field."
    assert article.text == "Police arrested two men."


def test_readers_json_array_is_read(write_file, read_batch) -> None:
    path = write_file("news.json", json.dumps([{"text": "Police arrested two men."}, {"title": "x"}]))
    [article], [problem] = read_batch(path)
    assert article.origin == f"{path}[1]"
    assert problem.message.startswith(f"[E005] {path}, line 2:")


def test_readers_csv_without_text_column_is_e006(write_file, good_txt, read_batch) -> None:
    path = write_file("news.csv", "title,body\nArrests,Police arrested two men.\n")
    articles, [problem] = read_batch(path, good_txt)
    assert problem.message.startswith(f"[E006] {path}: the CSV file has no 'text' column")
    assert "columns found: title, body" in problem.message
    assert len(articles) == 1


def test_readers_csv_row_with_wrong_field_count_is_e007(write_file, read_batch) -> None:
    path = write_file("news.csv", 'id,text,published\n1,Police arrested two men.,2024-05-16\n'
                                  "2,too,many,fields,here\n3,Troops shelled Kharkiv.,2024-05-17\n")
    articles, [problem] = read_batch(path)
    assert problem.message.startswith(f"[E007] {path}, line 3: malformed CSV row (5 fields, the header has 3)")
    assert [(a.external_id, a.text, a.published) for a in articles] == [
        ("1", "Police arrested two men.", date(2024, 5, 16)),
        ("3", "Troops shelled Kharkiv.", date(2024, 5, 17)),
    ]


def test_readers_rss_items_become_articles(write_file, read_batch) -> None:
    path = write_file("wire.xml", GOOD_FEED)
    articles, problems = read_batch(path)
    assert problems == []
    assert [(a.title, a.published, a.url) for a in articles] == [
        ("Arrests in Nairobi", date(2024, 5, 16), "https://example.org/1"),
        ("Shelling in Kharkiv", date(2024, 5, 17), "https://example.org/2"),
    ]
    assert articles[1].text.strip() == "Russian troops shelled Kharkiv."  # markup stripped


def test_readers_html_page_gives_main_text(write_file, read_batch) -> None:
    path = write_file("page.html", PAGE)
    [article], problems = read_batch(path)
    assert problems == []
    assert article.title == "Arrests in Nairobi"
    assert "Police arrested two opposition activists in Nairobi on Monday" in article.text
    assert "Weather" not in article.text


def test_readers_gzipped_jsonl_is_decompressed(write_file, read_batch) -> None:
    record = {"text": "Police arrested two men.", "title": "Arrests", "published": "2024-05-16"}
    path = write_file("news.jsonl.gz", gzip.compress(json.dumps(record).encode()))
    [article], problems = read_batch(path)
    assert problems == []
    assert (article.text, article.title, article.published) == ("Police arrested two men.", "Arrests",
                                                                date(2024, 5, 16))


def test_readers_directory_reads_good_files_and_names_bad(write_file, tmp_path: Path, read_batch) -> None:
    write_file("in/a.txt", "Police arrested two men in Nairobi.")
    write_file("in/b.jsonl", '{"text": "Troops shelled Kharkiv."}\n')
    write_file("in/c.bin", b"\x00\x01")
    write_file("in/sub/d.txt", b"")
    write_file("in/.hidden.txt", "Hidden files are skipped.")
    articles, problems = read_batch(tmp_path / "in")
    assert [a.text for a in articles] == ["Police arrested two men in Nairobi.", "Troops shelled Kharkiv."]
    assert [p.message[:6] for p in problems] == ["[E011]", "[E003]"]
    assert [p.origin for p in problems] == [str(tmp_path / "in/c.bin"), str(tmp_path / "in/sub/d.txt")]


def test_readers_unreadable_date_keeps_article_with_w001(write_file, read_batch) -> None:
    path = write_file("news.jsonl", '{"text": "Police arrested two men.", "published": "next week"}\n')
    [article], problems = read_batch(path)
    assert problems == []
    assert article.published is None
    assert [note[:6] for note in article.notes] == ["[W001]"]
    assert f"{path}:1: no publication date (cannot read 'next week')" in article.notes[0]


def test_readers_missing_date_keeps_article_undated(write_file, read_batch) -> None:
    path = write_file("news.jsonl", '{"text": "Police arrested two men."}\n')
    [article], _ = read_batch(path)
    assert article.published is None
    assert article.notes == []  # a missing date is counted once per run by the CLI (W004), not per article


def test_readers_html_without_date_has_no_publication_date(write_file, read_batch) -> None:
    path = write_file("page.html", PAGE.replace("</article>", "</article><footer>Copyright 2024</footer>"))
    [article], _ = read_batch(path)
    assert article.published is None


def test_readers_big_jsonl_and_csv_are_streamed_with_the_same_messages(write_file, read_batch,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import petrel.readers

    monkeypatch.setattr(petrel.readers, "STREAM_BYTES", 10)  # every file counts as big
    lines = '{"id": 1, "text": "Police arrested two men."}\n{not json\n\n{"id": 3, "text": "Troops shelled Goma."}\n'
    articles, problems = read_batch(write_file("big.jsonl", lines))
    assert [a.origin.rsplit(":", 1)[1] for a in articles] == ["1", "4"]
    assert len(problems) == 1 and problems[0].message.startswith("[E004]") and "line 2" in problems[0].message
    csv_articles, csv_problems = read_batch(write_file("big.csv", "id,text\n1,Police arrested two men.\n2\n"))
    assert [a.text for a in csv_articles] == ["Police arrested two men."]
    assert "[E007]" in csv_problems[0].message
    cut = write_file("cut.jsonl", b'{"text": "Police arrested two men."}\n{"text": "caf\xe9"}\n')
    cut_articles, cut_problems = read_batch(cut)
    assert len(cut_articles) == 1 and "[E002]" in cut_problems[0].message
