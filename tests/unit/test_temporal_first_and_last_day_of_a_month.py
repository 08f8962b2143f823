"""The first or last day of a month named by its place ("on the last day of June", "the first day of May 1603",
"the final day of February 1700") is that day: one DATE, the month's year as the month alone would have it, or
the one written. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The college was closed in 1542, and teaching ended on the last day of June.", "the last day of June",
         "1542-06-30"),
        ("The fair opened on the first day of May 1603 and ran for a week.", "the first day of May 1603",
         "1603-05-01"),
        ("The new tariff took effect on the final day of February 1700.", "the final day of February 1700",
         "1700-02-28"),
        ("The lease was signed in 1848 and ran out on the last day of February.", "the last day of February",
         "1848-02-29"),
        ("The mill was sold in 1790; the workers were paid off on the last day of September.",
         "the last day of September", "1790-09-30"),
    ],
)  # fmt: skip
def test_the_first_or_last_day_of_a_month_is_that_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _TODAY, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


def test_in_news_the_month_is_the_nearest_one() -> None:
    text = "The company said the plant would close on the last day of August."
    assert find(text, "the last day of August", _TODAY, document_type="news").value == "2025-08-31"


@pytest.mark.parametrize(
    "text",
    [
        "The siege ended on the last day of the month.",
        "On the last day of the war he was wounded.",
    ],
)
def test_the_last_day_of_no_month_is_not_this_kind(text: str) -> None:
    assert not any(t.startswith("the last day of") for t, _, _ in values(text, _TODAY, "narrative"))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("last day of may and the garden is still a jungle", "last day of may", "2025-05-31"),
        ("first day of july tmrw, where did june go", "first day of july", "2025-07-01"),
        ("its the last day of march and we still have the heating on", "the last day of march", "2025-03-31"),
        ("payday is the last day of august, cant come soon enough", "the last day of august", "2025-08-31"),
        ("last day of sept and im still in shorts", "last day of sept", "2025-09-30"),
    ],
)  # fmt: skip
def test_a_post_writes_the_edge_day_without_article_or_capital(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _TODAY, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


def test_a_modal_may_after_day_of_is_not_read_as_a_month_elsewhere() -> None:
    found = [t for t, _, _ in values("it may rain on the day of the match", _TODAY, "colloquial")]
    assert not any("may" in t for t in found)
