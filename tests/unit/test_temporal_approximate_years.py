"""A year given as about one ("in about 1331", "around 1900"): APPROX with the marker inside, as "c. 1120"
and "about 300 BC" already are; and a number after "about" that counts something is no year.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize("document_type", ["narrative", "news"])
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The castle was built in about 1331.", "about 1331", "1331"),
        ("The chapel was added around 1480 by the bishop.", "around 1480", "1480"),
        ("The tower dates from about 1450, when the town was rich.", "about 1450", "1450"),
        ("About 1900 the mill closed and the village emptied.", "About 1900", "1900"),
    ],
)
def test_a_year_about_is_approx_with_the_marker_inside(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value, t.mod) == ("DATE", value, "APPROX")


@pytest.mark.parametrize(
    "text",
    [
        "The firm employed about 1500 people.",
        "It cost about 1500 pounds to repair.",
        "The pass is around 2000 metres high.",
        "Shares rose about 1200% in a decade.",
    ],
)
def test_about_a_number_that_counts_something_is_no_year(text: str) -> None:
    assert not [v for v in values(text, document_type="narrative") if v[1] == "DATE" and v[2].isdigit()]
