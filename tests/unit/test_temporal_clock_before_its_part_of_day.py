"""A clock time followed by the part of the day already told ("at 7:30 that evening", "nine o'clock that
night", "at 4 on the afternoon of the same day"): the part says which half of the day the hour is in, as one
told before the hour does ("that evening at 7:30"). The part of the day stays its own timex."""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 25 April 1974 the minister gave himself up at about 7:30 that evening.", "about 7:30",
         "1974-04-25T19:30"),
        ("The garrison marched out on 4 May 1821 and the keys were handed over at 5.15 that afternoon.", "5.15",
         "1821-05-04T17:15"),
        ("On 17 August 1911 the depots were guarded, and at nine o'clock that night two men were shot.",
         "nine o'clock", "1911-08-17T21:00"),
        ("The shop stewards met on 3 March 1926 and talked until 11 o'clock the same night.", "11 o'clock",
         "1926-03-03T23:00"),
        ("The treaty was signed on 26 July 1866; the guns fell silent at 6:40 on the evening of the same day.",
         "6:40", "1866-07-26T18:40"),
        ("On 8 October 1871 the fire reached the river, and at 4 that afternoon the bridge caught.", "4",
         "1871-10-08T16:00"),
        ("The convoy sailed on 2 June 1942 and was attacked at 2:30 that night.", "2:30", "1942-06-02T02:30"),
        ("On 9 May 1955 the council sat at 8 that morning.", "8", "1955-05-09T08:00"),
    ],
)  # fmt: skip
def test_the_part_of_the_day_after_the_hour_says_its_half(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


def test_the_part_stays_its_own_timex() -> None:
    found = values("On 25 April 1974 the minister gave himself up at 7:30 that evening.", document_type="narrative")
    assert ("7:30", "TIME", "1974-04-25T19:30") in found
    assert ("that evening", "TIME", "1974-04-25TEV") in found


@pytest.mark.parametrize(
    "text",
    [
        # Another day's part, or a count before the words: the hour is not told by them.
        "On 9 May 1955 the council met, and 4 that morning were arrested.",
        "On 9 May 1955 there were 3 that night who stayed.",
    ],
)
def test_a_count_before_that_night_is_no_hour(text: str) -> None:
    assert [v for v in values(text, document_type="narrative") if v[1] == "TIME" and ":" in v[2]] == []
