"""A bare plural unit the text does not count: what was gone through ("caused months of delays") and a stretch
on or back ("minutes later"), each with a word before it that makes it one."""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Commuters faced hours of queues at the ticket barriers.", "hours", "PTXH"),
        ("The ruling ended months of uncertainty for the tenants.", "months", "PXM"),
        ("Patients face weeks of waiting for a scan.", "weeks", "PXW"),
        ("The strike followed years of disputes over pay.", "years", "PXY"),
        ("Despite decades of neglect, the chapel still stands.", "decades", "PXE"),
        ("The thaw brought days of flooding to the valley.", "days", "PXD"),
        ("Weeks of rain have left the fields under water.", "Weeks", "PXW"),
    ],
)
def test_a_bare_plural_of_what_was_gone_through(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The alarm sounded and the crew arrived minutes later.", "minutes", "PTXM"),
        ("Years later, the two men met again in Lisbon.", "Years", "PXY"),
        ("The missing hiker was found hours later near the summit.", "hours", "PTXH"),
        ("She had left the firm months earlier.", "months", "PXM"),
    ],
)
def test_a_bare_plural_later_or_earlier(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    "text",
    [
        "The opening times of the library will change.",
        "Those years of war left the town poor.",
        "Children under five years of age travel free.",
        "Some hundred years later the town was rebuilt.",
        "The shop keeps the hours of its neighbours.",
    ],
)
def test_a_plural_unit_picked_out_or_counted_is_no_bare_stretch(text: str) -> None:
    assert [v for v in values(text) if v[2].startswith("PX") or v[2].startswith("PTX")] == []


def test_a_counted_stretch_later_keeps_its_count() -> None:
    assert find("Two years later he moved to Leeds.", "Two years").value == "P2Y"
    assert find("A few days later the police arrived.", "A few days").value == "PXD"


def test_a_figure_before_a_plural_later_counts_it() -> None:
    assert [v for v in values("The church was built in 1850 and 120 years later rebuilt.") if v[2] == "PXY"] == []
