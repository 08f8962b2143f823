"""Cues that make a post's bare hour a time and choose its half of the day: a range before a colon ("today
10-3: cake stall"), a day word before "from" ("tonight from 8"), the day told right before "at" ("booked a
table for friday at 7", whatever the tense), a meal out (and a night out's hour gone by in a post from the small
hours, "home from the pub at 1"); what "turns up since 7" (not a waking hour); and "the evenings" of the season
told in the sentence before ("the evenings are so light. sat out till 9").

Every sentence is our own.
"""

from datetime import datetime

import pytest

from service.temporal import Timex, annotate
from tests.unit._helpers import values


def _times(text: str, posted: datetime) -> list[tuple[str, str]]:
    return [(t, v) for t, kind, v in values(text, posted, document_type="colloquial") if kind == "TIME"]


_SAT_MORNING = datetime(2024, 6, 8, 8, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("car boot sale today 7-12: bring bags!!", [("7", "2024-06-08T07:00"), ("12", "2024-06-08T12:00")]),
        ("open day 10-3: tours every hour", [("10", "2024-06-08T10:00"), ("3", "2024-06-08T15:00")]),
    ],
)
def test_a_range_of_hours_before_a_colon_is_a_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text, _SAT_MORNING) == expected


def test_a_colon_before_minutes_still_keeps_the_numbers_out() -> None:
    assert _times("mix it 3-4:1 with water", _SAT_MORNING) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("karaoke at the anchor tonight from 9, be there", ("9", "2024-06-08T21:00")),
        ("bbq tomorrow from 2 if the rain holds off", ("2", "2024-06-09T14:00")),
        ("open mic 2nite from 8 🎤", ("8", "2024-06-08T20:00")),
    ],
)
def test_a_day_word_before_from_makes_the_hour_a_time(text: str, expected: tuple[str, str]) -> None:
    assert expected in _times(text, _SAT_MORNING)


def test_from_a_count_is_still_no_time() -> None:
    assert _times("prices went up from 8 to 10 quid today", _SAT_MORNING) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Told in the past, booked for a day to come: the hour is that day's.
        ("booked a table for tuesday at 8. so excited", ("8", "2024-06-11T20:00")),
        ("finally got a reservation for thurs at 7!!", ("7", "2024-06-13T19:00")),
        ("moved the dentist to wednesday at 10 ugh", ("10", "2024-06-12T10:00")),
    ],
)
def test_the_day_before_at_dates_the_hour_whatever_the_tense(text: str, expected: tuple[str, str]) -> None:
    assert expected in _times(text, _SAT_MORNING)


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        # What has not turned up since an hour: the evening's, a couple of hours gone.
        ("the 18 hasnt turned up since 6. freezing", datetime(2024, 6, 8, 19, 40), ("6", "2024-06-08T18:00")),
        ("nobody has shown up since 7 lol", datetime(2024, 6, 8, 21, 5), ("7", "2024-06-08T19:00")),
        # Waking is the morning's.
        ("been up since 6 with the baby", datetime(2024, 6, 8, 9, 0), ("6", "2024-06-08T06:00")),
    ],
)
def test_turned_up_since_is_no_waking_hour(text: str, posted: datetime, expected: tuple[str, str]) -> None:
    assert expected in _times(text, posted)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("got an appointment for monday finally", "monday", "2024-06-10"),
        ("the vet gave us a slot for weds", "weds", "2024-06-12"),
        ("made a booking for fri, table for 6", "fri", "2024-06-14"),
    ],
)
def test_a_booking_for_a_day_is_for_the_one_to_come(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in values(text, _SAT_MORNING, document_type="colloquial")


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        # "ish" after a clock time with its minutes.
        ("meet at the gate at 2:30ish?", datetime(2024, 6, 8, 10, 0), ("2:30ish", "2024-06-08T14:30")),
        # A hedge after the hour: "i guess", "i think".
        ("home by 6 i think, traffic permitting", datetime(2024, 6, 8, 14, 0), ("6", "2024-06-08T18:00")),
        # When the writer goes to sleep: the evening's hour, or the small hours.
        ("going to sleep at 4 i guess. worth it", datetime(2024, 6, 8, 23, 30), ("4", "2024-06-09T04:00")),
        ("finally got to sleep at 3 and the alarm went at 6", datetime(2024, 6, 8, 9, 0), ("3", "2024-06-08T03:00")),
        ("going to bed at 9 like a pensioner", datetime(2024, 6, 8, 19, 30), ("9", "2024-06-08T21:00")),
        # A pledge after it, as a hedge: "i promise", "i swear".
        ("back by 6 i promise, save me a plate", datetime(2024, 6, 8, 14, 0), ("6", "2024-06-08T18:00")),
        # What is booked or set for an hour, or where one gets to by then.
        ("table booked for 7.30, cant wait", datetime(2024, 6, 8, 14, 0), ("7.30", "2024-06-08T19:30")),
        ("alarm set for 5, long drive ahead", datetime(2024, 6, 8, 21, 0), ("5", "2024-06-09T05:00")),
        ("got there for 9 and the queue was already huge", datetime(2024, 6, 8, 11, 0), ("9", "2024-06-08T09:00")),
    ],
)
def test_more_ways_posts_write_a_clock_time(text: str, posted: datetime, expected: tuple[str, str]) -> None:
    assert expected in _times(text, posted)


@pytest.mark.parametrize(
    "text",
    [
        "we won 20 to 1",
        "at 5 to 10 people per table",
        "at 5 i could read",
        "booked for 3 nights in cornwall",
        "set for 2 people please",
        "a table for 4 at the window",
    ],
)
def test_a_score_a_count_or_an_age_stays_untagged(text: str) -> None:
    assert _times(text, _SAT_MORNING) == []


def test_minutes_past_the_hour_in_figures_are_no_bare_hour() -> None:
    # ("10 past 6" is a clock time this engine does not read; its "10" is not the hour.)
    assert ("10", "2024-06-08T10:00") not in _times("home by 10 past 6 hopefully", _SAT_MORNING)


def test_a_clock_time_with_ish_is_approximate() -> None:
    found = [t for t in annotate_post("see you 7:30ish", datetime(2024, 6, 8, 18, 0)) if t.text == "7:30ish"]
    assert [t.mod for t in found] == ["APPROX"]


def annotate_post(text: str, posted: datetime) -> list[Timex]:
    return annotate(text, posted, "colloquial")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A day chosen for something is still to come, whatever the tense of the choosing.
        ("venue sorted, they picked the 12th of july!!", "the 12th of july", "2024-07-12"),
        ("we finally chose june 14th for the party", "june 14th", "2024-06-14"),
        ("weve chosen the 3rd of may, save the date x", "the 3rd of may", "2025-05-03"),
    ],
)
def test_a_day_chosen_is_the_one_to_come(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in values(text, _SAT_MORNING, document_type="colloquial")


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        # A range that ended just before the post, half a day earlier than it would read otherwise.
        (
            "feet destroyed, danced from 9 til 1 💃",
            datetime(2024, 6, 9, 1, 20),
            [("9", "2024-06-08T21:00"), ("1", "2024-06-09T01:00")],
        ),
        (
            "night shift done. worked 6 till 6 and im a zombie",
            datetime(2024, 6, 9, 6, 30),
            [("6", "2024-06-08T18:00"), ("6", "2024-06-09T06:00")],
        ),
        # Otherwise as before: a working day told at its end.
        (
            "worked 9 til 5 and im dead",
            datetime(2024, 6, 9, 17, 20),
            [("9", "2024-06-09T09:00"), ("5", "2024-06-09T17:00")],
        ),
    ],
)
def test_a_range_of_hours_that_just_ended(text: str, posted: datetime, expected: list[tuple[str, str]]) -> None:
    assert _times(text, posted) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tonight" told in the sentence before speaks for a bare hour in the next ones.
        (
            "team dinner tonight. our table is at 7. home by 11 hopefully",
            [("tonight", "2024-06-08TNI"), ("7", "2024-06-08T19:00"), ("11", "2024-06-08T23:00")],
        ),
        ("leaving do 2nite!! kicks off at 6, be there", [("2nite", "2024-06-08TNI"), ("6", "2024-06-08T18:00")]),
        ("quiz this evening. we start at 8 sharp", [("this evening", "2024-06-08TEV"), ("8", "2024-06-08T20:00")]),
        # Not the morning: after "this morning", a bare hour of the afternoon stays the afternoon's.
        ("swim this morning. then shopping till 4", [("this morning", "2024-06-08TMO"), ("4", "2024-06-08T16:00")]),
    ],
)
def test_the_evening_told_in_the_sentence_before_chooses_the_half_of_the_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _times(text, _SAT_MORNING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from" an hour that goes on with where the gathering is, or with "til late": when it starts.
        ("leaving drinks from 6 at the fox, all welcome", [("6", "2024-06-08T18:00")]),
        ("bbq from 3 at ours, bring a chair", [("3", "2024-06-08T15:00")]),
        ("garden party from 4 til late", [("4", "2024-06-08T16:00")]),
        # Without a gathering, a count: "prices from 5 at the door".
        ("tickets from 5 at the door", []),
    ],
)
def test_from_an_hour_before_where_or_til_late_is_when_a_gathering_starts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _times(text, _SAT_MORNING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "pick up at" is collecting someone, not getting up: an hour from 1 to 6 is the afternoon's.
        ("cub camp done, pick up at 3:30 from the hall", [("3:30", "2024-06-08T15:30")]),
        ("can someone do pick up at 4 from nursery", [("4", "2024-06-08T16:00")]),
        ("picking up at 2 from the vets", [("2", "2024-06-08T14:00")]),
        # Getting up keeps the morning.
        ("up at 5 for the ferry, wish me luck", [("5", "2024-06-08T05:00")]),
    ],
)
def test_pick_up_at_an_hour_is_no_getting_up(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text, _SAT_MORNING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Open until an hour from 5 to 11: when a place shuts, in the evening.
        ("library has late opening, open till 8 for exam season", [("8", "2024-06-08T20:00")]),
        ("the chippy is open until 9 on saturdays now", [("9", "XXXX-XX-XXT21:00")]),
        ("garden centre open till 6 today", [("6 today", "2024-06-08T18:00")]),
        # A word of the morning keeps the morning.
        ("cafe open till 11 this morning for breakfast only", [("11 this morning", "2024-06-08T11:00")]),
    ],
)
def test_open_till_an_hour_is_when_a_place_shuts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text, _SAT_MORNING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the evenings" of the season speak for the sentence after them, as "tonight" does.
        ("the evenings are gorgeous atm. sat out till 9.30 with a book", [("9.30", "2024-06-08T21:30")]),
        ("love the light evenings. walked the dog at 8, still sunny", [("8", "2024-06-08T20:00")]),
        # (not for a word of the morning after them)
        ("the evenings are so light now. up at 6 though, ugh", [("6", "2024-06-09T06:00")]),
    ],
)
def test_the_evenings_told_before_are_the_evenings(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text, datetime(2024, 6, 8, 22, 30)) == expected


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        # Posted in the small hours, a night out's hour gone by is that night's small hours ...
        ("home from the pub at 1 with chips, no regrets", datetime(2024, 6, 9, 1, 50), [("1", "2024-06-09T01:00")]),
        ("got back from the gig at 2 and my ears are ringing", datetime(2024, 6, 9, 3, 5), [("2", "2024-06-09T02:00")]),
        # ... but one still to come that night, or posted in the day, is the afternoon's.
        ("pub at 3 then?", datetime(2024, 6, 9, 1, 50), [("3", "2024-06-09T15:00")]),
        ("pub at 1 for the match", datetime(2024, 6, 9, 10, 0), [("1", "2024-06-09T13:00")]),
    ],
)
def test_a_night_outs_hour_posted_in_the_small_hours(
    text: str, posted: datetime, expected: list[tuple[str, str]]
) -> None:
    assert _times(text, posted) == expected
