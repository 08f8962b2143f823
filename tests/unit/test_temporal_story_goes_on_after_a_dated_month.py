"""In news, a sentence that opens with a month or a day of the month, right after a sentence whose past-tense
clause a month or a whole date of some year dated, goes on in that year, to a month no earlier: "The fire
broke out on 12 August 2021. In October, the council inspected the block" is October 2021 (as it already was
after a year alone: "The shop opened in 2019. On 14 September it ..."). Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

# A Tuesday.
_AUG = date(2024, 8, 13)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fire broke out on 12 August 2021. In October, the council inspected the block.", "October", "2021-10"),
        ("The mill closed in March 1987. On 7 May the workers marched to the town hall.", "7 May", "1987-05-07"),
        ("The bridge was damaged on Sept. 4, 2019. On Sept. 20, engineers closed it to lorries.", "Sept. 20",
         "2019-09-20"),
        ("The club was sold in June 2018. In August it sacked its manager.", "August", "2018-08"),
    ],
)  # fmt: skip
def test_the_next_sentence_goes_on_in_the_year_of_a_dated_month(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _AUG, document_type="news").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Not after a date that no preposition of time tells as the clause's time.
        ("The complaints go back to March 2019. In June, the council opened an inquiry.", "June", "2024-06"),
        # Nor in a sentence that tells the present.
        ("The fire broke out on 12 August 2021. In October, the council meets to decide.", "October", "2024-10"),
    ],
)  # fmt: skip
def test_the_year_of_a_dated_month_does_not_reach_everywhere(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _AUG, document_type="news").value == value
