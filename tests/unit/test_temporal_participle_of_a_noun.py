"""A past participle right after a noun and right before the time is a relative clause cut short ("the
ballots [that were] counted on Monday"). It has no tense of its own and the modal further left does not
govern it: what it tells may be done or still to come, so the nearer date is meant. A participle that tells a
state kept on ("will keep the gates closed on Sunday"), or a passive with its own "be", stays the modal's.

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
        ("The auditors will check the invoices approved in August.", "August", "2024-08"),
        ("Inspectors plan to test the pipes fitted in September.", "September", "2024-09"),
        ("The panel is expected to question the officials hired in October.", "October", "2024-10"),
        ("The board will look again at the pay deal struck in July.", "July", "2024-07"),
        ("Election staff will recheck the ballots counted on Monday.", "Monday", "2024-11-04"),
        ("The club will sell off the kit handed out in June.", "June", "2024-06"),
    ],
)
def test_a_participle_nearer_in_the_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Homeowners will see the new rate on bills posted in February.", "February", "2025-02"),
        ("Pupils will sit papers marked in January by outside examiners.", "January", "2025-01"),
        ("Fans will receive tickets sent out in December.", "December", "2024-12"),
    ],
)
def test_a_participle_nearer_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The museum will keep its gates closed on Sunday.", "Sunday", "2024-11-10"),
        ("The treaty will be signed in August.", "August", "2025-08"),
        ("The lender will buy back preferred stock in August.", "August", "2025-08"),
    ],
)
def test_the_modal_still_governs(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY).value == value
