"""A capitalised "May" or "March" joined to another month after it ("figures for May and June", "in both May
and August", "from March to May", "May, June and July") is the month: the list or range says so, where no
preposition of time stands before it. A capitalised word before it is a person's name ("Theresa May and June
Sarpong"), and the modal in lower case stays a verb. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_FRI = date(2026, 8, 7)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Figures for May and June were revised down by a combined 40,000.", "May", "2026-05"),
        ("Lower courts ruled against the plan in both May and July.", "May", "2026-05"),
        ("May and June were the wettest months on record in the north.", "May", "2026-05"),
        ("The repairs will be done in May or June next year.", "May", "2027-05"),
        ("Prices climbed in each of May, June and July.", "May", "2026-05"),
        ("March and April brought record sales at the chain.", "March", "2026-03"),
        ("Rainfall in March or April decides the harvest.", "March", "2026-03"),
        ("The survey ran May to July and polled 3,000 adults.", "May", "2026-05"),
    ],
)  # fmt: skip
def test_may_or_march_before_another_month_is_the_month(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _FRI).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May and June Sarpong spoke at the dinner.",
        "Members may and must object before the vote.",
        "Rescuers may, June said, reach the village by nightfall.",
    ],
)
def test_a_name_or_the_modal_before_a_month_is_not_the_month(text: str) -> None:
    assert not any(t == "May" or t.lower() == "may" for t, _, _ in values(text, _FRI))
