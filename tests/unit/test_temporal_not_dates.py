"""Numbers and words that look temporal but are not time expressions."""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    "text",
    [
        "Up to 11,000 soldiers might be there.",
        "The ally receives £160 million.",
        "He finished 76th in the race.",
        "The 3,000 workers went home.",
        "Unemployment rose to 1998 percent, a typo.",
        "You may go if you wish",
        "They march on the capital",
        "The Sun reported the story",
        "He fought in the Second World War",
        "Benefits start at 65 and older",
        "The 65-year-old chairman resigned",
        "He is 52 years old",
        "The painting sold for $1990",
        "Trade fell by a third.",
        "About three-quarters of the shares were sold.",
        "It has 670,000 tonnes of rice.",
        "A second round also failed.",
    ],
)
def test_not_dates(text: str) -> None:
    assert [t for t in values(text) if t[1] in ("DATE", "TIME")] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The glacier retreats about a foot a day.",
        "The clinic treats 300 people a day.",
        "Kids get the shot at 9 to 12 months of age.",
        "Their forward scored with 0:48 left in the game.",
        "Snowy trails drew winter hikers, and spring rains came late.",
        'The premiere of "Silent Summer" sold out.',
        "The Hawks threw two touchdown passes in the fourth quarter.",
        # "half time" written apart, as posts write it: the halves of a match.
        "HALF TIME 1-1. need a goal in the 2nd half lads",
        "0-0 at half time, much better in the second half though",
    ],
)
def test_rates_ages_game_clocks_and_titles_are_not_time_expressions(text: str) -> None:
    got = [v for v in values(text) if v[0] not in ("late",)]
    assert got == [], got


def test_name_with_a_number_is_not_a_year() -> None:
    assert values("Sales of the new Falcon 2000 jet were brisk, the maker said.") == []
    assert find("In 1998 the plant closed.", "1998").value == "1998"
    assert find("That 1975 agreement still holds.", "1975").value == "1975"


@pytest.mark.parametrize(
    "text",
    [
        "Cases of COVID-19 rose again.",
        "Leaders met at the G20 summit.",
        "The F-35 fleet was grounded.",
        "The laptop ships with Windows 11.",
        "She bought an iPhone 15 on sale.",
        "A Boeing 737 landed safely.",
        "They drove along Route 66.",
        "The school broke Title IX rules.",
        "The store at the corner is a 7-Eleven.",
        "The hotline runs 24/7 for callers.",
        "The 9/11 commission issued a report.",
        "United won 3-1 away.",
        "It was a 4-3 win after extra time.",
        "The firm released version 2.0 of the app.",
        "Only 1/2 of the seats were filled.",
        "Members invoked Article 5 of the treaty.",
        "Call 555-0142 or 1-800-555-0199 for help.",
        "Call +44 20 7946 0958 for help.",
        "The kingdom's Vision 2030 plan needs investment.",
        "Agenda 2030 sets goals for every country.",
        "Delegates endorsed the 2030 Agenda in full.",
        "Euro 2028 will be held in Britain.",
        "Windows 2000 reached end of support.",
        "Sales rose 4% month-on-month.",
        "Sales rose 4% year-on-year.",
        "Sales rose 4% year over year.",
        "Shares are up 12% year to date.",
        "The year-to-date gain is 12%.",
        "The fund's YTD return is 9%.",
    ],
)
def test_modern_names_scores_codes_and_rate_comparisons_are_not_time_expressions(text: str) -> None:
    assert values(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # A weekday or a frequency word inside a title: a newspaper, a column, a copyright line.
        "He writes a column for The Sunday Times.",
        "The Sunday Telegraph first reported the deal.",
        "Sign up for the Monday Briefing here.",
        "© Daily Wrap",
        "Copyright © Weekly Review Ltd.",
        "Daily Mail reporters were at the scene.",
    ],
)
def test_time_words_in_titles_are_not_dates(text: str) -> None:
    assert values(text) == [], text


def test_the_same_words_outside_a_title_still_are() -> None:
    assert [t[0] for t in values("The Sunday Times said on Sunday that prices fell.")] == ["Sunday"]
    assert find("On Friday President Lee said so.", "Friday").value == "2024-11-01"
    assert find("The board meets daily.", "daily").type == "SET"


@pytest.mark.parametrize(
    "text",
    [
        # A count of units that names a war is a name, not a duration.
        "The Thirty Years' War ruined the duchy.",
        "His father had fought in the Seven Years’ War.",
        "Maps changed after the Six-Day War.",
        "Historians still argue about the Hundred Years' War.",
    ],
)
def test_the_name_of_a_war_is_no_duration(text: str) -> None:
    assert values(text, document_type="narrative") == [], text


def test_the_same_count_outside_a_name_still_is() -> None:
    assert find("The war lasted thirty years.", "thirty years").value == "P30Y"
    assert find("Six days of war changed the map.", "Six days").value == "P6D"


@pytest.mark.parametrize(
    "text",
    [
        "Guests in room 1999 complained about the noise.",
        "Flight 2017 to Lisbon was cancelled.",
        "The bus takes Route 1950 through the hills.",
        "See page 1870 of the report.",
        "The shop is at No. 1984 on the high street.",
    ],
)
def test_a_number_that_labels_a_thing_is_no_year(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She still lives at 1600 Elm Avenue with her sister.",
        "The firm moved its offices to 1925 North Harbor Boulevard.",
        "Police were called to a house on 2011 Larkspur Lane.",
        "The clinic at 1850 Mill Road St. opens early.",
    ],
)
def test_a_house_number_before_a_street_is_no_year(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 1998 Main Street was closed to cars.", "1998"),
        ("Since 2011 Park Avenue has had a cycle lane.", "2011"),
        ("The 1925 flood reached the square.", "1925"),
    ],
)
def test_a_year_before_a_street_name_is_still_a_year(text: str, year: str) -> None:
    assert values(text) == [(year, "DATE", year)]


@pytest.mark.parametrize(
    "text",
    [
        "The film High Noon won four Oscars.",
        "For the two rivals it is high noon.",
        "Back in the day, the square held a market.",
    ],
)
def test_idioms_of_time_that_name_no_time(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The young captain was the hero of the day.",
        "Soup of the day: leek and potato.",
        "Rising rents are the question of the day.",
        "The newspapers of the day called the bridge a folly.",
        "photo of the day 📸",
    ],
)
@pytest.mark.parametrize("document_type", ["news", "narrative", "colloquial"])
def test_of_the_day_after_a_noun_that_is_no_part_of_a_day_is_no_date(text: str, document_type: str) -> None:
    assert values(text, document_type=document_type) == []


@pytest.mark.parametrize(
    "text",
    ["The heat of the day was fierce.", "The events of the day shocked the town.", "She spent the day at home."],
)
def test_the_day_itself_or_a_part_of_it_stays_a_date(text: str) -> None:
    assert find(text, "the day", document_type="narrative").value == "2024-11-05"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A weekday before a noun that makes it a kind of thing names no day.
        ("dug out my sunday best for the wedding", "sunday"),
        ("he coaches a Sunday league side", "Sunday"),
        ("nothing beats a sunday roast at my nan's", "sunday"),
        ("my first saturday job was in a bakery", "saturday"),
        ("reading the Sunday papers in bed", "Sunday"),
    ],
)
def test_a_weekday_naming_a_kind_of_thing_is_no_date(text: str, absent: str) -> None:
    assert absent not in [v[0] for v in values(text, document_type="colloquial")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The day itself still is, and so is its part before such a word.
        ("roast on sunday at mum's", "sunday", "2024-11-10"),
        ("that friday feeling", "that friday", "2024-11-08"),
    ],
)
def test_the_day_itself_is_still_a_date(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "The purge began in 1934. The Night of the Long Knives followed.",
        "The emperor died in AD 68. The Year of the Four Emperors brought civil war.",
        "The commune rose in 1871. During the Week of Blood, thousands died.",
        "The harvest failed in 1846. On the Day of the Dead the town fasted.",
    ],
)
def test_a_capitalised_time_noun_with_of_and_a_name_is_the_name_of_an_event(text: str) -> None:
    got = [t[0] for t in values(text, document_type="narrative")]
    assert not [g for g in got if g.lower().startswith(("the ", "during"))], got


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The purge began in 1934. The year of the flood followed.", "The year"),
        ("The purge began in 1934. The Night of 3 May was cold.", "The Night of 3 May"),
    ],
)
def test_a_time_noun_in_lower_case_or_before_a_date_is_still_a_time(text: str, phrase: str) -> None:
    find(text, phrase, document_type="narrative")


@pytest.mark.parametrize(
    "text",
    [
        "In 1199 the abbey was built. It was abandoned after the fall of Acre.",
        "The guild was founded in 1453, the year of the fall of Constantinople.",
        "Trade collapsed in 410. Before the fall of the empire the port had been rich.",
    ],
)
def test_the_fall_of_a_city_or_a_state_is_no_season(text: str) -> None:
    got = [t[0] for t in values(text, document_type="narrative")]
    assert not [g for g in got if "fall" in g.lower()], got


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The abbey was built in 1199. In the fall of 1201 it burned.", "the fall of 1201", "1201-FA"),
        ("The abbey was built in 1199. In the fall of that year it burned.", "the fall of that year", "1199-FA"),
        ("The abbey was built in 1199. In the fall it burned.", "the fall", "1199-FA"),
    ],
)
def test_the_fall_with_its_year_or_alone_is_still_a_season(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("last day of term tomorrow!!", "colloquial"),
        ("on my last day we went to the beach", "colloquial"),
        ("The museum's last day in its old building was quiet.", "news"),
        ("Monday was her last day as chair.", "news"),
    ],
)
def test_last_day_is_the_final_day_not_yesterday(text: str, kind: str) -> None:
    assert [t for t in values(text, document_type=kind) if "last day" in t[0].lower()] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The city fell on the ninth day of the month of Harvest, after a long siege.",
        "The fast is kept in the month of Ramadan by most of the town.",
        "The council met at the quarter days to hear petitions.",
        "Rents fell due on the quarter days, as the old leases said.",
    ],
)
def test_a_month_of_another_calendar_or_a_unit_before_a_plural_unit_is_no_date(text: str) -> None:
    for document_type in ("narrative", "news"):
        assert values(text, document_type=document_type) == []


def test_the_month_or_the_quarter_alone_is_still_a_date() -> None:
    assert find("The month was cold, and the quarter ended badly.", "The month", document_type="narrative")
    assert find("The month was cold, and the quarter ended badly.", "the quarter", document_type="narrative")
