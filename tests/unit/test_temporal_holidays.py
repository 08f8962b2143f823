"""Holidays: fixed, nth-weekday and Easter-based dates, and holiday names used for things."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find, values

# DCT in _helpers is Tuesday 2024-11-05.


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shops expect record sales before Christmas.", "Christmas", "2024-12-25"),
        ("Prices have climbed since Halloween.", "Halloween", "2024-10-31"),
        ("The council will vote after Thanksgiving.", "Thanksgiving", "2024-11-28"),  # 4th Thursday
        ("The pool stays closed until Memorial Day.", "Memorial Day", "2025-05-26"),  # last Monday of May
        ("The strike began on Labor Day.", "Labor Day", "2024-09-02"),  # first Monday of September
        ("Services will be held on Easter Sunday.", "Easter Sunday", "2025-04-20"),
        ("The ferry sank on Good Friday, 1912.", "Good Friday, 1912", "1912-04-05"),
        ("The diary begins on New Year's Eve, 1899.", "New Year's Eve, 1899", "1899-12-31"),
        ("Turnout on Election Day was high.", "Election Day", "2024-11-05"),
        ("The club lost its Boxing Day fixture.", "Boxing Day", "2024-12-26"),
        ("We met last Christmas.", "last Christmas", "2023-12-25"),
    ],
)
def test_holidays(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Quarter days and feasts of the church year, as parish records and histories date things.
        ("The lease on the farm was signed on Lady Day 1904.", "Lady Day 1904", "1904-03-25"),
        ("Rents fell due at Michaelmas, 1642.", "Michaelmas, 1642", "1642-09-29"),
        ("The hall burned on Midsummer's Day 1650.", "Midsummer's Day 1650", "1650-06-24"),
        ("The twins were baptised on Easter Saturday 1990.", "Easter Saturday 1990", "1990-04-14"),
        ("The miners came out on Whit Monday 1921.", "Whit Monday 1921", "1921-05-16"),
        ("The new bell first rang at Whitsun 1887.", "Whitsun 1887", "1887-05-29"),
        ("The chapel was consecrated on Ascension Day 1950.", "Ascension Day 1950", "1950-05-18"),
        ("He preached at the cathedral on Trinity Sunday 1843.", "Trinity Sunday 1843", "1843-06-11"),
        ("The fair opened at Candlemas 1712.", "Candlemas 1712", "1712-02-02"),
        ("The old king was crowned at Epiphany 1066.", "Epiphany 1066", "1066-01-06"),
        ("The envoys reached the court on Epiphany, 1530.", "Epiphany, 1530", "1530-01-06"),
        # Saints' days, in the forms histories write them.
        ("The new choir was consecrated on St Luke's Day 1198.", "St Luke's Day 1198", "1198-10-18"),
        ("The town burned on St. James's Day 1224.", "St. James's Day 1224", "1224-07-25"),
        ("The charter was sealed on St Nicholas's Day 1341.", "St Nicholas's Day 1341", "1341-12-06"),
        ("The abbot died on St Bartholomew's Day 1402.", "St Bartholomew's Day 1402", "1402-08-24"),
        ("The rebels entered the city on St John's Day 1381.", "St John's Day 1381", "1381-06-24"),
    ],
)
def test_feast_days_with_their_year(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


def test_a_feast_that_names_a_term_or_a_college_is_no_day() -> None:
    assert values("She went up to the Michaelmas term and dined at Pentecost College.", document_type="narrative") == []


def test_holiday_names_of_things_are_not_dates() -> None:
    assert values("They bought a Christmas tree and painted Easter eggs.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The retailer reported strong Christmas trading.",
        "Shops said footfall was weak over the Christmas period.",
        "Airlines braced for the Easter rush.",
        "Christmas shoppers spent 3% more than expected.",
        "Holiday spending slowed during the Thanksgiving season.",
    ],
)
def test_the_weeks_of_trade_around_a_feast_are_no_day(text: str) -> None:
    assert values(text) == []


def test_the_feast_itself_is_still_a_day() -> None:
    assert values("The Boxing Day sales drew big crowds.", date(2026, 1, 8)) == [("Boxing Day", "DATE", "2025-12-26")]


@pytest.mark.parametrize(
    "text",
    [
        "the christmas ad with the dog made me cry",
        "the supermarket halloween sweets are out already",
        "office xmas party was chaos",
        "the work christmas do got out of hand",
        "wearing my christmas jumper to the shops",
        "The Easter break is when most families travel.",
        "the new thanksgiving advert has me in tears",
    ],
)
def test_a_holiday_name_before_what_is_seen_or_gone_to_is_no_day(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The sale will take place on the first Saturday of December.", "the first Saturday of December", "2024-12-07"),
        ("The market closed on the last Friday in June 2023.", "the last Friday in June 2023", "2023-06-30"),
        ("Classes resume on the second Monday of January.", "the second Monday of January", "2025-01-13"),
        ("The club met on the first Tuesday of October.", "the first Tuesday of October", "2024-10-01"),
    ],
)
def test_weekday_by_its_rank_in_a_month(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # Told in the past, a holiday's week or weekend is gone once it has begun, its feast still ahead.
        ("Pilgrims filled the squares as Easter week began.", date(2025, 4, 14), "2025-W16"),
        ("Hotels were full during Easter week.", date(2025, 4, 16), "2025-W16"),
        ("Beaches were crowded over the Labor Day weekend.", date(2024, 9, 1), "2024-W35-WE"),
        # Told of the future, it is still to come until it is over, its feast already gone.
        ("Shops will stay open all through Christmas week.", date(2024, 12, 26), "2024-W52"),
        ("Roads will be busy over the Labor Day weekend.", date(2024, 9, 2), "2024-W35-WE"),
    ],
)
def test_a_holiday_week_is_placed_by_its_own_days(text: str, dct: date, value: str) -> None:
    name = "Easter week" if "Easter" in text else "Christmas week" if "Christmas" in text else "the Labor Day weekend"
    assert find(text, name, dct).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "document_type", "value"),
    [
        # Within a fortnight of it, a holiday is that one: the verb's tense tells of something else.
        ("We booked our flights for Christmas.", "Christmas", date(2026, 12, 15), "news", "2026-12-25"),
        ("I'll post the pictures from Halloween tomorrow", "Halloween", date(2026, 11, 1), "colloquial",
         "2026-10-31"),
        ("Best Christmas ever with the whole family!", "Christmas", date(2026, 12, 27), "colloquial",
         "2026-12-25"),
        # Further off, the tense decides.
        ("They celebrated Christmas in Rome.", "Christmas", date(2026, 10, 1), "news", "2025-12-25"),
        ("We will spend Easter in Seville.", "Easter", date(2026, 4, 20), "news", "2027-03-28"),
    ],
)  # fmt: skip
def test_a_holiday_near_the_time_of_writing_is_that_one(
    text: str, phrase: str, reference: date, document_type: str, value: str
) -> None:
    assert find(text, phrase, reference, document_type).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Days news dates things by (published Friday 8 November 2024).
        ("The president-elect takes office on Inauguration Day.", "Inauguration Day", "2025-01-20"),
        ("Wreaths will be laid at the memorial on Remembrance Sunday.", "Remembrance Sunday", "2024-11-10"),
        ("The dawn service was held on Anzac Day.", "Anzac Day", "2024-04-25"),
        ("Citizenship ceremonies take place on Australia Day.", "Australia Day", "2025-01-26"),
        ("Protesters gathered at the treaty grounds on Waitangi Day.", "Waitangi Day", "2024-02-06"),
    ],
)
def test_days_news_dates_things_by(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).value == value


def test_easter_day_is_easter_sunday_of_the_year_given() -> None:
    # Easter 1798 fell on 8 April.
    found = find("The chapel was consecrated on Easter Day 1798.", "Easter Day 1798", date(2020, 1, 1), "narrative")
    assert found.value == "1798-04-08"


@pytest.mark.parametrize(
    ("reference", "value"),
    [(date(2024, 11, 20), "2024-12-03"), (date(2023, 11, 1), "2023-11-28")],
)
def test_giving_tuesday_is_the_tuesday_after_thanksgiving(reference: date, value: str) -> None:
    assert find("The charity will hold its appeal on Giving Tuesday.", "Giving Tuesday", reference).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The siege began in October 1870; by that Christmas the city starved.", "that Christmas", "1870-12-25"),
        ("The war broke out in 1914. That Easter the two armies dug in.", "That Easter", "1914-04-12"),
    ],
)
def test_that_before_a_holiday_is_the_storys_with_its_determiner(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2020, 1, 1), "narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Before the Gregorian reform a history gives the Julian Easter, in the Julian calendar.
        ("The abbey church was hallowed on Easter Day 1250.", "Easter Day 1250", "1250-03-27"),
        ("The old king died in 1412, on Good Friday.", "Good Friday", "1412-04-01"),
        ("The town burned in 1066. At Easter the monks came back.", "Easter", "1066-04-16"),
        # From 1583 the Gregorian one.
        ("The bridge was opened on Easter Day 1583.", "Easter Day 1583", "1583-04-10"),
    ],
)
def test_easter_before_the_gregorian_reform_is_the_julian_one(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2020, 1, 1), "narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "this/next/last year" right after a holiday, or one word after it: the holiday of that year
        # (published Tuesday 9 January 2024); right after it, one span, as "January this year" is.
        ("The chain said its shops would close on Boxing Day again this year.", "Boxing Day", "2024-12-26"),
        ("The festival moves to Easter next year.", "Easter next year", "2025-04-20"),
        ("Takings fell at Christmas last year, the shop said.", "Christmas last year", "2023-12-25"),
        ("Stores will open on New Year's Day this year.", "New Year's Day this year", "2024-01-01"),
        ("The abbey reopened to visitors at Easter this year.", "Easter this year", "2024-03-31"),
    ],
)
def test_a_holiday_with_a_year_word_after_it_is_that_years(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 1, 9)).value == value


def test_a_holiday_and_its_year_word_in_a_history_s_closing_lines_are_one_span() -> None:
    text = "The cathedral burned in 1498. A restoration was completed last autumn, and it reopened at Easter this year."
    t = find(text, "Easter this year", date(2025, 6, 10), "narrative")
    assert (t.type, t.value) == ("DATE", "2025-04-20")


# Thursday 8 January 2026: Christmas two weeks gone, Easter (5 April) ahead.
JANUARY_8 = date(2026, 1, 8)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A deadline still ahead in a news report: the next feast, however near the last.
        ("Stores will stay open through Christmas this time, the chain said.", "Christmas", "2026-12-25"),
        ("The company hopes to finish the new terminal before Christmas.", "Christmas", "2026-12-25"),
        ("The firm expects to be back in profit by Christmas.", "Christmas", "2026-12-25"),
        ("The works are due to be finished ahead of Christmas.", "Christmas", "2026-12-25"),
        ("The ban will be lifted by Easter.", "Easter", "2026-04-05"),
        # Told in the past, the deadline is the one just gone.
        ("The shops stayed open until Christmas.", "Christmas", "2025-12-25"),
        ("Bins have not been collected since before Christmas.", "Christmas", "2025-12-25"),
    ],
)
def test_a_feast_as_a_deadline_ahead_is_the_next_one(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, JANUARY_8).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "next_day"),
    [
        (
            "He was killed on the Ides of March, 44 BC. The next day the senate met.",
            "the Ides of March, 44 BC",
            "BC0044-03-15",
            "BC0044-03-16",
        ),
        (
            "The emperor was crowned on Christmas Day 800. The next day he received the envoys.",
            "Christmas Day 800",
            "0800-12-25",
            "0800-12-26",
        ),
        (
            "The king was baptised on Christmas Day 496. The next day his warriors followed.",
            "Christmas Day 496",
            "0496-12-25",
            "0496-12-26",
        ),
    ],
)
def test_a_feast_in_a_year_of_a_history(text: str, phrase: str, value: str, next_day: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
    assert find(text, "The next day", document_type="narrative").value == next_day


def test_a_feast_before_a_count_keeps_its_count_out() -> None:
    assert find("She sang at Easter 300 people came.", "Easter", document_type="narrative") is not None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The town council meets on the first Monday of each month.", "the first Monday of each month"),
        ("A farmers' market is held on the first Saturday of every month.", "the first Saturday of every month"),
        ("The board meets the last Thursday of every month.", "the last Thursday of every month"),
        ("Bins are emptied on the second Tuesday in each month.", "the second Tuesday in each month"),
    ],
)
def test_a_weekday_of_its_rank_in_each_month_comes_round(text: str, phrase: str) -> None:
    assert values(text) == [(phrase, "SET", "P1M")]


# Thursday 4 December 2025.
DECEMBER_4 = date(2025, 12, 4)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The deadline is the last Friday of the month.", "the last Friday of the month", "2025-12-26"),
        ("The new rules apply from the first Monday of next month.", "the first Monday of next month", "2026-01-05"),
        ("The vote was held on the second Tuesday of last month.", "the second Tuesday of last month", "2025-11-11"),
        ("Tickets go on sale on the third Saturday of this month.", "the third Saturday of this month", "2025-12-20"),
    ],
)
def test_a_weekday_of_its_rank_in_a_month_counted_from_the_writers(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, DECEMBER_4).value == value


@pytest.mark.parametrize(
    ("text", "reference", "phrase", "value"),
    [
        (
            "Beaches were packed over the August bank holiday.",
            date(2025, 9, 2),
            "the August bank holiday",
            "2025-08-25",
        ),
        ("The show returns on the August Bank Holiday.", date(2025, 6, 2), "the August Bank Holiday", "2025-08-25"),
        (
            "Bins will not be emptied on the spring bank holiday.",
            date(2025, 5, 1),
            "the spring bank holiday",
            "2025-05-26",
        ),
        (
            "The early May bank holiday was wet across the north.",
            date(2025, 5, 9),
            "The early May bank holiday",
            "2025-05-05",
        ),
    ],
)
def test_a_british_bank_holiday_named_by_its_month_or_season(
    text: str, reference: date, phrase: str, value: str
) -> None:
    assert find(text, phrase, reference).value == value


@pytest.mark.parametrize(
    ("text", "document_type"),
    [
        # "thanksgiving" as the act of giving thanks, after "of" or before "for": no feast of November.
        ("The siege was lifted in 1683, and the city held a procession of thanksgiving.", "narrative"),
        ("After the flood of 1953 the villagers built a chapel of thanksgiving on the dyke.", "narrative"),
        ("The bishop ordered prayers of thanksgiving in every parish.", "news"),
        ("A mass was sung in thanksgiving for the harvest.", "news"),
    ],
)
def test_thanksgiving_as_giving_thanks_is_no_holiday(text: str, document_type: str) -> None:
    assert all(v[0].lower() != "thanksgiving" for v in values(text, document_type=document_type))


def test_thanksgiving_the_feast_in_lower_case_is_still_the_holiday() -> None:
    assert find("we're doing thanksgiving at my mom's this year", "thanksgiving", document_type="colloquial").value == (
        "2024-11-28"
    )


def test_epiphany_after_christmas_in_a_history_is_the_next_years() -> None:
    text = ("The army reached the town in December 1225 and besieged it through Christmas. On the eve of Epiphany "
            "the walls were fired, and the town fell four days after Epiphany.")  # fmt: skip
    assert find(text, "Epiphany", document_type="narrative").value == "1226-01-06"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What a news clause in the future will do on or over a feast just gone is done at the next one.
        ("The museum will close on Christmas Day, its director said.", "Christmas Day", "2026-12-25"),
        ("Stores will open late on New Year's Eve.", "New Year's Eve", "2026-12-31"),
        ("Schools will shut for two weeks over Christmas.", "Christmas", "2026-12-25"),
        # Told in the past, it is the one just gone.
        ("The museum closed on Christmas Day.", "Christmas Day", "2025-12-25"),
        ("Crowds gathered on New Year's Eve.", "New Year's Eve", "2025-12-31"),
    ],
)
def test_a_feast_a_future_clause_acts_on_is_the_next_one(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, JANUARY_8).value == value


def test_a_post_s_future_about_a_feast_just_gone_keeps_it() -> None:
    # A post's tense is told loosely: the pictures are of the feast just gone.
    t = find("will post the pics from new year's eve later", "new year's eve", JANUARY_8, "colloquial")
    assert t.value == "2025-12-31"
