"""In news, a year told in an aside about a thing (a relative or participle clause set off by commas: "The bank,
founded in 1850, ...", "The shares, which listed in 2021, ...") does not become the date later words of the
story count from: "the day", "that morning" after it are still the report's. A year the story itself moves to
still anchors what follows. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

_FRI = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The company's shares, which listed in 2021, closed down 8 per cent at the end of the day.",
         "the end of the day", "2026-11-20"),
        ("The bank, founded in 1850, said profits fell during the day.", "the day", "2026-11-20"),
        ("The shares, which floated in 2019, ended 3 per cent higher on the day.", "the day", "2026-11-20"),
        ("The brewer, which was bought by a rival in 2015, cut 200 jobs that morning.", "that morning",
         "2026-11-20TMO"),
        ("The stadium, built in the 1960s, was shut for the day because of the storm.", "the day",
         "2026-11-20"),
    ],
)  # fmt: skip
def test_a_year_in_an_aside_anchors_nothing_after_it(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _FRI, document_type="news").value == value


def test_a_year_the_story_moves_to_still_anchors() -> None:
    text = "The firm was founded in 1990. The following year it opened its first plant."
    assert find(text, "The following year", _FRI, document_type="news").value == "1991"
