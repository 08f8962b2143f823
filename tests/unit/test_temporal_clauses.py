"""Sentence and clause boundaries, shared by the cues that read around an expression."""

from __future__ import annotations

import pytest

from service.temporal.clauses import LONGEST_SENTENCE, Layout
from tests.unit._helpers import find


def test_sentences_end_at_a_stop_before_a_capital_but_not_after_an_abbreviation() -> None:
    text = "Mr. Lee met U.S. officials on Dec. 3 in Washington. They agreed. Talks resume Friday."
    layout = Layout(text)
    assert layout.sentence(text.index("officials")) == (0, text.index("They"))
    assert layout.sentence(text.index("agreed")) == (text.index("They"), text.index("Talks"))
    assert layout.sentence(text.index("Friday")) == (text.index("Talks"), len(text))


def test_clauses_are_set_off_by_commas_dashes_and_brackets() -> None:
    text = "The mayor, who took office in May, said -- at a rally (on Friday) -- that taxes would fall."
    layout = Layout(text)
    assert text[layout.clause_start(text.index("May")) : layout.clause_end(text.index("May"))] == (
        " who took office in May"
    )
    friday = text.index("Friday")
    assert text[layout.clause_start(friday) : layout.clause_end(friday)] == "on Friday"


def test_every_mark_sets_off_a_clause_but_a_comma_or_colon_inside_a_number_does_not() -> None:
    # (The quoted words open with a capital: a few words in lower case quoted inside a clause open none, see
    # test_temporal_quoted_phrases.)
    text = "At 18:00 some 1,200 fans; then ``The band'' -- late — played (an encore), sang: loudly \"Again\" x"
    layout = Layout(text)

    def clause(word: str) -> str:
        pos = text.index(word)
        return text[layout.clause_start(pos) : layout.clause_end(pos)].strip()

    assert clause("fans") == "At 18:00 some 1,200 fans"
    assert clause("band") == "The band"
    assert clause("late") == "late"
    assert clause("played") == "played"
    assert clause("encore") == "an encore"
    assert clause("sang") == "sang"
    assert clause("loudly") == "loudly"
    assert clause("Again") == "Again"


def test_a_cue_is_read_however_far_back_its_clause_begins() -> None:
    # The governing verb is far to the left, with no punctuation in between: still the clause's verb.
    filler = " ".join(["of the long-delayed northern extension of the regional commuter rail line"] * 3)
    text = f"Officials will open the first section {filler} on 3 March."
    assert find(text, "3 March").value == "2025-03-03"
    text = f"Officials opened the first section {filler} on 3 March."
    assert find(text, "3 March").value == "2024-03-03"


def test_a_cue_in_another_clause_does_not_govern() -> None:
    # "said" is the verb of another clause: the range preposition and tense come from the expression's own.
    assert find("The strike, which began in March, ended.", "March").value == "2024-03"
    assert find("Since the vote, held on 3 March, prices fell.", "3 March").range is None
    assert find("Prices have fallen since 3 March.", "3 March").range == "open_end"


def test_a_reporting_verb_before_a_day_makes_it_the_day_of_the_report() -> None:
    # "said Tuesday" dates the report, so a clock time later in the text does not take that day.
    text = "The minister said Monday that the vote was close. Polls closed at 8 p.m."
    assert find(text, "8 p.m.").value == "2024-11-05T20:00"


def test_words_back_finds_the_start_of_the_last_words_and_stops_at_the_bound() -> None:
    from tests.unit.word_windows import words_back

    text = "one two  three\nfour five"
    for back in (Layout(text).words_back, lambda pos, n, lo=0: words_back(text, pos, n, lo)):
        assert text[back(len(text), 2) :] == "four five"
        assert text[back(len(text), 3) :] == "three\nfour five"
        assert back(len(text), 9) == 0
        assert back(len(text), 9, 4) == 4


@pytest.mark.parametrize(
    "text",
    [
        "one two  three\nfour five",
        "  leading spaces, then\ttabs\t\tand\r\nWindows lines\r\n\r\nand a blank one ",
        "a no-break\xa0space joins\u2009words, a lone\rreturn too; \r \n mixed runs\x0c\x0bend",
        "$5 - 1,000 (\"quoted\") 'apostrophes'  --dashes--",
        # Only spaces, line breaks and tabs, in runs and at both ends: counted back from each position.
        " a  b\t\tc \n d   e\n\n\nf g  ",
        "",
        "oneword",
    ],
)
def test_the_word_starts_of_a_layout_count_back_as_words_back_does(text: str) -> None:
    from tests.unit.word_windows import words_back

    layout = Layout(text)
    for pos in range(len(text) + 1):
        for n in (1, 2, 3, 6):
            for lo in {0, pos // 2, max(0, pos - 3), pos}:
                assert layout.words_back(pos, n, lo) == words_back(text, pos, n, lo), (pos, n, lo)


def test_white_space_other_than_spaces_line_breaks_and_tabs_is_every_other_space_character() -> None:
    import sys

    from service.temporal.clauses import _OTHER_SPACE

    chars = (chr(c) for c in range(sys.maxunicode + 1))
    assert {ch for ch in chars if _OTHER_SPACE.match(ch)} == {
        chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() and chr(c) not in " \n\t"
    }


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("office shut all day. back at my desk tues.", "back"),
        ("the party was great. see you all friday!", "see"),
        ("so tired omg. exam friday", "exam"),
        ("we lost again?? next game sunday", "next"),
        # A number may open a post's sentence too.
        ("kids break up friday. 3 more days of packed lunches", "3 more"),
        ("we won!! 2 games left this season", "2 games"),
        ("cant believe it. 10 years since we met", "10 years"),
    ],
)
def test_a_text_in_lower_case_opens_its_sentences_in_lower_case(text: str, second: str) -> None:
    # The second sentence starts after the stop, though no capital follows it.
    assert Layout(text).whole_sentence(len(text) - 2) == (text.index(second), len(text))


@pytest.mark.parametrize(
    "text",
    [
        "gym at 6 a.m. then work",
        "bring snacks, drinks etc. and a blanket",
        "the u.s. team plays tonight",
        "road closed near no. 4 all week",
        "It ended at 5 p.m. on the dot.",
    ],
)
def test_a_stop_after_a_lone_letter_or_an_abbreviation_ends_no_lower_case_sentence(text: str) -> None:
    assert Layout(text).whole_sentence(len(text) - 2) == (0, len(text))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Publication is Tuesday: the past of the first sentence does not reach the second.
        ("office closed today lol. back at my desk thurs", "thurs", "2024-11-07"),
        ("that exam was brutal. results friday 😬", "friday", "2024-11-08"),
        ("had the worst week. payday fri can't come soon enough", "fri", "2024-11-08"),
        # (and a sentence that opens with a number: its past does not reach back to the day before it)
        ("kids break up friday. 3 more days of packed lunches", "friday", "2024-11-08"),
        ("exam thurs! 2 weeks of revision wasted if i fail", "thurs", "2024-11-07"),
    ],
)
def test_a_post_in_lower_case_reads_each_sentence_s_tense_on_its_own(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Dr. Smith arrived. Officials cheered.", 2),
        ("Mr. Lee and Capt. Ross met in Sept. Then they left.", 1),
        ("The firm, Acme Corp. Holdings, grew. Output rose.", 2),
        ("It closed at 9 a.m. EST Friday. Trading resumed.", 2),
        ("It closed at 9 a.m. Trading resumed later.", 2),
        ("It reopens at 9 a.m. Monday and Tuesday. Staff return.", 2),
        ("The polls shut at 8 p.m. Nov. 4 across the state.", 1),
        ("Prices climbed. Demand followed. Supplies shrank.", 3),
        ("Go. Now.", 2),
        ("St. Paul won. J. Smith lost.", 2),
    ],
)
def test_a_word_longer_than_any_abbreviation_before_a_stop_ends_its_sentence(text: str, sentences: int) -> None:
    # The abbreviations are only looked for after a word short enough to be one: the sentences are the same.
    layout = Layout(text)
    assert len(layout._sentence_starts()) == sentences, layout._sentence_starts()
    lower = Layout(text.lower())
    assert lower._sentence_starts()[0] == 0


@pytest.mark.parametrize(
    "text",
    [
        'He left. "Why?" she asked!\n\nThe end.) Then (more) came... And "quoted." Next\n \nline',
        "a.\n\nb! c? d.\tE. 'f' ?\n\n\n!G",
        "no stop at all",
        "",
    ],
)
def test_the_sentence_ends_sought_character_by_character_are_those_of_one_pattern(text: str) -> None:
    # One pattern for each character that may end a sentence, their matches merged as one pattern's would be.
    from service.temporal import clauses

    for whole, parts in (
        (clauses._SENTENCE_END, clauses._SENTENCE_ENDS),
        (clauses._LOWER_SENTENCE_END, clauses._LOWER_SENTENCE_ENDS),
    ):
        for variant in (text, text.lower()):
            found = [m.span() for m in clauses._sentence_ends(variant, parts)]
            assert found == [m.span() for m in whole.finditer(variant)]


def test_may_follow_word_is_false_only_where_no_listed_word_ends_before_the_position() -> None:
    from service.temporal.clauses import may_follow_word

    words = ("from", "to", "'ll")
    assert may_follow_word("open from Monday", 10, words)
    assert may_follow_word("open FROM\n\t Monday", 12, words)
    assert may_follow_word("runs up to March", 11, words)
    assert may_follow_word("we'll Friday", 6, words)
    assert not may_follow_word("open on Monday", 8, words)
    assert not may_follow_word("from Monday", 0, words)
    assert not may_follow_word("fromMonday", 4, words)  # no white space before the position
    assert may_follow_word("ſince Monday", 6, ("since",))  # not ASCII: the pattern decides
    assert not may_follow_word("since Monday", 6, ("from",))


def test_the_last_words_asked_first_are_the_last_words_of_their_patterns() -> None:
    """Each pattern asked after ``may_follow_word`` matches nowhere that the gate turns away."""
    from service.temporal import engine
    from service.temporal.clauses import may_follow_word
    from service.temporal.resolve import context, durations, story

    texts = [
        "It runs from Monday, starting Tuesday, until Friday, up to the end of March and by early May.",
        "Sales rose through late June; after 2019 and before 2020 it will Monday; we'll Sunday.",
        "The vote was postponed until Tuesday, pushed back to the March, delayed in June.",
        "effective Feb. 1 and until midnight on Monday and since 5 pm on Friday, into the week.",
        "Open Since Monday, UNTIL Friday, From the 3rd, at Christmas, on Monday, in May.",
    ]
    cases = [
        (engine._RANGE_BEFORE, engine._RANGE_LAST_WORDS),
        (context._DIRECTION_BEFORE, context._DIRECTION_LAST_WORDS),
        (context._DEFERRED_BEFORE, context._DEFERRED_LAST_WORDS),
        (durations._MODAL_BEFORE, durations._MODALS),
        (story._RANGE_BEFORE, story._RANGE_WORDS),
    ]
    found = 0
    for text in texts:
        for pos in range(len(text) + 1):
            for pattern, words in cases:
                if pattern.search(text, 0, pos) is not None:
                    found += 1
                    assert may_follow_word(text, pos, words), (pattern.pattern, text[:pos])
    assert found > 20


def test_may_follow_words_is_false_only_where_neither_word_before_the_position_is_listed() -> None:
    from service.temporal.clauses import may_follow_words

    last, second = ("said", "on"), ("told",)
    assert may_follow_words("police said Tuesday", 12, last, second)
    assert may_follow_words("police SAID\n Tuesday", 13, last, second)
    assert may_follow_words("she told reporters Tuesday", 19, last, second)
    assert may_follow_words("she told reporters on Tuesday", 22, last, second)
    assert not may_follow_words("she met reporters Tuesday", 18, last, second)
    assert not may_follow_words("police saidTuesday", 11, last, second)  # no white space before it
    assert may_follow_words("x" * 100 + " Tuesday", 101, last, second)  # a word longer than the window
    assert may_follow_words("é said Tuesday", 7, ("x",), ("y",))  # not ASCII: the pattern decides


def test_the_verbs_of_saying_asked_first_are_those_their_patterns_end_with() -> None:
    from service.temporal import engine
    from service.temporal.clauses import may_follow_words

    texts = [
        "Police said Tuesday that the man, who told reporters on Monday he was innocent, was freed.",
        "The minister announced in March, officials confirmed on Friday, and he tells everyone Sunday.",
        "She pledged on Monday; they voted in May; he added Thursday; it was reported Wednesday.",
        "TOLD   Reuters  on Friday, SAID\tSaturday, noted on\nSunday.",
    ]
    cases = [
        (engine._REPORTING_BEFORE, engine._REPORTING_LAST, engine._REPORTING_SECOND),
        (engine._REPORT_VERB_BEFORE, engine._REPORT_VERB_LAST, engine._REPORT_VERB_SECOND),
    ]
    found = 0
    for text in texts:
        for pos in range(len(text) + 1):
            for pattern, last, second in cases:
                if pattern.search(text, 0, pos) is not None:
                    found += 1
                    assert may_follow_words(text, pos, last, second), (pattern.pattern, text[:pos])
    assert found > 10


def test_words_back_reader_reads_as_words_back() -> None:
    for text in ("It ran from Monday\n\tto Friday, then  stopped.", "a\u00a0b c\rd e f g"):
        layout = Layout(text)
        read = layout.words_back_reader()
        for pos in range(len(text) + 1):
            for n in (1, 2, 6):
                for lo in (0, 3):
                    assert read(pos, n, lo) == layout.words_back(pos, n, lo)


def test_the_last_characters_of_a_range_of_days_are_those_its_pattern_ends_with() -> None:
    from service.temporal.resolve import relative

    texts = [
        "From Monday to Friday, Tuesday through Thursday, Mon-Fri, Sat – Sun, Wed thru Sat.",
        "From Friday evening until Monday morning; from 6pm on Sunday until 9 a.m. on Monday.",
        "Open Saturday till noon on Sunday, and Thursday to midnight Friday, Fri TILL 10PM Sat.",
    ]
    found = 0
    for text in texts:
        for pos in range(len(text) + 1):
            if relative._RANGE_END_BEFORE.search(text, 0, pos) is not None:
                found += 1
                assert relative._may_end_a_range(text, pos), text[:pos]
    assert found > 10


def test_the_capitalised_words_asked_first_are_those_their_callers_ask_about() -> None:
    from service.temporal.clauses import may_follow_word
    from service.temporal.lexicon import en
    from service.temporal.resolve import months

    texts = [
        "On Bloody Sunday, after Super Tuesday and Black Friday, Mr. August met Mrs June and Dr\tMay.",
        "Sir  March and Lady. April came; Girl Friday left on Man Monday.",
    ]
    found = 0
    for text in texts:
        for pos in range(len(text) + 1):
            m = months._CAPITALISED_BEFORE.search(text, 0, pos)
            if m is not None and m.group(1) in en.WEEKDAY_NAME_WORDS:
                found += 1
                assert may_follow_word(text, pos, months.WEEKDAY_NAME_LAST), text[:pos]
            if m is not None and m.group(1) in en.PERSON_TITLES:
                found += 1
                assert may_follow_word(text, pos, months._PERSON_TITLE_LAST), text[:pos]
    assert found >= 10


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "p.m." before the days it is on ends no sentence: the days are read in the clause's tense.
        ("Crews will work until 6 p.m. Saturday and Sunday.", "Sunday", "2024-11-10"),
        ("The roads will be shut from 7 a.m. to 4 p.m. Thursday and Friday.", "Friday", "2024-11-08"),
        ("The hall was used until 9 p.m. Friday and Saturday.", "Saturday", "2024-11-02"),
    ],
)
def test_days_after_a_clock_time_share_its_sentence(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_square_brackets_set_off_a_clause_as_round_ones_do() -> None:
    text = "The board [which meets again on Friday] approved the sale."
    layout = Layout(text)
    i = text.index("Friday")
    assert text[layout.clause_start(i) : layout.clause_end(i)] == "which meets again on Friday"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # An editor's insertion in square brackets keeps its tense to itself (published Tuesday 5 November 2024).
        ("The committee [which will report on Friday] questioned the minister on Monday.", "Monday", "2024-11-04"),
        ("The team [which lost on Sunday] will play again on Saturday.", "Sunday", "2024-11-03"),
        ("The team [which lost on Sunday] will play again on Saturday.", "Saturday", "2024-11-09"),
    ],
)
def test_an_insertion_in_square_brackets_keeps_its_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    "clause",
    [
        "and then we walked down to the river and back again ",
        "the rain kept on falling over the hills all night long while ",
        "no stops anywhere in this post just words after words ",
    ],
)
def test_a_text_without_stops_is_cut_into_sentences_of_at_most_the_longest_length(clause: str) -> None:
    text = clause * (3 * LONGEST_SENTENCE // len(clause))
    layout = Layout(text)
    pos, pieces = 0, []
    while pos < len(text):
        s, e = layout.whole_sentence(pos)
        assert s == pos and e > s
        pieces.append(text[s:e])
        pos = e
    assert len(pieces) >= 3
    assert all(len(p) <= LONGEST_SENTENCE + len(clause) for p in pieces)
    assert all(p[:1].strip() for p in pieces)  # cut after white space: each piece opens with a word


def test_a_text_without_stops_or_spaces_is_cut_at_the_longest_length() -> None:
    text = "x" * (2 * LONGEST_SENTENCE + 10)
    layout = Layout(text)
    assert layout.whole_sentence(0) == (0, LONGEST_SENTENCE)
    assert layout.whole_sentence(len(text) - 1) == (2 * LONGEST_SENTENCE, len(text))


def test_sentences_of_prose_are_never_cut() -> None:
    sentence = "The council met on Monday, and after a long debate that ran into the night, it voted. "
    text = sentence * (2 * LONGEST_SENTENCE // len(sentence))
    layout = Layout(text)
    starts = {layout.whole_sentence(i)[0] for i in range(0, len(text), 7)}
    assert starts == set(range(0, len(text), len(sentence)))
