"""A weekday written with a day and month ("on Saturday 7 March") says which year the date is of: the year in
which that day falls on that weekday. Near the publication only on the side the tense allows ("marched on
Saturday 7 March" is of no March to come), else the story's own year or one beside it, when its background
has told one ("The mill closed in 1987. Workers marched on Saturday 7 March": 1987, not the next March that
is a Saturday). Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

# A Thursday.
_MAY = date(2025, 5, 8)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The mill closed in 1987 after a long strike. Workers marched through the town on Saturday 7 March.",
            "Saturday 7 March",
            "1987-03-07",
        ),
        (
            "The theatre burned down in 1998. It reopened with a gala on Friday 16 October, to a full house.",
            "Friday 16 October",
            "1998-10-16",
        ),
        (
            "The cup was won at Wembley in 1966. Fans filled the streets of the town on Saturday, July 30.",
            "Saturday, July 30",
            "1966-07-30",
        ),
        (
            "The final was played in Sydney in 2003. Fans back home watched it on Saturday 22 November.",
            "Saturday 22 November",
            "2003-11-22",
        ),
    ],
)  # fmt: skip
def test_a_weekday_beside_a_date_finds_the_story_s_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _MAY, document_type="news").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The new stand will open on Saturday 7 March.", "Saturday 7 March", "2026-03-07"),
        ("The club reopened its doors on Tuesday, May 6.", "Tuesday, May 6", "2025-05-06"),
        ("Tickets go on sale on Friday 16 October.", "Friday 16 October", "2026-10-16"),
    ],
)  # fmt: skip
def test_a_weekday_beside_a_date_near_the_publication_keeps_its_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _MAY, document_type="news").value == value
