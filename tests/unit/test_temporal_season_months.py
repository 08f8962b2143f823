"""A season's own months ("the summer months", "the winter months"): the whole noun phrase, that season (a
time noun heads it).

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The canal froze in 1740. During the winter months the barges stood idle.", "the winter months", "1740-WI"),
        ("The abbey was rebuilt in 1166. In the summer months pilgrims camped outside.", "the summer months",
         "1166-SU"),
        ("Work on the dam resumed in 1932, and the spring months brought floods.", "the spring months", "1932-SP"),
    ],
)  # fmt: skip
def test_a_seasons_months_are_that_season(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


def test_a_season_before_another_noun_stays_the_season_alone() -> None:
    t = find("The abbey was rebuilt in 1166. The summer break was short.", "The summer", document_type="narrative")
    assert t.value == "1166-SU"
