"""A week or a month of a story that stands at a year and told none of it ("The city won its bid in 1908. The
week before the Games the stadium flooded"): one of that year's the text does not say (1908-WXX, 1851-XX), as a
day of it is 1908-XX-XX; not the year's first week, nor the last week of the year before.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The city won its bid in 1908. The week before the Games the stadium flooded.", "The week", "1908-WXX"),
        ("The war began in 1914. The week before the armistice, he was wounded.", "The week", "1914-WXX"),
        ("In 1909 the canal was cut. In the week before the opening the banks gave way.", "the week", "1909-WXX"),
        ("The mill burned in 1861. That week the workers were laid off.", "That week", "1861-WXX"),
        ("In 1851 the Exhibition opened. The month before the opening was chaos.", "The month", "1851-XX"),
        ("The treaty was signed in 1763. That month the garrison sailed home.", "That month", "1763-XX"),
    ],
)
def test_a_week_or_month_of_a_story_at_a_year_is_one_of_that_year_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The strike began on 4 May 1926. The week before the strike the talks failed.", "The week", "1926-W18"),
        ("The strike began on 4 May 1926. That month the mines stayed shut.", "That month", "1926-05"),
        ("The strike began in March 1926. That week the talks failed.", "That week", "1926-W09"),
    ],
)
def test_a_week_or_month_of_a_story_at_a_day_or_month_is_its_own(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
