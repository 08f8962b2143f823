"""Where a time expression begins and ends: the words that belong to it and those that do not.

Publication is Tuesday 5 November 2024 (``DCT``).
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Witnesses saw the van last Oct. 23 outside the school.", "last Oct. 23", "2024-10-23"),
        ("The ferry sank last December 12 off the coast.", "last December 12", "2023-12-12"),
        ("The board meets next March 3 to vote.", "next March 3", "2025-03-03"),
        ("She was sworn in this past Nov. 2 in a small ceremony.", "this past Nov. 2", "2024-11-02"),
        ("Last May 7 the rebels shelled the port.", "Last May 7", "2024-05-07"),
    ],
)
def test_last_or_next_before_a_month_and_day_is_one_date_on_its_side(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The trial opens the week of March 6.", "the week of March 6", "2025-W10"),
        ("Talks were held the week of 14 October.", "the week of 14 October", "2024-W42"),
        ("The strike was called for the week of May 12, 2025.", "the week of May 12, 2025", "2025-W20"),
    ],
)
def test_the_week_of_a_date_is_that_week(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "date_phrase", "value"),
    [
        ("He was shot on the night of Oct. 23 in his kitchen.", "Oct. 23", "2024-10-23"),
        ("She came home on the night of Friday, Oct. 25.", "Friday, Oct. 25", "2024-10-25"),
        ("On the morning of June 3 the troops moved in.", "June 3", "2024-06-03"),
        ("The deal was signed on the evening of 2 September.", "2 September", "2024-09-02"),
    ],
)
def test_a_part_of_day_of_a_date_leaves_the_date_alone_and_adds_no_day(
    text: str, date_phrase: str, value: str
) -> None:
    found = values(text)
    assert found == [(date_phrase, "DATE", value)], found
