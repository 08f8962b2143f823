"""A history counts the seasons of what it tells ("the first winter" of a migration, "the second spring of
the siege"): the ordinal is inside the span, and the season is dated as it would be alone. Elsewhere the
season alone is tagged, as before. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_JUNE = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The settlers left the coast in the spring of 1620. They spent the first winter in huts by the river.",
         "the first winter", "1620-WI"),
        ("The city was besieged in the autumn of 1573. Over the following winter it starved, and by the second "
         "spring of the siege bread cost ten times its price.", "the second spring", "1574-SP"),
        ("The whole people set out in the spring of 150 BC and spent the first winter in the forests.",
         "the first winter", "BC0150-WI"),
    ],
)  # fmt: skip
def test_a_counted_season_of_a_history_keeps_its_ordinal(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _JUNE, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


def test_a_counted_season_in_news_is_the_season_alone() -> None:
    got = values("The first winter of the new scheme was hard, the council said.", _JUNE)
    assert [t[0] for t in got] == ["winter"], got


def test_a_counted_spring_of_water_is_no_season() -> None:
    assert values("In 1846 the crop failed. The second spring fed the pool.", _JUNE, document_type="narrative") == [
        ("1846", "DATE", "1846")
    ]
