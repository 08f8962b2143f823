"""News background that comes back to the present without naming a date.

A past year that sets the scene ("In 1998, ...") lends its year to the months told after it in the past.
A sentence told in the present or the future in between ("The firm employs 400 people.", "The town has
since recovered.") brings the article back to the time of writing: a month told after it is the one
nearest publication again, as after "Today" or "This year".
"""

import pytest

from tests.unit._helpers import find

SCENE = "In 1998, two brothers founded the company in a garage. In March they moved to a warehouse. "


@pytest.mark.parametrize(
    "present",
    [
        "The firm employs 400 people.",  # the simple present
        "It runs three plants in two states.",
        "Its chief executive runs three plants.",  # a subject of several words
        "The founder's eldest son owns the firm.",
        "The company's new finance chief plans a listing.",
        "The company makes engines, its chief executive said.",  # a reporting verb tells no past of the story
        "Since then the firm has grown to 400 people.",  # the present perfect reaches up to now
        "Its sales have doubled since.",
        "The brothers are still in charge.",
        "The firm will move its headquarters to Ohio.",  # the future looks ahead from now
    ],
)
def test_a_sentence_in_the_present_ends_the_background(present: str) -> None:
    t = find(SCENE + present + " In May it opened a plant in Texas.", "May")
    assert (t.value, t.anchor) == ("2024-05", "publication")


@pytest.mark.parametrize(
    "past",
    [
        "They hired ten engineers.",
        "The first engine was sold to a farmer.",
        "Neither brother had run a business before.",
        '"We are proud of that garage," one of them said later.',  # quoted speech is the speaker's time
    ],
)
def test_a_sentence_in_the_past_keeps_the_background(past: str) -> None:
    t = find(SCENE + past + " In May they opened a plant in Texas.", "May")
    assert (t.value, t.anchor) == ("1998-05", "previous")


def test_the_scene_year_still_reaches_the_next_past_sentence() -> None:
    text = "In 1944, Allied troops landed in Normandy. In August, they liberated Paris."
    assert find(text, "August").value == "1944-08"


@pytest.mark.parametrize(
    "text",
    [
        "The rebellion ended in 1799. Since then the town has marked it every year. In March the town holds a fair.",
        "The rebellion ended in 1799. Since then the town has marked it for two centuries. In March it holds a fair.",
    ],
)
def test_a_set_or_a_duration_after_the_return_to_the_present_does_not_hide_it(text: str) -> None:
    # "every year", "two centuries" set no date of the story: the present perfect before them still brought
    # the history up to its time of writing.
    t = find(text, "March", document_type="narrative")
    assert (t.value, t.anchor) == ("2025-03", "publication")  # the March after publication (5 November 2024)
