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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A relative clause opened by "that", "which" or "who" has its own verb too.
        ("The council will repair the bridge that collapsed on Monday.", "Monday", "2024-11-04"),
        ("The council will repair the bridge that collapsed Monday.", "Monday", "2024-11-04"),
        (
            "Members backed a plan to mend the roads at a meeting that ran until almost midnight on Tuesday.",
            "Tuesday",
            "2024-11-05",
        ),
        ("The club will honour the volunteers who cleared the pitch on Sunday.", "Sunday", "2024-11-03"),
        ("Engineers will inspect the main, which ruptured early on Monday.", "Monday", "2024-11-04"),
    ],
)
def test_a_past_form_in_a_relative_clause_is_that_clause_s_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "that" as a determiner before an adjective and its noun: the modal still governs.
        ("The firm will reopen that expanded plant on Monday.", "Monday", "2024-11-11"),
        ("Crews will clear that flooded underpass on Friday.", "Friday", "2024-11-08"),
    ],
)
def test_that_before_an_adjective_and_its_noun_opens_no_clause(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY).value == value
