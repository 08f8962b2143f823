"""At the close of a history, a sentence that a date of the writer's time brought to the present ("last week",
"last year") may name a date of the story's past further on: what is said today of the past. The narration
stays at the present, so the weekdays and months after it are the publication's (the helpers' Tuesday, 5
November 2024)."""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The abbey burned on 2 May 1536.\n\nWork on the ruins resumed in March, and last month a survey showed "
            "that the north aisle was rebuilt in the spring of 1540. The findings were presented on Saturday.",
            "Saturday",
            "2024-11-02",
        ),
        (
            "The mill was built in 1782 and closed in 1911.\n\nThe trust bought it in 2019, and last year its "
            "engineers found that the wheel was replaced in 1850. A new wheel will turn for the first time in "
            "December.",
            "December",
            "2024-12",
        ),
        (
            "The fort fell in the summer of 1702.\n\nDivers reached the wreck this spring, and last month they "
            "confirmed that it sank in the autumn of 1702. Their report is due on Thursday.",
            "Thursday",
            "2024-11-07",
        ),
        (
            "The siege ended in August 1648.\n\nExcavations began last spring, and this week the team announced "
            "that a mine gallery was dug in the winter of 1647. The finds go on show on Friday and stay until "
            "the end of January.",
            "the end of January",
            "2025-01",
        ),
    ],
)
def test_a_past_date_in_a_sentence_of_the_present_keeps_the_narration_there(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert t.value == value


def test_a_sentence_that_opens_with_a_past_date_goes_back_to_the_story() -> None:
    text = (
        "The town was founded in 1310.\n\nLast year the museum reopened. In 1402 the wall was built, and in "
        "June a gate was added."
    )
    assert find(text, "June", document_type="narrative").value == "1402-06"
