""" "a night out", "a night in" are an outing, no count of nights ("just got in from a night out"; "a night in a
tent" is one night); and "34 weeks pregnant" is how far along a pregnancy is, an age as "5 years old" is, no
duration.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2025, 9, 5, 1, 52)


@pytest.mark.parametrize(
    "text",
    [
        "just got in from a night out and im eating cereal in the dark",
        "fancy a night in with a film and a takeaway",
        "34 weeks pregnant and still making bad choices",
        "my sister is 20 weeks pregnant with twins!!",
    ],
)
def test_an_outing_or_a_pregnancy_is_no_duration(text: str) -> None:
    assert [v for v in values(text, _POSTED, document_type="colloquial") if v[1] == "DURATION"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("we spent a night in a tent and it rained the whole time", "a night", "P1D"),
        ("waited 12 weeks for the scan and it took 5 minutes", "12 weeks", "P12W"),
        ("she was in hospital for 3 weeks while pregnant", "3 weeks", "P3W"),
    ],
)
def test_a_count_of_nights_or_weeks_stays(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DURATION", value) in values(text, _POSTED, document_type="colloquial")
