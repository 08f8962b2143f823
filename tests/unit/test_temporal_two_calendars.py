"""A day told in two calendars, the other in brackets before the year both share (Old Style and New Style,
as histories of Russia and of Britain before 1752 write them): both days take that year, and the story's
date stays the first day, not only its year.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The garrison mutinied on 12 March (27 February) 1917.", "1917-03-12", "1917-02-27"),
        ("The fleet sailed on 3 June [O.S. 21 May] 1703.", "1703-06-03", "1703-05-21"),
        ("The treaty was signed on 10 April (30 March O.S.) 1713.", "1713-04-10", "1713-03-30"),
        ("The city fell on 8 September (28 August, Old Style) 1709.", "1709-09-08", "1709-08-28"),
    ],
)
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_both_days_take_the_year_written_after_the_bracket(
    text: str, first: str, second: str, document_type: str
) -> None:
    got = [v for _, kind, v in values(text, document_type=document_type) if kind == "DATE"]
    assert got[:2] == [first, second], got


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The garrison mutinied on 12 March (27 February) 1917. The next day the tsar left.", "The next day",
         "1917-03-13"),
        ("The fleet sailed on 3 June (21 May O.S.) 1703, and two days later it met a storm.", "two days later",
         "1703-06-05"),
    ],
)  # fmt: skip
def test_the_story_s_date_stays_the_day(text: str, phrase: str, value: str) -> None:
    got = {t: v for t, _, v in values(text, document_type="narrative")}
    assert got[phrase] == value


def test_a_bracket_with_no_day_in_it_lends_no_year() -> None:
    got = values("The old king died on 4 May (aged 80) 1820.", document_type="narrative")
    assert ("4 May", "DATE", "1820-05-04") not in got
