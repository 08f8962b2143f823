"""English verb forms from LemmInflect's lexicon: which words are past tense or past participles.

The set is read once, at import, from the inflection table LemmInflect ships (about 7,000 forms,
regular and irregular, built in a fifth of a second). Only the data file is read: the package's own
models (and numpy) are never imported.
"""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path


def _inflection_table() -> Path:
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("lemminflect is required by the temporal engine (pip install lemminflect)")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "infl_lu.csv.gz"


# Past forms that are also a base form of another verb, but read as the past in running news text far
# more often ("found" the past of "find", not the verb "found"; "saw", "fell").
_PAST_OVER_BASE = frozenset({"found", "saw", "fell"})


def _rows() -> list[list[str]]:
    with gzip.open(_inflection_table(), "rt", encoding="utf-8") as f:
        return [line.rstrip("\n").split(",") for line in f]


def _past_forms(rows: list[list[str]]) -> frozenset[str]:
    """Lower-case simple-past and past-participle forms that are never a base, -s or -ing form.

    Forms shared with the present ("set", "put", "read", "cut") say nothing about tense and are left
    out, so that a word in the set is a past form whatever verb it belongs to.
    """
    past: set[str] = set()
    other: set[str] = set()
    for fields in rows:
        if len(fields) < 6 or fields[1] != "verb":
            continue
        vbd, vbn, vbg, vbz = fields[2:6]
        past.update(w.lower() for w in f"{vbd}/{vbn}".split("/") if w)
        other.update(w.lower() for w in f"{fields[0]}/{vbg}/{vbz}".split("/") if w)
    return frozenset((past - other) | _PAST_OVER_BASE)


_ROWS = _rows()
PAST_FORMS: frozenset[str] = _past_forms(_ROWS)


def looks_past(word: str) -> bool:
    """Whether a lower-case word is a past form: one of ``PAST_FORMS``, or a regular "-ed" form of a verb the
    table lacks ("decided", "zoned"); "bed" and "red" are too short to be one."""
    return word in PAST_FORMS or (word.endswith("ed") and len(word) > 3)


# Nouns that end like adverbs ("family", "rally", "assembly"): "the family gathered" is a subject and its
# verb, not a determiner, an adverb and an adjective.
LY_NOUNS: frozenset[str] = frozenset(f[0].lower() for f in _ROWS if f[1] == "noun" and f[0].endswith("ly"))
# Base forms of verbs: what may follow the "to" of an infinitive.
VERB_LEMMAS: frozenset[str] = frozenset(f[0].lower() for f in _ROWS if f[1] == "verb")
# Third-person present forms ("announces", "unveils"): a verb of the present, or of the calendar.
THIRD_PERSON_FORMS: frozenset[str] = frozenset(
    w.lower() for f in _ROWS if f[1] == "verb" and len(f) >= 6 for w in f[5].split("/") if w.endswith("s")
)
# Plural forms of nouns ("talks", "results", "leaders"): a plural subject, or an -s word that may be a noun
# rather than a verb ("the results Friday").
PLURAL_NOUNS: frozenset[str] = frozenset(
    w.lower() for f in _ROWS if f[1] == "noun" for w in f[2].split("/") if w.endswith("s") and w != f[0]
)
# Base forms of nouns ("game", "talk"): a word that may be the noun a date qualifies ("the game Sunday").
NOUN_LEMMAS: frozenset[str] = frozenset(f[0].lower() for f in _ROWS if f[1] == "noun")
# Base forms that are their own past as well ("hit", "put", "cut", "set"): after a plural subject they tell
# no tense ("sales hit $6 million in March", "notices put out on Aug. 13").
PAST_AS_BASE: frozenset[str] = frozenset(
    f[0].lower() for f in _ROWS if f[1] == "verb" and len(f) >= 4 and f[0].lower() in f[2].lower().split("/")
)
# Past participles of the irregular verbs, those that are a base form too among them ("come", "run", "become",
# "put"): after "had" or "has" any of them makes a perfect ("had come across on Tuesday"), which a test of
# ``PAST_FORMS`` alone misses.
# (The table has no row for "be", and gives "run" the participle "ran": those two are added by hand.)
PAST_PARTICIPLES: frozenset[str] = (
    frozenset(w.lower() for f in _ROWS if f[1] == "verb" and len(f) >= 6 for w in f[3].split("/") if w)
    | PAST_FORMS
    | {"been", "run"}
)
# Present participles and their verbs ("holding" -> "hold"): the present progressive.
ING_LEMMAS: dict[str, str] = {
    w.lower(): f[0].lower() for f in _ROWS if f[1] == "verb" and len(f) >= 5 for w in f[4].split("/") if w
}
del _ROWS
