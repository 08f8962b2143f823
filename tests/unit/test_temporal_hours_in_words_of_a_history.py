"""Hours in words in a history told by the clock: "at half past two he left" (no odds: odds are said "to"),
"At eleven they opened the gates" after a clock time of the same day, and "between nine and eleven"."""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "On 4 October 1830 the crowd gathered at noon. At half past two they stormed the gate.",
            "half past two",
            "1830-10-04T14:30",
        ),
        (
            "On 4 October 1830 the crowd gathered at noon. At a quarter past three he read the decree.",
            "a quarter past three",
            "1830-10-04T15:15",
        ),
        (
            "On 4 October 1830 the crowd gathered at noon. At ten to four she rang the alarm.",
            "ten to four",
            "1830-10-04T15:50",
        ),
    ],
)
def test_minutes_past_an_hour_before_a_subject_are_a_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize("text", ["It's ten to one he forgets the key.", "Ten to one they lose again."])
def test_odds_before_a_subject_stay_odds(text: str) -> None:
    assert not [v for v in values(text) if v[0].lower().startswith("ten to")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "On 2 March 1911 the miners went down at six in the morning. At ten they struck a seam of gas.",
            "ten",
            "1911-03-02T10:00",
        ),
        (
            "On 19 July 1799 the fleet weighed anchor at five in the morning. At eleven it sighted the coast.",
            "eleven",
            "1799-07-19T11:00",
        ),
        (
            "The council met on 6 May 1652 at eight in the morning. By nine they had agreed on terms.",
            "nine",
            "1652-05-06T09:00",
        ),
    ],
)
def test_an_hour_in_words_before_a_subject_after_a_clock_time_of_the_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "She was born on 3 May 1740 in Bern. At eleven she was sent to a convent school.",
        "He came to the city on 1 June 1820. At twelve he was apprenticed to a printer.",
        "The orphan arrived on 9 April 1851. By ten she could read Latin.",
    ],
)
def test_an_hour_in_words_before_a_subject_with_no_clock_time_told_is_no_time(text: str) -> None:
    assert [v for v in values(text, document_type="narrative") if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Wednesday, 7 June 1704\n\nAt dawn a breach was found in the wall. The governor sent for masons. "
            "Between nine and eleven the garrison filled it with bales.",
            ("nine", "1704-06-07T09:00"),
            ("eleven", "1704-06-07T11:00"),
        ),
        (
            "On 14 March 1848 at first light the guard refused to march. The garrison held the palace. Its "
            "colonel sent for orders. Between eleven and one the troops took the barricade twice.",
            ("eleven", "1848-03-14T11:00"),
            ("one", "1848-03-14T13:00"),
        ),
        (
            "On the morning of 2 August 1914 the reservists reported to the depot. Trains were late. Between "
            "two and four the first battalion left the station.",
            ("two", "1914-08-02T14:00"),
            ("four", "1914-08-02T16:00"),
        ),
    ],
)
def test_a_span_of_hours_in_words_on_the_story_s_day(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    for phrase, value in (first, second):
        t = find(text, phrase, document_type="narrative")
        assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "On 12 May 1850 the court sat. Most were sentenced to between two and eight years.",
        "On 3 March 1901 the hall opened; it holds between six and nine hundred people.",
        "On 8 July 1766 the boys, aged between nine and eleven, were sent home.",
    ],
)
def test_counts_between_two_numbers_are_no_hours(text: str) -> None:
    assert [v for v in values(text, document_type="narrative") if v[1] == "TIME"] == []
