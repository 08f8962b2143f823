"""Sets: recurring times."""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ally receives £160 million annually.", "annually", "XXXX"),
        ("The board meets every week.", "every week", "P1W"),
        ("Rent is due each month.", "each month", "P1M"),
        ("The paper appears daily.", "daily", "XXXX-XX-XX"),
        ("They meet twice a year.", "twice a year", "P1Y"),
        ("The club meets each Thursday.", "each Thursday", "XXXX-WXX-4"),
        ("The festival is held each July.", "each July", "XXXX-07"),
    ],
)
def test_sets(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.granularity, t.interval_start) == ("SET", value, None, None)


def test_growth_rate_adverb_is_not_a_set() -> None:
    assert values("The firm expects revenue to grow 12% annually through 2030.") == [("2030", "DATE", "2030")]
    assert find("The fair is held annually in Lyon.", "annually").type == "SET"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Trains to the coast ran every half hour.", "every half hour", "PT30M"),
        ("The nurse checked on him every half an hour.", "every half an hour", "PT30M"),
        ("Stir the sauce every half-hour.", "every half-hour", "PT30M"),
        ("The guard was changed every half day.", "every half day", "PT12H"),
        ("The council reports every half year.", "every half year", "P6M"),
    ],
)
def test_every_half_unit_is_a_set_of_half_that_unit(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("SET", value)


def test_half_of_a_thing_is_no_set() -> None:
    assert values("She scored every half of the season.") == []
