"""At a history's present (its closing section, brought there by "last year", "this year"), "the evening" after a
day its sentence named is that day's, not the day of writing (the helpers' Tuesday, 5 November 2024)."""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The bridge opened in 1884.\n\nLast year the town restored it. It will reopen on 20 November, with "
            "fireworks in the evening.",
            "2024-11-20TEV",
        ),
        (
            "The mill closed in 1968.\n\nLast month the trust bought the site, and on Saturday it held an open day, "
            "with a dinner for the old workers in the evening.",
            "2024-11-02TEV",
        ),
        (
            "The fort fell in 1702.\n\nThis year the town marks the anniversary: the re-enactment is on 16 November, "
            "and a torchlight procession follows in the evening.",
            "2024-11-16TEV",
        ),
    ],
)
def test_the_evening_of_a_day_named_at_the_present(text: str, value: str) -> None:
    assert find(text, "the evening", document_type="narrative").value == value


def test_the_evening_of_a_later_sentence_is_not_carried_over() -> None:
    text = (
        "The mill closed in 1968.\n\nLast month the trust bought the site and held an open day on Saturday. "
        "The society meets in the evening."
    )
    assert find(text, "the evening", document_type="narrative").value != "2024-11-02TEV"
