"""A post that says what time it is ("its 2.30 and still awake"), and a train or bus named by the minutes it
leaves at ("the 7.12 was late"): the time is the one nearest the posting time, on the day it falls.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values


def _times(text: str, posted: datetime) -> list[tuple[str, str]]:
    return [(t, v) for t, kind, v in values(text, posted, document_type="colloquial") if kind == "TIME"]


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        # Either half of the day: the one the posting time is in.
        ("its 3.40 and the dog is barking at nothing 🙄", datetime(2024, 3, 9, 3, 41), ("3.40", "2024-03-09T03:40")),
        ("it's 10.15 and im still in my pyjamas", datetime(2024, 3, 9, 10, 20), ("10.15", "2024-03-09T10:15")),
        ("its 10.15 and im already in bed #old", datetime(2024, 3, 9, 22, 17), ("10.15", "2024-03-09T22:15")),
        ("Its 6.05 and no sign of the delivery", datetime(2024, 3, 9, 18, 6), ("6.05", "2024-03-09T18:05")),
        ("it is 9 and the bins still havent been done", datetime(2024, 3, 9, 21, 3), ("9", "2024-03-09T21:00")),
        ("its 2 and hes not back yet!!", datetime(2024, 3, 9, 14, 2), ("2", "2024-03-09T14:00")),
        ("its half 11. why am i still scrolling", datetime(2024, 3, 9, 23, 33), ("half 11", "2024-03-09T23:30")),
        # Just after midnight, a time a little before it is the evening gone.
        ("its 11.50 and next door are still drilling", datetime(2024, 3, 10, 0, 4), ("11.50", "2024-03-09T23:50")),
    ],
)
def test_the_time_it_is_is_the_reading_nearest_the_post(text: str, posted: datetime, expected: tuple[str, str]) -> None:
    assert expected in _times(text, posted)


@pytest.mark.parametrize(
    "text",
    [
        "its 2 for 1 on all pizzas",
        "its 5 a side on thursdays",
        "its 3 quid for a coffee now",
        "its 4 Elm Road, the blue door",
    ],
)
def test_a_count_a_price_or_an_address_after_its_is_no_time(text: str) -> None:
    assert _times(text, datetime(2024, 3, 9, 12, 0)) == []


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("the 7.12 is cancelled AGAIN", datetime(2024, 3, 11, 7, 5), [("7.12", "2024-03-11T07:12")]),
        (
            "missed the 8.05, the 8.20 was rammed",
            datetime(2024, 3, 11, 8, 31),
            [("8.05", "2024-03-11T08:05"), ("8.20", "2024-03-11T08:20")],
        ),
        ("shoutout to the driver of the 6.45 bus 🚌", datetime(2024, 3, 11, 7, 30), [("6.45", "2024-03-11T06:45")]),
        # What befalls it told without its verb, or the part of the day it ran in.
        ("@northern the 7.40 cancelled again, 3rd time", datetime(2024, 3, 11, 7, 45), [("7.40", "2024-03-11T07:40")]),
        (
            "the 5.52 delayed AGAIN, standing room only",
            datetime(2024, 3, 11, 17, 50),
            [("5.52", "2024-03-11T17:52")],
        ),
    ],
)
def test_a_train_or_bus_named_by_its_minutes_is_a_time(
    text: str, posted: datetime, expected: list[tuple[str, str]]
) -> None:
    assert _times(text, posted) == expected


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        (
            "Caught the 8.10 to Leeds this morning, standing room only",
            datetime(2024, 3, 11, 20, 0),
            [("8.10", "2024-03-11T08:10"), ("this morning", "2024-03-11TMO")],
        ),
        (
            "the 7.40 to york this evening is cancelled",
            datetime(2024, 3, 11, 9, 15),
            [("7.40", "2024-03-11T19:40"), ("this evening", "2024-03-11TEV")],
        ),
        (
            "on the 6.15 to london tonight 🚆",
            datetime(2024, 3, 11, 8, 0),
            [("6.15", "2024-03-11T18:15"), ("tonight", "2024-03-11TNI")],
        ),
    ],
)
def test_a_trains_half_of_the_day_told_in_its_sentence_beats_the_posting_time(
    text: str, posted: datetime, expected: list[tuple[str, str]]
) -> None:
    assert _times(text, posted) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 17.32 to manchester is rammed", [("17.32", "2024-03-11T17:32")]),
        ("Got the 17.45 from Kings Cross 🚆", [("17.45", "2024-03-11T17:45")]),
        ("the 18.05 was cancelled again ffs", [("18.05", "2024-03-11T18:05")]),
        ("the 13.20 train is never on time", [("13.20", "2024-03-11T13:20")]),
    ],
)
def test_a_train_by_its_dotted_afternoon_time_is_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text, datetime(2024, 3, 11, 12, 0)) == expected


@pytest.mark.parametrize(
    "text",
    ["the 14.99 one is better value", "the 19.99 is a bargain tbh", "the 17.50 deal is gone"],
)
def test_a_price_after_the_is_no_afternoon_time(text: str) -> None:
    assert _times(text, datetime(2024, 3, 11, 12, 0)) == []
    assert values(text, datetime(2024, 3, 11, 12, 0)) == []


@pytest.mark.parametrize(
    "text",
    ["got the 2.50 one in the end", "the 3.5 litre engine", "the 1.25 ones are better value"],
)
def test_a_priced_thing_or_a_measure_after_the_is_no_time(text: str) -> None:
    assert _times(text, datetime(2024, 3, 11, 12, 0)) == []


def test_minutes_after_a_deadline_by_are_a_time() -> None:
    assert ("9.45", "2024-03-11T09:45") in _times("need to be in by 9.45 or im toast", datetime(2024, 3, 11, 7, 0))


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        # The sun sets after noon and rises before it, whatever the hour's number.
        ("sunset was 4.08, i hate january", datetime(2024, 1, 5, 18, 0), ("4.08", "2024-01-05T16:08")),
        ("sunrise was 4.51 and the birds were LOUD", datetime(2024, 6, 20, 7, 0), ("4.51", "2024-06-20T04:51")),
        ("dusk at 5 already 😩", datetime(2024, 10, 30, 19, 0), ("5", "XXXX-XX-XXT17:00")),
        ("Sunset is at 9.19 so light till late", datetime(2024, 6, 20, 12, 0), ("9.19", "2024-06-20T21:19")),
    ],
)
def test_a_time_of_sunrise_or_sunset_takes_its_half_of_the_day(
    text: str, posted: datetime, expected: tuple[str, str]
) -> None:
    assert expected in _times(text, posted)


def test_a_score_was_no_time() -> None:
    assert _times("the score was 4.22 at the break", datetime(2024, 1, 5, 18, 0)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jet lag is real, my body thinks its 3am", ("3am", "2024-03-12T03:00")),
        ("flew home on sunday and it still feels like its 6pm", ("6pm", "2024-03-12T18:00")),
    ],
)
def test_its_and_a_clock_time_is_the_day_of_posting(text: str, expected: tuple[str, str]) -> None:
    assert expected in _times(text, datetime(2024, 3, 12, 14, 0))


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        # Posted in the small hours, a midnight told in the past or as the time it is: the one just gone.
        ("saw a fox in the garden at midnight!!", datetime(2024, 5, 11, 0, 49), ("midnight", "2024-05-10T24")),
        ("its midnight and im still ironing", datetime(2024, 5, 11, 0, 5), ("midnight", "2024-05-10T24")),
        # Still to come, the one ahead.
        ("home by midnight i promise", datetime(2024, 5, 10, 21, 0), ("midnight", "2024-05-10T24")),
    ],
)
def test_a_midnight_just_gone_is_the_end_of_the_day_before(
    text: str, posted: datetime, expected: tuple[str, str]
) -> None:
    assert expected in _times(text, posted)


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        # "since 12" before noon: noon is still to come, so the midnight just gone.
        ("been up since 12 with a teething baby", datetime(2024, 5, 11, 3, 10), ("12", "2024-05-10T24:00")),
        ("the alarm next door has been going since 12!!", datetime(2024, 5, 11, 1, 30), ("12", "2024-05-10T24:00")),
        # After noon it is noon.
        ("been at the pub since 12 lol", datetime(2024, 5, 11, 15, 0), ("12", "2024-05-11T12:00")),
    ],
)
def test_since_12_before_noon_is_the_midnight_gone(text: str, posted: datetime, expected: tuple[str, str]) -> None:
    assert expected in _times(text, posted)
