"""Durations: counted, vague, approximate, hyphenated, with TimeBank's spans."""

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("He served three years in office.", "three years", "P3Y", None),
        ("For several weeks, reports pointed to it.", "several weeks", "PXW", None),
        ("It lasted about a decade.", "about a decade", "P1E", "APPROX"),
        ("The loan runs 18 months.", "18 months", "P18M", None),
        ("Sales rose over the past five years.", "the past five years", "P5Y", None),
        ("It took more than a year.", "more than a year", "P1Y", "MORE_THAN"),
        ("Profit rose in the first nine months.", "the first nine months", "P9M", None),
        ("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M", None),
        ("Banks must wait at least 30 days.", "at least 30 days", "P30D", "EQUAL_OR_MORE"),
        ("It will take two to three weeks.", "two to three weeks", "P2W", "EQUAL_OR_MORE"),
        ("The talks lasted twenty four hours.", "twenty four hours", "PT24H", None),
        ("It changes every couple of weeks or so, within a couple of years.", "a couple of years", "P2Y", "APPROX"),
        ("It took a minute and a half.", "a minute and a half", "PT1M30S", None),
        ("Markets were volatile in recent weeks.", "recent weeks", "PXW", None),
    ],
)
def test_durations(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)
    assert (t.granularity, t.interval_start, t.interval_end) == (None, None, None)


def test_hyphenated_duration_is_one_token_and_the_article_stays_outside() -> None:
    t = find("He signed a two-year contract after the 30-day review.", "two-year")
    assert (t.type, t.value) == ("DURATION", "P2Y")
    assert find("He signed a two-year contract after the 30-day review.", "30-day").value == "P30D"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The hearing ran for three hours and 40 minutes.", "three hours and 40 minutes", "PT3H40M"),
        ("She finished in 4 hours 12 minutes.", "4 hours 12 minutes", "PT4H12M"),
        ("He served two years and six months.", "two years and six months", "P2Y6M"),
        ("The town has not grown in half a century.", "half a century", "P50Y"),
        ("The vote took half an hour.", "half an hour", "PT30M"),
        ("Prices fell over a ten-day period.", "a ten-day period", "P10D"),
    ],
)
def test_compound_and_half_durations(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


def test_one_day_after_a_modal_is_the_future() -> None:
    t = find("Engineers hope the probe will one day reach the outer moons.", "one day")
    assert (t.type, t.value) == ("DATE", "FUTURE_REF")
    assert find("The storm lasted one day.", "one day").value == "P1D"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("Sales fell in at least the first\n                                   two quarters.", "two quarters", "P2Q",
         "EQUAL_OR_MORE"),
        ("The rebuilding lasted no more  than                              two and a half years.",
         "two and a half years", "P2Y6M", "EQUAL_OR_LESS"),
    ],
)  # fmt: skip
def test_a_modifier_reaches_its_expression_across_wide_spacing(text: str, phrase: str, value: str, mod: str) -> None:
    # Justified or wrapped text spaces words widely: the modifier is counted in words, not characters.
    [t] = annotate(text, DCT)
    assert t.text.endswith(phrase) and t.text.split()[0] in ("at", "no")
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The dam burst in 1889. Within weeks the town had been rebuilt.", "Within weeks", "PXW"),
        ("Within a fortnight the garrison had surrendered.", "Within a fortnight", "P2W"),
        ("The new party was founded in 1920, and within a decade it ruled.", "within a decade", "P1E"),
        ("The army was ordered to reach the coast within three days.", "within three days", "P3D"),
    ],
)
def test_in_a_narrative_within_goes_inside_a_duration_as_its_most(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DURATION", value, "EQUAL_OR_LESS")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("Prices should fall within weeks, analysts said.", "weeks"), ("A ruling is due within 30 days.", "30 days")],
)
def test_in_news_within_stays_outside_as_timebank_marks_it(text: str, phrase: str) -> None:
    assert find(text, phrase).mod is None


@pytest.mark.parametrize(
    ("text", "phrase", "value", "kind"),
    [
        # "and a half" after a number in figures, as after one in words.
        ("We queued for 3 and a half hours.", "3 and a half hours", "PT3H30M", "DURATION"),
        ("The job took 2 and a half days.", "2 and a half days", "P2DT12H", "DURATION"),
        ("She left 3 and a half weeks ago.", "3 and a half weeks ago", "PAST_REF", "DATE"),
    ],
)
def test_and_a_half_after_a_number_in_figures(text: str, phrase: str, value: str, kind: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == (kind, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The war ended in 1866. In the years that followed, the town grew.", "years", "PXY"),
        ("The mine closed in 1921, and during the months that followed half the valley left.", "months", "PXM"),
        ("The dam broke in 1889. In the decades which followed the valley was rebuilt.", "decades", "PXE"),
        ("The strike was broken. In the weeks that ensued, its leaders were tried.", "weeks", "PXW"),
    ],
)
def test_the_units_that_followed_are_a_vague_stretch_without_the_determiner(text: str, phrase: str, value: str) -> None:
    for document_type in ("narrative", "news"):
        t = find(text, phrase, document_type=document_type)
        assert (t.type, t.value) == ("DURATION", value)


def test_the_units_without_a_clause_of_following_are_no_stretch() -> None:
    assert values("In the years of plenty the town grew.", document_type="narrative") == []


@pytest.mark.parametrize(
    ("text", "phrase", "document_type"),
    [
        ("The rising began on 23 May 1798. Over the next fortnight it spread.", "the next fortnight", "narrative"),
        ("The rising began in 1798. For the following fortnight it raged.", "the following fortnight", "narrative"),
        ("Prices will rise over the next fortnight.", "the next fortnight", "news"),
        ("Sales fell in the last fortnight.", "the last fortnight", "news"),
    ],
)
def test_the_next_or_last_fortnight_is_a_stretch_of_two_weeks(text: str, phrase: str, document_type: str) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("DURATION", "P2W")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "over" that means "more than": after a verb of lasting or spending, or another preposition.
        ("The inspection is likely to last over a week.", "over a week"),
        ("He has been held for over two years without trial.", "over two years"),
        ("It was the first rate cut in over a decade.", "over a decade"),
        ("After over three hours of talks, the two sides agreed.", "over three hours"),
        ("She spent over six months in hospital.", "over six months"),
    ],
)
def test_over_that_means_more_than_is_inside_with_its_mod(text: str, phrase: str) -> None:
    assert find(text, phrase).mod == "MORE_THAN"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "over" that means "during" stays outside.
        ("Sales have tripled over four years.", "four years"),
        ("The loans will be repaid over five years.", "five years"),
        ("Over two years, the firm doubled its staff.", "two years"),
    ],
)
def test_over_that_means_during_stays_outside(text: str, phrase: str) -> None:
    assert find(text, phrase).mod is None


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The kingdom lasted 1,600 years.", "1,600 years", "P1600Y"),
        ("The dynasty ruled for 1,000 years.", "1,000 years", "P1000Y"),
        ("The shrine was used for some 2,500 years.", "some 2,500 years", "P2500Y"),
    ],
)
def test_a_count_with_thousands_separators(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_a_count_with_thousands_separators_of_other_things_is_no_time() -> None:
    assert [t.text for t in annotate("The war cost 1,600 lives over 3 years.", DCT, "news")] == ["3 years"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The occupation lasted four long years.", "four long years", "P4Y"),
        ("After two hard winters and three short weeks of spring, the siege ended.", "three short weeks", "P3W"),
        ("The talks took five brief days.", "five brief days", "P5D"),
    ],
)
def test_a_count_keeps_its_unit_with_a_word_of_how_long_it_felt(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize("text", ["It had been a long week.", "They took a long weekend in May.", "One hard day."])
def test_one_long_or_hard_unit_is_how_it_felt_not_a_count(text: str) -> None:
    assert not [t for t in annotate(text, DCT, "news") if t.type == "DURATION"]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        # "successive", as "consecutive", counts units one after another.
        ("The harvest failed in three successive years.", "three successive years", "P3Y", "narrative"),
        ("Prices fell for four successive months.", "four successive months", "P4M", "news"),
        # Generations the text does not count are years it does not count.
        ("The hard winter was remembered for generations.", "generations", "PXY", "narrative"),
        ("It was the worst flood in generations, officials said.", "generations", "PXY", "news"),
    ],
)
def test_successive_units_and_uncounted_generations(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("DURATION", value)


def test_generations_of_a_kind_are_no_duration() -> None:
    assert values("The firm sold successive generations of chips.") == []
    assert values("Such raids were for earlier generations.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Passengers sat on the runway without water for hours.", "hours", "PTXH"),
        ("Aftershocks are likely to go on for days.", "days", "PXD"),
        ("The line outside the clinic stood still for minutes at a time.", "minutes", "PTXM"),
        ("It was the first dry afternoon in days.", "days", "PXD"),
        ("Tickets sold out in minutes.", "minutes", "PTXM"),
    ],
)
def test_a_bare_plural_of_short_units_after_for_or_in_is_a_stretch(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "for hours", "for days": an uncounted stretch, as "for weeks" is.
        ("Drivers were stuck on the motorway for hours.", "PTXH"),
        ("The village was cut off for days after the storm.", "PXD"),
        # A bare plural before "after" or "before", after a comma, a past participle, "only" or "was".
        ("The club sacked its manager on Monday, hours after a cup defeat.", "PTXH"),
        ("The minister resigned days before the budget.", "PXD"),
        ("The ship was sighted only days before it sank.", "PXD"),
        ("It was months before the bridge reopened.", "PXM"),
    ],
)
def test_a_bare_plural_unit_of_an_uncounted_stretch(text: str, value: str) -> None:
    unit = {"PTXH": "hours", "PXD": "days", "PXM": "months"}[value]
    assert find(text, unit).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The agency pays cleaners for hours worked.",
        "In the days before the vote, the polls narrowed.",
        "Staff get two weeks' leave and three days off.",
    ],
)
def test_a_plural_unit_counted_or_of_a_noun_is_no_bare_stretch(text: str) -> None:
    assert not [v for v in values(text) if v[0] in ("hours", "days")]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        ("the 7 day forecast is all sun", "7 day", "P7D", "colloquial"),
        ("the 12 hour shift nearly killed me", "12 hour", "PT12H", "colloquial"),
        ("booked a 3 hour drive to cornwall, why", "3 hour", "PT3H", "colloquial"),
        ("the 10 min walk to school took 25", "10 min", "PT10M", "colloquial"),
        ("The 90 day review found no fault.", "90 day", "P90D", "news"),
    ],
)
def test_a_count_before_a_singular_unit_modifies_a_noun_the_article_outside(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("for the 3 days we were there it rained", "the 3 days"), ("the 12 hrs were brutal", "the 12 hrs")],
)
def test_a_plural_count_heads_its_phrase_the_article_inside(text: str, phrase: str) -> None:
    assert find(text, phrase, document_type="colloquial").type == "DURATION"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("We are talking about three days of work, not a month.", "three days"),
        ("Investors were worried about two years of falling sales.", "two years"),
        ("How about a week in the mountains?", "a week"),
        ("Nobody cares about half an hour either way.", "half an hour"),
        ("She complained about several hours of delays at the border.", "several hours"),
        ("Few people knew about the first six months of talks.", "the first six months"),
    ],
)
def test_about_governed_by_the_word_before_is_a_preposition_outside(text: str, phrase: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.mod) == ("DURATION", None)
    assert not any(x.text.lower().startswith("about") for x in annotate(text, DCT))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The hearing lasted about three hours.", "about three hours"),
        ("They waited about half an hour for the bus.", "about half an hour"),
        ("It took about a week to repair the bridge.", "about a week"),
        ("I heard about a week ago that the shop had closed.", "about a week ago"),
    ],
)
def test_about_before_a_length_after_other_words_stays_an_approximation(text: str, phrase: str) -> None:
    assert find(text, phrase).mod == "APPROX"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Days after the flood, the bakery opened again.", "Days", "PXD"),
        ("The ferry sank in May. Weeks after that, the inquiry began.", "Weeks", "PXW"),
        ("Hours before the final whistle, fans filled the square.", "Hours", "PTXH"),
        ('"We are ready," she said. Months before the launch, the team was hiring.', "Months", "PXM"),
    ],
)
def test_a_bare_plural_unit_opening_a_sentence_before_after_or_before_is_a_stretch(
    text: str, phrase: str, value: str
) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DURATION", value)
