"""Offline search: folding, three languages, explanations only after an attempt, PDFs after their
download verifies (over real HTTP), and the CLI's JSON."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from companion.domain.search import fold, snippet, terms
from companion.store.search_index import LAYOUT

COURSE = "caring-cities-2023"

KOREAN_NOTES = """<html><head><title>돌봄도시</title></head><body>
<h1>서울의 돌봄도시 정책</h1>
<p>서울특별시는약자와동행하는특별시를목표로합니다. 돌봄서비스는 동네에서 가까이 제공됩니다.</p>
</body></html>"""
SPANISH_NOTES = """<html><body><h1>Ciudades cuidadoras</h1>
<p>En Bogotá, las Manzanas del Cuidado acercan los servicios a las mujeres cuidadoras.
La ciudad invierte en educación y en espacios públicos más seguros para la niñez.</p></body></html>"""


def trilingual_package(sample_copy):
    """The sample course, version 2, with Korean and Spanish notes, a Spanish assignment and a Korean session."""
    (sample_copy / "notes" / "lecture-1-ko.html").write_text(KOREAN_NOTES, encoding="utf-8")
    (sample_copy / "notes" / "lecture-1-es.html").write_text(SPANISH_NOTES, encoding="utf-8")
    manifest = json.loads((sample_copy / "course.json").read_text(encoding="utf-8"))
    manifest["version"] = 2
    for name, title in (("ko", "강의 1 노트"), ("es", "Apuntes de la lección 1")):
        data = (sample_copy / "notes" / f"lecture-1-{name}.html").read_bytes()
        manifest["lectures"][0]["materials"].append({
            "id": f"lecture-1-notes-{name}", "title": title, "kind": "html",
            "variants": [{"name": "text", "mime": "text/html", "path": f"notes/lecture-1-{name}.html",
                          "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}]})
    manifest["assignments"][0]["instructions"] = ("Escriba una página sobre lo que aprendió. Explique qué política "
                                                  "adaptaría en su ciudad y por qué.")
    manifest["live_sessions"][1]["description"] = "서울시 복지정책 담당자가 돌봄서비스를 소개합니다."
    (sample_copy / "course.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return sample_copy


# ---- the pure part ----

def test_folding_ignores_case_and_accents_and_keeps_korean_searchable():
    assert fold("Bogotá ÉCOLE Niñez") == "bogota ecole ninez"
    assert fold("서울") != "서울" and len(fold("서울")) == 5  # syllables into letters: long enough for trigrams
    assert terms('  Bogotá "Manzanas  del" cuidado ') == ["bogota", "manzanas del", "cuidado"]
    cut = snippet("Officials from Bogotá present the city's story.", terms("BOGOTA"))
    assert cut.match == "Bogotá" and cut.text[cut.spans[0][0]:cut.spans[0][1]] == "Bogotá"


def test_snippet_of_korean_without_spaces_points_at_the_original_words():
    text = "서울특별시는약자와동행하는특별시를목표로합니다"
    cut = snippet(text, terms("동행"))
    assert cut.match == "동행"
    assert [cut.text[a:b] for a, b in cut.spans] == ["동행"]


def test_marks_trace_every_folded_character_back_across_runs():
    import random

    from companion.domain.search import CHUNK, Folded, fold, fold_marked

    rng = random.Random(3)
    alphabet = "abcXYZ ßÉéñÑ서울특별시동행 ﬁǅ" + "e\u0301"  # expanding, vanishing (a combining accent) and plain
    text = "".join(rng.choice(alphabet) for _ in range(CHUNK * 5 + 7))
    folded, marks = fold_marked(text)
    assert folded == fold(text) and len(marks) == 6
    slow = Folded(text)  # computes its own marks
    for i in range(len(folded)):
        o = slow.original(i)
        before = fold(text[:o])
        assert len(before) <= i < len(before) + len(fold(text[o]))  # folded char i comes from original char o


# ---- the service over a real store ----

def test_search_in_three_languages(app, trilingual_app):
    app = trilingual_app
    english = app.search.search("widening social divide")
    assert english[0].kind == "notes" and english[0].part_id == "lecture-1-notes"
    korean = app.search.search("동행")  # inside a run of Korean with no spaces
    assert [(h.kind, h.part_id) for h in korean] == [("notes", "lecture-1-notes-ko")]
    assert korean[0].match == "동행" and "동행" in korean[0].snippet
    assert any(h.kind == "session" and h.item_id == "session-1" for h in app.search.search("돌봄서비스"))
    spanish = app.search.search("bogota cuidadoras")  # no accent typed, two words anywhere in the text
    assert [h.part_id for h in spanish] == ["lecture-1-notes-es"]
    assert spanish[0].match in ("Bogotá", "cuidadoras")
    assert app.search.search("NIÑEZ")[0].match == "niñez"  # case and accents both ways
    assert app.search.search("educacion")[0].match == "educación"
    assert any(h.kind == "assignment" and h.item_id == "essay" for h in app.search.search("política"))


@pytest.fixture
def trilingual_app(app, sample_copy):
    result = app.library.import_package(trilingual_package(sample_copy))
    assert result.action == "updated"  # the import's hook brought the index up to date
    return app


def test_short_words_fall_back_to_a_scan(trilingual_app):
    search = trilingual_app.search.search
    assert len(fold("서")) == 2  # a syllable without a final letter: too short for the trigram index
    hits = search("서")
    assert {h.part_id for h in hits if h.kind == "notes"} == {"lecture-1-notes-ko"}
    assert all("서" in h.snippet + h.title for h in hits)
    assert search("qz") == []
    fe = search("FE")  # two letters, any case
    assert fe and all("fe" in fold(h.snippet + h.title) for h in fe)
    assert search("서 cuidado") == []  # every word must be there: the Korean notes lack the Spanish one


def test_ranking_puts_the_densest_match_first(trilingual_app):
    hits = trilingual_app.search.search("bureau together underprivileged")
    assert hits and hits == sorted(hits, key=lambda h: h.rank)
    assert {h.kind for h in hits} <= {"notes", "question", "lecture", "session", "explanation"}


def test_explanations_are_hidden_until_an_attempt_is_finished(app):
    quiz = app.library.course(COURSE).quizzes[0]
    question = next(q for q in quiz.questions if q.explanation)
    words = " ".join(fold(question.explanation).split()[:4])
    phrase = f'"{words}"'
    app.search.ensure_current(COURSE)
    assert not [h for h in app.search.search(phrase) if h.kind == "explanation"]
    attempt = app.quizzes.start(COURSE, quiz.id)
    assert not [h for h in app.search.search(phrase) if h.kind == "explanation"]  # started is not finished
    app.quizzes.finish(attempt.id)
    shown = [h for h in app.search.search(phrase) if h.kind == "explanation"]
    assert [(h.item_id, h.part_id) for h in shown] == [(quiz.id, question.id)]


def test_the_index_is_a_cache_rebuilt_when_damaged(app, data_dir):
    app.search.ensure_current(COURSE)
    assert app.search.search("bogota")
    index_file = data_dir / "search.sqlite3"
    app.search.index._ready = False
    for suffix in ("-wal", "-shm"):
        (data_dir / f"search.sqlite3{suffix}").unlink(missing_ok=True)
    index_file.write_bytes(b"this is not a database" * 100)
    report = app.search.ensure_current(COURSE)
    assert report.sources_indexed >= 1 and app.search.search("bogota")
    with sqlite3.connect(index_file) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LAYOUT


def test_a_second_refresh_touches_nothing(app):
    first = app.search.ensure_current(COURSE)
    again = app.search.ensure_current(COURSE)
    assert first.sources_indexed >= 5 and again.sources_indexed == 0 and again.docs == first.docs


# ---- PDFs over real HTTP ----

@pytest.mark.integration
def test_pdf_text_is_found_after_its_download_verifies(app, media_portal):
    app.sync.sign_in(media_portal.url, "ana", "secret-pw")
    app.sync.run()
    app.search.ensure_current(COURSE)
    material = next(m for _l, m in app.library.course(COURSE).materials() if m.id == "lecture-2-slides")
    assert not [h for h in app.search.search("\"wrist doctor\"") if h.kind == "pdf"]  # not downloaded yet
    app.downloads.enqueue(COURSE, [material.id])
    assert app.downloads.run().done == 1
    hits = [h for h in app.search.search("\"wrist doctor\"") if h.kind == "pdf"]
    assert hits and {h.part_id for h in hits} == {"lecture-2-slides"} and hits[0].item_id == "lecture-2"
    assert all(h.page >= 1 for h in hits) and hits[0].match == "Wrist Doctor"
    # removing the download takes its pages out of the index on the next refresh
    app.downloads.remove(COURSE, material.id, "original")
    app.search.ensure_current(COURSE)
    assert not [h for h in app.search.search("\"wrist doctor\"") if h.kind == "pdf"]


# ---- the command line ----

def test_cli_search_json(data_dir, capsys):
    from companion.cli import main

    assert main(["--data-dir", str(data_dir), "search", "BOGOTA", "--json", "--course", COURSE]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["query"] == "BOGOTA" and out["count"] == len(out["results"]) > 0
    first = out["results"][0]
    assert set(first) >= {"course_id", "kind", "item_id", "part_id", "page", "title", "snippet", "spans", "match"}
    assert first["course_id"] == COURSE and first["match"] == "Bogotá"
    for hit in out["results"]:
        for a, b in hit["spans"]:
            assert fold(hit["snippet"][a:b]) == "bogota"
    assert main(["--data-dir", str(data_dir), "search", "zzzqqq"]) == 0
    assert "Nothing found for “zzzqqq”" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "search", "x", "--course", "nope"]) == 2
    assert "no course 'nope'" in capsys.readouterr().err


def test_an_index_that_cannot_be_kept_is_named_and_nothing_else_breaks(data_dir, capsys):
    from companion.cli import main

    (data_dir / "search.sqlite3").mkdir()  # something in the way that is not a file
    assert main(["--data-dir", str(data_dir), "search", "bogota"]) == 2
    err = capsys.readouterr().err
    assert "Search cannot keep its index in" in err and "search.sqlite3" in err and "SQLite 3.34" in err
    assert main(["--data-dir", str(data_dir), "courses"]) == 0  # the rest of the app is untouched
    assert "caring-cities-2023" in capsys.readouterr().out


@pytest.mark.integration
def test_pdf_text_arrives_with_a_course_file_on_another_computer(app, media_portal, tmp_path, clock):
    from companion.app import build_app

    app.sync.sign_in(media_portal.url, "ana", "secret-pw")
    app.sync.run()
    app.downloads.enqueue(COURSE, ["lecture-2-slides"])
    assert app.downloads.run().done == 1
    app.bundles.export(COURSE, tmp_path / "course.ccb")
    other = build_app(tmp_path / "office-pc", clock=clock)
    try:
        other.search.ensure_current(COURSE)  # the bundled sample, before the file arrives
        assert not [h for h in other.search.search('"wrist doctor"') if h.kind == "pdf"]
        other.bundles.import_file(tmp_path / "course.ccb")
        hits = [h for h in other.search.search('"wrist doctor"') if h.kind == "pdf"]  # no refresh asked for
        assert hits and hits[0].part_id == "lecture-2-slides" and hits[0].match == "Wrist Doctor"
    finally:
        other.close()


def test_two_processes_share_the_index_file(tmp_path):
    from companion.store.search_index import Doc, SearchIndex

    window, command_line = SearchIndex(tmp_path), SearchIndex(tmp_path)  # as two processes would hold it
    window.replace_source("c", "course", "1", [Doc("question", "quiz-1", "Where is Bogotá?", "Colombia")])
    assert [r.item_id for r in window.search(terms("bogota"))] == ["quiz-1"]
    command_line.replace_source("c", "notes", "1", [Doc("notes", "lecture-1", "Notes", "Bogotá cuida"),
                                                    Doc("explanation", "quiz-1", "Where is Bogotá?", "Bogotá es")])
    found = window.search(terms("bogota"))  # ids it has not seen: it reads who they belong to again
    assert sorted(r.kind for r in found) == ["notes", "question"]
    assert sorted(r.kind for r in window.search(terms("bogota"), revealed={"c": {"quiz-1"}})) == [
        "explanation", "notes", "question"]
    command_line.remove_source("c", "notes")
    assert [r.kind for r in window.search(terms("cuida"))] == []
