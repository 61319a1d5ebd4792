"""The desk's readers of outside files, as pure functions: meeting reports of three tools (their
layouts and where they came from are in tests/test_desk_people.py) and roster files as spreadsheets
save them."""

from __future__ import annotations

import pytest

from companion_portal.desk.attendance import ReportError, minutes_of, read_report
from companion_portal.desk.roster import RosterError, read_roster

from .test_desk import ZOOM_REPORT
from .test_desk_people import MEET_REPORT, TEAMS_REPORT


@pytest.mark.parametrize("text, minutes", [("95", 95), ("1h 2m 3s", 62.05), ("1 hr 2 min", 62), ("42m", 42),
                                           ("1:02:03", 62.05), ("10m 59s", 10 + 59 / 60), ("58 min", 58),
                                           ("45 s", 0.75), ("2,5", 2.5)])
def test_durations_as_each_tool_writes_them(text, minutes):
    assert minutes_of(text) == pytest.approx(minutes)


@pytest.mark.parametrize("text", ["", "soon", "1h and then some", "-"])
def test_what_is_no_duration_is_none(text):
    assert minutes_of(text) is None


def test_each_tools_report_is_told_apart_and_summed_per_person():
    tool, zoom = read_report(ZOOM_REPORT.encode("utf-8"))
    assert tool == "zoom" and {p.email.casefold(): p.minutes for p in zoom if p.email}["maria@example.org"] == 70
    tool, teams = read_report(TEAMS_REPORT.encode("utf-16"))
    assert tool == "teams" and len(teams) == 4  # section 2 only: the per-join rows below are not added again
    assert {p.name: round(p.minutes) for p in teams} == {"Kim Organizer": 94, "María López": 70, "Ana": 20,
                                                        "Tomás Ruiz": 90}
    tool, meet = read_report(MEET_REPORT.encode("utf-8"))
    assert tool == "meet" and [p.name for p in meet][:2] == ["María López", "Ana"] and meet[0].minutes == 62
    with pytest.raises(ReportError) as refused:
        read_report("Name\tFirst join\tIn-meeting duration\n\n".encode("utf-16"))
    assert refused.value.code == "no_participants_table"


def test_a_roster_with_commas_semicolons_or_tabs_and_a_bidi_trick_in_a_name():
    for sep in (",", ";", "\t"):
        rows = read_roster(sep.join(["Name", "Login", "Time zone", "Language"]).encode() + b"\n" +
                           sep.join(["Ana \u202eevil", "ANA@Example.ORG", "", "ES"]).encode(), "Asia/Seoul")
        assert [(r.name, r.login, r.time_zone, r.language, r.errors) for r in rows] == [
            ("Ana evil", "ana@example.org", "Asia/Seoul", "es", [])]
    with pytest.raises(RosterError) as refused:
        read_roster(b"\xff\xfeN\x00", "Asia/Seoul")
    assert refused.value.code in ("roster_no_header", "not_utf8")


def test_a_meet_report_mailed_with_a_meeting_block_above_its_table():
    report = ("Meeting title,Date,Start time,End time\nLive session,2023-07-04,10:00,11:02\n\n"
              "Name,Email,Duration,Time joined,Time exited\n"
              "María López,maria@example.org,1:02:00,10:00:12,11:02:01\nAna,,42m,10:05:00,10:47:00\n")
    tool, people = read_report(report.encode("utf-8"))
    assert tool == "meet" and [(p.name, p.email, round(p.minutes)) for p in people] == [
        ("María López", "maria@example.org", 62), ("Ana", "", 42)]


def test_every_desk_word_is_in_three_languages_with_the_same_blanks():
    import string

    from companion_portal.desk.words import LANGUAGES, WORDS

    for key, texts in WORDS.items():
        assert set(texts) == set(LANGUAGES) and all(texts[lang].strip() for lang in LANGUAGES), key
        blanks = {lang: {f for _, f, _, _ in string.Formatter().parse(texts[lang]) if f} for lang in LANGUAGES}
        assert blanks["ko"] == blanks["es"] == blanks["en"], key
