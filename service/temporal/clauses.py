"""Sentence and clause boundaries of a text, found once and shared by every cue that looks around an
expression: the tense of its clause, the preposition that opens a range, a reporting verb before it.

A cue reads the words of the expression's own clause (or sentence), never a fixed number of characters,
so that "said, on Friday" and "said on Friday" differ and a long clause is read whole. Sentences are
found in one pass over the text, on first use; a sentence's clauses when one of its expressions asks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import partial
from itertools import pairwise

from service.temporal.folded import TWINS, lower_case_twin
from service.temporal.lexicon import en
from service.temporal.plain_ascii import is_plain

# The end of a sentence: a stop, then space and a capital or an opening quote; or a blank line. A stop
# after a lone capital ("U.S. Embassy", "J. Smith") or a common abbreviation ends no sentence.
# (Written to open with one class of characters, which lets the regex engine skip to them.)
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’)]*\s+(?=[A-Z\"'`“(])|(?<=\n)\s*\n)")


def _ends_by_character(pattern: re.Pattern[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``pattern`` (one of the sentence ends, opening with the class "[.!?\\n]") as one pattern for each
    character of that class, each opening with it: a pattern that opens with one character is sought by
    a scan in C, where one that opens with a class has its class asked at every character of the text
    (which cost as much as the rest of finding the ends)."""
    head = "[.!?\\n]"
    assert pattern.pattern.startswith(head), pattern.pattern
    rest = pattern.pattern[len(head) :]
    return tuple((ch, re.compile(re.escape(ch) + rest)) for ch in ".!?\n")


def _sentence_ends(text: str, by_character: tuple[tuple[str, re.Pattern[str]], ...]) -> list[re.Match[str]]:
    """What the pattern ``by_character`` was made from finds in ``text`` (``finditer``): each character's
    matches, in order of their starts, leaving out those that start inside the match before (as
    ``finditer`` goes on after the end of each match)."""
    found = [m for ch, pattern in by_character if ch in text for m in pattern.finditer(text)]
    found.sort(key=_START)
    kept = []
    end = 0
    for m in found:
        if m.start() >= end:
            kept.append(m)
            end = m.end()
    return kept


_START = re.Match.start
_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Prof", "Jr", "Sr", "Inc",
    "Co", "Corp", "Ltd", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
)  # fmt: skip
_NOT_AN_END = re.compile(rf"(?:\b[A-Z]|\b(?:{'|'.join(_ABBREVIATIONS)}))\.$")
# A text written all in lower case, as posts are ("back at my desk tues. living the dream"): its sentences
# open in lower case too, so a stop and space before any letter ends one, except after a lone letter
# ("a.m.", "e.g.") or an abbreviation that a word follows in running text; or before a number, which opens a
# post's sentence as often ("kids break up friday. 3 more days of packed lunches").
_LOWER_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’)]*\s+(?=[A-Za-z0-9\"'`“(])|(?<=\n)\s*\n)")
_LOWER_ABBREVIATIONS = ("etc", "approx", "vs", "est", "incl", "ca", "no", "st", "mr", "mrs", "ms", "dr")
_LOWER_NOT_AN_END = re.compile(rf"(?:\b[A-Za-z]|\b(?i:{'|'.join(_LOWER_ABBREVIATIONS)}))\.$")
_SENTENCE_ENDS = _ends_by_character(_SENTENCE_END)
_LOWER_SENTENCE_ENDS = _ends_by_character(_LOWER_SENTENCE_END)
# Each pattern asks for a word of at most this many letters before the stop (a lone letter or an
# abbreviation): after a longer word it is not asked (most sentences end with one).
_NOT_AN_END_LETTERS = max(len(w) for w in _ABBREVIATIONS)
_LOWER_NOT_AN_END_LETTERS = max(len(w) for w in _LOWER_ABBREVIATIONS)
# "a.m." / "p.m." before a time zone or the day it is on ("9 a.m. EST Friday", "until 5 p.m. Saturday and
# Sunday", "at 8 p.m. Nov. 3") ends no sentence.
_CLOCK_STOP = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_ZONE_AFTER_CLOCK = re.compile(rf"(?:{'|'.join([*en.TIME_ZONES, *en.WEEKDAYS, *en.MONTHS])})\b")
# Clause boundaries inside a sentence: punctuation that closes a clause or sets off an aside, square
# brackets as round ones (an editor's insertion, "[which will vote on Friday]"); a comma or colon between
# digits is part of a number or a clock time: "1,200", "18:00".
# Written as alternatives that each open with a character of their own, so that the regex engine skips in C
# to the few characters that may open a mark instead of trying every position, and at one of them passes
# over at once the alternatives of the others. (Opened with one class, then told apart by look-behinds, it
# tried each look-behind in turn at every apostrophe, hyphen and comma.)
_CLAUSE_MARK = re.compile(r";|\(|\)|\[|\]|\"|“|”|—|,(?:(?<!\d,)|(?!\d))|:(?:(?<!\d:)|(?!\d))|``|''|--")
# A quotation mark, opening or closing (straight ones are told apart by counting).
_QUOTE_MARK = re.compile(r"[\"“”]")
# A paragraph break: a line break, blank lines around it or not.
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# A bound on cost, not on meaning: no cue reads further than this from its expression, so that a text
# without punctuation costs linear time. It is longer than any sentence of ordinary prose.
REACH = 600
# The longest sentence: no sentence of prose is this long, but a text without stops (a post typed without them,
# a list, a pasted table) is one "sentence" however long, and the cues that read a whole sentence for each of
# its expressions (a verb of saying before it, the clause whose verb it takes) would cost the square of its
# length. Past this many characters a sentence is cut at the next white space (or right there, where there is
# none within ``REACH``), and each piece is read as a sentence.
LONGEST_SENTENCE = 8 * REACH
WHITE_SPACE = re.compile(r"\s+")
# The longest phrase a cue right before an expression is made of ("as soon as possible", "the end of",
# "reopens here again on"): a cue reads no more words than this, however long the clause.
CUE_WORDS = 6


class Layout:
    """The sentences and clauses of one text."""

    __slots__ = (
        "_before",
        "_clause_ends",
        "_clause_starts",
        "_clauses",
        "_folded",
        "_last",
        "_paragraphs",
        "_plain",
        "_quotes",
        "_starts",
        "_words",
        "memo",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._clauses: dict[int, list[tuple[int, int]]] = {}
        # The sentence last asked for: expressions come in order, so most questions are about it.
        self._last = (0, -1)
        # What a cue finds in a whole sentence, kept for every expression of that sentence: (what, the
        # sentence's start) -> the finding.
        self.memo: dict[tuple[str, int], object] = {}
        self._before: dict[int, int] = {}
        # Where the clause around a position starts and ends, kept: an expression's tense, its prepositions
        # and its cues each ask them again of the same position.
        self._clause_starts: dict[int, int] = {}
        self._clause_ends: dict[int, int] = {}
        self._paragraphs: list[int] | None = None
        self._quotes: list[int] | None = None
        self._folded: tuple[str | None] | None = None  # (the answer,) once known
        self._words: WordStarts | None = None
        self._plain = is_plain(text)

    @property
    def plain(self) -> bool:
        """Whether the text is plain ASCII (``plain_ascii.is_plain``): patterns may be read in their ASCII form."""
        return self._plain

    def words_back(self, pos: int, n: int, lo: int = 0) -> int:
        """Where the ``n``-th word before ``pos`` starts (``lo`` at the most): the start of a window holding
        the last ``n`` words before ``pos``. Words are parted by spaces, line breaks and tabs (a no-break
        space or a lone carriage return joins them); a word cut by ``pos`` counts. Read by bisection over
        the text's word starts (found once, on first use): every trigger and every cue counts words back,
        so walking them each time was a cost of its own."""
        words = self._words
        if words is None:
            words = self._words = WordStarts(self.text)
        if words.gaps_only:  # most texts (``WordStarts.back``, one call less: it is asked a hundred times a text)
            return _back_over_gaps(self.text, pos, n, lo)
        return words.back(pos, n, lo)

    def words_back_reader(self) -> Callable[[int, int, int], int]:
        """``words_back`` as one function of (pos, n, lo), one call less each time: for the scanner, which
        asks it at every trigger."""
        words = self._words
        if words is None:
            words = self._words = WordStarts(self.text)
        return partial(_back_over_gaps, self.text) if words.gaps_only else words.back

    def folded(self) -> str | None:
        """The text in lower case, where matching it as written finds what matching the text ignoring case
        finds (which is several times faster): every character lowers to one, and none outside ASCII has
        a case (those may fold in ways ``lower`` does not tell: "ſ" matches "s"). None where that fails."""
        if self._folded is None:
            low = self.text.lower()
            same = len(low) == len(self.text) and (
                self.text.isascii() or all(ch.isascii() or ch.upper() == ch.lower() for ch in set(self.text))
            )
            self._folded = (low if same else None,)
        return self._folded[0]

    def search(self, pattern: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        """``pattern.search(self.text, lo, hi)``, asked first of the folded text where that finds the same
        at less cost (see ``folded``)."""
        folded = self.folded() if self._folded is None else self._folded[0]
        if folded is not None:
            known = TWINS.get((id(pattern), self._plain))  # ``lower_case_twin``, one call less where known
            twin = known[1] if known is not None and known[0] is pattern else lower_case_twin(pattern, self._plain)
            if twin is not None and twin.search(folded, lo, hi) is None:
                return None
        return pattern.search(self.text, lo, hi)

    def spans(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans ``pattern.finditer(self.text, lo, hi)`` finds, found in the folded text where that
        finds the same at less cost (see ``folded``)."""
        folded = self.folded()
        twin = lower_case_twin(pattern, self._plain) if folded is not None else None
        if twin is not None and folded is not None:
            return [m.span() for m in twin.finditer(folded, lo, hi)]
        return [m.span() for m in pattern.finditer(self.text, lo, hi)]

    def _sentence_starts(self) -> list[int]:
        if self._starts is None:
            text = self.text
            starts = [0]
            lower = _opens_in_lower_case(text)
            ends, not_an_end, letters = (
                (_LOWER_SENTENCE_ENDS, _LOWER_NOT_AN_END, _LOWER_NOT_AN_END_LETTERS)
                if lower
                else (_SENTENCE_ENDS, _NOT_AN_END, _NOT_AN_END_LETTERS)
            )
            for m in _sentence_ends(text, ends):
                at = m.start()  # the stop, line break, "!" or "?" the end opens with
                stop = at + 1
                if (
                    text[at] == "."
                    # More letters right before the stop than an abbreviation has: a word, no abbreviation.
                    and not (at > letters and text[at - letters - 1 : at].isalpha())
                    and not_an_end.search(text, max(0, at - 6), stop)
                ):
                    continue
                # (The "m" of "a.m." is asked first: most stops follow none.)
                if (
                    text[at - 1 : at] in ("m", "M")
                    and _ZONE_AFTER_CLOCK.match(text, m.end())
                    and _CLOCK_STOP.search(text, max(0, at - 4), stop)
                ):
                    continue  # "10:30 a.m. ET on Thursday": the zone goes on the clock time's sentence
                starts.append(m.end())
            self._starts = _cut_long_sentences(self.text, starts)
        return self._starts

    def whole_sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``: (start, end), however long."""
        last = self._last
        if last[0] <= pos < last[1]:
            return last
        starts = self._starts if self._starts is not None else self._sentence_starts()
        i = bisect_right(starts, pos) - 1
        found = self._last = starts[i], (starts[i + 1] if i + 1 < len(starts) else len(self.text))
        return found

    def sentence_number(self, pos: int) -> int:
        """Which sentence of the text ``pos`` is in, counting from 0."""
        return bisect_right(self._sentence_starts(), pos) - 1

    def paragraph_number(self, pos: int) -> int:
        """How many paragraph breaks (a line break, blank lines around it or not) come before ``pos``."""
        if self._paragraphs is None:
            self._paragraphs = [m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        return bisect_left(self._paragraphs, pos)

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` is inside quotation marks: after an odd number of them in its paragraph."""
        if self._quotes is None:
            self._quotes = [m.start() for m in _QUOTE_MARK.finditer(self.text)]
        if not self._quotes:
            return False
        self.paragraph_number(pos)  # finds the paragraph breaks
        breaks = self._paragraphs or []
        i = bisect_left(breaks, pos) - 1
        start = breaks[i] if i >= 0 else 0
        return (bisect_left(self._quotes, pos) - bisect_left(self._quotes, start)) % 2 == 1

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``: (start, end), at most ``REACH`` either side."""
        s, e = self.whole_sentence(pos)
        return max(s, pos - REACH), min(e, pos + REACH)

    def _marks(self, s: int, e: int) -> list[tuple[int, int]]:
        """The clause marks of the whole sentence text[s:e], found once for all its expressions."""
        marks = self._clauses.get(s)
        if marks is None:
            marks = self._clauses[s] = _outside_quoted_phrases(
                self.text, [m.span() for m in _CLAUSE_MARK.finditer(self.text, s, e)]
            )
        return marks

    def clause_start(self, pos: int) -> int:
        """Where the clause that ``pos`` is in begins: just after the mark that opens it, or the sentence."""
        found = self._clause_starts.get(pos)
        if found is None:
            whole_s, whole_e = self.whole_sentence(pos)
            s = max(whole_s, pos - REACH)
            marks = self._marks(whole_s, whole_e)
            first = bisect_left(marks, (s, s))  # marks before the reach of a cue do not count
            i = bisect_right(marks, (pos, pos)) - 1
            while i >= first and marks[i][1] > pos:
                i -= 1
            found = self._clause_starts[pos] = marks[i][1] if i >= first else s
        return found

    def clause_end(self, pos: int) -> int:
        """Where the clause that ``pos`` is in ends: at the next mark, or the end of the sentence."""
        found = self._clause_ends.get(pos)
        if found is None:
            whole_s, whole_e = self.whole_sentence(pos)
            e = min(whole_e, pos + REACH)
            marks = self._marks(whole_s, whole_e)
            i = bisect_right(marks, (pos, pos))
            found = self._clause_ends[pos] = marks[i][0] if i < len(marks) and marks[i][1] <= e else e
        return found

    def before(self, pos: int) -> int:
        """Where a cue right before ``pos`` may begin: ``CUE_WORDS`` words back, but not before the
        clause's start, its opening mark included (so that "said, on Friday" shows its comma to a pattern
        that cares)."""
        found = self._before.get(pos)
        if found is None:
            start = self.clause_start(pos)
            s = max(self.whole_sentence(pos)[0], pos - REACH)
            words = self.words_back(pos, CUE_WORDS, s)  # not past the sentence: the clause starts after
            found = self._before[pos] = max(start - 1 if start > s else start, words)
        return found

    def after(self, pos: int) -> int:
        """Where a cue right after ``pos`` must end: the clause's end, its closing mark included."""
        return min(len(self.text), self.clause_end(pos) + 1)


# A few words quoted inside a clause, their opening mark after a word of it, the first of them in lower case
# ("could be on the road "by the summer".", "hoped to reopen "well before Christmas""): the writer's clause goes
# on through them, and its verb governs them; they open no clause of their own, as a quoted sentence does (after
# a comma or colon, or at length). A quoted title opens with a capital ("his album "Sunday Morning in Grell"").
_QUOTED_PHRASE = re.compile(
    r"(?<=[a-z] )(?:[\"“]|``)(?P<words>[a-z0-9][A-Za-z0-9'’-]*(?: [A-Za-z0-9'’-]+){0,4})(?:[\"”]|'')(?![\w\"“”'])"
)


def _outside_quoted_phrases(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``marks`` without the quotation marks around a quoted phrase of a few words (``_QUOTED_PHRASE``)."""
    if len(marks) < 2:
        return marks
    inside: set[int] = set()
    for (a, _), (b, b_end) in pairwise(marks):
        if (
            text[a] in _OPENING_QUOTES
            and text[b] in _CLOSING_QUOTES
            and b - a <= _QUOTED_REACH
            and _QUOTED_PHRASE.match(text, a, b_end) is not None
            and not _after_a_verb_of_speech(text, a)
        ):
            inside.update((a, b))
    return [m for m in marks if m[0] not in inside] if inside else marks


def _after_a_verb_of_speech(text: str, pos: int) -> bool:
    """Whether the word before the space before ``pos`` is a verb of speech, which quotes the words after it
    as they were said, in their speaker's tense ("chanted "not in May"", "said "by the summer"")."""
    start = text.rfind(" ", 0, pos - 1) + 1
    return text[start : pos - 1].lower() in _VERBS_OF_SPEECH


# Verbs that quote what was said or written right after them: those that report speech in news, and the
# verbs of voicing words.
_VERBS_OF_SPEECH = frozenset(
    {*en.SAYING_PAST, *en.REPORTING_PRESENT, *en.REPORTING_PRESENT_PLURAL, "says", "saying", "chanted", "chant",
     "shouted", "shout", "asked", "replied", "sang", "read", "reads", "wrote", "writes", "tweeted", "posted"}
)  # fmt: skip
# The longest quoted phrase: five words.
_QUOTED_REACH = 48
# The first character of a mark that opens or closes a quotation (straight, curly, or the `` '' of typescript).
_OPENING_QUOTES = frozenset('"“`')
_CLOSING_QUOTES = frozenset("\"”'")


def _cut_long_sentences(text: str, starts: list[int]) -> list[int]:
    """``starts`` (the sentence starts of ``text``, in order) with a start added wherever a sentence runs on
    past ``LONGEST_SENTENCE`` characters: after the white space that follows that length."""
    ends = [*starts[1:], len(text)]
    if len(text) <= LONGEST_SENTENCE or max(map(int.__sub__, ends, starts)) <= LONGEST_SENTENCE:
        return starts  # every text of prose
    cut: list[int] = []
    for s, e in zip(starts, ends, strict=True):
        cut.append(s)
        while e - s > LONGEST_SENTENCE:
            gap = WHITE_SPACE.search(text, s + LONGEST_SENTENCE, min(e, s + LONGEST_SENTENCE + REACH))
            s = gap.end() if gap is not None else s + LONGEST_SENTENCE
            if s >= e:
                break
            cut.append(s)
    return cut


# The gap before a word, as ``Layout.words_back`` reads it: the last space, line break or tab of a run of white
# space, with the other white space after it; the word starts at the first character that is not space.
_WORD_GAP = re.compile(r"[ \n\t][^\S \n\t]*(?=\S)")
# White space other than a gap ("\r", a no-break space): only where a text has some can a word start
# further on than just after its gap.
# Listed (a test holds the list to ``str.isspace``): a class of listed characters is a table look-up in the
# regex engine, where ``[^\S \n\t]`` asked Unicode's tables about every character of the text.
_OTHER_SPACE = re.compile("[\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# Those of them in ASCII: in an ASCII text, looking for each (a scan in C) is cheaper than the class.
_ASCII_OTHER_SPACE = "".join(chr(c) for c in range(128) if _OTHER_SPACE.match(chr(c)))


_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _opens_in_lower_case(text: str) -> bool:
    """Whether the text's first letter is lower case: a post typed without capitals, whose sentences open
    in lower case as well."""
    m = _FIRST_LETTER.search(text)
    return m is not None and m.group().islower()


class WordStarts:
    """Where each word of a text starts, for ``Layout.words_back``."""

    __slots__ = ("_after_gap", "_first", "_gaps_only", "gaps_only")

    def __init__(self, text: str) -> None:
        if not (any(ch in text for ch in _ASCII_OTHER_SPACE) if text.isascii() else _OTHER_SPACE.search(text)):
            # Only spaces, line breaks and tabs: a word starts after each of them that a non-space follows,
            # and the few words before a position are counted back from it when asked (``_back_over_gaps``):
            # a text has a thousand words and about a hundred questions, so finding every word start first
            # cost several times more.
            self._gaps_only: str | None = text
            self.gaps_only = True
            return
        self._gaps_only = None
        self.gaps_only = False
        # The word's first character, and where a count of words back lands (just after the gap).
        self._first = [m.end() for m in _WORD_GAP.finditer(text)]
        self._after_gap = [m.start() + 1 for m in _WORD_GAP.finditer(text)]

    def back(self, pos: int, n: int, lo: int = 0) -> int:
        """``Layout.words_back(pos, n, lo)`` on this text."""
        if self._gaps_only is not None:
            return _back_over_gaps(self._gaps_only, pos, n, lo)
        # The words that start before ``pos``, from the last: the first word of the text, with no gap
        # before it, is not among them, and ``lo`` stands for it (as for anything before ``lo``).
        i = bisect_left(self._first, pos) - n
        return lo if i < 0 else max(lo, self._after_gap[i])


def _back_over_gaps(text: str, pos: int, n: int, lo: int) -> int:
    """``WordStarts.back`` (``n`` > 0) for a text whose only white space is spaces, line breaks and tabs,
    read in text[lo:pos] alone: a word starts there after each run of white space that a non-space
    follows. Split from the end at such runs (in C, as far as the last n words only)."""
    seg = text[lo:pos]
    parts = seg.rsplit(None, n)
    if len(parts) > n:
        # parts[0] is what comes before the last n words, up to the run of white space before the first of
        # them, parts[1], which holds no white space: its first place after parts[0] is its start.
        return lo + seg.find(parts[1], len(parts[0]))
    if len(parts) == n and seg[:1].isspace():
        return lo + len(seg) - len(seg.lstrip())  # the n-th word back is the first, after white space
    return lo  # fewer than n words start after ``lo``: the n-th word back starts at ``lo`` or before it


def may_follow_word(text: str, pos: int, words: tuple[str, ...]) -> bool:
    """False only where ``text`` right before ``pos`` is not white space after one of ``words`` (in lower case,
    ASCII), ignoring case: a string test asked before a pattern ending "(?:word|...)\\s+$" that costs a
    clause's look-back (``Context.preceded_by``). True where the word before is not ASCII, whose case the
    regex engine may fold as ``str.lower`` does not ("ſince")."""
    if not text[pos - 1 : pos].isspace():  # ``\s`` is ``str.isspace``
        return False  # (most positions: no loop is entered)
    i = pos - 1
    while i and text[i - 1].isspace():
        i -= 1
    tail = text[max(0, i - _LONGEST_FOLLOWED) : i]
    return not tail.isascii() or tail.lower().endswith(words)


# Longer than any word ``may_follow_word`` is asked about.
_LONGEST_FOLLOWED = 12


def may_follow_words(text: str, pos: int, last: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """False only where ``text`` right before ``pos`` is neither white space after a word ending in one of
    ``last`` nor white space after a word ending in one of ``second`` and one word more (words parted by white
    space, those asked in lower case ASCII): ``may_follow_word`` for a pattern such as "(?:told\\s+\\w+|said)
    \\s+$". True where it cannot tell: a text not ASCII there, or words longer than the window read."""
    lo = max(0, pos - _WORDS_WINDOW)
    tail = text[lo:pos]
    if not tail[-1:].isspace():
        return False
    if not tail.isascii():
        return True
    parts = tail.lower().rsplit(None, 2)
    if len(parts) < 3 and lo > 0:
        return True  # the window may cut the words asked about
    return bool(parts) and (parts[-1].endswith(last) or (len(parts) > 1 and parts[-2].endswith(second)))


# How far back ``may_follow_words`` reads: several words of any likely length.
_WORDS_WINDOW = 80
