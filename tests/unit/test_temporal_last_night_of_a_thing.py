"""The last night, morning or evening of a thing ("on the last night of the blockade", "the last evening of the
congress") is the final one of that thing, as "the last year of the war" is: no expression, not the night before
the publication, and it leaves the story's date where it was. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_TODAY = date(2024, 10, 22)


@pytest.mark.parametrize(
    "text",
    [
        "On the last night of the blockade the townsmen sent fire-ships against the fleet.",
        "The delegates quarrelled on the last evening of the congress.",
        "He wrote his will on the last morning of his life.",
    ],
)
@pytest.mark.parametrize("document_type", ["narrative", "news"])
def test_the_last_night_of_a_thing_is_no_date(text: str, document_type: str) -> None:
    assert values(text, _TODAY, document_type) == []


def test_the_story_s_year_before_era_holds_across_it() -> None:
    text = (
        "In the spring of 27 BC pirates closed the harbour. On the last night of the blockade fire-ships burned"
        " their fleet, and the captains were hanged that summer."
    )
    assert find(text, "that summer", _TODAY, document_type="narrative").value == "BC0027-SU"


def test_the_last_night_of_the_year_is_still_a_night() -> None:
    assert find("The last night of the year was cold.", "The last night", _TODAY, "narrative").type == "TIME"
