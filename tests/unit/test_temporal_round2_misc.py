"""Round 2: vague future "one day", growth rates, product names with numbers, reporting periods."""

from __future__ import annotations

from tests.unit._helpers import find, values


def test_one_day_after_a_modal_is_the_future() -> None:
    t = find("Engineers hope the probe will one day reach the outer moons.", "one day")
    assert (t.type, t.value) == ("DATE", "FUTURE_REF")
    assert find("The storm lasted one day.", "one day").value == "P1D"


def test_growth_rate_adverb_is_not_a_set() -> None:
    assert values("The firm expects revenue to grow 12% annually through 2030.") == [("2030", "DATE", "2030")]
    assert find("The fair is held annually in Lyon.", "annually").type == "SET"


def test_name_with_a_number_is_not_a_year() -> None:
    assert values("Sales of the new Falcon 2000 jet were brisk, the maker said.") == []
    assert find("In 1998 the plant closed.", "1998").value == "1998"
    assert find("That 1975 agreement still holds.", "1975").value == "1975"


def test_latest_period_without_a_named_quarter_is_the_last_quarter() -> None:
    # Published 2024-11-05: the last quarter completed is 2024-Q3.
    assert find("Margins narrowed in the latest period, the bank said.", "the latest period").value == "2024-Q3"
