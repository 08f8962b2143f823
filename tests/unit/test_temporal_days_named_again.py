"""A history that has moved on and comes back to a day it told with its year, naming it again without the
year ("On the first day of the battle, 4 June"), means that day, not the next one after the story's date.

Every sentence is our own; histories are annotated in narrative mode.
"""

import pytest

from tests.unit._helpers import find

SIEGE = (
    "The siege of Orsk began on 12 March 1774 and lasted until 30 May 1774. The town was relieved, and the "
    "rebels were crushed by September 1775.\n\n"
)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (SIEGE + "On the first day of the siege, 12 March, the walls were breached.", "12 March", "1774-03-12"),
        (SIEGE + "The last assault came on 30 May, at dawn.", "30 May", "1774-05-30"),
        (SIEGE + "On 12 March the garrison lost its commander, and on 14 March the well ran dry.", "14 March",
         "1774-03-14"),
    ],
)  # fmt: skip
def test_a_day_told_before_with_its_year_is_that_day_again(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_a_day_never_told_with_its_year_moves_on_with_the_story() -> None:
    assert find(SIEGE + "On 2 October the leaders were hanged.", "2 October", document_type="narrative").value == (
        "1775-10-02"
    )
