"""A count closed by "previously", "beforehand", a bare "before" or "on" counts from the date last told, as
"earlier" and "later" do: "Two years previously", "ten years before.", "Ten years on,".

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The abbey burned in 1538. Two years previously, its monks had fled.", "Two years previously", "1536"),
        ("The canal opened in 1794; the first lock had been cut six years previously.", "six years previously",
         "1788"),
        ("The fleet sailed in May 1702. Three months beforehand, its admiral had died.", "Three months beforehand",
         "1702-02"),
        ("The fleet sailed in May 1702, though it had been ready a month before.", "a month before", "1702-04"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_a_count_back_from_the_story_s_date(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value, t.anchor) == ("DATE", value, "previous")


def test_a_count_back_beside_a_year_in_news_is_the_date_it_counts_to() -> None:
    t = find("The bank failed in 1866, ten years before; its notes were burned.", "ten years before")
    assert (t.type, t.value, t.anchor) == ("DATE", "1856", "previous")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The bank failed in 1866, ten years before; its notes were burned.", "ten years"),
        ("His brother had died in 1911, two years earlier, of a fever.", "two years"),
        ("The abbey, founded in 1120, had burned down in 1402, three centuries before.", "three centuries"),
        ("She left Vienna in 1938, a year before.", "a year"),
    ],
)
def test_a_count_back_set_beside_the_year_it_reaches_is_the_gap_in_a_history(text: str, phrase: str) -> None:
    # The year beside the count is the date it reaches: the count is how far that is from the story's time.
    t = find(text, phrase, document_type="narrative")
    assert t.type == "DURATION"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The fort was begun in 1612. About forty years later the garrison left.", "About forty years", "P40Y",
         "APPROX"),
        ("The chapel was built in 1310, and roughly thirty years later it was enlarged.", "roughly thirty years",
         "P30Y", "APPROX"),
        ("The bridge opened in 1790 and fell nearly a century later.", "nearly a century", "P1C", "APPROX"),
        ("The settlers, who had left home some two years earlier, built a church in 1404.", "some two years",
         "P2Y", "APPROX"),
        ("The colony was abandoned in 1590; the first ships had come almost thirty years before.",
         "almost thirty years", "P30Y", "LESS_THAN"),
        ("The abbey was founded in 1120 and rebuilt two centuries later.", "two centuries", "P200Y", None),
        ("The walls went up in 1450, on stones quarried two centuries earlier.", "two centuries", "P200Y", None),
    ],
)  # fmt: skip
def test_an_approximate_count_or_one_of_centuries_is_a_duration_in_a_history(
    text: str, phrase: str, value: str, mod: str | None
) -> None:
    # A count given roughly, or in centuries, names no date a story could go on from: how long, its word of
    # direction outside.
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)


def test_an_approximate_count_anchors_nothing_after_it() -> None:
    text = "The town fell in 1402. It was resettled about thirty years later. A year later the king died."
    assert find(text, "A year later", document_type="narrative").value == "1403"


def test_an_exact_count_still_dates_in_a_history() -> None:
    t = find("The town fell in 1402. Two years later it was rebuilt.", "Two years later", document_type="narrative")
    assert (t.type, t.value) == ("DATE", "1404")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The treaty was signed in 1648. Ten years on, the borders were redrawn.", "Ten years on", "1658"),
        ("The pit closed in 1985. A decade on, the village had emptied.", "A decade on", "1995"),
    ],
)
def test_a_count_on_from_the_story_s_date_in_a_history(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


def test_a_count_on_in_news_is_a_duration_placed_from_the_story_s_date() -> None:
    t = find("The pit closed in 1985. A decade on, the village had emptied.", "A decade")
    assert (t.type, t.value, t.interval_start and t.interval_start.year) == ("DURATION", "P1E", 1995)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The abbey burned in 1538, two years before the dissolution.", "two years"),
        ("The king reigned in 1538; he spent two years on the throne.", "two years"),
        ("The mill was sold in 1902, five years on from its opening.", "five years"),
    ],
)
def test_before_or_on_with_more_after_them_are_prepositions(text: str, phrase: str) -> None:
    got = values(text, document_type="narrative")
    assert (phrase, "DURATION") in [(t[0], t[1]) for t in got], got


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The abbey burned in 1538. For two years afterwards the monks lived in tents.", "two years", "P2Y"),
        ("The king died in 1422. For almost a decade later his widow ruled.", "almost a decade", "P1E"),
    ],
)
def test_for_a_count_later_is_how_long_not_when(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The house was built in 1897. Half a century later, in 1947, a plaque was put up.",
            "Half a century later",
            "1947",
        ),
        ("The mill opened in 1850; half a decade later it burned.", "half a decade later", "1855"),
        (
            "The fort fell in May 1702. A year and a half later the town was retaken.",
            "A year and a half later",
            "1703-11",
        ),
        (
            "The fort fell in 1702. Two and a half years later the town was retaken.",
            "Two and a half years later",
            "1704",
        ),
    ],
)
def test_a_count_with_a_half_on_from_the_story_s_date_in_a_history(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The assembly was shut in 1869 and did not meet again until 1919, fifty years later.", "fifty years", "P50Y"),
        (
            "The assembly was shut in 1869 and did not meet again until 1919, half a century later.",
            "half a century",
            "P50Y",
        ),
        ("The city fell in 216 BC and was refounded in 44 BC, two years later than its rival.", "two years", "P2Y"),
        ("The port was closed in 1702 and reopened in 1712, ten years later, by a new king.", "ten years", "P10Y"),
    ],
)
def test_a_count_later_set_beside_the_year_it_reaches_is_the_gap_alone(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DURATION", value)


def test_the_story_goes_on_from_the_year_beside_such_a_count() -> None:
    text = "The assembly was shut in 1869 and did not meet again until 1919, half a century later. In May it sat."
    assert find(text, "May", document_type="narrative").value == "1919-05"


def test_a_count_with_a_half_in_news_is_a_duration() -> None:
    assert find("The firm was sold. A year and a half later it failed.", "A year and a half").value == "P1Y6M"
    assert find("The firm was sold. Half a century later it failed.", "Half a century").value == "P50Y"
