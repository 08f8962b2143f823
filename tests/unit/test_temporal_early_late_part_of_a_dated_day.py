"""A part of a day named with its date in a history, "early" or "late" before it ("in the late afternoon of 12
March 1812"): one TIME, the modifier inside as its mod.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The ferry sank in the late afternoon of 12 March 1903.", "the late afternoon of 12 March 1903",
         "1903-03-12TAF", "END"),
        ("The town was founded in 1764. On the early morning of 2 May the militia marched.",
         "the early morning of 2 May", "1764-05-02TMO", "START"),
        ("Shelling began in the late evening of 9 October 1918.", "the late evening of 9 October 1918",
         "1918-10-09TEV", "END"),
        ("The mill caught fire on the evening of 14 June 1871.", "the evening of 14 June 1871", "1871-06-14TEV",
         None),
    ],
)  # fmt: skip
def test_an_early_or_late_part_of_a_dated_day_is_one_time_with_its_mod(
    text: str, phrase: str, value: str, mod: str | None
) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("TIME", value, mod)
