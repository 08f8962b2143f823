"""Which side of publication "the weekend" lies on is told as a weekday's is: a preposition before it first
("by the weekend" a deadline ahead unless the clause tells of the past, "since the weekend" gone by), else the
tense. A forecast told in the past with "by" looks ahead ("were expected to climb by the weekend").

Sentences of our own. Publication is Tuesday 5 November 2024 (``DCT``): the weekend just gone is 2024-W44-WE,
the coming one 2024-W45-WE.
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Temperatures were expected to climb into the 70s by the weekend.", "2024-W45-WE"),
        ("Forecasters said the snow was likely to clear by the weekend.", "2024-W45-WE"),
        ("The ferry was due to resume sailing by the weekend, the operator said.", "2024-W45-WE"),
        ("The council hopes to finish the repairs by the weekend.", "2024-W45-WE"),
    ],
)
def test_by_the_weekend_is_a_deadline_ahead(text: str, value: str) -> None:
    assert find(text, "the weekend").value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices have fallen sharply since the weekend.", "2024-W44-WE"),
        ("Crews cleared the debris over the weekend.", "2024-W44-WE"),
        ("The river burst its banks by the weekend.", "2024-W44-WE"),
    ],
)
def test_a_weekend_gone_by_stays_gone_by(text: str, value: str) -> None:
    assert find(text, "the weekend").value == value
