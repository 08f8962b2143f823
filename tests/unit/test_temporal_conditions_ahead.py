"""A clause of condition or time in the present perfect, before a clause that looks ahead ("If sales have not
recovered by June, the plant will close"): its perfect is what will have happened by then, and its date is
still to come. Told without a clause that looks ahead, or as a plain past, the date keeps the past.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``): the coming June is 2025's, the last
one 2024's.
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    "text",
    [
        "If sales have not recovered by June, the plant will close.",
        "Unless the builders have finished by June, the council may step in.",
        "Once the repairs have been signed off in June, the line will reopen.",
        "If the talks haven't produced a deal by June, both sides could walk away.",
        '"If prices have not eased by June, we will cut again," the governor said.',
        "When the firm has repaid its loans in June, it will resume its dividend.",
    ],
)
def test_a_perfect_of_a_condition_before_a_future_is_ahead(text: str) -> None:
    assert find(text, "June").value == "2025-06"


@pytest.mark.parametrize(
    "text",
    [
        # No clause that looks ahead: the perfect tells of what has been.
        "If sales have recovered since June, the figures do not show it.",
        # A plain past in the clause of condition.
        "When the firm repaid its loans in June, it resumed its dividend.",
        # No clause of condition or time.
        "Sales have recovered since June, and the plant will stay open.",
    ],
)
def test_other_perfects_and_pasts_keep_the_date_past(text: str) -> None:
    assert find(text, "June").value == "2024-06"
