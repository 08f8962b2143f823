"""English temporal vocabulary as data.

Everything language-specific that the grammar needs lives here: word -> meaning tables. Keys are
lower-case unless the table is explicitly case-sensitive (month and weekday names are matched
capitalised so that the verbs "may"/"march" and words like "sun" are never dates).
"""

# Month names and abbreviations (matched capitalised; a trailing period is optional).
MONTHS: dict[str, int] = {
    "January": 1, "Jan": 1,
    "February": 2, "Feb": 2,
    "March": 3, "Mar": 3,
    "April": 4, "Apr": 4,
    "May": 5,
    "June": 6, "Jun": 6,
    "July": 7, "Jul": 7,
    "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9,
    "October": 10, "Oct": 10,
    "November": 11, "Nov": 11,
    "December": 12, "Dec": 12,
}  # fmt: skip

# Month names that are also common words: only dates when a date context confirms them.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"May", "March", "Mar", "Jan", "Jun", "Jul", "Sep", "Dec"})

# ISO weekday numbers (Monday = 1). Abbreviations are left out on purpose: "Sun", "Wed", "Sat" are
# far more often a newspaper, a verb or a plain word than a day in running news text.
WEEKDAYS: dict[str, int] = {
    "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6, "Sunday": 7,
}  # fmt: skip

# Weekday abbreviations. Only read as days right before a written date ("Tue, 5 Nov", "Thurs. Nov. 7"),
# where they cannot be a word of the sentence.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "Mon": 1, "Tue": 2, "Tues": 2, "Wed": 3, "Weds": 3, "Thu": 4, "Thur": 4, "Thurs": 4, "Fri": 5, "Sat": 6,
    "Sun": 7,
}  # fmt: skip

# Of those, the ones that are also English words ("sat", "the Sun", "wed", "mon"): read as days on their
# own only after a preposition or determiner of time ("on Sat", "this Sun").
WORDLIKE_WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset({"Mon", "Wed", "Sat", "Sun"})
# The words of time before a weekday that make one of those the day, not the word ("on sat", "this wed", "till
# sun", "every mon"); and not the past of "sit" or "wed" ("she sat", "they wed").
WEEKDAY_CUE_WORDS: tuple[str, ...] = (
    "on", "this", "next", "nxt", "last", "every", "till", "til", "until", "by", "since", "from", "before", "after",
)  # fmt: skip
# Meals and outings that posts plan for a day written short right after them ("brunch sun?", "drinks
# sat?", "dinner wed?"): before such a noun, "sun" or "sat" is the day, not the star or the verb.
PLAN_NOUNS: tuple[str, ...] = (
    "breakfast", "brunch", "lunch", "dinner", "supper", "tea", "coffee", "drinks", "pints", "party",
    "bbq", "picnic", "gig", "date", "meetup", "practice", "training",
)  # fmt: skip

# Cardinal number words.
UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
# The hours of a twelve-hour clock as words: "four o'clock", "until about four".
HOUR_WORDS: tuple[str, ...] = tuple(w for w, n in UNITS_WORDS.items() if 1 <= n <= 12)
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Quantities that are a count of one.
ONE_WORDS: frozenset[str] = frozenset({"a", "an", "one", "a single", "another"})
# Vague quantities: the duration value gets an X ("several weeks" -> PXW).
VAGUE_QUANT: frozenset[str] = frozenset({"several", "a few", "few", "some", "many", "a number of"})
# "a couple of years" -> P2Y, mod APPROX.
COUPLE_WORDS: frozenset[str] = frozenset({"a couple of", "a couple", "couple of", "couple"})

# Month names that are dates even written in lower case, as posts and messages often write them ("see
# you in june"). Not "may", "march" or "august": in lower case those are other words first.
LOWER_CASE_MONTHS: frozenset[str] = frozenset(
    {"january", "february", "april", "june", "july", "september", "october", "november", "december"}
)
# Those three in lower case: a month only where the syntax makes it one, after a preposition of time ("in
# may", "since march", "last august") or before a day or year ("may 5th", "march 2025"), and never before
# the base form of a verb ("in may be": the modal).
LOWER_CASE_AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "august"})

# Ordinal words -> number, for days of the month, quarters, centuries.
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
# Nouns of the calendar after "the Nth day of the": a day of the calendar's own ("the second day of the
# month", "the first day of the new year"), not of an event.
CALENDAR_NOUNS_AFTER_OF: tuple[str, ...] = (
    "month", "year", "week", "season", "spring", "summer", "autumn", "fall", "winter", "new", "following",
    "next", "same",
)  # fmt: skip
# Ordinals that name a half or quarter but are not a number ("the last quarter" of a year).
LAST_ORDINALS: frozenset[str] = frozenset({"last", "final"})
# The ordinals that rank a quarter of a year or a weekday or week of a month ("the third quarter", "the 2nd
# Tuesday of May", "the first week of June"), with those last ones; written out or in figures.
RANK_ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip

# Calendar units -> TIMEX3 duration letter. The letter is what the unit contributes to "P3Y".
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "E", "century": "C", "millennium": "L",
    "weekend": "WE",
}  # fmt: skip
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "quarters": "quarter", "years": "year",
    "decades": "decade", "centuries": "century", "millennia": "millennium", "weekends": "weekend",
}  # fmt: skip
# Units as informal writing abbreviates them ("back in 2 wks", "3 hrs", "last yr") -> the unit word.
# Matched in lower case only: "HR" and "MIN" in capitals are other words.
UNIT_ABBREVIATIONS: dict[str, str] = {
    "wk": "week", "wks": "weeks", "hr": "hour", "hrs": "hours", "yr": "year", "yrs": "years",
    "min": "minute", "mins": "minutes", "sec": "second", "secs": "seconds", "wknd": "weekend",
    "wkend": "weekend", "wknds": "weekends", "wkends": "weekends", "mth": "month", "mths": "months",
    "mnth": "month", "mnths": "months", "mos": "months",
}  # fmt: skip
# Units below a day are written after a T in durations (PT3H).
TIME_UNITS: frozenset[str] = frozenset({"second", "minute", "hour"})

# Seasons -> TIMEX3 season code.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip
# Seasons whose middle is one word ("midsummer", "midwinter"): the season, its middle (MID).
MID_SEASONS: tuple[str, ...] = ("summer", "winter")

# Parts of the day -> TIMEX3 part-of-day code.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "midafternoon": "AF", "evening": "EV",
    "night": "NI", "overnight": "NI",
    # Informal spellings: "last nite", "this arvo" (Australian and British for the afternoon).
    "nite": "NI", "arvo": "AF", "eve": "EV", "morn": "MO",
}  # fmt: skip
# Nouns that a part of the day (or "day") before them turns into a kind of thing, not a time: "the night
# shift", "the evening paper", "the morning train", "the day shift". "the night" there is no night.
PART_OF_DAY_COMPOUND_HEADS: tuple[str, ...] = (
    "shift", "shifts", "paper", "papers", "newspaper", "newspapers", "edition", "editions", "bulletin",
    "bulletins", "news", "train", "trains", "bus", "buses", "flight", "flights", "ferry", "crew", "crews",
    "staff", "nurse", "nurses", "watchman", "porter", "manager", "editor", "sky", "skies", "owl", "owls",
    "person", "people", "job", "jobs", "trip", "trips", "care", "school", "schools", "class", "classes",
    "show", "shows", "programme", "program", "anchor", "host", "sickness", "star", "stars", "air",
    # What a shop, a court or a church runs at that part of the day: "the night trial", "the evening session".
    "trial", "trials", "session", "sessions", "service", "services", "opening", "openings", "market",
    "markets", "routine", "routines", "worker", "workers", "patrol", "patrols", "prayers", "mass",
    # A monastery's hours of prayer: "rose for the night office", "sang the evening office".
    "office", "offices",
)  # fmt: skip
# "this am", "this a.m.": the morning, as posts and notes shorten it. A part of the day only after "this"
# (alone "am" is the verb, "a.m." the half of a clock time).
MORNING_SHORT: tuple[str, ...] = ("am", "a.m.")

# Parts of the day that stand alone after a preposition of time ("at dawn", "before daybreak"): they
# fall on the day the story is about. TIMEX3 has no code of its own for them: the nearest part of day.
# Nightfall is the fall of dark, the evening's end as dawn is the night's: the evening, as dusk is (the
# night is what comes after it).
LONE_PARTS_OF_DAY: dict[str, str] = {
    "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO", "dusk": "EV", "sunset": "EV",
    "sundown": "EV", "nightfall": "EV",
}  # fmt: skip
# Prepositions that make one of those a time ("at dawn"), not a thing ("the dawn of an era"). After the
# second set it is a time only when a day goes with it ("before dawn on Friday", or a day named in the
# sentence): on its own, "up before sunrise" is a habit, not a date.
LONE_PART_PREPOSITIONS: frozenset[str] = frozenset({"at", "by", "until", "till", "towards", "toward"})
# Parts of the day that stand alone only after a deadline or an approach ("by evening", "until morning",
# "towards evening"), as a history tells the hours of a day: "at evening" is rare, "by night" a manner
# and "at night" a habit.
LONE_DAY_PARTS: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV"}
LONE_DAY_PART_PREPOSITIONS: frozenset[str] = frozenset({"by", "before", "until", "till", "towards", "toward"})
LONE_PART_PREPOSITIONS_WITH_DAY: frozenset[str] = frozenset({"before", "after", "since", "from"})
# Clock words: the hour they name.
CLOCK_WORDS: dict[str, int] = {"noon": 12, "midday": 12, "midnight": 24}
# The minutes of a clock time told before or after its hour: "quarter to 11", "twenty past 6".
CLOCK_TALK_MINUTES: dict[str, int] = {
    "quarter": 15, "a quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25,
    "twenty five": 25,
    # as posts write them in figures, after a word of time and "past" only ("at 20 past 12")
    "5": 5, "10": 10, "20": 20, "25": 25,
}  # fmt: skip

# Decade words ("the nineties" -> 199 in the current century's reading, see resolve).
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9, "noughties": 0, "naughties": 0,
}  # fmt: skip

# Single words that name a day relative to the anchor.
DAY_DEICTICS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
    "the day after tomorrow": 2,
}  # fmt: skip
# How posts and messages spell those words ("see u tmrw", "out 2nite") -> the word they stand for.
INFORMAL_DAY_WORDS: dict[str, str] = {
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
    "2mrw": "tomorrow", "tomoz": "tomorrow", "tomorow": "tomorrow", "tommorow": "tomorrow",
    "tommorrow": "tomorrow", "2day": "today", "2nite": "tonight", "2night": "tonight", "tonite": "tonight",
    "yday": "yesterday", "yesterdy": "yesterday",
    # More of the same: shortened ("tmw", "tdy", "ystday", "yest") and misspelt ("yesturday", "tomrw").
    "tmw": "tomorrow", "tomrw": "tomorrow", "tmoro": "tomorrow", "2moz": "tomorrow", "tdy": "today",
    "tnite": "tonight", "ystday": "yesterday", "yest": "yesterday", "yesturday": "yesterday",
    "yesteday": "yesterday", "yestday": "yesterday",
}  # fmt: skip
# The possessive (or "is") written without its apostrophe, as posts do, one token: "tonights tea", "todays plan",
# "yesterdays match", "todays the day".
SOLID_DAY_POSSESSIVES: dict[str, str] = {
    "tonights": "tonight", "todays": "today", "tomorrows": "tomorrow", "yesterdays": "yesterday",
}  # fmt: skip
INFORMAL_DAY_WORDS.update(SOLID_DAY_POSSESSIVES)
DAY_DEICTICS.update({w: DAY_DEICTICS[word] for w, word in INFORMAL_DAY_WORDS.items()})
# "day after tmrw", "the day after 2moro", "day before yday": two days on or back, however the day is spelt.
DAY_DEICTICS.update(
    {
        f"{the}day {side} {w}": 2 * DAY_DEICTICS[w]
        for w in DAY_DEICTICS.copy()
        if INFORMAL_DAY_WORDS.get(w, w) in ("tomorrow", "yesterday")
        for side in (("after",) if DAY_DEICTICS[w] > 0 else ("before",))
        for the in ("the ", "")
    }
)
# Nouns after "today's" or "tomorrow's" that make the day word the age at large, no day of the calendar:
# "today's youth", "in today's world", "tomorrow's leaders" (against "today's meeting", "tomorrow's vote").
DAY_WORD_AGE_NOUNS: frozenset[str] = frozenset(
    {"world", "society", "societies", "youth", "youngsters", "young", "generation", "generations", "children",
     "kids", "teenagers", "teens", "adolescents", "parents", "families", "consumers", "workforce", "workplace",
     "standards", "culture", "economy", "technology", "technologies", "leaders", "era", "age"}
)  # fmt: skip
# Nouns of a thing held on a day, after which the noun of the age is no head but part of the name of that thing:
# "today's youth rally", "today's world cup final", "tomorrow's leaders summit", "today's parents evening".
DAY_WORD_AGE_NOT_BEFORE: frozenset[str] = frozenset(
    {"cup", "series", "championship", "championships", "final", "finals", "match", "game", "games", "race",
     "rally", "summit", "meeting", "session", "conference", "forum", "march", "parade", "concert", "show",
     "party", "evening", "night", "day", "event", "festival", "league", "tour", "record", "premiere", "service",
     "debate", "talks", "vote", "protest", "strike", "fair", "club", "panel", "hearing", "ceremony", "award",
     "awards", "team", "squad", "choir", "orchestra"}
)  # fmt: skip
# Events one plays in, performs at or attends, whose day a future still has to come to: "he will miss
# Saturday's match", "Sunday's final will be broadcast live" (not an outcome acted on after it: "will appeal
# Wednesday's ruling", "may revisit Monday's vote").
EVENTS_ATTENDED: frozenset[str] = frozenset(
    {"match", "game", "final", "semi-final", "semifinal", "race", "concert", "show", "gig", "parade",
     "festival", "fixture", "derby", "clash", "kickoff", "kick-off", "premiere", "ceremony", "marathon",
     "rally", "march", "opener", "showdown", "tie", "bout", "fight", "performance", "service", "funeral"}
)  # fmt: skip
# Nouns of a body of people that British English gives a plural verb: "the team face Arsenal on Sunday",
# "the government publish the report on Monday" (a base form after them is a present, not a noun).
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    {"team", "side", "squad", "club", "band", "government", "council", "committee", "board", "party", "crew",
     "group", "jury", "couple", "pair", "duo", "trio", "family", "police", "cabinet", "union", "orchestra",
     "choir", "cast", "panel"}
)  # fmt: skip
# Each day word as written out and as posts spell it: "tonight", "tonite", "2nite", "2night".
DAY_WORD_SPELLINGS: dict[str, tuple[str, ...]] = {
    word: (word, *(w for w, meant in INFORMAL_DAY_WORDS.items() if meant == word))
    for word in ("today", "tonight", "tomorrow", "yesterday")
}

# Words that refer to the present, past or future as a whole (TIMEX3 *_REF values).
# "right now" is "now" stressed: the intensifier sets no mod and stays outside, as "just" does ("just last month").
REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "just now": "PAST_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "the present day": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "this moment": "PRESENT_REF",
    "for the time being": "PRESENT_REF", "presently": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "lately": "PAST_REF", "the past": "PAST_REF", "years past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "future": "FUTURE_REF", "soon": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF", "someday": "FUTURE_REF",
    "some day": "FUTURE_REF",
    # Posts' "rn" ("busy rn"): "right now"; only in lower case ("RN" is a nurse). "atm" ("skint atm"): at the
    # moment; only in lower case and not after a determiner ("the ATM", "an atm" are the cash machine).
    "rn": "PRESENT_REF", "atm": "PRESENT_REF",
    # A day, night or week not long ago that the writer does not name: "saw her the other day".
    "the other day": "PAST_REF", "the other night": "PAST_REF", "the other week": "PAST_REF",
}  # fmt: skip
# Words after which a bare plural unit right before "after" or "before" is a stretch the text does not count
# ("spotted only days before", "It was weeks before anyone noticed").
BEFORE_A_BARE_STRETCH: tuple[str, ...] = ("only", "just", "mere", "barely", "scarcely", "was", "were")
# Words that govern a bare plural unit and "of" as what was gone through ("caused months of delays", "despite
# weeks of talks", "face hours of queues"): prepositions and verbs of undergoing or bringing about, and any
# past form (see resolve.durations) but a verb of length's ("took hours of footage": a measure of a thing).
# Not "for" or "in" ("for years of war": the kind of its own, bare_pl), nor "after", which our development sets
# leave outside a tag as often as in.
GO_THROUGH_BEFORE: frozenset[str] = frozenset({
    "with", "despite", "following", "amid", "amidst", "through", "throughout", "from", "without",
    "before", "by", "over", "into", "of", "ending", "end", "ends", "face", "faces", "facing", "follow", "follows",
    "cause", "causes", "causing", "mean", "means", "bring", "brings", "need", "needs", "require", "requires",
    "endure", "endures", "enduring", "survive", "survives", "involve", "involves", "waste", "wastes", "save",
    "saves",
})  # fmt: skip
# Plural units with "recent", "coming", "ahead" ("recent years", "the months ahead") are kinds of their own
# (grammar: recent_pl, ahead_pl), not REF words.

# Adverbs of frequency -> (SET value, TimeBank-style value). TimeBank writes "annually" as XXXX and
# "daily" as XXXX-XX-XX; "hourly" as PT1H. "weekly" it never tags; it is written as its period, P1W, as "every
# week" and "twice a week" are (and as the other development set writes it). "fortnightly" (British: every two
# weeks) has no calendar unit of its own, so its period: P2W.
FREQ_ADVERBS: dict[str, str] = {
    "annually": "XXXX", "yearly": "XXXX", "daily": "XXXX-XX-XX", "nightly": "XXXX-XX-XXTNI",
    "hourly": "PT1H", "weekly": "P1W", "fortnightly": "P2W", "monthly": "XXXX-XX",
}  # fmt: skip

# What makes a date named without its year come round again, by the calendar unit it recurs in: "each
# year on 3 March", "in May every year", "twice a year, in May and November", "every week on Tuesday".
# Not a habit ("usually in June"): news tells what usually happens against the one time it did not.
# Phrases as regular expressions, lower case.
YEARLY_RECURRENCES: tuple[str, ...] = (
    r"(?:each|every)\s+(?:single\s+)?year", "annually", "yearly", r"(?:once|twice|\w+\s+times)\s+a\s+year",
    r"year\s+after\s+year",
)  # fmt: skip
WEEKLY_RECURRENCES: tuple[str, ...] = (
    r"(?:each|every)\s+(?:single\s+)?week", "weekly", r"(?:once|twice|\w+\s+times)\s+a\s+week",
    r"week\s+after\s+week",
)  # fmt: skip

# Modifier words before a time expression -> TIMEX3 mod. Keys are lower-case phrases.
PRE_MODS: dict[str, str] = {
    "early": "START", "the early": "START", "the beginning of": "START", "the start of": "START",
    "the dawn of": "START", "the first half of": "START", "early in": "START", "late in": "END",
    "late": "END", "the late": "END", "the end of": "END", "the close of": "END",
    "the rest of": "END", "the second half of": "END", "the latter half of": "END",
    "the last half of": "END",
    "mid": "MID", "the mid": "MID", "the middle of": "MID", "middle": "MID",
    "end": "END",  # only as "end-2025", "end-March" (wire style)
}  # fmt: skip
# The edge of a period told by its first or last few units: "the early months of 1847" (START), "the final
# weeks of 1916" (END), "the last days of May 1940" (END); or by its early or latter part ("the latter part
# of 1916", END).
EDGE_SPAN_WORDS: dict[str, str] = {
    "early": "START", "first": "START", "opening": "START",
    "last": "END", "final": "END", "closing": "END", "late": "END", "dying": "END", "latter": "END", "later": "END",
}  # fmt: skip
EDGE_SPAN_UNITS: tuple[str, ...] = ("months", "weeks", "days", "part")
# Quantifying modifiers before durations and "N units ago".
QUANT_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "under": "LESS_THAN",
    # "the best part of six years", "the better part of a decade", "a good part of an hour": most of it.
    "the best part of": "APPROX", "the better part of": "APPROX", "a good part of": "APPROX",
}  # fmt: skip
# Words that govern "about" as their preposition: before a length of time it is then the topic, not an
# approximation, and stays outside the span ("we're talking about three days", "worried about two years of
# losses", "how about a week?"). Only words that take no length as object: "waited about an hour", "thought
# about a week before answering" are lengths told roughly.
ABOUT_GOVERNORS: tuple[str, ...] = (
    "talking", "worried", "worry", "worries", "worrying", "concerned", "care", "cares", "cared", "caring",
    "know", "knows", "knew", "known", "complain", "complains", "complained", "complaining", "wonder", "wonders",
    "wondered", "wondering", "forget", "forgot", "forgotten", "nervous", "anxious", "excited", "unsure", "curious",
    "how", "what",
)  # fmt: skip
# Trailing approximations: "a week or so".
# "a year or two", "a day or two": one span (TimeBank keeps such a range whole), at least the one unit.
POST_MODS: dict[str, str] = {
    "or so": "APPROX", "or more": "EQUAL_OR_MORE", "or less": "EQUAL_OR_LESS", "or two": "EQUAL_OR_MORE",
}  # fmt: skip

# Relative determiners -> offset in units of the head noun (None: the anchor's own period).
REL_DETERMINERS: dict[str, int] = {
    "this": 0, "current": 0, "the current": 0, "this current": 0, "the present": 0,
    "last": -1, "past": -1, "the past": -1, "the last": -1, "previous": -1, "the previous": -1,
    "this past": -1, "the preceding": -1, "the prior": -1, "prior": -1, "the latest": 0, "latest": 0,
    "next": 1, "the next": 1, "coming": 1, "the coming": 1, "this coming": 1, "the following": 1,
    "following": 1, "the upcoming": 1, "upcoming": 1, "the same": 0, "that": 0,
    "nxt": 1,  # posts: "nxt wk", "nxt sat"
}  # fmt: skip
# Determiners that relate to a date mentioned earlier in the text, not to the publication date.
ANAPHORIC_DETERMINERS: frozenset[str] = frozenset(
    {"the following", "following", "the previous", "the preceding", "the prior", "that", "the same"}
)

# Words after "N units" that make it a point relative to the anchor, with direction.
AGO_WORDS: dict[str, int] = {
    "ago": -1, "earlier": -1, "before": -1, "back": -1, "previously": -1, "prior": -1, "beforehand": -1,
    "later": 1, "from now": 1, "hence": 1, "after": 1, "afterwards": 1, "afterward": 1, "on": 1,
    "after that": 1, "after this": 1,
}  # fmt: skip
# Of those, the words that relate to the anchor date of the story rather than to publication.
ANAPHORIC_AGO: frozenset[str] = frozenset(
    {"earlier", "later", "before", "after", "afterwards", "afterward", "on", "after that", "after this",
     "previously", "prior", "beforehand"}
)  # fmt: skip

# Compact business periods: "FY2024"/"FY24" (a fiscal year, kept as its number like "fiscal 1989"),
# "H1 2025"/"1H25" (a half), "Q3 FY2024" (a quarter, fiscal ordinal kept). Prefixes, case-sensitive.
FISCAL_YEAR_PREFIXES: tuple[str, ...] = ("FY",)
# Capitalised words that make a year part of a name when they stand right before or after it, even at
# the start of a sentence: "Agenda 2030", "Vision 2030", "the 2030 Agenda", "Windows 2000", "Euro 2024".
YEAR_NAME_WORDS: frozenset[str] = frozenset(
    {"Agenda", "Vision", "Horizon", "Expo", "Euro", "Windows", "Office", "Strategy", "Plan", "Project",
     "Mission", "Roadmap", "Initiative", "Framework"}
)  # fmt: skip
# Words naming the turn of a century ("the turn of the century" -> the nearest century boundary).
TURN_WORDS: frozenset[str] = frozenset({"century", "millennium"})

# Time zones written after clock times, with their offsets from UTC in minutes. The US generic zones
# ("9 p.m. ET") are standard time in winter and an hour later under daylight saving (``zones``).
ZONE_OFFSETS: dict[str, int] = {
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120,
}  # fmt: skip
US_GENERIC_ZONES: dict[str, int] = {"ET": -300, "PT": -480}
# The zones a clock time may carry; kept inside the span.
TIME_ZONES: tuple[str, ...] = (*ZONE_OFFSETS, *US_GENERIC_ZONES)

# Verbs of saying in the past that news attributes what it reports with ("officials said", "the firm
# announced", "she told reporters"): a date right after one is the day it was said ("said Tuesday"), and the
# clause it reports keeps the speaker's own tense ("said the plant is closing").
REPORTING_PAST: tuple[str, ...] = (
    "said", "told", "reported", "announced", "added", "stated", "confirmed", "explained", "noted",
)  # fmt: skip
# The verbs of saying news attributes with in the present ("says", "tells"), and their plural ("officials say").
# Not "announces", "reports", "confirms": in the present those are mostly of the calendar ("the firm announces
# its results Tuesday").
REPORTING_PRESENT: tuple[str, ...] = ("says", "tells", "adds")
REPORTING_PRESENT_PLURAL: tuple[str, ...] = ("say", "tell", "add")
# All verbs of saying or writing in the past: those and the ones accounts and histories tell a statement with
# ("wrote", "recalled", "insisted", "warned").
SAYING_PAST: tuple[str, ...] = (
    *REPORTING_PAST, "wrote", "warned", "predicted", "claimed", "recalled", "complained", "declared", "insisted",
    "argued", "admitted", "recorded", "observed", "remarked", "revealed", "disclosed", "indicated",
)  # fmt: skip
# Verbs of saying whose first object is the one told ("told reporters Tuesday", "told the court that"): a
# pattern that reads what follows one passes over that object.
SAYING_TO_SOMEONE: frozenset[str] = frozenset({"told", "tells", "tell"})
# Verbs of thinking, knowing or feeling in the past, which report a clause as verbs of saying do ("believed
# the war was over", "feared that", "knew this year would be hard").
THINKING_PAST: tuple[str, ...] = ("thought", "believed", "feared", "knew", "felt", "remembered", "suspected")
# The same in the present plural ("analysts think", "residents fear"): a verb of the speaker's mind, never of
# the calendar.
THINKING_PRESENT_PLURAL: tuple[str, ...] = ("think", "believe", "fear", "know", "feel", "remember", "suspect")
# Verbs of hoping, planning and promising in the past, which report what was ahead at the time ("hoped to buy
# one next year", "planned that the bridge would open in May"). (``INTENT_VERBS`` below are the forms whose
# to-infinitive the tense cues read as a future: the past ones among them are here too.)
INTENDING_PAST: tuple[str, ...] = (
    "hoped", "promised", "planned", "intended", "vowed", "pledged", "expected", "wanted", "meant",
)  # fmt: skip

# The same as present participles, which have no time of their own: "marched north, intending to meet again
# the following year" plans, at the time of the verb they hang on, what was then to come.
INTENDING_PARTICIPLES: tuple[str, ...] = (
    "hoping", "planning", "intending", "meaning", "aiming", "expecting", "wishing", "seeking", "proposing",
)  # fmt: skip

# Verbs of intending whose to-infinitive tells of what is still to come ("plans to", "vowed to"), and of
# deciding or agreeing ("voted to close": what was agreed is still to happen): the forms the tense cues
# read (``tense`` joins them to ``FUTURE_CUES``), past ones among them.
INTENT_VERBS: tuple[str, ...] = (
    "plans", "plan", "planned", "planning", "intends", "intend", "hopes", "hope", "aims", "aim", "promised",
    "promise", "vowed", "vow", "pledged", "pledge", "expects", "expect", "wants", "want", "seeks", "seek",
)  # fmt: skip
# Verbs of forecasting in the present: what they govern is still to come, with an object or an infinitive
# between ("expects the plant to open in December", "forecasts growth in the first quarter").
FORECAST_VERBS: tuple[str, ...] = (
    "expects", "expect", "predicts", "predict", "projects", "anticipates", "anticipate", "foresees", "foresee",
)  # fmt: skip
# Past verbs by which an authority puts a measure in force, often from a day still to come ("declared three
# days of mourning from Wednesday", "imposed a curfew from Friday").
DECREEING_PAST: tuple[str, ...] = (
    "declared", "announced", "imposed", "introduced", "ordered", "approved", "lifted", "extended", "suspended",
)  # fmt: skip
DECIDING_VERBS: tuple[str, ...] = (
    "agreed", "agree", "agrees", "decided", "decide", "decides", "voted", "votes", "vote", "offered", "offers",
    "offer", "proposed", "propose", "proposes", "threatened", "threatens", "threaten", "arranged", "arrange",
    "ordered", "urged", "asked", "sought",
)  # fmt: skip

# Looking ahead as people say it: "see you on Friday", "can't wait for Christmas", "looking forward to the
# summer", "counting down to May" (lower-case regex fragments). What they name is ahead, however near.
LOOK_AHEAD_CUES: tuple[str, ...] = (
    r"see (?:you|ya|u)", r"(?:can't|can’t|cant|cannot|can not) wait", r"looking forward to",
    r"counting down to",
    # A verbless clause of return after a break: "half term flew by, back to work on monday", "back at my desk
    # tues" (the stop or comma before it: "went back to work monday" keeps its past).
    r"(?<=[,.;:!?] )back (?:to|at)",
)  # fmt: skip
# Future-tense cues in the clause around an expression (lower-case regex fragments).
FUTURE_CUES: tuple[str, ...] = (
    r"will", r"won't", r"wo n't", r"\w+'ll", r"shall", r"going to", r"(?:is|are|am|was|were) to",
    r"(?:is|are|was|were) (?:expected|scheduled|due|set|slated|planned|likely|poised|forecast|predicted|projected) to",
    r"(?:is|are|was|were) (?:scheduled|slated|planned|set) for",
    # What is likely or possible at a time named next is still to come: "rain is likely on Friday",
    # "further strikes are possible in August" (not "was likely started", an adverb), and with the day
    # named bare, as wire copy writes it: "more storms were likely Monday", "sleet is possible late Tuesday".
    r"(?:is|are|was|were) (?:likely|possible|unlikely|probable)(?= (?:on|in|by|at|from|until|before|after|this|"
    rf"next|later|early|late|tomorrow|tonight|overnight|over|{'|'.join(w.lower() for w in WEEKDAYS)})\b(?!['’]))",
    # What the weather or the markets are forecast to do: "snow is forecast for the weekend", "a ruling is
    # expected on Friday".
    r"(?:is|are) (?:forecast|predicted|projected|expected|anticipated)",
    # A date still to come that has been fixed or moved: "has been scheduled for", "have been put off until".
    r"(?:has|have) been (?:scheduled|rescheduled|set|slated|planned|postponed|delayed|moved|pushed back|put off)",
    r"(?:expected|scheduled|set|slated|poised|planned) to",
    r"would", r"could(?! not)(?!n't)", r"must", r"ought to",
    r"may", r"might", r"should", r"next(?! to)", r"upcoming", r"coming", r"scheduled",
    *LOOK_AHEAD_CUES,
)  # fmt: skip
# Past-tense cues besides the past forms of verbs (``lexicon.verbs``): auxiliaries and reporting verbs.
PAST_CUES: tuple[str, ...] = (
    # A plan that was on the books before the time of writing: "had been scheduled to expire Friday".
    r"had (?:been )?(?:scheduled|due|expected|set|slated|planned|supposed) to",
    r"was", r"were", r"had", r"did", r"ago", r"last",
    # What could not be done was tried, and failed: "could not be reached for comment Friday".
    r"could not", r"couldn't",
    # The present perfect of "be" tells of what has happened: "have been searching since".
    r"(?:has|have) been", r"'ve been",
)  # fmt: skip

# Verbs whose object is a length of time: a bare plural unit after them is a duration ("could take months",
# "the talks lasted days", "spent years abroad").
LENGTH_VERBS: tuple[str, ...] = (
    "take", "takes", "took", "taken", "taking", "last", "lasts", "lasted", "lasting", "spend", "spends", "spent",
    "spending",
)  # fmt: skip
# Words after which "last" is the adjective, not the verb of length: "her last years", "the company's last
# months" are the end of a life or a story, told without a count (as "his final years"), not a duration.
LAST_AS_ADJECTIVE_AFTER: tuple[str, ...] = ("his", "her", "its", "their", "my", "our", "your", "whose", "the")

# Verbs of scheduled events in the simple present (base and -s forms). Right before a date they put it
# in the future: news uses the present for what is on the calendar ("the show opens Saturday").
SCHEDULE_VERBS: tuple[str, ...] = (
    r"opens?", r"reopens?", r"closes?", r"ends?", r"begins?", r"starts?", r"resumes?", r"expires?",
    r"meets?", r"convenes?", r"reconvenes?", r"arrives?", r"departs?", r"returns?", r"launch(?:es)?",
    r"debuts?", r"premieres?", r"airs?", r"kicks? off", r"takes? effect", r"goes on sale", r"go on sale",
    r"votes?", r"testif(?:y|ies)", r"visits?", r"travels?", r"heads?", r"faces?", r"hosts?", r"plays?",
    r"concludes?", r"wraps? up", r"runs?", r"continues?", r"lasts?", r"is due", r"are due", r"falls? due",
    r"matures?", r"takes? place", r"happens?", r"gets? under way", r"goes? ahead", r"finish(?:es)?",
    r"gets? going", r"go(?:es)? to the polls", r"comes? out", r"(?:comes?|enters?) into force",
    # The present passive of what is put on: "the summit is held on Friday", "results are published Monday".
    r"(?:is|are) (?:held|released|published|announced|unveiled|presented|played|staged|sworn in)",
)  # fmt: skip

# Verbs of putting on or taking part in what is arranged: in the present progressive with their object and a
# time they look ahead ("the firm is holding a news conference Friday", "the union is staging a rally
# Saturday"), where another verb's object may be a thing gone by ("police are investigating a shooting
# Friday").
ARRANGING_VERBS: tuple[str, ...] = (
    "hold", "host", "stage", "throw", "give", "play", "meet", "visit", "open", "launch", "unveil", "present",
    "release", "leave", "head", "travel", "fly", "return", "start", "begin", "close", "end", "have", "take",
    "attend", "join", "celebrate", "mark", "debut", "premiere", "perform", "publish", "announce", "sign",
)  # fmt: skip

# Past forms of verbs of booking and arranging: what they book "for" a day lies ahead of the booking ("booked
# a table for sat", "got tickets for june 5th"), and without an object after them, they are the participle of
# a thing done, the "is" left out ("dec 12 flight booked", "hotel sorted"), not a past tense.
BOOKED_FORMS: tuple[str, ...] = (
    "booked", "reserved", "sorted", "arranged", "organised", "organized", "planned", "scheduled", "rescheduled",
    "confirmed",
)  # fmt: skip
# Past forms of verbs of fixing a day for a meeting or an act, which too look ahead "for" a day ("called an
# emergency meeting for Thursday", "has set the vote for Monday", "a hearing slated for Friday"); unlike
# BOOKED_FORMS they are no participles of a thing done when they stand without an object.
SCHEDULING_FORMS: tuple[str, ...] = ("called", "convened", "set", "slated", "fixed")
# Past forms of verbs of calling off what was arranged, which look ahead "for" a day as those of fixing one do:
# what is cancelled is still to come when it is ("has cancelled all sailings for the weekend", "postponed the
# vote planned for Monday").
CANCELLING_FORMS: tuple[str, ...] = ("cancelled", "canceled", "postponed", "called off", "scrapped", "axed")
# Participles of feeling that are adjectives after a word of degree or of being ("so excited", "really worried",
# "feeling stressed", "im gutted"): a state now, no past tense ("gig on friday, so excited": the Friday to come).
FEELING_PARTICIPLES: tuple[str, ...] = (
    "excited", "worried", "scared", "terrified", "tired", "exhausted", "shattered", "knackered", "bored",
    "stressed", "gutted", "delighted", "thrilled", "chuffed", "pleased", "relieved", "devastated", "nervous",
    "amazed", "shocked", "overwhelmed", "annoyed", "disappointed", "confused", "frustrated", "pumped", "stoked",
    "hyped", "buzzed", "obsessed", "prepared", "unprepared", "organised", "organized", "sorted",
)  # fmt: skip
# Nouns of a booking: what one holds "for" a day is for the day to come ("got a reservation for thurs").
BOOKING_NOUNS: tuple[str, ...] = ("reservation", "booking", "appointment", "appt", "slot")
# Verbs of signing up or booking whose thing is named before "in" and a time: what was booked is still ahead
# ("signed up for a half marathon in may", "booked a cottage in august"); not "planned", "organised", "entered",
# which as often tell of what was done then.
SIGNED_UP_FORMS: tuple[str, ...] = ("signed up", "registered", "booked", "reserved")
# (Not "bought", "got", "paid": what is bought or got for a day is as often a gift for one gone by, "got a bike
# for christmas", and "paid for my lunch on friday" tells of the paying.)

# The past of a verb of going (and "managed"), after which "to" gives what the going was for, done when
# it was: "went to see the doctor on Tuesday", "came to fix the boiler on Monday", "went to bed at midnight".
GONE_TO_DO: frozenset[str] = frozenset(
    {"went", "came", "headed", "ran", "rushed", "hurried", "flew", "drove", "walked", "popped", "managed"}
)

# Past forms of verbs of lasting: the stretch they tell of is over, its end ("until March", "into June")
# gone by ("the ban lasted until March", "she served as chair until May"), unlike an act that set a
# stretch going ("imposed a ban until March", "extended the deadline to June").
LASTED_FORMS: tuple[str, ...] = (
    "lasted", "continued", "ran", "remained", "stayed", "persisted", "lingered", "lived", "worked", "served",
    "reigned", "ruled", "waited", "dragged", "endured", "survived", "studied", "taught", "played",
)  # fmt: skip

# What the present of "be" says of a time named right after it, of things on the calendar: "the new limit
# is in force from Monday", "tickets are on sale Friday", "the gallery is open Saturday".
PRESENT_STATES: tuple[str, ...] = (
    "in force", "in effect", "on sale", "open", "closed", "shut", "due out", "due", "out", "on", "live", "back",
    "available",
    "on display", "on view", "on show",
)  # fmt: skip

# The feasts and quarter days by which histories, parish records and memoirs date things ("Lady Day
# 1904", "Whit Monday 1921", "at Michaelmas"), in the same rules as HOLIDAYS below.
FEAST_DAYS: dict[str, tuple[str | int, ...]] = {
    "Lady Day": ("fixed", 3, 25), "Midsummer Day": ("fixed", 6, 24), "Midsummer's Day": ("fixed", 6, 24),
    "Midsummer Eve": ("fixed", 6, 23), "Lammas": ("fixed", 8, 1), "Lammas Day": ("fixed", 8, 1),
    "Michaelmas": ("fixed", 9, 29), "Michaelmas Day": ("fixed", 9, 29), "Martinmas": ("fixed", 11, 11),
    "St Martin's Day": ("fixed", 11, 11), "St. Martin's Day": ("fixed", 11, 11),
    "Candlemas": ("fixed", 2, 2), "Epiphany": ("fixed", 1, 6),
    "All Saints' Day": ("fixed", 11, 1), "All Souls' Day": ("fixed", 11, 2), "Hogmanay": ("fixed", 12, 31),
    "St Stephen's Day": ("fixed", 12, 26), "St. Stephen's Day": ("fixed", 12, 26),
    "St Andrew's Day": ("fixed", 11, 30), "St. Andrew's Day": ("fixed", 11, 30),
    "St David's Day": ("fixed", 3, 1), "St. David's Day": ("fixed", 3, 1), "St Davids Day": ("fixed", 3, 1),
    "St Swithin's Day": ("fixed", 7, 15), "St. Swithin's Day": ("fixed", 7, 15),
    "Easter Saturday": ("easter", -1), "Holy Saturday": ("easter", -1), "Easter Eve": ("easter", -1),
    "Ascension Day": ("easter", 39), "Whit Sunday": ("easter", 49), "Whitsunday": ("easter", 49),
    "Whitsun": ("easter", 49), "Pentecost": ("easter", 49), "Whit Monday": ("easter", 50),
    "Whit Tuesday": ("easter", 51), "Trinity Sunday": ("easter", 56),
}  # fmt: skip
# Saints' days by which charters, chronicles and parish records date things ("consecrated on St Luke's Day
# 1198", "the fair held on St Bartholomew's Day"), in the forms histories mostly write them: "St Luke's Day",
# "St. Luke's Day" (each name costs the holiday patterns compile time: "Saint ..." forms are left out).
SAINTS_DAYS: dict[str, tuple[int, int]] = {
    "John": (6, 24), "Luke": (10, 18), "James": (7, 25), "Bartholomew": (8, 24), "Michael": (9, 29),
    "Peter": (6, 29), "Lucy": (12, 13), "Nicholas": (12, 6), "Thomas": (12, 21), "Matthew": (9, 21),
    "Mark": (4, 25), "Crispin": (10, 25), "Catherine": (11, 25), "Barnabas": (6, 11),
    "Martin": (11, 11), "Stephen": (12, 26), "Andrew": (11, 30), "David": (3, 1), "Swithin": (7, 15),
    "George": (4, 23), "Patrick": (3, 17), "Lawrence": (8, 10), "Giles": (9, 1), "Denis": (10, 9),
    "Hilary": (1, 13), "Agnes": (1, 21), "Margaret": (7, 20),
}  # fmt: skip
FEAST_DAYS.update(
    {
        f"{title} {name}'s Day": ("fixed", month, day)
        for name, (month, day) in SAINTS_DAYS.items()
        for title in ("St", "St.")
    }
)
# What may follow a saint's name in "the feast of St John the Baptist", "the eve of St Thomas the Apostle":
# the saint's day unless another saint of the name is meant ("St John the Evangelist" is the 27th of December).
SAINT_EPITHETS: tuple[str, ...] = ("Baptist", "Apostle", "Evangelist", "Martyr", "Great")
SAINTS_DAYS_BY_EPITHET: dict[tuple[str, str], tuple[int, int]] = {
    ("John", "Evangelist"): (12, 27), ("John", "Apostle"): (12, 27),
}  # fmt: skip
# The words before a saint's name that make the phrase the saint's day, or its eve ("the feast of St Luke",
# "the eve of St Thomas", "the vigil of St Bartholomew": the day before).
SAINT_S_DAY_WORDS: dict[str, int] = {"feast": 0, "feast day": 0, "day": 0, "eve": -1, "vigil": -1}
# Holidays -> how to find their date in a given year. ("fixed", month, day); ("nth", month, ISO weekday,
# n) with n = -1 for the last one in the month; ("easter", days after Easter Sunday); ("election",) the
# Tuesday after the first Monday in November (US). Names are matched as written (capitalised).
# Britain's bank holidays named by their month or season: "the August bank holiday" (the last Monday of August),
# "the spring bank holiday" (the last of May), "the early May bank holiday" (the first of May). The article is
# part of the name, as in "the bank holiday weekend".
_NAMED_BANK_HOLIDAYS: dict[str, tuple[str | int, ...]] = {
    f"{the}{name} {bank}": rule
    for names, rule in (
        (("August", "Summer", "summer"), ("nth", 8, 1, -1)),
        (("Spring", "spring"), ("nth", 5, 1, -1)),
        (("Early May", "early May", "May", "May Day"), ("nth", 5, 1, 1)),
        # as posts write them, in lower case and short ("the may bank hol", "august bank holiday")
        (("august",), ("nth", 8, 1, -1)),
        (("early may", "may"), ("nth", 5, 1, 1)),
    )
    for name in names
    for the in ("", "the ", "The ")
    for bank in ("Bank Holiday", "bank holiday", "bank hol")
}
# A bank holiday unnamed, as posts write it ("bank hol and its raining", "the bank holiday"): which of the
# Monday bank holidays, the tense and the nearness say (``HOLIDAY_ALTERNATIVES``, ``BARE_DAY_NAMES``).
_BARE_BANK_HOLIDAYS: tuple[str, ...] = ("bank holiday", "bank hol", "the bank holiday", "the bank hol")
# The solstices and equinoxes by name (the turn of the sun's year each is, see ``resolve.sun``), with "the" as
# news writes them, the season word then the head's modifier ("the summer solstice", not the summer): the
# article is inside, as a head noun phrase takes its determiner (CONVENTIONS.md 1).
_TURNS_OF_THE_SUN_NAMED: dict[str, int] = {
    "Summer Solstice": 1, "Winter Solstice": 3, "Spring Equinox": 0, "Vernal Equinox": 0, "Autumn Equinox": 2,
    "Autumnal Equinox": 2, "Fall Equinox": 2,
}  # fmt: skip
_TURNS_OF_THE_SUN: dict[str, int] = {
    **_TURNS_OF_THE_SUN_NAMED,
    **{f"the {name}": turn for name, turn in _TURNS_OF_THE_SUN_NAMED.items()},
}

HOLIDAYS: dict[str, tuple[str | int, ...]] = {
    "Christmas": ("fixed", 12, 25), "Christmas Day": ("fixed", 12, 25), "Christmas Eve": ("fixed", 12, 24),
    "Boxing Day": ("fixed", 12, 26), "New Year's Day": ("fixed", 1, 1), "New Year's Eve": ("fixed", 12, 31),
    "New Year's": ("fixed", 1, 1), "New Year": ("fixed", 1, 1), "New Years": ("fixed", 1, 1),
    "New Years Day": ("fixed", 1, 1), "New Years Eve": ("fixed", 12, 31), "Xmas": ("fixed", 12, 25),
    "Xmas Day": ("fixed", 12, 25), "Xmas Eve": ("fixed", 12, 24), "Halloween": ("fixed", 10, 31),
    # The eve of the eve, as people name the day before Christmas Eve.
    "Christmas Eve Eve": ("fixed", 12, 23), "Xmas Eve Eve": ("fixed", 12, 23),
    "Independence Day": ("fixed", 7, 4),
    "the Fourth of July": ("fixed", 7, 4), "Fourth of July": ("fixed", 7, 4), "4th of July": ("fixed", 7, 4),
    "the 4th of July": ("fixed", 7, 4), "July 4th": ("fixed", 7, 4), "July Fourth": ("fixed", 7, 4),
    "Veterans Day": ("fixed", 11, 11), "Armistice Day": ("fixed", 11, 11),
    "Remembrance Day": ("fixed", 11, 11), "Valentine's Day": ("fixed", 2, 14), "Valentines Day": ("fixed", 2, 14),
    "St. Patrick's Day": ("fixed", 3, 17), "St Patrick's Day": ("fixed", 3, 17),
    "Saint Patrick's Day": ("fixed", 3, 17), "St. Paddy's Day": ("fixed", 3, 17), "St Paddy's Day": ("fixed", 3, 17),
    "Paddy's Day": ("fixed", 3, 17), "Paddys Day": ("fixed", 3, 17),
    # (as posts write them without the apostrophe)
    "St Paddys Day": ("fixed", 3, 17), "St. Paddys Day": ("fixed", 3, 17), "St Patricks Day": ("fixed", 3, 17),
    "St. Patricks Day": ("fixed", 3, 17), "Saint Patricks Day": ("fixed", 3, 17),
    "Valentine's": ("fixed", 2, 14), "NYE": ("fixed", 12, 31), "Juneteenth": ("fixed", 6, 19),
    "Groundhog Day": ("fixed", 2, 2), "Earth Day": ("fixed", 4, 22), "April Fools' Day": ("fixed", 4, 1),
    "April Fools Day": ("fixed", 4, 1), "April Fool's Day": ("fixed", 4, 1), "Bonfire Night": ("fixed", 11, 5),
    "Guy Fawkes Night": ("fixed", 11, 5), "Burns Night": ("fixed", 1, 25),
    "Pancake Day": ("easter", -47), "Mothering Sunday": ("easter", -21), "Mothers Day": ("nth", 5, 7, 2),
    "Fathers Day": ("nth", 6, 7, 3), "Veteran's Day": ("fixed", 11, 11), "Labour Day": ("nth", 9, 1, 1),
    "Bastille Day": ("fixed", 7, 14), "Canada Day": ("fixed", 7, 1), "May Day": ("fixed", 5, 1),
    "Thanksgiving": ("nth", 11, 4, 4), "Thanksgiving Day": ("nth", 11, 4, 4), "Labor Day": ("nth", 9, 1, 1),
    "Memorial Day": ("nth", 5, 1, -1), "Columbus Day": ("nth", 10, 1, 2), "Presidents' Day": ("nth", 2, 1, 3),
    "Presidents Day": ("nth", 2, 1, 3), "Martin Luther King Day": ("nth", 1, 1, 3), "MLK Day": ("nth", 1, 1, 3),
    "Pi Day": ("fixed", 3, 14), "Leap Day": ("fixed", 2, 29), "Cinco de Mayo": ("fixed", 5, 5),
    "Veterans' Day": ("fixed", 11, 11),
    "Martin Luther King Jr. Day": ("nth", 1, 1, 3), "Mother's Day": ("nth", 5, 7, 2),
    "Father's Day": ("nth", 6, 7, 3), "Election Day": ("election",), "Election Night": ("election",),
    "Easter": ("easter", 0), "Easter Sunday": ("easter", 0), "Easter Day": ("easter", 0),
    "Easter Monday": ("easter", 1),
    "Good Friday": ("easter", -2), "Palm Sunday": ("easter", -7), "Ash Wednesday": ("easter", -46),
    "Shrove Tuesday": ("easter", -47), "Mardi Gras": ("easter", -47), "Maundy Thursday": ("easter", -3),
    # Days news dates things by: the US president's swearing-in (the 20 January after an election), the
    # British Sunday of remembrance (the second in November), national days of Australia and New Zealand.
    # (Days of observance named as causes, "International Women's Day", TimeBank leaves untagged.)
    "Inauguration Day": ("fixed", 1, 20), "Remembrance Sunday": ("nth", 11, 7, 2), "Anzac Day": ("fixed", 4, 25),
    "Australia Day": ("fixed", 1, 26), "Waitangi Day": ("fixed", 2, 6),
    # The US shopping days after Thanksgiving: the fourth Thursday of November, plus days.
    "Black Friday": ("nth", 11, 4, 4, 1), "Cyber Monday": ("nth", 11, 4, 4, 4), "Giving Tuesday": ("nth", 11, 4, 4, 5),
    **FEAST_DAYS,
    # Days of the British and Irish year that posts name (the other saints' days are among the feast
    # days): St George's, the first Thursday of March for books, the third Monday of January for the
    # year's gloomiest.
    "St George's Day": ("fixed", 4, 23), "St. George's Day": ("fixed", 4, 23), "Saint George's Day": ("fixed", 4, 23),
    "St Georges Day": ("fixed", 4, 23), "World Book Day": ("nth", 3, 4, 1),
    "Blue Monday": ("nth", 1, 1, 3),
    # Christian feasts posts name too: the first Sunday of Advent (the Sunday from 27 November to 3 December).
    "Advent Sunday": ("on_or_after", 11, 27, 7), "the first Sunday of Advent": ("on_or_after", 11, 27, 7),
    "first Sunday of Advent": ("on_or_after", 11, 27, 7),
    # and the Sunday before it, when the Christmas pudding is stirred (from 20 to 26 November).
    "Stir-up Sunday": ("on_or_after", 11, 20, 7), "Stir up Sunday": ("on_or_after", 11, 20, 7),
    # The new year of the Chinese calendar (see ``LUNAR_NEW_YEARS``).
    "Lunar New Year": ("lunar",), "Chinese New Year": ("lunar",),
    # Britain's bank holidays on a Monday (see ``HOLIDAY_ALTERNATIVES``).
    "Bank Holiday Monday": ("easter", 1), "Bank Hol Monday": ("easter", 1),
    **_NAMED_BANK_HOLIDAYS,
    # A bank holiday unnamed: which of them, the tense and the nearness say (see ``HOLIDAY_ALTERNATIVES``).
    # (Read by a kind of their own, after the other names: see ``BARE_DAY_NAMES``.)
    **{name: ("easter", 1) for name in _BARE_BANK_HOLIDAYS},
    "Valentines": ("fixed", 2, 14),
    # The turns of the sun's year (the day of each, in universal time; see ``resolve.sun``), as the northern
    # hemisphere names them; the astronomical seasons begin on them ("the first day of spring").
    **{name: ("sun", turn) for name, turn in _TURNS_OF_THE_SUN.items()},
    "the longest day": ("sun", 1), "the shortest day": ("sun", 3),
    "longest day": ("sun", 1), "shortest day": ("sun", 3),
    "the first day of spring": ("sun", 0), "the first day of summer": ("sun", 1),
    "the first day of autumn": ("sun", 2), "the first day of fall": ("sun", 2), "the first day of winter": ("sun", 3),
    "first day of spring": ("sun", 0), "first day of summer": ("sun", 1), "first day of autumn": ("sun", 2),
    "first day of fall": ("sun", 2), "first day of winter": ("sun", 3),
    # Days posts name as they say them: without the apostrophe or the "day", or by the old name.
    "St Swithins Day": ("fixed", 7, 15), "April Fools": ("fixed", 4, 1), "April Fool's": ("fixed", 4, 1),
    "the Ides of March": ("fixed", 3, 15), "International Womens Day": ("fixed", 3, 8),
}  # fmt: skip
# The first day of the Chinese calendar's year, by year (month, day), 1990-2040.
LUNAR_NEW_YEARS: dict[int, tuple[int, int]] = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31), 1996: (2, 19),
    1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1),
    2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14),
    2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28),
    2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
    2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23),
    2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8), 2036: (1, 28), 2037: (2, 15), 2038: (2, 4),
    2039: (1, 24), 2040: (2, 12),
}  # fmt: skip
# Names of more than one day a year (lower case), with their rules: the one meant is the nearest that the
# tense allows. Mother's Day is Mothering Sunday in Britain and Ireland (three weeks before Easter), the
# second Sunday of May in North America (a writer of one country wishes the other's mothers well on theirs: the
# nearer day, not the writer's spelling, says which); May Day is the first of May, and Britain's bank holiday on the
# first Monday of May.
_BANK_HOLIDAY_MONDAYS: tuple[tuple[str | int, ...], ...] = (
    ("easter", 1), ("nth", 5, 1, 1), ("nth", 5, 1, -1), ("nth", 8, 1, -1),
)  # fmt: skip
_MOTHERS_DAYS: tuple[tuple[str | int, ...], ...] = (("easter", -21), ("nth", 5, 7, 2))
HOLIDAY_ALTERNATIVES: dict[str, tuple[tuple[str | int, ...], ...]] = {
    "mother's day": _MOTHERS_DAYS, "mothers day": _MOTHERS_DAYS, "mother’s day": _MOTHERS_DAYS,
    "may day": (("fixed", 5, 1), ("nth", 5, 1, 1)),
    # Easter Monday, the first and the last Monday of May, the last Monday of August: "bank holiday monday" is
    # the name of the day, whole, as "Easter Monday" is (the words before the weekday say which Monday).
    "bank holiday monday": _BANK_HOLIDAY_MONDAYS, "bank hol monday": _BANK_HOLIDAY_MONDAYS,
    **{name: _BANK_HOLIDAY_MONDAYS for name in _BARE_BANK_HOLIDAYS},
}  # fmt: skip
# Names of a day that posts write with no article ("longest day tomorrow", "bank hol and its raining"), or that are
# words of a longer name ("bank holiday monday", "bank hol weekend"): a kind of their own reads them where no
# longer name is, and keeps them where the words after them do not make them a noun's modifier or the predicate
# of a day told beside them (see ``resolve.holidays``).
BARE_DAY_NAMES: frozenset[str] = frozenset({*_BARE_BANK_HOLIDAYS, "longest day", "shortest day"})
# Named nights: the night of their day, a TIME ("election night": the evening the results come in).
HOLIDAY_NIGHTS: frozenset[str] = frozenset({"election night"})
# Names of a day that are also plain words before "of" ("the longest day of my life"), but for the year's
# ("the longest day of the year": the day, and the year on its own).
HOLIDAYS_NOT_BEFORE_OF: frozenset[str] = frozenset(
    {"the longest day", "the shortest day", "longest day", "shortest day"}
)
# Holidays with a plain word in their names that posts still write in lower case ("good friday off",
# "happy new year", "may day bank holiday"); after a determiner or an intensifier they are plain words
# again ("have a good friday", "a new year of records", "the new year" is the year to come).
PLAIN_WORD_HOLIDAYS: frozenset[str] = frozenset(
    {"Good Friday", "New Year", "New Years", "New Year's", "May Day", "Blue Monday"}
)
# Holidays whose names are no other words, so that posts may write them in lower case ("xmas shopping",
# "til christmas", "happy halloween", "memorial day weekend", "pi day"), and those above.
LOWER_CASE_HOLIDAYS: frozenset[str] = PLAIN_WORD_HOLIDAYS | frozenset(
    {"Christmas", "Christmas Day", "Christmas Eve", "Xmas", "Xmas Day", "Xmas Eve", "Halloween",
     "Christmas Eve Eve", "Xmas Eve Eve",
     "Thanksgiving", "Thanksgiving Day", "Easter", "Easter Sunday", "Easter Day", "Easter Monday",
     "New Year's Day",
     "New Year's Eve", "New Years Day", "New Years Eve", "Valentine's Day", "Valentines Day",
     "St. Patrick's Day", "Black Friday", "Cyber Monday", "Giving Tuesday", "Mother's Day", "Father's Day",
     "St Patrick's Day",
     "Saint Patrick's Day", "St. Paddy's Day", "St Paddy's Day", "Valentine's", "Juneteenth", "Groundhog Day",
     "St Paddys Day", "St. Paddys Day", "St Patricks Day", "St. Patricks Day", "Saint Patricks Day",
     "April Fools' Day", "April Fools Day", "April Fool's Day", "Bonfire Night", "Pancake Day", "Mothering Sunday",
     "Mothers Day", "Fathers Day", "Boxing Day", "NYE", "Paddy's Day", "Paddys Day", "Burns Night",
     "St George's Day", "St Georges Day", "St Andrew's Day", "St David's Day", "World Book Day", *_TURNS_OF_THE_SUN,
     "St Davids Day",
     "Shrove Tuesday", "Remembrance Sunday", "Palm Sunday", "Ash Wednesday", "Maundy Thursday", "Whit Monday",
     "Whit Sunday", "Mardi Gras", "Advent Sunday", "the first Sunday of Advent", "first Sunday of Advent",
     "Stir-up Sunday", "Stir up Sunday",
     "Lunar New Year", "Chinese New Year", "Valentines", "Bank Holiday Monday", "Bank Hol Monday",
     "the first day of spring", "the first day of summer", "the first day of autumn",
     "the first day of fall", "the first day of winter", "first day of spring", "first day of summer",
     "first day of autumn", "first day of fall", "first day of winter", "the longest day", "the shortest day",
     "St Swithins Day", "April Fools", "April Fool's", "the Ides of March", "International Womens Day",
     "Memorial Day", "Labor Day", "Independence Day",
     "Election Day", "Election Night", "Presidents Day", "Presidents' Day", "Veterans Day",
     "Veterans' Day", "Veteran's Day", "Columbus Day", "MLK Day", "Martin Luther King Day", "Pi Day",
     "Cinco de Mayo", "Leap Day", "Earth Day", "Canada Day", "Remembrance Day", "Armistice Day", "the Fourth of July",
     "Fourth of July", "4th of July", "the 4th of July", "July 4th", "July Fourth"}
)  # fmt: skip
# Capitalised words that make a weekday after them the name of one day in history or of a person, not
# a day of the week: "Bloody Sunday", "Black Monday" (1987), "Super Tuesday", "Man Friday".
WEEKDAY_NAME_WORDS: frozenset[str] = frozenset({"Black", "Bloody", "Super", "Man", "Girl"})
# Nouns after a weekday that make it the name of a kind of thing, not a day: "in my Sunday best", "Sunday school",
# "a Sunday league side", "a Saturday job", "Sunday drivers", "the Sunday papers", "nothing beats a Sunday roast".
WEEKDAY_NOT_BEFORE: frozenset[str] = frozenset(
    {"best", "school", "schools", "league", "leagues", "driver", "drivers", "paper", "papers", "job", "jobs",
     "roast", "roasts", "lunches", "dinners", "supplement", "supplements"}
)  # fmt: skip
# The capitalised words of newspapers' names after a weekday ("Sunday Times columnist", "the Sunday Telegraph"),
# and the papers whose name ends "on Sunday" ("the Mail on Sunday"): a title, not a day. (Not "Scotland on
# Sunday", which is as often a place and its day: "snow to Scotland on Sunday".)
NEWSPAPER_AFTER_A_WEEKDAY: frozenset[str] = frozenset({"Times", "Telegraph", "Mirror", "Express", "Herald"})
NEWSPAPER_BEFORE_ON_SUNDAY: frozenset[str] = frozenset({"Mail", "Independent"})
# Titles before a month name that make it a person's name: "Mr. August".
PERSON_TITLES: frozenset[str] = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lady", "Lord"})
# Nouns after a holiday name that make it the name of a thing, not a day ("Christmas tree").
HOLIDAY_NOT_AFTER: frozenset[str] = frozenset(
    {"tree", "trees", "card", "cards", "carol", "carols", "lights", "decorations", "ornament", "ornaments",
     "spirit", "music", "song", "songs", "movie", "film", "egg", "eggs", "bunny", "island", "costume",
     "costumes", "candy", "rising", "story", "special", "album", "market", "markets", "pudding", "cake",
     "resolution", "resolutions", "honours", "honors", "term", "terms", "college", "sermon",
     # What posts see and wear: "the christmas ad", "halloween sweets", "christmas jumper day".
     "ad", "ads", "advert", "adverts", "sweets", "jumper", "jumpers", "break",
     # and what April Fools' Day is known for: "an april fools joke".
     "joke", "jokes", "prank", "pranks",
     # The school or work holidays named after a feast are weeks around it, not the day ("5 weeks til the
     # christmas holidays", "the easter hols start friday", "easter hols day 4"); not "holiday", which is often
     # the day itself ("the Memorial Day holiday").
     "holidays", "hols", "vacation",
     # The weeks of trade around a feast, not its day: "strong Christmas trading", "over the Christmas period",
     # "the Easter rush", "Thanksgiving travel season" (not "sales", held on the day: "the Boxing Day sales").
     "trading", "period", "season", "rush", "spending", "shoppers",
     # Things of the feast, made, bought or put up weeks before it, and its fairs held on other days: "the
     # christmas stuff is out in august", "putting the christmas decs away", "christmas chocolate", "the school
     # christmas fair saturday", "a christmas miracle" (not a present or a meal, given or eaten on the day: "the
     # best Valentine's Day present", "lunar new year dumplings round at my aunties").
     "stuff", "decs", "decor", "chocolate", "chocolates", "miracle", "miracles", "fair", "fairs", "travel",
     "window", "windows",
     # A treaty, a truce or a deed named after the feast it was made on, of its own year, not the feast's day
     # this year: "the Good Friday Agreement", "the Christmas truce", "the Easter offensive", "the Saint
     # Valentine's Day massacre".
     "agreement", "agreements", "accord", "accords", "treaty", "truce", "massacre", "offensive", "uprising"}
)  # fmt: skip
# Words before a month that make it the name of a month-long pledge, not a date: "dry january is hard", "doing
# sober october". (Not after an article: "a dry January" is the weather's.)
MONTH_PLEDGE_WORDS: tuple[str, ...] = ("dry", "sober")
# Gatherings after the name of a feast that names a season too, held in the season, not on the day ("the office
# christmas party", "the work xmas do"); after the name of a day they are held on it ("a New Year's Eve party",
# "NYE party at ours").
HOLIDAY_GATHERINGS: frozenset[str] = frozenset({"party", "parties", "do"})
FEAST_SEASONS: frozenset[str] = frozenset({"christmas", "xmas", "easter"})
# Capitalised words before "New Year" that make it another calendar's ("Lunar New Year"), not 1 January.
OTHER_NEW_YEARS: frozenset[str] = frozenset(
    {"Chinese", "Lunar", "Jewish", "Persian", "Iranian", "Islamic", "Hijri", "Hindu", "Thai", "Tamil",
     "Vietnamese", "Korean", "Tibetan", "Sikh", "Orthodox", "Ethiopian", "Bengali", "Nepali", "Khmer"}
)  # fmt: skip
# What a day is kept for, as a feast or a fast: "a day of mourning", "days of prayer", "a day of ill omen".
OBSERVANCES: tuple[str, ...] = (
    "mourning", "remembrance", "thanksgiving", "prayer", "fasting", "penance", "atonement", "rejoicing",
    r"ill\s+omen",
)  # fmt: skip
# Singular nouns that a per-unit rate follows: "a foot a day", "6,000 people a day".
RATE_NOUNS: frozenset[str] = frozenset(
    {"foot", "feet", "inch", "mile", "meter", "metre", "kilometer", "kilometre", "pound", "ton", "tonne",
     "barrel", "gallon", "liter", "litre", "dollar", "euro", "yen", "cent", "point", "people", "person",
     "case", "car", "vehicle", "unit", "visitor", "passenger", "patient", "dose", "meal", "head", "piece"}
)  # fmt: skip

# Verbs of paying and costing: a number right after one is a sum, not a year ("tickets cost 1200", "paid
# 1500 for it", "cost me like 1800"). Not "spent", which spends a year as often as money ("spent 2019
# travelling").
PAYING_VERBS: tuple[str, ...] = (
    "cost", "costs", "costing", "paid", "pay", "pays", "paying", "charged", "charge", "charges", "charging",
    "priced", "owe", "owes", "owed",
)  # fmt: skip

# Plural nouns of people and things that a bare number before them counts ("1500 homes", "sold 1100 tickets",
# "some 1900 jobs", "1000 likes"): a four-digit number there is a count, not a year, unless a determiner or a
# preposition of time before it makes it the year ("the 2019 votes", "in 1998 people were poorer"). Not
# nouns that a year often labels ("the 1992 protests", "2024 goals", "1989 sales").
COUNTED_PLURALS: tuple[str, ...] = (
    "people", "persons", "men", "women", "children", "kids", "homes", "houses", "households", "families",
    "jobs", "votes", "workers", "employees", "staff", "troops", "soldiers", "officers", "students", "pupils",
    "members", "residents", "fans", "visitors", "passengers", "patients", "copies", "units", "cars",
    "vehicles", "trees", "words", "steps", "calories", "likes", "followers", "subscribers", "views",
    "tickets", "signatures", "pieces", "pages", "miles", "metres", "meters", "feet", "acres", "hectares",
    "tonnes", "tons", "barrels", "runs", "laps", "reps", "entries", "applicants", "volunteers", "runners",
)  # fmt: skip

# Words of money after a number: the number is a sum ("1200 quid", "1500 dollars", "1999 eur"); not "grand",
# which also names a race ("the 1999 Grand National"), nor "euros", also a tournament (see ``dates``).
CURRENCY_WORDS: tuple[str, ...] = (
    "dollar", "dollars", "bucks", "quid", "pound", "pounds", "eur", "usd", "gbp", "cad", "aud", "yen", "yuan",
    "rmb", "rupees", "francs", "pesos",
)  # fmt: skip
