"""A range of two counts of one unit after "between" is split in two, the connector outside and the unit lent
to the first count ("between [three] and [four years]"), as "between [two] to [six days]" is."""

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Repairs to the bridge will take between three and four months.", ("three", "P3M"), ("four months", "P4M")),
        ("Fees rose for between 10 and 12 weeks in a row.", ("10", "P10W"), ("12 weeks", "P12W")),
        ("Most patients wait between two and five days.", ("two", "P2D"), ("five days", "P5D")),
        ("Between six and eight hours later the fever broke.", ("six", "PT6H"), ("eight hours", "PT8H")),
    ],
)
def test_between_two_counts_of_a_unit_is_split(text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    found = [(t, v) for t, kind, v in values(text) if kind == "DURATION"]
    assert found == [first, second]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Without "between", "and" joins no range: the second count alone.
        ("The two teams met two and five years ago.", [("five years ago", "DATE", "2019")]),
        # A year before "and": the year, then the count after it.
        ("The mill opened in 1998 and 20 years later it closed.", [("1998", "DATE", "1998")]),
        # Before "old" the counts are ages.
        ("The children were between two and three years old.", []),
    ],
)
def test_and_after_a_count_is_no_range_elsewhere(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = values(text)
    assert all(e in found for e in expected)
    assert not [v for v in found if v[0] in ("two", "three")]


def test_a_count_before_a_range_of_thousands_ago_is_left_to_ago() -> None:
    assert [t for t, _, _ in values("The town was built between two and three thousand years ago.")] == [
        "three thousand years ago"
    ]
