"""Noun phrases of time that long histories write and news rarely does: the count of a further stretch ("another
eleven weeks", "a further two years", "a single year"), the rest of a period ("the rest of 1971"), the writer's
own time ("to the present day"), the next feast after the story's date ("the following Easter"), and a count
compared with another time ("a week later than planned")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The town fell in May 1402, but the keep held out for another eleven weeks.", "another eleven weeks", "P11W"),
        ("After the fire of 1666 the court stayed away for another three years.", "another three years", "P3Y"),
        ("The king fled in 1650 and spent a further two years in exile.", "a further two years", "P2Y"),
        ("The talks of 1921 broke down, and it took a further month to agree.", "a further month", "P1M"),
        ("Magistrates were chosen in 310 BC for a single year at a time.", "a single year", "P1Y"),
        ("The rains of 1884 did not stop for a single day.", "a single day", "P1D"),
        ("He was kept at sea for another month in 1790.", "another month", "P1M"),
    ],
)
def test_a_further_count_of_units_is_one_duration(text: str, phrase: str, value: str) -> None:
    for document_type in ("narrative", "news"):
        t = find(text, phrase, document_type=document_type)
        assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("For the rest of 1971 the country was in an uneasy truce.", "the rest of 1971", "1971"),
        ("The army spent the rest of 217 BC taking the towns of the plain.", "the rest of 217 BC", "BC0217"),
        ("He stayed in Vienna for the rest of March 1820.", "the rest of March 1820", "1820-03"),
        ("The mill closed in 1846 and stood empty for the rest of the year.", "the rest of the year", "1846"),
        (
            "In the summer of 1911 the strike ended; the rest of the summer was calm.",
            "the rest of the summer",
            "1911-SU",
        ),
        ("In 1763 the war ended. Prices rose for the rest of the decade.", "the rest of the decade", "176"),
        ("The storm broke on 3 May 1901 and the rest of the day was quiet.", "the rest of the day", "1901-05-03"),
    ],
)
def test_the_rest_of_a_period_is_its_end(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, "END")


def test_the_rest_of_what_is_no_time_stays_untagged() -> None:
    text = "He spent the rest of his life in exile and the rest of the war in prison."
    assert values(text, document_type="narrative") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("By the end of 216 BC the city was starving.", "the end of 216 BC", "BC0216"),
        ("The walls were rebuilt in late 44 BC, after the murder.", "late 44 BC", "BC0044"),
    ],
)
def test_the_edge_of_a_year_of_an_era_is_inside(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, "END")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Excavation began in 1924 and has continued to the present day.", "the present day"),
        ("From 1810 until the present day the house has belonged to one family.", "the present day"),
        ("The present day has seen a revival of the old fair.", "The present day"),
    ],
)
def test_the_present_day_is_the_writers_time(text: str, phrase: str) -> None:
    for document_type in ("narrative", "news"):
        t = find(text, phrase, document_type=document_type)
        assert (t.type, t.value) == ("DATE", "PRESENT_REF")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The court left in July 1438 and did not return until the following Easter.",
            "the following Easter",
            "1439-04-05",
        ),
        (
            "He was crowned at Christmas 1066 and died by the following Christmas.",
            "the following Christmas",
            "1067-12-25",
        ),
        ("The mill reopened in May 1920; it had closed the previous Easter.", "the previous Easter", "1920-04-04"),
        (
            "The mill reopened in May 1920 and shut again the next Christmas Eve.",
            "the next Christmas Eve",
            "1920-12-24",
        ),
    ],
)
def test_the_following_feast_is_the_next_one_after_the_story(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        ("The first snow fell on 11 November 1868, a fortnight earlier than usual.", "a fortnight", "P2W", "narrative"),
        ("The bridge opened in 1998, two years later than planned.", "two years", "P2Y", "narrative"),
        ("The lights will be switched on a week later than planned.", "a week", "P1W", "news"),
        ("The harvest of 1816 came a month later than expected.", "a month", "P1M", "narrative"),
    ],
)
def test_a_count_compared_with_another_time_is_the_count_alone(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("DURATION", value)


def test_a_count_later_without_a_comparison_is_still_the_date_it_reaches() -> None:
    t = find("The bridge opened in 1998. Two years later it closed.", "Two years later", document_type="narrative")
    assert (t.type, t.value) == ("DATE", "2000")


@pytest.mark.parametrize(
    "text",
    [
        "In 1219 the crusaders landed. Like the natives, they soon learned that the marshes froze in winter.",
        "The abbey was founded in 1130, and the monks soon cleared the forest.",
        "In 1848 the mills reopened, and soon the workers marched on the council house.",
    ],
)
def test_soon_in_a_storys_past_is_no_future(text: str) -> None:
    # Shortly after the story's time: no time to come from the writing.
    assert "soon" not in [t[0] for t in values(text, date(2024, 11, 5), "narrative")]


def test_soon_of_what_is_still_to_come_is_the_future() -> None:
    text = "The fort was built in 1219. Today it is a museum, and it will soon be restored."
    assert ("soon", "DATE", "FUTURE_REF") in values(text, date(2024, 11, 5), "narrative")


@pytest.mark.parametrize(
    "text",
    [
        "The painter left Paris in 1901 and spent her last years in a cottage in Kent.",
        "In his last years the composer wrote only for the organ.",
        "Its last months of trading, in 1931, were a long fight with the banks.",
        "During their last days in the camp the men burned the huts.",
        "The firm's last weeks were spent selling off the looms.",
        "The last years of the old queen were quiet.",
    ],
)
def test_last_after_a_possessive_is_the_adjective_not_the_verb(text: str) -> None:
    # "her last years" is the end of a life, told without a count (as "his final years"): no bare plural
    # duration is left behind when "last" is no verb of length.
    found = values(text, date(2024, 11, 5), "narrative")
    assert not [t for t in found if t[0].lower() in ("years", "months", "weeks", "days")], found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The siege of 1643 could last months, the governor warned.", "months", "PXM"),
        ("Repairs on the ship would last weeks, and she sailed in 1916.", "weeks", "PXW"),
    ],
)
def test_the_verb_last_still_takes_a_bare_plural_as_its_length(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 5), "narrative").value == value
