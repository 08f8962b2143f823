"""A post's clock time with no day, on the side of the posting time its clause looks to: an hour told in the
past is not one still to come, a plan's hour with am or pm already gone by is the next day's, and a post
late at night that names an early hour in no tense looks to the coming morning.

Posted on Tuesday 5 November 2024 at the times given; every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find, values


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 11, 5, hour, minute)


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        # Told in the past, the afternoon's hour would be still to come: the morning's, a few hours gone.
        ("got in at 2 after the party, so tired", "2", _at(3, 15), "2024-11-05T02:00"),
        ("the baby woke us at 4:30, send coffee", "4:30", _at(6, 40), "2024-11-05T04:30"),
        ("finally landed at 5, what a trip", "5", _at(6, 5), "2024-11-05T05:00"),
        # Further back, the afternoon's is kept.
        ("the match kicked off at 3 and we lost", "3", _at(10, 0), "2024-11-05T15:00"),
        ("the bus finally came at 8", "8", _at(20, 0), "2024-11-05T08:00"),
    ],
)
def test_an_hour_told_in_the_past_is_not_still_to_come(text: str, phrase: str, posted: datetime, value: str) -> None:
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        # A plan's hour with am or pm, gone by at posting: the next day's.
        ("cab booked for 5am, holiday here we come", "5am", _at(22, 30), "2024-11-06T05:00"),
        ("my shift will start at 6am so early night", "6am", _at(21, 0), "2024-11-06T06:00"),
        # In no tense, more than half a day gone: the coming morning's.
        ("alarm at 5:45, why do i do this", "5:45", _at(21, 30), "2024-11-06T05:45"),
        ("interview at 9am, wish me luck", "9am", _at(22, 0), "2024-11-06T09:00"),
        ("flight at 7am and nothing packed", "7am", _at(23, 10), "2024-11-06T07:00"),
        # A few hours gone, or told of this morning: still the day of posting.
        ("exam at 9, wish me luck", "9", _at(11, 0), "2024-11-05T09:00"),
        ("gym at 6am this morning, legs gone", "6am", _at(19, 0), "2024-11-05T06:00"),
    ],
)
def test_an_hour_gone_by_that_a_post_looks_to_is_the_next_days(
    text: str, phrase: str, posted: datetime, value: str
) -> None:
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A morning's hour after last night is told: the morning after, the day of posting.
        ("storm kept us up last night and the kids were up at 7 anyway", "7", "2024-11-05T07:00"),
        ("went out last night, woke at 10 with a headache", "10", "2024-11-05T10:00"),
        # The night's own hour stays on it.
        ("out last night, in bed by 11", "11", "2024-11-04T23:00"),
    ],
)
def test_a_morning_hour_after_last_night_is_the_morning_after(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _at(12, 0), document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        # An hour set against a clock time just told: in the half of the day nearer it.
        ("the dog had me up at 5am instead of 7, cheers", "7", _at(9, 0), "2024-11-05T07:00"),
        ("woke at 6 which my body says is 7", "7", _at(8, 0), "2024-11-05T07:00"),
        ("train came at 8:14. timetable said 8. classic", "8", _at(9, 0), "2024-11-05T08:00"),
        ("dinner at 7pm rather than 8, fine by me", "8", _at(12, 0), "2024-11-05T20:00"),
    ],
)
def test_an_hour_set_against_a_clock_time_takes_its_half_of_the_day(
    text: str, phrase: str, posted: datetime, value: str
) -> None:
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "the answer is 7, not 8",  # no clock time told before
        "woke at 6 which is 2 hours too early",  # a count
        "the score is 3 and it was 2 at half time",
    ],
)
def test_a_number_set_against_no_clock_time_is_no_hour(text: str) -> None:
    found = [v for v in values(text, _at(9, 0), document_type="colloquial") if v[1] == "TIME" and v[0] != "6"]
    assert found == []


@pytest.mark.parametrize(
    "text",
    ["finished the half in 1:52:10, buzzing", "parkrun pb 0:24:51 today", "ultra done, 6:12:44 on the clock"],
)
def test_a_posts_race_time_is_no_time_of_day(text: str) -> None:
    assert [v for v in values(text, _at(12, 0), document_type="colloquial") if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A day something was moved to is still to come, whatever the tense.
        ("book club moved to thurs, sorry all", "thurs", "2024-11-07"),
        ("the match got moved to saturday because of the storm", "saturday", "2024-11-09"),
        ("dentist moved to friday, yay", "friday", "2024-11-08"),
    ],
)
def test_a_day_moved_to_is_to_come(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _at(12, 0), document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A count of more units after a word that may set an hour against a clock time stays a duration.
        ("the groundhog says 6 more weeks of winter", "6 more weeks", "P6W"),
        ("the sign says 2 more days till it opens", "2 more days", "P2D"),
        ("it is 3 more sleeps to the holiday", "3 more sleeps", None),
    ],
)
def test_more_units_after_says_or_is_stay_a_duration(text: str, phrase: str, value: str | None) -> None:
    found = values(text, _at(9, 0), document_type="colloquial")
    assert not [v for v in found if v[1] == "TIME"]
    if value is not None:
        assert (phrase, "DURATION", value) in found


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        # Written without am or pm, within half an hour of the posting time: the post's own time.
        ("7:30 and the toddler is still asleep, we'll be late", "7:30", _at(7, 35), "2024-11-05T07:30"),
        ("nearly 6:15 and the gritter has only just gone past", "6:15", _at(6, 10), "2024-11-05T06:15"),
        ("lying in bed at 8 on a school day, who even am i", "8", _at(8, 5), "2024-11-05T08:00"),
        ("stuck on the platform at 5:20, the trains are all over the place", "5:20", _at(17, 28), "2024-11-05T17:20"),
        # Further off, the half of the day the post's words choose.
        ("tea at 6 then the school play", "6", _at(9, 0), "2024-11-05T18:00"),
        # A word of the morning or the evening in its sentence chooses.
        ("missed the 9:10 bus this morning, the day never recovered", "9:10", _at(21, 15), "2024-11-05T09:10"),
    ],
)
def test_a_clock_time_about_the_post_s_own_time_is_that_reading(
    text: str, phrase: str, posted: datetime, value: str
) -> None:
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        # After "since", both readings of the hour still to come on the day of posting: the evening before.
        ("been scrolling since 11 and now its nearly 2", "11", _at(1, 40), "2024-11-04T23:00"),
        ("in the pub since 9 lol send a taxi", "9", _at(0, 50), "2024-11-04T21:00"),
        ("the music next door has been going since 10, some of us have work", "10", _at(2, 5), "2024-11-04T22:00"),
        # One reading gone by keeps its day, and the evening long gone is not the one meant.
        ("at the gym since 6 on a tuesday morning", "6", _at(6, 50), "2024-11-05T06:00"),
        ("been up since 5 with the dog", "5", _at(8, 0), "2024-11-05T05:00"),
    ],
)
def test_since_an_hour_not_yet_come_on_the_day_is_the_evening_before(
    text: str, phrase: str, posted: datetime, value: str
) -> None:
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        # An hour told in words ("quarter to 5", "twenty past 1") is read as one in figures: the reading about
        # the post's own time is the one meant.
        ("wide awake at quarter to 5 for no reason", "quarter to 5", _at(4, 50), "2024-11-05T04:45"),
        ("the neighbours are still going at twenty past 3", "twenty past 3", _at(3, 25), "2024-11-05T03:20"),
        ("still up at half past 1 marking essays", "half past 1", _at(1, 40), "2024-11-05T01:30"),
        # Far from the post's time, the words decide as before.
        ("meeting at half past 2, bring the slides", "half past 2", _at(9, 0), "2024-11-05T14:30"),
    ],
)
def test_an_hour_in_words_about_the_post_s_time_is_that_time(
    text: str, phrase: str, posted: datetime, value: str
) -> None:
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)
