"""Sets: recurring times."""

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ally receives £160 million annually.", "annually", "XXXX"),
        ("The board meets every week.", "every week", "P1W"),
        ("Rent is due each month.", "each month", "P1M"),
        ("The paper appears daily.", "daily", "XXXX-XX-XX"),
        ("They meet twice a year.", "twice a year", "P1Y"),
        ("The club meets each Thursday.", "each Thursday", "XXXX-WXX-4"),
        ("The festival is held each July.", "each July", "XXXX-07"),
    ],
)
def test_sets(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.granularity, t.interval_start) == ("SET", value, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The committee has met weekly since the flood.",
        "Inspectors visit the site weekly.",
        "Figures are published weekly by the health ministry.",
        "The pair spoke weekly by phone throughout the talks.",
    ],
)
def test_weekly_is_its_period_as_every_week_is(text: str) -> None:
    t = find(text, "weekly")
    assert (t.type, t.value) == ("SET", "P1W")


def test_growth_rate_adverb_is_not_a_set() -> None:
    assert values("The firm expects revenue to grow 12% annually through 2030.") == [("2030", "DATE", "2030")]
    assert find("The fair is held annually in Lyon.", "annually").type == "SET"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Trains to the coast ran every half hour.", "every half hour", "PT30M"),
        ("The nurse checked on him every half an hour.", "every half an hour", "PT30M"),
        ("Stir the sauce every half-hour.", "every half-hour", "PT30M"),
        ("The guard was changed every half day.", "every half day", "PT12H"),
        ("The council reports every half year.", "every half year", "P6M"),
    ],
)
def test_every_half_unit_is_a_set_of_half_that_unit(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("SET", value)


def test_half_of_a_thing_is_no_set() -> None:
    assert values("She scored every half of the season.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The set, and the clock time of each as a TIME with no date of its own.
        (
            "I run every morning at 7 before work.",
            [("every morning", "SET", "XXXX-XX-XXTMO"), ("7", "TIME", "XXXX-XX-XXT07:00")],
        ),
        (
            "The bells ring every evening at 6.",
            [("every evening", "SET", "XXXX-XX-XXTEV"), ("6", "TIME", "XXXX-XX-XXT18:00")],
        ),
        (
            "bins go out every wednesday at 7am",
            [("every wednesday", "SET", "XXXX-WXX-3"), ("7am", "TIME", "XXXX-XX-XXT07:00")],
        ),
        ("The ferry sails every day at 8.30.", [("every day", "SET", "P1D"), ("8.30", "TIME", "XXXX-XX-XXT08:30")]),
        # am and pm as written, in capitals too.
        ("The ferry sails every day at 7 PM.", [("every day", "SET", "P1D"), ("7 PM", "TIME", "XXXX-XX-XXT19:00")]),
        ("The ferry sails every day at 7 P.M.", [("every day", "SET", "P1D"), ("7 P.M.", "TIME", "XXXX-XX-XXT19:00")]),
        (
            "Doors open every night at 12 a.m.",
            [("every night", "SET", "XXXX-XX-XXTNI"), ("12 a.m.", "TIME", "XXXX-XX-XXT00:00")],
        ),
        # A clock time right after "every" is one set.
        ("my alarm goes off every 9am, even in the holidays", [("every 9am", "SET", "XXXX-XX-XXT09:00")]),
    ],
)
def test_a_clock_time_of_each_day_recurs_with_its_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, document_type="colloquial") == expected


@pytest.mark.parametrize(
    ("text", "expected", "doc_type"),
    [
        # A day of each year keeps its hour as a weekday does; a month of each year has no one hour.
        (
            "A wreath is laid every 9 May at 10 a.m. by the old bridge.",
            [("every 9 May", "SET", "XXXX-05-09"), ("10 a.m.", "TIME", "XXXX-XX-XXT10:00")],
            "news",
        ),
        (
            "Each March 3 at 6pm the club toasts its founder.",
            [("Each March 3", "SET", "XXXX-03-03"), ("6pm", "TIME", "XXXX-XX-XXT18:00")],
            "colloquial",
        ),
        (
            "From then on the bell rang every 1st October at 7:30.",
            [("every 1st October", "SET", "XXXX-10-01"), ("7:30", "TIME", "XXXX-XX-XXT07:30")],
            "narrative",
        ),
        ("We settle the accounts every June at 9.", [("every June", "SET", "XXXX-06")], "news"),
    ],
)  # fmt: skip
def test_a_day_of_each_year_keeps_its_clock_time(
    text: str, expected: list[tuple[str, str, str]], doc_type: str
) -> None:
    assert values(text, document_type=doc_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose every day at 5 percent.", [("every day", "SET", "P1D")]),  # a rate, no hour
        ("We meet every week at 9 sharp.", [("every week", "SET", "P1W")]),  # only a day's part takes an hour
    ],
)
def test_what_follows_at_is_no_clock_time_of_the_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What recurs at a clock word or on a feast is a set, not the story's day.
        ("In 1902 the family moved to Leeds. Every noon the mill whistle blew.", "Every noon", "XXXX-XX-XXT12:00"),
        ("After 1850 the watch on the walls changed each midnight.", "each midnight", "XXXX-XX-XXT24"),
        ("In 1902 they settled in Leeds, and every Christmas they walked to church.", "every Christmas", "XXXX-12-25"),
        ("From 1930 on, each New Year's Day the village held a fair.", "each New Year's Day", "XXXX-01-01"),
        # A feast that moves with Easter recurs yearly, on no fixed day.
        ("In 1902 they settled in Leeds. Each Easter the vicar called.", "Each Easter", "P1Y"),
    ],
)
def test_every_feast_and_every_noon_are_sets(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("SET", value)


def test_every_christmas_tree_is_a_thing() -> None:
    assert [t.text for t in annotate("Every Christmas tree in the square was lit.", DCT, "narrative")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party daily Pravda printed the speech in full.",
        "The story ran in the Italian daily La Stampa on Monday.",
        "The business weekly Der Spiegel had the interview first.",
        "A report in the financial daily Nikkei moved the yen.",
        "The state-run monthly Ogonyok closed last year.",
    ],
)
def test_a_newspaper_named_after_daily_is_no_set(text: str) -> None:
    assert [v for v in values(text) if v[1] == "SET"] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Pickets gather daily outside the factory gates.", "daily"),
        ("Buses run daily between the two towns.", "daily"),
        ("The ferry sails daily across the strait.", "daily"),
        ("The museum is open daily Monday to Saturday.", "daily"),
        ("Volunteers meet weekly inside the old chapel.", "weekly"),
    ],
)
def test_frequency_adverb_before_a_place_or_a_day_is_a_set(text: str, phrase: str) -> None:
    assert find(text, phrase).type == "SET"


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers have worked every weekend since March.",
        "The market is held each weekend in summer.",
        "every weekend it rains",
    ],
)
def test_every_weekend_is_the_calendars_weekends(text: str) -> None:
    t = next(x for x in annotate(text, DCT) if "weekend" in x.text)
    assert (t.type, t.value) == ("SET", "XXXX-WXX-WE")


def test_every_other_weekend_is_still_counted() -> None:
    assert find("Fathers see their children every other weekend.", "every other weekend").value == "P2WE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The recycling lorry comes every Tuesday and Friday.",
            [("every Tuesday", "SET", "XXXX-WXX-2"), ("Friday", "SET", "XXXX-WXX-5")],
        ),
        (
            "The choir rehearses each Monday, Wednesday and Saturday.",
            [
                ("each Monday", "SET", "XXXX-WXX-1"),
                ("Wednesday", "SET", "XXXX-WXX-3"),
                ("Saturday", "SET", "XXXX-WXX-6"),
            ],
        ),
        (
            "swim club every monday or thursday, no excuses",
            [("every monday", "SET", "XXXX-WXX-1"), ("thursday", "SET", "XXXX-WXX-4")],
        ),
        (
            "Yoga runs every Monday and Wednesday at 6pm in the hall.",
            [
                ("every Monday", "SET", "XXXX-WXX-1"),
                ("Wednesday", "SET", "XXXX-WXX-3"),
                ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ],
        ),
    ],
)
def test_weekdays_joined_to_a_set_recur_as_it_does(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


def test_a_weekday_with_its_part_of_the_day_after_a_set_is_told_apart() -> None:
    found = values("The band plays every Monday and Friday night.")
    assert found[0] == ("every Monday", "SET", "XXXX-WXX-1")
    assert found[1][0] == "Friday night"


@pytest.mark.parametrize(
    "text",
    [
        "Recycling will be collected fortnightly from April.",
        "The committee meets fortnightly, usually on a Thursday.",
        "Most of the staff are paid fortnightly.",
    ],
)
def test_fortnightly_is_a_set_of_two_week_periods(text: str) -> None:
    t = find(text, "fortnightly")
    assert (t.type, t.value) == ("SET", "P2W")


def test_fortnightly_before_a_noun_is_an_adjective() -> None:
    assert values("The parish prints a fortnightly newsletter.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The surgery holds extra clinics in the evenings.", "the evenings", "XXXX-XX-XXTEV"),
        ("She teaches in the mornings and writes at weekends.", "the mornings", "XXXX-XX-XXTMO"),
        ("He has walked the dog most nights since the spring.", "most nights", "XXXX-XX-XXTNI"),
        ("Most afternoons the square is empty.", "Most afternoons", "XXXX-XX-XXTAF"),
    ],
)
def test_a_part_of_the_day_in_the_plural_is_a_habit(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize(
    "text",
    [
        "In the nights that followed, the shelling went on.",
        "In the evenings of the festival the square filled up.",
        "The nights are drawing in.",
    ],
)
def test_parts_of_the_day_picked_out_by_what_follows_are_no_habit(text: str) -> None:
    assert [v for v in values(text) if v[1] == "SET"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # An ordinal written out counts one in so many, as "every 2nd week" and "every other week" do.
        ("The calendar added an extra month every third year.", "every third year", "P3Y"),
        ("Elections to the council were held every second year.", "every second year", "P2Y"),
        ("The mail coach reached the valley every fourth day.", "every fourth day", "P4D"),
        ("The bishop visited the island every fifth summer.", "every fifth summer", "XXXX-SU"),
    ],
)
def test_every_with_an_ordinal_word_is_one_in_so_many(text: str, phrase: str, value: str) -> None:
    for document_type in ("narrative", "news"):
        t = find(text, phrase, document_type=document_type)
        assert (t.type, t.value) == ("SET", value)


def test_every_second_alone_is_still_the_unit() -> None:
    assert find("The lamp flashed every second.", "every second").value == "PT1S"


@pytest.mark.parametrize(
    "text",
    [
        # "daily", "weekly", "monthly" as the noun for a paper published so often: after an article or a
        # possessive, or one word of the paper's kind between.
        "In the 1880s the town's paper became a daily.",
        "She wrote for a national daily for most of her life.",
        "The Courier is a daily, the Gazette a weekly.",
        "The title was sold to a rival monthly.",
        "He edited the local weekly until it closed.",
    ],
)
def test_a_paper_published_so_often_is_no_set(text: str) -> None:
    for document_type in ("news", "narrative"):
        assert not any(v[1] == "SET" for v in values(text, document_type=document_type))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Take a tablet daily with food.", "daily", "XXXX-XX-XX"),
        ("The paper was published weekly, on Saturdays.", "weekly", "P1W"),
        ("The rent is paid monthly.", "monthly", "XXXX-XX"),
    ],
)
def test_the_frequency_word_as_an_adverb_stays_a_set(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("SET", value)
