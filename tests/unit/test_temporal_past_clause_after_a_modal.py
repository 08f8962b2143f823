"""A clause opened by a conjunction ("after", "because", "since", "when", "while") inside a clause told with a
modal has its own verb: a past form there is that clause's past, which the modal before it does not govern
("will stay shut until Friday after a crane collapsed on Monday night": the Monday gone by). A past form with no
such clause opened before it is still the modal's ("will redeem preferred shares on Oct. 31").

Sentences of our own. Publication is Wednesday 6 November 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

WEDNESDAY = date(2024, 11, 6)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The ferry will stay in port until Friday after a crane collapsed on the quay on Monday night.",
            "Monday night",
            "2024-11-04TNI",
        ),
        ("The road will remain closed because a lorry overturned on Tuesday.", "Tuesday", "2024-11-05"),
        ("Trains will not run through the tunnel since the roof gave way on Monday.", "Monday", "2024-11-04"),
        ("Classes will move online when the heating failed on Monday.", "Monday", "2024-11-04"),
        ("The bridge will stay closed while engineers inspected it on Tuesday.", "Tuesday", "2024-11-05"),
    ],
)
def test_a_past_in_a_clause_of_its_own(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The firm will redeem preferred shares on Oct. 31.", "Oct. 31", "2025-10-31"),
        ("The ferry will stay in port until Friday after a crane collapsed on the quay.", "Friday", "2024-11-08"),
    ],
)
def test_the_modal_still_governs_its_own_clause(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY).value == value
