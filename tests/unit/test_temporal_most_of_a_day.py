"""A day, a week or a year after "most of" ("the fighting went on for most of that day", "the reading took most
of the day", "cut off for most of a week", "the ships lay up most of the year") is how long a thing lasted: a
DURATION (P1D, P1W, P1Y), "most of" inside as the mod LESS_THAN, no date the story moves to. A named day or a
year stays its date, "most of" outside. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 14 December 1388 the scholars held the hall, and the fighting went on for most of that day.",
         "most of that day", "P1D"),
        ("The synod met on 3 May 451; the reading of the canons took most of the day.", "most of the day", "P1D"),
        ("The storm of 9 March 1911 left the valley without power for most of a day.", "most of a day", "P1D"),
        ("The court sat on 2 June 1794 and heard witnesses for most of the week.", "most of the week", "P1W"),
        ("The council met on Monday, 4 May 1801, and argued for most of that week.", "most of that week", "P1W"),
        ("The port was founded in 1706, and its ships lay up in the lagoon most of the year.", "most of the year",
         "P1Y"),
        ("The rebels took the pass in 1412 and held it for most of the next year.", "most of the next year", "P1Y"),
        ("After the flood of 1830 the mill was idle for most of the following year.", "most of the following year",
         "P1Y"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("document_type", ["narrative", "news"])
def test_most_of_a_day_or_week_is_a_stretch(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, _TODAY, document_type=document_type)
    assert (t.type, t.value, t.mod) == ("DURATION", value, "LESS_THAN")


def test_the_story_s_day_is_kept_after_most_of_that_day() -> None:
    text = "On 14 December 1388 the fighting went on for most of that day. The next day the king came."
    assert find(text, "The next day", _TODAY, document_type="narrative").value == "1388-12-15"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The volunteers spent most of Saturday, 3 May 2014, clearing the canal.",
            "Saturday, 3 May 2014",
            "2014-05-03",
        ),
        ("The mill stood idle for most of 1847.", "1847", "1847"),
        ("The mill stood idle for most of last year.", "last year", "2024"),
    ],
)
def test_a_named_day_or_year_after_most_of_stays_a_date(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _TODAY, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)
    assert not any(t.startswith("most") for t, _, _ in values(text, _TODAY, "narrative"))
