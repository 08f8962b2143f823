"""A new section of a history after a look ahead told in passing ("He was released in 1883 and died in 1901."):
a date in it written without a year is again the story's, the nearest such month to the story's last day, not
the year the look ahead reached."""

from __future__ import annotations

from datetime import date

import pytest

from service.temporal import annotate

_REF = date(2025, 3, 1)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in annotate(text, _REF, "narrative")}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The rebel leader was caught on 21 May 1869. He was freed in 1883 and died in 1901.\n\n"
            "The news at home\n\nA dispatch written on 26 December reached the capital eight days later.",
            "26 December",
            "1868-12-26",
        ),
        (
            "The fleet sailed on 2 March 1588. Its admiral retired in 1597 and died in 1610.\n\n"
            "The voyage\n\nOn 14 April the fleet reached the cape.",
            "14 April",
            "1588-04-14",
        ),
        (
            "The treaty was signed on 9 October 1815, and its author lived until 1840.\n\n"
            "Reception abroad (summary)\n\nThe text was printed in Paris on 30 September and in London a week later.",
            "30 September",
            "1815-09-30",
        ),
    ],
)
def test_a_new_section_returns_to_the_story_after_a_look_ahead(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


def test_what_is_counted_from_that_date_follows_it() -> None:
    text = (
        "The rebel leader was caught on 21 May 1869. He was freed in 1883 and died in 1901.\n\n"
        "The news at home\n\nA dispatch written on 26 December reached the capital eight days later."
    )
    assert _values(text)["eight days later"] == "1869-01-03"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # No new section: the sentence goes on from the year told last.
        (
            "The rebel leader was caught on 21 May 1869. He was freed in 1883 and died in 1901. "
            "A book about him appeared on 26 December.",
            "26 December",
            "1901-12-26",
        ),
        # A year that opens its sentence moves the story on: the section after it goes on from there.
        (
            "The siege ended on 3 May 1702. In 1705 the town was rebuilt.\n\nAftermath\n\nOn 9 June walls rose.",
            "9 June",
            "1705-06-09",
        ),
    ],
)
def test_the_year_told_last_holds_otherwise(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value
