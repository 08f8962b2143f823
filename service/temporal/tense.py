"""Light tense cues: is the clause around an expression about the future or the past?

No part-of-speech tagger: auxiliaries, modals and the past forms of English verbs (from LemmInflect's
lexicon, see ``lexicon.verbs``) decide. The nearest cue before the
expression in its own clause wins; failing that the nearest after it in the clause; failing that the
nearest anywhere in the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from service.temporal.clauses import CUE_WORDS, Layout
from service.temporal.headlines import in_a_caption
from service.temporal.lexicon import en
from service.temporal.lexicon.verbs import (
    ING_LEMMAS,
    NOUN_LEMMAS,
    PAST_AS_BASE,
    PAST_FORMS,
    PLURAL_NOUNS,
    THIRD_PERSON_FORMS,
    VERB_LEMMAS,
)
from service.temporal.patterns import verbs_of_saying
from service.temporal.tense_cues import (
    AUXILIARIES,
    MODAL_PERFECT,
    NEAREST,
    NOT_IN_A_NOUN_PHRASE,
    NOUN_PHRASE_BEFORE,
    NOUN_PHRASE_WORDS,
    SCHEDULED,
    SCHEDULED_FOLDED,
    WEAK,
    WORD,
    WORD_PLAIN,
    Cue,
    ahead_before,
    verb_cues,
)


def _nearest(cues: list[Cue], before: bool, own_clause: bool = False) -> str | None:
    if not cues:
        return None
    if own_clause and before:
        # The verb group that governs the expression is the last one before it in its clause: a modal
        # there ("the signing could come Friday") outweighs a reporting verb further left ("said").
        c = cues[-1]
        return "future" if c.future else "past"
    strong = [c for c in cues if c.word.lower() not in WEAK]
    pool = strong or cues
    c = pool[-1] if before else pool[0]
    if not before and c.future and (_PAST_INTENT.match(c.word) or _TOLD_FROM_THE_PAST.match(c.word)):
        # "On Wednesday, the council voted to close the library", "In January the firm was due to open a
        # store": a date before the verb goes with the finite verb, told in the past; the infinitive's
        # plan governs only what comes after it.
        return "past"
    return "future" if c.future else "past"


# A past form of deciding, agreeing or intending with its infinitive ("voted to", "promised to"), not a
# participle that may stand without a subject ("expected to", "set to").
_PAST_INTENT = re.compile(
    rf"(?:{'|'.join(w for w in (*en.INTENT_VERBS, *en.DECIDING_VERBS) if w in PAST_FORMS)})\s+to\b", re.IGNORECASE
)


# Before a word that is a noun, not a verb: "counted the votes Monday", "filed their returns Friday".
_NOUN_BEFORE = re.compile(
    r"\b(?:the|their|its|his|her|our|your|my|these|those|a|an|of|some|all|any|no|tax|box|office|home|\d+|two|"
    r"three|four|five|six|seven|eight|nine|ten|several|many|few|more)\s+$",
    re.IGNORECASE,
)


# A past that is its own base and leaves things open ("the dam burst open"): others of its kind are nouns
# before a verb of their own too often ("the rate cut takes effect").
_PAST_AS_BASE_BEFORE_OPEN = frozenset({"burst"})
# How far back a scheduling verb may stand: "runs from 7 a.m. to 8 p.m. on [Thursday]".
_SCHEDULE_WORDS = 10
_CLOCK_OR_RANGE = re.compile(r"\d(?::\d\d)?\s*[ap]\.?m\b|\d:\d\d|\b(?:from|noon|midnight)\b", re.IGNORECASE)


def _schedule_verb(layout: Layout, lo: int, hi: int) -> re.Match[str] | None:
    folded = layout.folded()
    return SCHEDULED.search(layout.text, lo, hi) if folded is None else SCHEDULED_FOLDED.search(folded, lo, hi)


def _scheduled(layout: Layout, near: int, hi: int) -> bool:
    """A present-tense scheduling verb governs text[hi:] (and it is a verb, not a plural noun). ``near`` is
    where the cue words right before it begin; only a clock time or a range among them ("runs from 7 a.m.
    to 8 p.m. on") sends the search further back."""
    m = _schedule_verb(layout, near, hi)
    if m is None and layout.search(_CLOCK_OR_RANGE, near, hi):
        near = layout.words_back(hi, _SCHEDULE_WORDS, layout.clause_start(hi))
        m = _schedule_verb(layout, near, hi)
    if m is None or layout.search(_NOUN_BEFORE, layout.words_back(m.start(), CUE_WORDS, near), m.start()):
        return False
    if _after_a_past_verb(layout.text, m.start()):
        return False  # "the case broke open in October", "the gates were flung open": a state, not a schedule
    return not _noun_after_a_singular(layout, m)


def _after_a_past_verb(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (a space between) is the past form of a verb, which makes the
    scheduling word after it its complement ("broke open", "burst open", "kept open"), not a verb of its own."""
    i = start - 1
    if i < 0 or text[i] != " ":
        return False
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if j > 0 and not text[j - 1].isspace():
        return False  # "a Saudi-led coalition meets": part of a compound
    word = text[j:i]
    return word in PAST_FORMS or word in _PAST_AS_BASE_BEFORE_OPEN  # lower case: "The Fed meets" is a name


# A determiner and a singular noun or adjective before a base form: "a record close on Thursday", "a
# strong open on Monday" are nouns; "the markets close on Monday" has its plural subject.
_SINGULAR_PHRASE_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|his|her|our|this|that)\s+(?P<w>[a-z]+)\s+$")
# Scheduling verbs whose base form is no noun: after a singular word they are still the verb, of a plural
# subject that a phrase of place ends ("schools in the region reopen on Wednesday", "flights from the airport
# resume on Monday").
_NEVER_NOUNS = frozenset({"reopen", "resume", "reconvene", "convene", "depart", "begin", "conclude", "expire"})
# A plural noun and a preposition before the determiner: the singular word ends a phrase of place or kind that
# qualifies the plural subject of the verb ("schools across the county close on Friday", "members of the board
# meet on Tuesday"), not a noun phrase the scheduling word heads.
_PLURAL_AND_PREPOSITION_BEFORE = re.compile(
    r"\b(?P<p>[a-z]+s)\s+(?:in|of|from|across|around|throughout|near|outside|inside|along)\s+$",
    re.IGNORECASE,
)


def _noun_after_a_singular(layout: Layout, m: re.Match[str]) -> bool:
    """Whether the scheduling verb matched by ``m`` is a base form after a determiner and a singular word:
    a noun ("after a record close on Thursday"), whose present would take an -s."""
    text = layout.text
    verb_end = m.start()
    while verb_end < len(text) and text[verb_end].isalpha():
        verb_end += 1
    if text[verb_end - 1] in "sS" or text[m.start() : verb_end].lower() in _NEVER_NOUNS:
        return False
    before = _SINGULAR_PHRASE_BEFORE.search(text, layout.words_back(m.start(), 2), m.start())
    if before is None or before["w"] in PLURAL_NOUNS:
        return False
    plural = _PLURAL_AND_PREPOSITION_BEFORE.search(text, layout.words_back(before.start(), 2), before.start())
    return plural is None or plural["p"].lower() not in PLURAL_NOUNS


# An infinitive or a present progressive between the governing verb and the expression: the expression
# belongs to what is planned or going on ("agreed a deal to sell the plant in May", "said it is
# calling the shares on Dec. 7"), which the tense of the finite verb does not place.
_INFINITIVE = re.compile(r"\bto\s+(?:be\s+)?([a-z]+)\b|\b(?:is|are|am)\s+(?:now\s+)?([a-z]+ing)\b")


def _loosened(text: str, lo: int, hi: int, verb_before: str = "") -> bool:
    for m in _INFINITIVE.finditer(text, lo, hi):
        if verb_before in en.GONE_TO_DO and not text[lo : m.start()].strip():
            continue  # "went to see the doctor on Tuesday": what the going was for, done when it was
        verb = m.group(1)
        if m.group(2) or (verb in VERB_LEMMAS or verb in PAST_FORMS):
            return True
    return False


# A determiner or possessive right before an expression that a noun follows: the expression qualifies the
# noun ("the March 3 vote", "its Jan. 14 deadline") and no verb places it. (The noun after is asked first: one
# match at the expression's end, where the determiner is a clause's look-back.)
_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|at|in|on|of|for|by|from|with|when|as|is|was|were|are|will|would)\b)[a-z]+\b"
)


# A phrase added with "with" that has no verb before the expression: "with the race on", "with the final
# and the gala dinner on" (a noun phrase of a few words, then a preposition).
_VERBLESS_WITH = re.compile(
    r"\s*with\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z][\w'’-]*\s+){1,4}(?:on|at|in|from|by)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def governing_tense(layout: Layout, start: int, end: int) -> tuple[str | None, bool]:
    """The tense of the clause around text[start:end] and whether it is firm: told by the verb group of
    the expression's own clause (firm), or only by a verb elsewhere in the sentence (a preference)."""
    text = layout.text
    s, e = layout.sentence(start)[0], layout.sentence(end)[1]
    clause_start, clause_end = layout.clause_start(start), layout.clause_end(end)
    near = layout.before(start)
    if _scheduled(layout, near, start) or ahead_before(layout, near, start):
        return "future", True
    if _MODAL_AFTER.match(text, end) and layout.search(_SAID_BEFORE, layout.words_back(start, 3, s), start):
        return "future", True
    if _quoted_imperative(layout, clause_start, start):
        return "future", True
    cues = _sentence_cues(layout, start)
    if text.find(" and ", clause_start, start) >= 0 and _present_after_and(layout, cues, clause_start, start, end):
        # "The airline cut flights and resumes service on Dec. 1": a second verb phrase of the subject's,
        # in the present, tells its own tense, not the first one's.
        return "future", False
    if (
        clause_start > s
        and text[clause_start - 1] == ","
        and _VERBLESS_WITH.fullmatch(text, clause_start, start)
        and not _cues_between(cues, clause_start, start)
    ):
        # "Qualifying takes place on Friday, with the race on Sunday": a phrase with no verb of its own,
        # told in the tense of the clause it is added to.
        last_word = text.rfind(" ", s, clause_start - 1) + 1
        return governing_tense(layout, max(last_word, s), clause_start - 1)
    if not _cues_between(cues, clause_start, clause_end) and _present_governs(layout, clause_start, start, end):
        if in_a_caption(layout, start):
            # "Firefighters battle a blaze Saturday near the ridge. (AP Photo/...)": a photograph's caption
            # tells in the present what the picture shows, taken before it was published.
            return "past", True
        # A preference, not a rule: a date weeks gone may still be meant ("resumes service on Oct 14").
        return "future", False
    reported = _reported_clause(layout, cues, clause_start, start)
    if reported is not None and _present_governs(layout, reported, start, end):
        # "Organizers said the band plays the arena Sunday": a present after a past verb of saying is told
        # as still true, of what is still to come.
        return "future", False
    if _modal_of_a_reported_subject(layout, cues, clause_start, clause_end, start, end):
        return "future", True
    if _perfect_of_a_condition(layout, cues, clause_start, clause_end, start, e):
        return "future", True
    if not _cues_between(cues, clause_start, clause_end) and _present_in_clause(layout, clause_start, clause_end):
        # The clause's own verb is in the present ("The sale, which had been expected, is part of a plan to
        # pay down the loan by February"): the tense of a relative clause set off in it does not reach it.
        cues = _outside_asides(layout, cues, clause_start)
    tense, firm = _clause_tense(text, s, e, start, end, clause_start, clause_end, cues)
    if firm and _NOUN_AFTER.match(text, end) and layout.search(_MODIFIER_BEFORE, near, start):
        return tense, False  # "the Jan. 14 deadline": a date that qualifies a noun; the verb only hints
    return tense, firm


# A day right after a verb of saying or thinking and right before a modal is the subject of the clause reported,
# a day still to come: "forecasters said Tuesday would be hotter", "organisers say Saturday could see record
# crowds", "she thinks Friday will be busy". Not "said Tuesday they would" (the day of saying), nor "would
# have" (what did not happen: "said Monday would have been his birthday").
_SAID_BEFORE_WORDS = (
    *en.SAYING_PAST,
    *en.THINKING_PAST,
    *en.REPORTING_PRESENT,
    *en.REPORTING_PRESENT_PLURAL,
    *en.THINKING_PRESENT_PLURAL,
    "thinks",
    "believes",
    "expects",
    "expect",
    "expected",
)
_SAID_BEFORE = re.compile(rf"\b(?:{verbs_of_saying(_SAID_BEFORE_WORDS)})\s+$", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"\s+(?:will|would|could|might|should|may)\s+(?!have\b)", re.IGNORECASE)


# An order or a request in quotation marks tells what is still to be done, whatever the tense of the verb of
# saying outside it ("'Ask me again in January,' she said", "'Don't book before October,' he warned"): a
# clause in quotes that opens with a verb's base form (not a noun that is its subject: "Rain fell in May",
# "Work starts in June"), with "don't", "do not", "never", "please" or "let's".
_IMPERATIVE_OPENERS = frozenset({"don't", "don’t", "do", "never", "please", "let's", "let’s", "let"})
# Particles of a phrasal verb that are verbs too ("come back", "check in"), after an order's verb.
_PARTICLES = frozenset({"back", "up", "down", "out", "in", "on", "off", "over", "away", "round", "around", "again"})
_FIRST_TWO_WORDS = re.compile(r"\s*([A-Za-z]+(?:['’][a-z]+)?)\s+([A-Za-z]+)")


def _quoted_imperative(layout: Layout, clause_start: int, start: int) -> bool:
    """Whether the expression at ``start`` is in a quoted clause (from ``clause_start``) that gives an order."""
    text = layout.text
    if clause_start == 0 or text[clause_start - 1] not in '"“' or not layout.quoted(start):
        return False  # asked only of a clause opened by a quotation mark
    m = _FIRST_TWO_WORDS.match(text, clause_start, start)
    if m is None:
        return False
    first, second = m.group(1).lower(), m.group(2).lower()
    if first in _IMPERATIVE_OPENERS:
        return first != "do" or second == "not"
    return (
        first in VERB_LEMMAS
        and second not in PAST_FORMS
        and second not in THIRD_PERSON_FORMS
        and (second not in VERB_LEMMAS or second in _PARTICLES)
        and second not in AUXILIARIES
    )


def _present_after_and(layout: Layout, found: _Found, clause_start: int, start: int, end: int) -> bool:
    """Whether text[start:end] is governed by a verb in the simple present that opens a verb phrase after
    "and" (its subject repeated or not), with the clause's last tense cue before that "and" ("cut flights
    and resumes service on", "we missed the ferry and we fly out on")."""
    cues, at = found
    i = bisect_left(at, start) - 1
    if i < 0 or at[i] < clause_start or cues[i].future:
        return False
    text = layout.text
    joint = text.find(" and ", at[i] + len(cues[i].word), start)
    if joint >= 0 and _present_governs(layout, joint + 5, start, end):
        return True
    # "had no sleep and i have a wedding saturday", "lost my keys and now ive got a test monday": "have" (or
    # "have got") of having, with its object, in the present after "and", though "have" makes other tenses.
    joint = text.rfind(" and ", clause_start, start)
    if joint < 0 or bisect_left(at, joint) == bisect_left(at, clause_start):
        return False  # no past before the "and"
    m = _HAVING_AFTER_AND.match(text, joint + 5, start) or _CAN_AFTER_AND.match(text, joint + 5, start)
    return m is not None and not _cues_between(found, m.end(), start)


# "have" or "have got" of having after "and", its subject a pronoun or left out, and the object's first word.
_HAVING_AFTER_AND = re.compile(
    r"(?:(?:now|also|still|then|so)\s+)?(?:(?:i|we|they|you|he|she)\s+(?:(?:now|also|still)\s+)?)?"
    r"(?:(?:have|has)(?:\s+got)?|(?:i|we|they|you)['’]?ve\s+got|(?:he|she)['’]s\s+got)"
    r"\s+(?:a|an|the|my|our|your|his|her|their|no|some|\d+|two|three)\s",
    re.IGNORECASE,
)

# "can" or "can't" after "and", after its subject: what can or cannot be done from now on ("the fridge broke
# tuesday and the engineer can't come till thursday", "we lost and now we can only train on monday").
_CAN_AFTER_AND = re.compile(
    r"(?:(?:now|also|still|then|so)\s+)?(?:(?:the|my|our|their|his|her|your)\s+[a-z]+|i|we|they|you|he|she|it)\s+"
    r"(?:can(?:['’]?t|not|\s+not)?)\s+(?:(?:only|now|still|even|just)\s+)?[a-z]+\b",
    re.IGNORECASE,
)


def _clause_tense(
    text: str, s: int, e: int, start: int, end: int, clause_start: int, clause_end: int, found: _Found
) -> tuple[str | None, bool]:
    """The tense the verbs around text[start:end] tell, and whether the expression's own clause tells it.
    ``found`` holds the sentence's cues, in order, and where each starts."""
    cues, at = found

    def between(lo: int, hi: int) -> list[Cue]:
        return cues[bisect_left(at, lo) : bisect_left(at, hi)]

    own = [c for c in between(clause_start, start) if c.start + len(c.word) <= start]
    if own:
        last = own[-1]
        word = last.word.lower()
        if (
            word in _PLANNED
            or (word in _FORESEEN and _OBJECT_BETWEEN.search(text, last.start + len(word), start))
            or (word in _SET_FOR and _FOR_BEFORE.search(text, max(last.start + len(word), start - _FOR_REACH), start))
        ) and not _PLUPERFECT_BEFORE.search(text, max(clause_start, last.start - 8), last.start):
            # "Protesters planned a rally on Saturday", "a rally planned for Saturday", "Economists expected a
            # cut in March": a plan or a forecast told in the past, for a time after it was made that may lie
            # either side of the time of writing. The nearer one is meant.
            if word in _SET_FOR and _PRESENT_PERFECT_BEFORE.search(text, max(clause_start, last.start - 8), last.start):
                # "Unions have called a strike for Monday", "the court has set the trial for Jan. 14": a present
                # perfect tells that the date fixed stands now, so it is still to come.
                return "future", True
            return NEAREST, True
        if not last.future and _loosened(text, last.start + len(last.word), start, last.word.lower()):
            return None, False
        if not last.future and last.word.lower().startswith("had "):
            return "past", False  # "had been due to close Friday": a plan, which may lie either side
        if (
            not last.future
            and last.word.lower() in PAST_FORMS
            and len(own) > 1
            and own[-2].future
            and own[-2].word.lower() not in _FUTURE_ADJECTIVES
            and _SUBJECT_OF_A_CLAUSE_BEFORE.search(
                text, max(own[-2].start, last.start - _CLAUSE_OPENING_REACH), last.start
            )
            is None
        ):
            if _participle_of_a_noun(text, last, start):
                return NEAREST, True
            return "future", True  # "will redeem preferred shares on Oct. 31": the modal governs
        if last.future and _TOLD_FROM_THE_PAST.match(last.word):
            # "The ship was due to leave on Friday", "talks were to resume on Monday": what was ahead at a
            # time now past, which may lie either side of the time of writing. The nearer one is meant.
            return NEAREST, True
        return _nearest(own, before=True, own_clause=True), True
    after = [c for c in between(end, clause_end) if not _writer_s_perfect(text, c)]
    if after and _AND_BETWEEN.search(text, end, after[0].start) is not None:
        after = _outside_the_present_perfect(text, after)
    t = _nearest(after, before=False)
    if t:
        # A verb after "and" heads a verb phrase of its own ("The plant shut on Oct. 30 and is expected to
        # reopen"): its tense only hints at the first one's.
        return t, _AND_BETWEEN.search(text, end, after[0].start) is None
    t = _nearest(between(s, clause_start), before=True)
    if t:
        return t, False
    t = _nearest(_outside_the_present_perfect(text, between(clause_end, e)), before=False)
    # "In April, a fire burned for two days": a time set at the head of its sentence with a comma after it
    # is an adverbial of the clause that follows, whose verb tells its tense as surely as its own would.
    fronted = (
        text.startswith(",", end) and clause_start == s and _FRONTED_WITH_A_COMMA.fullmatch(text, s, start) is not None
    )
    return t, t is not None and fronted


# A past participle right after a noun, with only a particle and a preposition between it and the time, is a
# clause of its own cut short and without a tense ("the contracts [that were] signed in August"): the modal
# further left does not govern it, and what it tells may be done ("will review the contracts signed in
# August") or still to come ("will see the rates on bills mailed in February"). No cue, so the nearer one is
# meant. Not a participle that tells a state kept on ("will keep the shop closed on Sunday"), nor one that
# modifies the noun after it ("will redeem preferred shares on Oct. 31").
_PARTICLE_AND_PREPOSITION = re.compile(
    r"\s+(?:(?:out|up|down|off|back|over|through)\s+)?(?:(?:in|on|at|during)\s+)?", re.IGNORECASE
)
_NOUN_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
# How far back the noun before the participle is read: one word and the space after it.
_NOUN_REACH = 30
_STATES_KEPT = frozenset({"closed", "shut", "locked", "sealed", "open", "opened"})


def _participle_of_a_noun(text: str, cue: Cue, start: int) -> bool:
    word = cue.word.lower()
    if word in _STATES_KEPT or not _PARTICLE_AND_PREPOSITION.fullmatch(text, cue.start + len(cue.word), start):
        return False
    before = _NOUN_WORD_BEFORE.search(text, max(0, cue.start - _NOUN_REACH), cue.start)
    return before is not None and (before.group(1) in NOUN_LEMMAS or before.group(1) in PLURAL_NOUNS)


# A conjunction that opens a clause of its own and that clause's subject (one to three words), right before a
# past form: "will stay shut until Friday after a crane collapsed on Tuesday night", "will be closed today
# because the boiler failed on Sunday". The past form is that clause's verb, which the modal before it does not
# govern.
# A relative pronoun as that subject opens one too: "a plan to mend the roads, passed at a meeting that ran until
# midnight on Wednesday", "will shut the line, which flooded on Sunday".
_SUBJECT_OF_A_CLAUSE_BEFORE = re.compile(
    r"\b(?:(?:after|before|because|since|when|while|once|although|though)\s+(?:[\w'’-]+\s+){1,3}"
    r"|(?:that|which|who)\s+)$",
    re.IGNORECASE,
)
# How far back that conjunction may stand: three words of a subject and the conjunction.
_CLAUSE_OPENING_REACH = 48


# What may stand before a time that opens its sentence as an adverbial: a preposition of time, or nothing.
_FRONTED_WITH_A_COMMA = re.compile(r"\s*(?:(?:[Ii]n|[Oo]n|[Dd]uring|[Ll]ate|[Ee]arly|[Bb]ack)\s+(?:in\s+)?)?")


def _outside_the_present_perfect(text: str, cues: list[Cue]) -> list[Cue]:
    """``cues`` but the participles of a present perfect ("haven't started", "have been told") and the writer's
    (``_writer_s_perfect``: "ive baked", "we've been asked to"): a present, of what reaches up to now, which
    lends no past to a date told before it in another clause or verb phrase ("exam on Monday and I haven't
    started revising": the Monday to come). (Told before the date, a perfect
    may still govern it through a clause that hangs on it: "the stock has fluctuated, rising ... in March".)"""
    return [
        c
        for c in cues
        if not _writer_s_perfect(text, c)
        and (
            c.future
            or not (
                c.word.lower().startswith(("has ", "have ", "'ve ", "’ve "))
                or _PERFECT_BEFORE.search(text, max(0, c.start - _PERFECT_REACH), c.start)
            )
        )
    ]


# How far back the auxiliary of a present perfect is looked for ("hasn't yet really started").
_PERFECT_REACH = 32


# The writer's present perfect: "i have", "ive", "we've" and perhaps an adverb before the participle.
_WRITER_HAS_BEFORE = re.compile(
    r"\b(?:i|we)(?:\s+have|\s*['’]?ve)\s+(?:(?:just|already|only|now|finally|also|even|been)\s+)*$", re.IGNORECASE
)
_WRITER_BEFORE = re.compile(r"\b(?:i|we)\s+$", re.IGNORECASE)
# How far back the writer and "have" may stand before a participle.
_WRITER_HAS_REACH = 30


def _writer_s_perfect(text: str, cue: Cue) -> bool:
    """Whether a cue after an expression's clause is the writer's present perfect ("school fair on saturday and
    i have baked 40 cupcakes", "supper on saturday, i've been told to bring a crumble"): it tells the writer's
    state now, not when the clause before it happens."""
    lo = max(0, cue.start - _WRITER_HAS_REACH)
    if cue.word.lower().startswith(("have ", "has ")):
        return _WRITER_BEFORE.search(text, lo, cue.start) is not None
    return _WRITER_HAS_BEFORE.search(text, lo, cue.start) is not None


_Found = tuple[list[Cue], list[int]]
# Future cues that are adjectives of a noun ("a plan for the next ten years adopted in July"), no verb: a past
# form after one is not governed by it, as it is by a modal ("will redeem").
_FUTURE_ADJECTIVES = frozenset({"next", "upcoming", "coming"})
_AND_BETWEEN = re.compile(r"\band\b", re.IGNORECASE)

# A relative clause set off by commas ("The sale, which had been expected, is part of a plan to pay down
# the loan by February"): its verb tells of the thing it describes, not of the clause around it.
_RELATIVE_ASIDE = re.compile(r"\s*(?:which|who|whom|whose)\b", re.IGNORECASE)


def _outside_asides(layout: Layout, found: _Found, own: int) -> _Found:
    """The cues of a sentence, those of a relative clause set off after a comma left out unless it is the
    expression's own clause (which starts at ``own``)."""
    cues, _ = found
    text = layout.text
    kept = []
    for c in cues:
        opening = layout.clause_start(c.start)
        if opening != own and text[opening - 1 : opening] == "," and _RELATIVE_ASIDE.match(text, opening):
            continue
        kept.append(c)
    return (kept, [c.start for c in kept]) if len(kept) < len(cues) else found


# A future cue told from a past time: "was due to", "were to", "was scheduled for" (and "would", its
# reported twin, in ``backshifted_future``).
_TOLD_FROM_THE_PAST = re.compile(r"(?:was|were)\s", re.IGNORECASE)
_BACKSHIFTED = re.compile(r"(?:would|was|were)\b", re.IGNORECASE)


def backshifted_future(layout: Layout, start: int, end: int) -> bool:
    """Whether the verb group governing text[start:end] in its own clause is a future told from a past
    time: "would", "was due to", "were to" ("said on Tuesday that it would close the plant on Friday")."""
    cues, at = _sentence_cues(layout, start)
    clause_start = layout.clause_start(start)
    own = [c for c in cues[bisect_left(at, clause_start) : bisect_left(at, start)] if c.start + len(c.word) <= start]
    return bool(own) and own[-1].future and _BACKSHIFTED.match(own[-1].word) is not None


_LASTED = frozenset(en.LASTED_FORMS)


def told_as_over(layout: Layout, start: int) -> bool:
    """Whether the verb group governing an expression at ``start`` from before it in its clause is the past
    of a verb of lasting ("the ban lasted until March", "he had served on the board until May"): a
    stretch told as over, whose end is gone by."""
    cues, at = _sentence_cues(layout, start)
    clause_start = layout.clause_start(start)
    own = [c for c in cues[bisect_left(at, clause_start) : bisect_left(at, start)] if c.start + len(c.word) <= start]
    if not own or own[-1].future:
        return False
    return own[-1].word.lower() in _LASTED


def _cues_between(found: _Found, lo: int, hi: int) -> bool:
    at = found[1]
    return bisect_left(at, lo) != bisect_left(at, hi)


# A subject, a verb in the simple present, and then the expression: "The mayor presents the budget on
# Thursday", "Apple unveils its new phone Tuesday", "The two leaders hold talks Thursday", "She speaks at
# noon Friday". With nothing else to tell the tense, the simple present with a date is the calendar's:
# what is to come (reporting verbs aside: "says").
_SUBJECT_BEFORE = re.compile(r"(?:\b(?i:the|a|an|its|his|her|their|our)\s+[a-z]+|\b[A-Z][\w&'’.-]*)\s+$")
_NOT_OF_THE_CALENDAR = frozenset(
    {*en.REPORTING_PRESENT, "is", "has", "does", "was", "seems", "looks",
     # Verbs whose object came first: "The move follows a vote Tuesday", "The fall caps a week of losses".
     "follows", "marks", "caps", "reflects", "recalls", "echoes", "mirrors", "extends"}
)  # fmt: skip
# The same in the plural (and "be", "have", "do", which make other tenses).
_NOT_OF_THE_CALENDAR_PLURAL = frozenset(
    {*en.REPORTING_PRESENT_PLURAL, *en.THINKING_PRESENT_PLURAL, "be", "have", "do", "seem", "look", "follow", "mark",
     "cap", "reflect", "recall", "echo", "mirror", "extend", "hope"}
)  # fmt: skip
# A pronoun that takes the base form of a verb in the present: a plural one, and "I" ("had no sleep and i have a
# wedding saturday"). Not "you": in news it is mostly the generic "you" of what happens as a rule ("when prices
# fall, you see buyers return that day"), not one with a plan.
_BASE_FORM_PRONOUNS = frozenset({"they", "we", "i"})
# After the verb: an auxiliary makes it the noun of a subject ("Oil prices have come down since Monday"),
# a relative clause governs the expression instead ("follows one that dumped rain on Monday"), and what
# comes "after" or "since" something lies before the verb's time.
_AUXILIARY_OR_RELATIVE = frozenset(
    {"have", "has", "had", "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "do",
     "does", "did", "may", "might", "must", "should", "that", "which", "who", "whom", "whose", "when", "where",
     "after", "since", "following", "cannot", "shall"}
)  # fmt: skip
# A contracted negative ("can't", "won't", "doesn't") is an auxiliary of its own that the word pattern
# leaves out.
_CONTRACTED_NEGATIVE = re.compile(r"\w[nN]['’][tT]\b")
# The present of "be" and what it says of a time named right after it: "the deadline is Friday",
# "kickoff is at 1 p.m. Sunday", "the new limit is in force from Monday", "tickets are on sale Friday".
# Where or at what hour may come first, in a phrase of one to three words, and the time after it: "the
# concert is at 8pm on Friday", "the funeral is at St Mary's on Saturday" (not a word that looks back: "is
# at its highest since Friday").
_PRESENT_COPULA_BEFORE = re.compile(
    rf"(?<![\w'])(?:is|are)\s+(?:(?:{'|'.join(en.PRESENT_STATES)})\s+)?"
    r"(?:(?:at|in)\s+(?:(?!(?:since|after|before|by|until|till|from|last|ago)\b)[\w.:'’-]+\s+){1,3}"
    r"(?:on|at|from|until|till|through|in)\s+(?:the\s+)?"
    # Where one is due, the day named bare after it, as wire copy writes it: "is due in court Thursday", "are
    # due back at the station Monday".
    r"|(?<=due\s)(?:back\s+)?(?:at|in)\s+(?:(?!(?:since|after|before|by|until|till|from|last|ago)\b)[\w.'’-]+\s+){1,3}"
    # A clock time between: "the deadline is midnight on Friday", "the cut-off is 5pm on Monday".
    r"|(?:(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midday|midnight)\s+on\s+)?"
    r"(?:(?:on|at|from|until|till|through|in)\s+)?(?:the\s+)?)$",
    re.IGNORECASE,
)
# How many words the longest of those phrases holds ("is on display at the town hall from the").
_COPULA_WORDS = 9
# A possessive right after the expression ("Friday's vote").
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def _present_governs(layout: Layout, clause_start: int, start: int, end: int) -> bool:
    """Whether the verb group governing text[start:end] in its clause is in the simple present: the
    present of "be" right before it, or the clause's first verb a present after its subject (a
    third-person -s form, a base form after a plural subject, "there is") with nothing after it (an
    auxiliary, a relative word, a past form) taking the expression. A verb right before the expression
    must not be a noun as well ("the results Friday", "the game Sunday"). An expression that opens its
    clause goes with the verb after it ("On Saturday the festival opens its doors")."""
    text = layout.text
    # "Friday's vote": the expression qualifies a noun, and the clause's verb places the noun, not it; only
    # where that noun opens the clause, its subject ("Friday's launch window opens at 9:31 p.m."), does a
    # present after it tell that the thing owned is still to come.
    owned = _POSSESSIVE_AFTER.match(text, end)
    possessive = owned is not None
    if owned is not None and not text[clause_start:start].isspace() and clause_start < start:
        return False
    if not possessive and layout.search(
        _PRESENT_COPULA_BEFORE, layout.words_back(start, _COPULA_WORDS, clause_start), start
    ):
        return True
    words = list((WORD_PLAIN if layout.plain else WORD).finditer(text, clause_start, start))
    for i, w in enumerate(words):
        if w.group() in ING_LEMMAS and layout.search(
            _BE_BEFORE, layout.words_back(w.start(), 2, clause_start), w.start()
        ):
            # The present progressive with a time is an arrangement ("the band is playing Saturday"); with an
            # object, only a verb of arranging is sure to be one ("police are investigating a shooting Friday").
            after = [x.group().lower() for x in words[i + 1 :]]
            if any(a in _AUXILIARY_OR_RELATIVE or a in PAST_FORMS for a in after):
                return False
            return all(a in _LINKS for a in after) or ING_LEMMAS[w.group()] in _ARRANGING_OR_FOREWARNING
        if w.group() not in _MAY_BE_PRESENT:
            continue
        noun = _present_verb(layout, clause_start, w, i == 0)
        if noun is None:
            continue
        after = [x.group().lower() for x in words[i + 1 :]]
        if after and after[0] in _AUXILIARY_OR_RELATIVE and w.group() in PLURAL_NOUNS:
            continue  # "The tenants are staging a protest": a plural noun, the subject of what follows
        state = bool(after) and after[0] in PAST_FORMS and w.group() in AUXILIARIES
        if state:
            after = after[1:]  # "schools remain closed Monday": a participle of state
        if any(a in _AUXILIARY_OR_RELATIVE or a in PAST_FORMS for a in after) or _CONTRACTED_NEGATIVE.search(
            text, w.end(), start
        ):
            return False
        # A participle between ("the wing stays closed Monday") makes the verb no noun of the expression's.
        return bool(after) or state or w.group() not in noun
    if any(w.group().lower() not in _OPENING_PREPOSITIONS for w in words):
        return False
    after_at = end if owned is None else owned.end()
    for i, w in enumerate((WORD_PLAIN if layout.plain else WORD).finditer(text, after_at, layout.clause_end(end))):
        word = w.group().lower()
        if word in _AUXILIARY_OR_RELATIVE or word in PAST_FORMS or i >= _FRONTED_REACH:
            return False
        if word in _MAY_BE_PRESENT and _present_verb(layout, end if owned is None else start, w, False) is not None:
            return True
    return False


def _reported_clause(layout: Layout, found: _Found, clause_start: int, start: int) -> int | None:
    """Where a clause reported by a past verb of saying before the expression begins, in its own clause
    and with no other cue between ("said [the deadline is] Friday"): None where there is none."""
    cues, at = found
    i = bisect_left(at, start) - 1
    if i < 0 or at[i] < clause_start:
        return None
    c = cues[i]
    if c.future or c.word.lower() not in _REPORTING_PAST:
        return None
    return c.start + len(c.word)


def _modal_of_a_reported_subject(
    layout: Layout, found: _Found, clause_start: int, clause_end: int, start: int, end: int
) -> bool:
    """Whether the expression is in the subject of a clause reported by a past verb of saying or thinking,
    whose own verb is a modal of what may come: "warned that a cold snap in February could undo the cut",
    "said the vote on Friday will be close". The modal is the reported clause's verb and governs the
    expression; the verb of saying only tells when it was said."""
    cues, at = found
    i = bisect_left(at, start) - 1
    j = bisect_left(at, end)
    if i < 0 or j >= len(cues) or at[i] < clause_start or at[j] >= clause_end:
        return False
    verb, modal = cues[i], cues[j]
    if verb.future or verb.word.lower() not in _SAYING_OR_THINKING or modal.word.lower() not in _MODALS_AHEAD:
        return False
    text = layout.text
    if MODAL_PERFECT.match(text, at[j] + len(modal.word)):
        return False  # "could have come": a modal that looks back
    # The reported clause opens right after the verb, with "that" or a determiner ("said a frost in April
    # could"), not after the verb's own object or time ("warned investors on Monday the deal could fail").
    return _REPORTED_SUBJECT_OPENS.match(text, at[i] + len(verb.word), start) is not None and not _SUBORDINATOR.search(
        text, end, at[j]
    )


def _perfect_of_a_condition(
    layout: Layout, found: _Found, clause_start: int, clause_end: int, start: int, e: int
) -> bool:
    """Whether the expression is in a clause of condition or time whose verb is a present perfect, before a
    clause that looks ahead: "If rates have not moved by May, the forecast may be cut again", "Once the
    repairs have finished in June, the line will reopen". The perfect of such a clause is a future's (what
    will have happened by then), not a past."""
    text = layout.text
    pos = clause_start
    while pos < start and text[pos] in _OPENING_MARKS:
        pos += 1
    if not text.startswith(_CONDITION_WORDS, pos):
        return False  # most clauses: a string test, which makes no new string
    cues, at = found
    i = bisect_left(at, start) - 1
    if i < 0 or at[i] < clause_start or cues[i].future or _CONDITION_OPENS.match(text, clause_start) is None:
        return False
    perfect = cues[i].word.lower().startswith(("has ", "have ", "'ve ", "’ve "))  # "have been signed off"
    if not perfect and _PERFECT_AUXILIARY.search(text, max(clause_start, at[i] - 16), at[i]) is None:
        return False
    k = bisect_left(at, clause_end)
    return any(c.future for c in cues[k:] if c.start < e)


# The opening of a clause of condition or time: "If", "Unless", "Once", "Until", "When", "Before".
_CONDITIONS = ("if", "unless", "once", "until", "when", "before")
_CONDITION_WORDS = tuple(w for word in _CONDITIONS for w in (word, word.title()))
_OPENING_MARKS = " \t\n\"'“‘("
_CONDITION_OPENS = re.compile(rf"[\s\"'“‘(]*(?:{'|'.join(_CONDITIONS)})\b", re.IGNORECASE)
# "has", "have" or "'ve" right before the past form, "not" or an adverb between: the present perfect.
_PERFECT_AUXILIARY = re.compile(
    r"\b(?:has|have)\s+(?:(?:not|yet|already|still|fully)\s+)?$|n['’]t\s+$|['’]ve\s+$", re.IGNORECASE
)


_SAYING_OR_THINKING = frozenset(w for w in (*en.SAYING_PAST, *en.THINKING_PAST) if w not in en.SAYING_TO_SOMEONE)
# Modals of what may still come, as the verb of a reported clause ("would", told from the past, is read by
# ``backshifted_future``).
_MODALS_AHEAD = frozenset({"will", "could", "may", "might", "should", "can"})
_REPORTED_SUBJECT_OPENS = re.compile(r"\s+(?:that\b|(?:a|an|the|any|another|further|more|its|their)\s)", re.IGNORECASE)


# Past verbs of saying: they may report a clause in the present, and they tell when something was said, not
# the time of what is told ("The firm now employs 400 people, a spokesman said").
_REPORTING_PAST = frozenset(en.REPORTING_PAST)


def _present_in_clause(layout: Layout, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a finite verb in the simple present: "is", "are", or a present after its
    subject."""
    for i, w in enumerate((WORD_PLAIN if layout.plain else WORD).finditer(layout.text, lo, hi)):
        word = w.group()
        if word in ("is", "are") or (word in _MAY_BE_PRESENT and _present_verb(layout, lo, w, i == 0) is not None):
            return True
    return False


# The present of "be" before a participle, an adverb or "not" between: "is playing", "are now holding".
_BE_BEFORE = re.compile(r"(?:(?<![\w'])(?:is|are|am)|['’](?:re|m))\s+(?:(?:\w+ly|not|also|still|now)\s+)?$")
_ARRANGING = frozenset(en.ARRANGING_VERBS)
# Verbs of warning, foretelling, urging or getting ready: in the present progressive what they tell of is ahead,
# whatever their object ("forecasters are warning of snow on Sunday", "police are urging drivers to stay away
# on Saturday", "residents are bracing for floods on Monday").
_FOREWARNING = frozenset({"warn", "predict", "forecast", "urge", "plan", "prepare", "brace", "gear"})
_ARRANGING_OR_FOREWARNING = _ARRANGING | _FOREWARNING
# Words that may stand between a verb and the time it is placed at where no object does: "is speaking
# at noon Friday", "are leaving here on Monday".
_LINKS = frozenset(
    {"on", "at", "in", "from", "until", "till", "through", "the", "again", "here", "there", "noon", "midnight"}
)


# Prepositions that may open a clause before the expression that the clause's verb then governs.
_OPENING_PREPOSITIONS = frozenset({"on", "at", "from", "by", "until", "till", "through", "starting", "beginning"})
# How many words after a fronted expression its clause's verb may stand ("On Saturday the city's annual
# food festival opens").
_FRONTED_REACH = 8


# Every word ``_present_verb`` may take as a verb: the others are passed over without asking it, most words
# of a clause being none.
# "over" is a preposition or an adverb in running English, never a verb's present ("delays over the weekend"),
# though the verb table lists it.
_NEVER_A_PRESENT_VERB = frozenset({"over"})
_MAY_BE_PRESENT = frozenset({*THIRD_PERSON_FORMS, *VERB_LEMMAS, "is", "are"}) - _NEVER_A_PRESENT_VERB


def _present_verb(layout: Layout, lo: int, w: re.Match[str], first: bool) -> frozenset[str] | None:
    """Whether the word ``w`` is a verb in the simple present after its subject (the subject no earlier
    than ``lo``), and the set of nouns it must not be to govern an expression right after it; None where
    it is no such verb. The first word of a clause set off after its subject ("The band, formed in 1990,
    plays its last show Saturday") counts when it is no plural noun, or a determiner follows it: a verb
    and its object."""
    text = layout.text
    word = w.group()
    if word[0].isupper():
        return None  # a name, or the sentence's first word: not a verb after its subject
    if word in THIRD_PERSON_FORMS and word not in _NOT_OF_THE_CALENDAR:
        before = layout.words_back(w.start(), 2, lo)
        if (
            _subject_before(layout, lo, w.start())
            or _RELATIVE_SUBJECT_BEFORE.search(text, before, w.start())
            or (
                first
                and lo > layout.whole_sentence(lo)[0]
                and (
                    word not in PLURAL_NOUNS
                    or _DETERMINER_AFTER.match(text, w.end())
                    # "has won four straight and plays at Denver on Monday": the second verb of the subject,
                    # where it is sent somewhere named.
                    or (text.endswith(" and ", 0, lo) and _PLACE_NAMED_AFTER.match(text, w.end()))
                )
            )
        ):
            return PLURAL_NOUNS
        return None
    if word in VERB_LEMMAS and word not in _NOT_OF_THE_CALENDAR_PLURAL and word not in PAST_AS_BASE:
        back = layout.words_back(w.start(), 1, lo)
        subject = text[back : w.start()].strip().lower()
        if subject in PLURAL_NOUNS or subject in _BASE_FORM_PRONOUNS:
            return NOUN_LEMMAS
        # "the team face Arsenal on Sunday", "The Lakers play the Celtics Friday": a body of people after its
        # determiner, or a name in the plural, takes the base form in the present.
        two_back = layout.words_back(back, 1, lo)
        if (
            (subject in en.COLLECTIVE_NOUNS and _DETERMINER_BEFORE.search(text, two_back, back))
            or _PLURAL_NAME_BEFORE.search(text, two_back, w.start())
            or (word in _FIXTURE_VERBS and _NAME_BEFORE.match(text, back, w.start()))
            or (first and _OBJECT_AFTER.match(text, w.end()) and _plural_subject_before_an_aside(layout, lo))
            or (first and _TEAM_AND_RECORD_BEFORE.search(text, max(0, w.start() - _SUBJECT_REACH), w.start()))
        ):
            return NOUN_LEMMAS
    if word in ("is", "are") and text[layout.words_back(w.start(), 1, lo) : w.start()].strip().lower() == "there":
        return frozenset()  # "there is a vigil Saturday"
    return None


# The object of a verb right after it: a determiner or a name ("face Green Bay", "open a series"), which makes
# a word that may be a noun too the verb.
_OBJECT_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|our|two|three|four)\s|[A-Z])")
# A plural subject right before the comma that opens a relative clause set off after it: "The Bears[, who lost
# last week, face ...]", "Local schools[, which closed on Monday, reopen ...]".
_PLURAL_SUBJECT_END = re.compile(r"(?:\b(?i:the)\s+[A-Z][a-z]+s|\b(?P<w>[a-z]+))\s*$")
# How far back the subject before the aside is looked for: a determiner and a name.
_SUBJECT_REACH = 40


def _plural_subject_before_an_aside(layout: Layout, lo: int) -> bool:
    """Whether the clause that starts at ``lo`` follows a relative clause set off by commas ("who lost to
    Detroit last week,") after a plural subject, whose verb the clause's first word then is: "The Bears, who
    lost last week, face Green Bay on Sunday": the base form a plural subject takes in the present."""
    text = layout.text
    if lo < 2 or text[lo - 1] != ",":
        return False
    aside = layout.clause_start(lo - 2)
    if aside < 2 or text[aside - 1] != "," or not _RELATIVE_ASIDE.match(text, aside):
        return False
    m = _PLURAL_SUBJECT_END.search(text, max(0, aside - 1 - _SUBJECT_REACH), aside - 1)
    return m is not None and (m["w"] is None or m["w"] in PLURAL_NOUNS)


# A team in the plural and its record in brackets right before a verb, the brackets closing the clause before
# it: "The Comets (1-2) host Capital City at 1 p.m. Sunday".
_TEAM_AND_RECORD_BEFORE = re.compile(r"\b(?i:the)\s+[A-Z][a-z]+s\s+\(\d{1,3}(?:-\d{1,3}){1,2}\)\s+$")
# A plural name after "the" right before a verb: "The Lakers", "the Democrats".
_PLURAL_NAME_BEFORE = re.compile(r"\b(?i:the)\s+[A-Z][a-z]+s\s+$")
# A name right before the base form of a verb of meeting or arranging is a body of people, a team or the last
# of a list of nations, which takes the plural: "Manchester United face Chelsea on Saturday", "Liverpool host
# Everton", "Britain and France sign the treaty on Friday". Not a capitalised word of grammar ("In contrast",
# "I meet").
_NAME_BEFORE = re.compile(
    r"(?!(?:I|In|On|At|As|By|For|To|The|A|An|And|But|If|When|We|You|They|It|He|She|This|That)\s)[A-Z][\w'’.-]*\s+$"
)
_FIXTURE_VERBS = frozenset({*en.ARRANGING_VERBS, "face"})
# A determiner right before a collective noun, making it a subject ("the team", "his side").
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|its|his|her|their|our|this|that)\s+$")


def _subject_before(layout: Layout, lo: int, pos: int) -> bool:
    """Whether a subject ends right before ``pos`` (beginning no earlier than ``lo``): a determiner and a
    word, a capitalised word, or a longer noun phrase."""
    if _SUBJECT_BEFORE.search(layout.text, layout.words_back(pos, 2, lo), pos):
        return True
    return _noun_phrase_before(layout, lo, pos)


def _noun_phrase_before(layout: Layout, lo: int, pos: int) -> bool:
    """Whether a noun phrase of a determiner or possessive and up to three adjectives or nouns ends right
    before ``pos``: the subject of a verb there."""
    m = NOUN_PHRASE_BEFORE.search(layout.text, layout.words_back(pos, NOUN_PHRASE_WORDS, lo), pos)
    if m is None:
        return False
    return not any(x in NOT_IN_A_NOUN_PHRASE or x in PAST_FORMS or x in THIRD_PERSON_FORMS for x in m["words"].split())


# A relative pronoun as the subject of a present: "the chain, which opens a store in March", "a band
# that plays the arena Sunday".
_RELATIVE_SUBJECT_BEFORE = re.compile(r"\b(?i:which|who|that)\s+$")
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|its|his|her|their|our)\s", re.IGNORECASE)
# A preposition of place and a name after a word: "plays at Denver", "travels to Leeds".
_PLACE_NAMED_AFTER = re.compile(r"\s+(?:at|in|to|against|from)\s+[A-Z]")


# A lower-case word ending in "s": the only words that may be a verb's third-person present.
_S_WORD = re.compile(r"(?<![\w'])[a-z]+s(?![\w'])")


_PLANNED = frozenset({"planned", "intended"})
# Verbs that fix a date for something, told in the past with "for" before the date ("The court set the trial
# for Jan. 14", "the union set a strike for Monday", "councillors called a meeting for Thursday", "the club
# arranged a friendly for Saturday"): a plan, for a time after it was made. The lexicon's verbs of fixing a day and of
# booking (as context.py reads them before "for"), and a few more.
_SET_FOR = frozenset({*en.SCHEDULING_FORMS, *en.BOOKED_FORMS, "reset", "pencilled", "penciled"})
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
# How far back "for" is looked for: "for the " and some white space (a search anchored at its end tries every
# position of what it is given, and the verb may stand far back).
_FOR_REACH = 12
# Verbs of foreseeing: told in the past, they place the expression like a plan where it dates their object
# ("expected a cut in March", "predicted the storm would hit on Friday"), not where it comes right after
# them ("Cuba predicted Wednesday that ...": the day of the forecast).
_FORESEEN = frozenset(
    {"expected", "predicted", "anticipated", "projected", "signalled", "signaled", "hinted", "flagged"}
)
# A word between the verb and the expression that is not a preposition: the verb's object, which the
# expression dates ("expected [a cut] in March").
_OBJECT_BETWEEN = re.compile(r"\b(?!(?:on|in|at|for|by|from|until|till|that)\b)[A-Za-z]", re.IGNORECASE)
# "has" or "have" (or "'ve") right before the verb: its present perfect.
_PRESENT_PERFECT_BEFORE = re.compile(r"(?:\b(?:has|have)|['’]ve)\s+$", re.IGNORECASE)
# "had planned": the plan is told as over, the time it was for as past.
_PLUPERFECT_BEFORE = re.compile(r"\b(?:had|'d)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def future_told_in_clause(layout: Layout, start: int, end: int) -> bool:
    """Whether a word of the future ("will", "is due to", "next") is among the tense cues of the clause
    around text[start:end]: a simple present beside none may narrate what is past."""
    cues, at = _sentence_cues(layout, start)
    lo, hi = bisect_left(at, layout.clause_start(start)), bisect_left(at, layout.clause_end(end))
    return any(cue.future for cue in cues[lo:hi])


def _sentence_cues(layout: Layout, pos: int) -> _Found:
    """The tense cues of the whole sentence around ``pos`` and their starts, found once for all its
    expressions."""
    s, e = layout.whole_sentence(pos)
    key = ("tense cues", s)
    found = layout.memo.get(key)
    if found is None:
        cues = verb_cues(layout, s, e, layout.folded())
        found = layout.memo[key] = (cues, [c.start for c in cues])
    return found  # type: ignore[return-value]


# Words that open a clause subordinate to the one an expression is in: a verb after one tells the time
# of what is reported or described, not of the expression ("Today most accept that the war was lost").
_SUBORDINATOR = re.compile(
    r"\b(?:that|which|who|whom|whose|because|when|where|whereas|although|though|while|if|unless)\b", re.IGNORECASE
)


def told_by_a_subordinate_clause(layout: Layout, start: int, end: int) -> bool:
    """Whether the tense found for text[start:end] comes from a clause subordinate to its own: no verb
    before it in its clause, and a subordinating word before the first verb after it (or none after it)."""
    cues, at = _sentence_cues(layout, start)
    clause_start, clause_end = layout.clause_start(start), layout.clause_end(end)
    if bisect_left(at, clause_start) != bisect_left(at, start):
        return False  # a verb before it in its own clause governs it
    i = bisect_left(at, end)
    if i == len(cues) or cues[i].start >= clause_end:
        return True  # its own clause has no verb cue at all: the tense came from elsewhere in the sentence
    return _SUBORDINATOR.search(layout.text, end, cues[i].start) is not None


# A past cue right after one of these is the participle of a present perfect ("has grown", "have risen").
_PERFECT_BEFORE = re.compile(
    # (and "hasnt", "havent", as posts write them without the apostrophe)
    r"(?:\b(?:has|have|hasn['’]?t|haven['’]?t)|['’]ve)\s+(?:(?:\w+ly|not|never|already|since|just|now)\s+){0,2}$",
    re.IGNORECASE,
)


def told_in_the_present(layout: Layout, pos: int) -> bool:
    """Whether the sentence around ``pos`` tells of the present or the future and of nothing past: a verb
    in the present (a present perfect reaches up to now) or a future cue, and no past tense but that of a
    reporting verb ("Today the firm employs 400 people", "The town has since recovered", "Work will
    resume soon, officials said"). Quoted speech does not count: it is the speaker's own time."""
    s, e = layout.whole_sentence(pos)
    key = ("present", s)
    found = layout.memo.get(key)
    if found is None:
        found = layout.memo[key] = _in_the_present(layout, s, e)
    return found  # type: ignore[return-value]


def _in_the_present(layout: Layout, s: int, e: int) -> bool:
    text = layout.text
    if _QUOTE_IN.search(text, s, e):
        return False
    # Most sentences of a story told in the past hold no word of the present or the future at all: they
    # are settled before their cues are sought.
    if layout.search(_PRESENT_OR_FUTURE, s, e) is None and not _third_person_present(layout, s, e):
        return False
    for cue in _sentence_cues(layout, s)[0]:
        if cue.future or cue.word.lower().startswith(("has ", "have ", "'ve ")):
            continue  # "will", "has been"
        if layout.search(_PERFECT_BEFORE, layout.words_back(cue.start, 4, s), cue.start) is not None:
            continue  # "has grown", "have since recovered"
        if cue.word.split()[0].lower() not in _REPORTING_PAST:
            return False
    return True


_QUOTE_IN = re.compile(r"[\"“”]")
# Finite verbs of the present that need no subject check, forms of "be" and "have" (as auxiliaries they
# make a present perfect, "has grown", "have been": what reaches up to now), and words of the future.
_PRESENT_OR_FUTURE = re.compile(
    r"(?<![\w'])(?:is|are|am|has|have|isn't|aren't|hasn't|haven't|will|won't|shall|going)(?![\w'])"
    r"|['’](?:re|ve|ll)\s",
    re.IGNORECASE,
)


def _third_person_present(layout: Layout, s: int, e: int) -> bool:
    """A third-person present verb after its subject ("the firm employs", "It runs"), not a plural noun."""
    text = layout.text
    for w in _S_WORD.finditer(text, s, e):
        if w.group() in THIRD_PERSON_FORMS and _subject_before(layout, s, w.start()):
            return True
    return False
