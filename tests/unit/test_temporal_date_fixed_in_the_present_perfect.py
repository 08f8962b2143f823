"""A date fixed by a verb of setting a day in the present perfect ("unions have called a strike for Monday",
"the court has set the hearing for Friday") stands now, so the day is still to come, where the same verb in
the simple past tells of a plan that may lie either side of the time of writing (the nearer day, as before).

Sentences of our own. Publication is Thursday 19 February 2026 (Monday the 16th is three days back, Monday the
23rd four days ahead).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

THURSDAY = date(2026, 2, 19)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Mining unions have called a 24-hour strike in the region for Monday.", "Monday", "2026-02-23"),
        ("The court has set the sentencing hearing for Monday.", "Monday", "2026-02-23"),
        ("Councillors have convened an emergency meeting for Tuesday.", "Tuesday", "2026-02-24"),
        ("The league has fixed the replay for Monday.", "Monday", "2026-02-23"),
    ],
)
def test_a_date_fixed_in_the_present_perfect_is_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value
