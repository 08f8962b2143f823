"""Periods in histories: counts of centuries in years, "the century" and "the twenties" of the story,
and things that recur on a day of the year or in a part of a weekday.

Every sentence is our own; histories are annotated in narrative mode.
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # TimeML counts centuries and millennia in years, as it counts decades: "two decades" is P20Y.
        ("The dynasty ruled for three centuries.", "three centuries", "P300Y"),
        ("Over the next fourteen centuries the shrine decayed.", "the next fourteen centuries", "P1400Y"),
        ("The two centuries of peace ended in war.", "The two centuries", "P200Y"),
        ("For two millennia the well was used.", "two millennia", "P2000Y"),
        # One alone keeps its unit, as "a decade" is P1E.
        ("The bridge stood for a century.", "a century", "P1C"),
    ],
)
def test_a_count_of_centuries_is_a_count_of_years(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1905 the firm was founded. In the twenties it grew fast.", "the twenties", "192"),
        ("The town was chartered in 1712. In the forties it burned twice.", "the forties", "174"),
        ("The pier opened in 1868. By the nineties it was crumbling.", "the nineties", "189"),
    ],
)
def test_a_decade_named_in_words_is_in_the_story_s_century(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_an_age_in_decades_is_no_date() -> None:
    text = "In 1905 she was born. In her twenties she sailed to Chile, and in his forties her brother followed."
    assert [v[0] for v in values(text, document_type="narrative")] == ["1905"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1842 the mill was rebuilt. The century closed with a flood.", "The century", "18"),
        ("The bank failed in 1847. The decade was one of hunger.", "The decade", "184"),
        ("The canal opened in 1794, and the century's last great work was done.", "the century", "17"),
        ("In 1763 the war ended. Prices rose through the decade.", "the decade", "176"),
    ],
)
def test_the_century_or_the_decade_in_a_history_is_the_story_s(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "In 1842 the mill was rebuilt. Over the decade the town doubled.",
        "In 1763 the war ended. The decade that followed brought famine.",
        "In 1650 the abbey burned. The century before had been calm.",
        "The century was a hard one for the valley.",  # no year told yet: whose century?
    ],
)
def test_a_stretch_or_another_period_is_not_the_story_s(text: str) -> None:
    assert not [v for v in values(text, document_type="narrative") if v[0].lower() in ("the decade", "the century")]


def test_news_keeps_the_bare_decade_a_stretch() -> None:
    assert values("Sales doubled in 2019. The decade was kind to the firm.") == [("2019", "DATE", "2019")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fair is held every 13 August.", "every 13 August", "XXXX-08-13"),
        ("The bells rang each August 13 until the war.", "each August 13", "XXXX-08-13"),
        ("A wreath was laid every 1st May.", "every 1st May", "XXXX-05-01"),
        ("Every Sunday evening the family gathered in the hall.", "Every Sunday evening", "XXXX-WXX-7TEV"),
        ("Each Saturday morning she walked to market.", "Each Saturday morning", "XXXX-WXX-6TMO"),
        ("The band rehearsed every Tuesday night.", "every Tuesday night", "XXXX-WXX-2TNI"),
        # Without a day or a part: the month, the weekday, as before.
        ("Every August the town fills with visitors.", "Every August", "XXXX-08"),
        ("Every Sunday, 4 May included, the market opened.", "Every Sunday", "XXXX-WXX-7"),
    ],
)
def test_a_day_of_the_year_or_a_part_of_a_weekday_recurs(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 1896 the mill closed. By the turn of the century the town was empty.", "1900"),
        ("The abbey was founded in 1356. By the turn of the century it owned half the valley.", "1400"),
        ("The abbey was founded in 872. At the turn of the century raiders burned it.", "0900"),
        ("The port was rebuilt in 1708, but around the turn of the century trade had been poor.", "1700"),
    ],
)
def test_the_turn_of_the_century_in_a_history_is_the_one_nearest_the_story(text: str, value: str) -> None:
    t = find(text, "the turn of the century", document_type="narrative")
    assert (t.type, t.value, t.mod, t.anchor) == ("DATE", value, "APPROX", "previous")


def test_the_turn_of_the_century_back_in_the_writer_s_present_is_the_publication_s() -> None:
    text = "The abbey was founded in 1356. Today it is a museum. At the turn of the century it was restored."
    t = find(text, "the turn of the century", document_type="narrative")
    assert (t.value, t.anchor) == ("2000", "publication")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The king died in 1702. For the next year his widow ruled alone.", "the next year", "1703"),
        ("The army reached the river in October 1702 and stayed there for the next winter.", "the next winter",
         "1702-WI"),
        # A decade or century that dates what happened in it, counted on from the story's year.
        ("The town was sacked in 1356. In the next decade it was rebuilt twice.", "the next decade", "136"),
        ("The town was sacked in 1356. The following century brought peace.", "The following century", "14"),
        # Before the era, counted on the years before it.
        ("In 356 BC the capital moved. In the next decade the city grew.", "the next decade", "BC034"),
        ("In 356 BC the capital moved. The next century saw it grow.", "The next century", "BC02"),
        ("In 25 BC the capital moved. The next century saw it grow.", "The next century", "00"),
    ],
)  # fmt: skip
def test_a_stretch_of_the_next_year_or_more_in_a_history_follows_the_story(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.anchor) == ("DATE", value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1356 the town was sacked, and for the next decade it lay empty.", "the next decade", "P1E"),
        ("The town was sacked in 1356. Over the next century it was rebuilt twice.", "the next century", "P1C"),
        ("The abbey was dissolved in 1539, and its lands were sold over the following decade.",
         "the following decade", "P1E"),
        ("The league was founded in 210 BC and ruled the plain for most of the next century.", "the next century",
         "P1C"),
        ("After the fire of 1702 the quarter was rebuilt throughout the following decade.", "the following decade",
         "P1E"),
        ("In 1815 the war ended; during much of the next century the valley was at peace.", "the next century",
         "P1C"),
    ],
)  # fmt: skip
def test_a_decade_or_century_a_thing_took_after_the_story_s_year_is_a_stretch(
    text: str, phrase: str, value: str
) -> None:
    # Ten or a hundred years counted on from a year of the story, which the calendar's decades do not start
    # with: how long it took (P1E, P1C), not the calendar's next decade.
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.anchor) == ("DURATION", value, "previous")


def test_a_stretch_of_the_next_month_stays_a_duration_and_the_present_looks_ahead_from_now() -> None:
    text = "The army reached the river in October 1702 and stayed there for the next month."
    assert find(text, "the next month", document_type="narrative").value == "P1M"
    text = "The abbey was founded in 1356. It is now a museum, and over the next decade it will be restored."
    assert find(text, "the next decade", document_type="narrative").anchor == "publication"


@pytest.mark.parametrize(
    ("text", "document_type"),
    [
        ("The siege began in 1683. In the last year of his reign the king fell ill.", "narrative"),
        ("The war began in 1914. In the last year of the war the empire collapsed.", "narrative"),
        ("The abbey was founded in 1132. In the last decade of its life the founder went blind.", "narrative"),
        ("The pier opened in 1868. In the last year of Victoria's reign it was extended.", "narrative"),
        ("Sales rose 5% in the last year of the contract.", "news"),
    ],
)
def test_the_last_year_of_a_thing_is_not_the_year_before_now(text: str, document_type: str) -> None:
    # Its final year, as "the final year of the war" is: which one the text does not say.
    assert not [v for v in values(text, document_type=document_type) if v[0].lower().startswith("the last")]


def test_the_last_year_alone_is_still_the_year_before_now() -> None:
    assert values("Sales rose 5% in the last year.") == [("the last year", "DATE", "2023")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In the 18th century the town grew. By the end of the century it had doubled.", "the end of the century",
         "17"),
        ("In the second half of the 16th century the port declined. Around the middle of the century a fire "
         "broke out.", "the middle of the century", "15"),
        ("In 1650 the town was walled. In the 18th century it grew. By the end of the century it had doubled.",
         "the end of the century", "17"),
        ("In the 5th century BC the town grew. By the end of the century it had doubled.",
         "the end of the century", "BC04"),
        # A year told after the century: its century.
        ("In the 18th century the town grew. In 1850 it burned. By the end of the century it had been rebuilt.",
         "the end of the century", "18"),
    ],
)  # fmt: skip
def test_the_century_after_a_century_named_is_that_one(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


def test_a_century_named_anchors_no_month() -> None:
    text = "In the 18th century the town grew. In the 1840s a railway came. In May the station opened."
    assert find(text, "May", document_type="narrative").value == "1840-05"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        # A millennium is written by its first digit, as a century by its first two.
        ("Farmers first settled the valley in the 5th millennium BC.", "the 5th millennium BC", "BC4", None),
        ("Its walls were raised in the early 3rd millennium B.C.", "the early 3rd millennium B.C.", "BC2", "START"),
        ("The cult faded in the second half of the first millennium BC.",
         "the second half of the first millennium BC", "BC0", "END"),
        ("The abbey was founded late in the first millennium.", "the first millennium", "0", None),
        ("Few expected the bridge to last into the third millennium.", "the third millennium", "2", None),
    ],
)  # fmt: skip
def test_a_millennium_is_a_date_of_its_first_digit(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quays were rebuilt in the 1640s-50s.", [("the 1640s", "164"), ("50s", "165")]),
        ("Emigration peaked in the late 1880s–90s.", [("the late 1880s", "188"), ("90s", "189")]),
    ],
)
def test_two_decades_joined_by_a_dash_are_split(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v in values(text, document_type="narrative")] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The town was founded in 1810. In the second half of the century it grew quickly.",
         "the second half of the century", "18", "END"),
        ("The abbey was endowed in 1205, and in the first half of the century it bought two mills.",
         "the first half of the century", "12", "START"),
        ("The guild was chartered in 1712. The latter half of the century brought it to ruin.",
         "The latter half of the century", "17", "END"),
        ("The firm was set up in 1921. In the first half of the decade it doubled its staff.",
         "the first half of the decade", "192", "START"),
        ("The line opened in 1963. During the last half of the decade it carried a million people a year.",
         "the last half of the decade", "196", "END"),
    ],
)  # fmt: skip
def test_a_half_of_the_storys_century_or_decade_is_its_edge(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


@pytest.mark.parametrize(
    "text",
    [
        "The first quarter of the century was turbulent, from 1900 on.",
        "In the last quarter of the century the town grew, after 1875.",
    ],
)
def test_a_quarter_of_the_century_is_still_left_alone(text: str) -> None:
    # A quarter of a century or decade is no quarter of a year: no YYYY-QN from it.
    assert not [v for v in values(text, document_type="narrative") if "Q" in v[2]]


def test_a_half_of_the_year_is_still_its_half() -> None:
    assert find("The firm opened in 1921. In the second half of the year it lost money.",
                "the second half of the year", document_type="narrative").value == "1921-H2"  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "mid-century", "mid-decade" with no article: the middle of the story's century or decade, as "the
        # middle of the century" is.
        ("The priory lost its lands in 1538, and by mid-century it had few canons.", "mid-century", "15"),
        ("The forge opened in 1812. Before mid-century it had closed twice.", "mid-century", "18"),
        ("The line reached the coast in 1873. By mid-decade, trains ran daily.", "mid-decade", "187"),
    ],
)
def test_mid_century_without_the_article(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, "MID")


@pytest.mark.parametrize(
    "text",
    [
        # A style or a thing of the middle of a century: no date.
        "They restored a mid-century villa by the lake.",
        "The shop sells mid-century furniture and lamps.",
        "Its mid-decade slump is well known.",
    ],
)
def test_mid_century_before_a_noun_is_no_date(text: str) -> None:
    assert values(text, document_type="narrative") == []
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "by", "until" or "towards" the turn of the century: a deadline ahead of the story's year, so the next
        # turn, however near the last one is; elsewhere the nearest.
        ("The forge opened in 1847. By the turn of the century it had 900 hands.", "1900"),
        ("The order was founded in 1721. It grew until the turn of the century.", "1800"),
        ("The forge opened in 1847. At the turn of the century it was the largest in the county.", "1800"),
        ("The forge opened in 1832. Since the turn of the century the town had doubled.", "1800"),
    ],
)
def test_the_turn_of_the_century_after_a_deadline_is_the_next(text: str, value: str) -> None:
    t = find(text, "the turn of the century", document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, "APPROX")


def test_in_news_the_turn_of_the_century_after_by_is_the_coming_one() -> None:
    t = find("Sea levels could rise a metre by the turn of the century.", "the turn of the century")
    assert t.value == "2100"
