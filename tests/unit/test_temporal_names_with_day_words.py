"""Names that hold a word of time and are no time: a programme or a paper named "Today", "Now" or by a part of
the day ("the Today programme", "The Now Show", "the Evening Standard"), and a treaty or a deed named after a
feast ("the Good Friday Agreement", "the Christmas truce").

Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import values

_PUBLISHED = date(2024, 9, 3)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t, v) for t, _, v in values(text, _PUBLISHED, document_type="news")]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking on the BBC's Today programme, the minister defended the plan.",
        "She told the Today programme that talks would resume.",
        "He appeared on NBC's Today show to promote the book.",
        "The Now Show returns to the radio with a new host.",
        "A columnist for the Evening Standard said the mayor should resign.",
        "The Evening Chronicle reported the arrest.",
        "The Good Friday Agreement ended decades of bloodshed.",
        "Unionists said the protocol undermined the Good Friday agreement.",
        "The Christmas truce of the trenches is still remembered.",
        "The Easter offensive caught the army off guard.",
    ],
)
def test_a_name_with_a_word_of_time_is_no_time(text: str) -> None:
    assert [t for t, _ in _found(text)] in ([], ["decades"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today, the company said it would cut jobs.", [("Today", "2024-09-03")]),
        ("The company said today that it would cut jobs.", [("today", "2024-09-03")]),
        ("Now, the council says, the road is safe.", [("Now", "PRESENT_REF")]),
        ("The shops close on Good Friday.", [("Good Friday", "2025-04-18")]),
        ("The talks reached an agreement on Christmas Eve.", [("Christmas Eve", "2023-12-24")]),
        ("The march was held in the evening.", [("the evening", "2024-09-03TEV")]),
    ],
)
def test_the_time_itself_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
