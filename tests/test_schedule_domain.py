"""Wall times, instants and zones: DST, gaps, overlaps, odd offsets, shifting, countdowns."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from companion.domain.course import weeks_to_run_now
from companion.domain.errors import UnknownTimeZone
from companion.domain.schedule import (WallTime, countdown, humanize_span, in_zone, is_night, urgency,
                                       weeks_between, zone, zone_abbreviation)
from companion.domain.timefmt import due_line, instant_line, moment, night_note, session_line, span, zone_label, zone_name
from companion.services.course_package import load_package

from .conftest import SAMPLE

UTC = timezone.utc
SESSION_START = WallTime.parse("2023-07-13T09:00", "Europe/Madrid")
SESSION_END = WallTime.parse("2023-07-13T11:00", "Europe/Madrid")
QUIZ_DUE = WallTime.parse("2023-07-19T23:59", "Europe/Madrid")


@pytest.mark.parametrize("tz, expected", [
    ("Asia/Seoul", "2023-07-13 16:00"),
    ("America/Bogota", "2023-07-13 02:00"),
    ("America/New_York", "2023-07-13 03:00"),
    ("Europe/Madrid", "2023-07-13 09:00"),
    ("Australia/Sydney", "2023-07-13 17:00"),
    ("Asia/Kathmandu", "2023-07-13 12:45"),
    ("Pacific/Chatham", "2023-07-13 19:45"),
])
def test_a_cest_session_seen_around_the_world(tz, expected):
    assert in_zone(SESSION_START.instant(), tz).strftime("%Y-%m-%d %H:%M") == expected


def test_seoul_line_shows_both_times():
    line = session_line(SESSION_START.instant(), SESSION_END.instant(), "Asia/Seoul", "Europe/Madrid")
    assert line == "Thu 13 Jul 16:00–18:00 KST (your time) · Thu 13 Jul 09:00–11:00 CEST (course time)"


def test_bogota_gets_a_night_note():
    assert night_note(SESSION_START.instant(), SESSION_END.instant(), "America/Bogota")
    assert not night_note(SESSION_START.instant(), SESSION_END.instant(), "Asia/Seoul")


def test_deadline_line_in_seoul():
    """One order everywhere: the participant's time first, the course's beside it (as sessions)."""
    assert due_line(QUIZ_DUE.instant(), "Asia/Seoul", "Europe/Madrid") == \
        "Thu 20 Jul 06:59 KST (your time) · Wed 19 Jul 23:59 CEST (course time)"


RECEIPT = datetime(2026, 11, 24, 1, 35, tzinfo=UTC)  # 02:35 in Madrid (CET), 20:35 the day before in Bogotá


def test_an_instant_on_two_dates_names_both_zones_and_bogota_is_a_city(monkeypatch):
    from companion.domain import i18n

    monkeypatch.setattr(i18n, "_zone_cities", None)  # the domain alone: the IANA city
    line = instant_line(RECEIPT, "America/Bogota", "Europe/Madrid")
    assert line == "Mon 23 Nov 20:35 Bogota (your time) · Tue 24 Nov 02:35 CET (course time)"
    assert "UTC-5" not in line and "-05" not in line


def test_zone_names_a_person_knows_in_their_language():
    from companion.services.locale import apply_language

    try:
        apply_language("es")
        assert zone_label(RECEIPT, "America/Bogota") == "Bogotá"
        assert zone_label(RECEIPT, "America/Sao_Paulo") == "São Paulo"
        assert "Bogotá (" in instant_line(RECEIPT, "America/Bogota", "Europe/Madrid")
        apply_language("ko")
        assert zone_label(RECEIPT, "America/Bogota") == "보고타"
        assert zone_label(RECEIPT, "Asia/Seoul") == "KST"  # a lettered IANA abbreviation stays
        apply_language("en")
        assert moment(RECEIPT, "America/Bogota") == "Mon 23 Nov 20:35 Bogotá"
        assert span(SESSION_START.instant(), SESSION_END.instant(), "America/Bogota").endswith("Bogotá")
    finally:
        apply_language("en")
    # a zone without a city keeps its offset, written the right way round
    assert zone_label(RECEIPT, "Etc/GMT+5") == "UTC-5"


def test_a_zone_named_in_a_sentence_is_never_its_iana_id():
    """Settings and the schedule name the participant's zone as people know it (RECEIPT is in November)."""
    from companion.services.locale import apply_language

    try:
        assert zone_name(RECEIPT, "Europe/Madrid") == "CET (Madrid)"
        assert zone_name(RECEIPT, "UTC") == "UTC"
        assert zone_name(RECEIPT, "Etc/UTC") == "UTC"
        assert zone_name(RECEIPT, "America/Bogota") == "Bogotá"
        apply_language("ko")
        assert zone_name(RECEIPT, "Asia/Seoul") == "KST (서울)"
        apply_language("es")
        assert zone_name(RECEIPT, "America/New_York") == "EST (Nueva York)"
        for zone in ("Europe/Madrid", "UTC", "Asia/Seoul", "America/Bogota", "Etc/GMT+5"):
            named = zone_name(RECEIPT, zone)
            assert "/" not in named and "_" not in named and named.count("UTC") <= 1, named
    finally:
        apply_language("en")


def test_a_zone_in_a_list_to_pick_from_is_named_city_first():
    """Settings' zone picker: the city first so the list reads by place, then the abbreviation; the
    city alone where it is the zone's name; never the IANA id, never 'UTC (UTC)'."""
    from companion.domain.timefmt import zone_choice
    from companion.services.locale import apply_language

    try:
        assert zone_choice(RECEIPT, "Europe/Madrid") == "Madrid (CET)"
        assert zone_choice(RECEIPT, "America/Bogota") == "Bogotá"
        assert zone_choice(RECEIPT, "UTC") == "UTC"
        apply_language("es")
        assert zone_choice(RECEIPT, "America/New_York") == "Nueva York (EST)"
        apply_language("ko")
        assert zone_choice(RECEIPT, "Asia/Seoul").startswith("서울") and "KST" in zone_choice(RECEIPT, "Asia/Seoul")
        for zone in ("Europe/Madrid", "UTC", "Etc/UTC", "Asia/Seoul", "America/Bogota", "Etc/GMT+5"):
            named = zone_choice(RECEIPT, zone)
            assert "/" not in named and "_" not in named and named.count("UTC") <= 1, named
    finally:
        apply_language("en")


def test_same_zone_is_said_once():
    assert due_line(QUIZ_DUE.instant(), "Europe/Paris", "Europe/Madrid").endswith("(your time and course time)")


def test_shift_keeps_wall_time_across_dst():
    november = SESSION_START.shifted(17)  # 13 July + 17 weeks = 9 November, after the October change
    assert november.local == datetime(2023, 11, 9, 9, 0)
    assert november.local.weekday() == SESSION_START.local.weekday()
    assert zone_abbreviation(november.instant(), "Europe/Madrid") == "CET"
    assert november.instant().hour == 8  # 09:00 CET is 08:00 UTC, where 09:00 CEST was 07:00
    assert SESSION_START.instant().hour == 7


def test_gap_moves_forward_by_the_gap():
    gap = WallTime.parse("2023-03-26T02:30", "Europe/Madrid")  # clocks jump 02:00 -> 03:00
    assert gap.in_gap
    assert in_zone(gap.instant(), "Europe/Madrid").strftime("%H:%M") == "03:30"


def test_overlap_takes_the_first_occurrence():
    twice = WallTime.parse("2023-10-29T02:30", "Europe/Madrid")  # 02:30 happens twice
    assert twice.ambiguous
    assert twice.instant() == datetime(2023, 10, 29, 0, 30, tzinfo=UTC)  # still CEST (+2)


def test_new_york_and_sydney_transitions():
    ny = WallTime.parse("2023-03-12T02:15", "America/New_York")
    assert ny.in_gap and in_zone(ny.instant(), "America/New_York").hour == 3
    sydney = WallTime.parse("2023-04-02T02:30", "Australia/Sydney")  # DST ends, 02:30 twice
    assert sydney.ambiguous
    assert sydney.instant().utcoffset() == timedelta(0)
    assert in_zone(sydney.instant(), "Australia/Sydney").utcoffset() == timedelta(hours=11)


def test_chatham_and_kathmandu_offsets():
    assert zone_abbreviation(SESSION_START.instant(), "Asia/Kathmandu") == "UTC+05:45"
    assert in_zone(datetime(2023, 1, 1, tzinfo=UTC), "Pacific/Chatham").utcoffset() == timedelta(hours=13, minutes=45)


def test_unknown_zone_is_a_clear_error():
    with pytest.raises(UnknownTimeZone, match="Mars/Olympus"):
        zone("Mars/Olympus")
    with pytest.raises(UnknownTimeZone):
        zone("../../etc/passwd")
    with pytest.raises(UnknownTimeZone):
        WallTime.parse("2023-07-01T09:00", "Not/AZone")


def test_weeks_between_uses_whole_weeks():
    assert weeks_between(date(2023, 7, 3), date(2023, 7, 3)) == 0
    assert weeks_between(date(2023, 7, 3), date(2023, 7, 9)) == 0
    assert weeks_between(date(2023, 7, 3), date(2023, 7, 10)) == 1
    assert weeks_between(date(2023, 7, 3), date(2026, 11, 25)) == 177


def test_run_now_skips_to_next_week_when_this_weeks_first_session_is_over():
    course = load_package(SAMPLE).course
    monday_early = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)  # before 09:00 Madrid
    monday_late = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
    assert weeks_to_run_now(course, monday_early) == 177
    assert weeks_to_run_now(course, monday_late) == 178


def test_countdown_words_and_urgency():
    due = QUIZ_DUE.instant()
    assert countdown(due, due - timedelta(days=2, hours=4)) == "2 days 4 hours left"
    assert countdown(due, due + timedelta(hours=3)) == "deadline passed 3 hours ago"
    assert countdown(due, due + timedelta(days=1223)) == "deadline passed"  # never "late by 1223 days"
    assert countdown(due, due + timedelta(days=1223), course_over=True) == "closed: the course has ended"
    assert humanize_span(timedelta(days=1, hours=1)) == "1 day 1 hour"
    assert humanize_span(timedelta(days=12, hours=5)) == "12 days"
    assert humanize_span(timedelta(seconds=20)) == "less than a minute"
    assert humanize_span(timedelta(minutes=1)) == "1 minute"
    assert urgency(due, due - timedelta(days=5)) == "calm"
    assert urgency(due, due - timedelta(days=2)) == "soon"
    assert urgency(due, due - timedelta(hours=5)) == "urgent"
    assert urgency(due, due + timedelta(seconds=1)) == "late"


def test_night():
    assert is_night(datetime(2023, 1, 1, 2, 0)) and is_night(datetime(2023, 1, 1, 23, 0))
    assert not is_night(datetime(2023, 1, 1, 9, 0))


def test_walltime_refuses_offsets():
    with pytest.raises(ValueError):
        WallTime.parse("2023-07-13T09:00+02:00", "Europe/Madrid")


def test_countdowns_speak_the_language_with_its_plurals():
    from companion.domain import i18n
    from companion.services.locale import apply_language, file_backend

    try:
        i18n.install(file_backend("es"))
        apply_language("es")
        assert humanize_span(timedelta(days=1)) == "1 día"
        assert humanize_span(timedelta(days=2, hours=1)) == "2 días 1 hora"
        assert countdown(QUIZ_DUE.instant(), QUIZ_DUE.instant() + timedelta(days=1223), course_over=True) == \
            "cerrado: el curso ha terminado"
        i18n.install(file_backend("ko"))
        apply_language("ko")
        assert humanize_span(timedelta(hours=3, minutes=5)) == "3시간 5분"
    finally:
        i18n.install(None)
        apply_language("en")



def test_run_now_counts_the_week_on_the_participants_calendar():
    course = load_package(SAMPLE).course
    # Monday 30 Nov 2026, 07:00 in Seoul is still Sunday 29 Nov in UTC and in Bogotá
    seoul_monday = datetime(2026, 11, 29, 22, 0, tzinfo=UTC)
    for zone_name in (None, "Asia/Seoul", "America/Bogota"):  # each lands on the course's week of 30 Nov
        assert weeks_to_run_now(course, seoul_monday, zone_name) == 178
