"""A past year that dates a news story's background carries into a day or month opening the next sentence.

"The bakery was founded in 2019. On 14 September it opened its first shop.": the year is the time of a
past-tense clause, and the next sentence goes on with that story, so the unyeared day is 2019's, not the one
nearest publication. Only the sentence right after it, in the same paragraph, told in the past and opened by
the date; a year after another preposition ("dating back to 1994") dates no event, and a weekday ("On Monday
the firm said") is still the writer's week.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The bakery was founded in 2019. On 14 September it opened its first shop.", "14 September", "2019-09-14"),
        ("The charity was set up in 2015. On 3 March it held its first auction.", "3 March", "2015-03-03"),
        ("The bridge was built in 2010. In May it was closed for repairs.", "May", "2010-05"),
        ("The band formed in 2001. On June 2 they played their first gig.", "June 2", "2001-06-02"),
        ("She joined the council in 2018. In October, she was made deputy leader.", "October", "2018-10"),
    ],
)
def test_a_date_opening_the_next_sentence_takes_the_years_story(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A weekday: the story has come back to the writer's week.
        ("The firm was founded in 2019. On Monday the firm said it would close.", "Monday", "2024-11-04"),
        # The date told later in its sentence, not as its time.
        ("The bakery was founded in 2019. It opened a second shop on 14 September.", "14 September", "2024-09-14"),
        # Told in the present or the future: the writer's year.
        ("The club was formed in 2005. On 14 December it holds its annual dinner.", "14 December", "2024-12-14"),
        # The year is no time of an event of the story.
        ("The complaints dated back to 1994. In January, the police opened an inquiry.", "January", "2024-01"),
        # A new paragraph.
        ("The bakery was founded in 2019.\n\nOn 14 September it opened a shop in town.", "14 September", "2024-09-14"),
    ],
)
def test_other_dates_after_a_past_year_stay_near_publication(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_only_the_next_sentence_goes_on_in_the_year() -> None:
    text = "The bakery was founded in 2019. Sales were slow at first. On 14 September it opened a shop."
    assert find(text, "14 September").value == "2024-09-14"
