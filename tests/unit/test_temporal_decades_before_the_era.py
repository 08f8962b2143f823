"""A decade or a century written in years before the era ("the 1230s BC", "the 1200s BC") is where the story
stands: "that decade", "the next decade" and "the end of the century" after it are counted from it, down
towards the era, not from the publication.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The long drought began in the 1230s BC. The letters of that decade speak of dying herds.",
         "that decade", "BC123", None),
        ("The town grew rich in the 480s BC. In the next decade it built a wall of stone.", "the next decade",
         "BC047", None),
        ("Copper came from the hills in the 1440s BC, and in the same decade the first bronze was cast.",
         "the same decade", "BC144", None),
        ("Painted cups appear in the graves of the 1200s BC. By the end of the century the palace had burned.",
         "the end of the century", "BC12", "END"),
    ],
)  # fmt: skip
def test_a_decade_or_century_before_the_era_anchors_what_follows(
    text: str, phrase: str, value: str, mod: str | None
) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.value, t.mod, t.anchor) == (value, mod, "previous")


def test_the_decade_itself_is_unchanged() -> None:
    t = find("The long drought began in the 1230s BC.", "the 1230s BC", document_type="narrative")
    assert (t.value, t.interval_start) == ("BC123", None)
