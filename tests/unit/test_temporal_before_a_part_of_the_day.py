"""A part of the day after "before" stands alone, as after "by" or "until": "dead before morning" is the
morning after the night told, "home before evening" the evening of the story's day; a noun after it makes it
a thing of that part of the day ("before evening prayers"). Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_JUNE = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The raiders struck on the night of 8 September 1273, and the khan was dead before morning.", "morning",
         "1273-09-09TMO"),
        ("The fleet sighted the coast on 3 May 1588 and was at anchor before evening.", "evening",
         "1588-05-03TEV"),
        ("On 12 July 1690 the armies met at the river; the king's line broke before afternoon.", "afternoon",
         "1690-07-12TAF"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_after_before_is_the_story_s(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _JUNE, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "The siege began on 3 May 1402; the walls were breached before evening prayers.",
        "On 3 May 1402 the bells rang before morning service.",
    ],
)
def test_a_part_of_the_day_before_a_noun_is_no_time(text: str) -> None:
    assert not [t for t in values(text, _JUNE, document_type="narrative") if t[0] in ("morning", "evening")]
