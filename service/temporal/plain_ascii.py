"""Patterns for plain ASCII texts: the same regular expressions, compiled with ``re.ASCII``.

Matched on a text that is all ASCII, a pattern finds the same spans in either mode, with two
exceptions: Unicode counts the separators \\x1c-\\x1f as white space (``\\s``) where ASCII does not, and,
ignoring case, a few characters outside ASCII match ASCII letters ("ſ" matches "s", the Kelvin sign
"k"). So a text with one of those separators is not plain, and no pattern given a twin may hold one of
those characters (a test holds the engine's patterns to it). On a plain text the twin is the cheaper:
the regex engine tests ``\\w``, ``\\d``, ``\\s`` and case by a table look-up instead of asking Unicode's
character database about every character it reads.
"""

from __future__ import annotations

import re

# ASCII characters that Unicode's ``\s`` takes for white space and ``re.ASCII``'s does not.
_UNICODE_ONLY_SPACE = re.compile("[\x1c-\x1f]")
# Characters outside ASCII that match an ASCII letter when case is ignored.
FOLD_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


_UNICODE_ONLY_SPACES = "".join(chr(c) for c in range(128) if _UNICODE_ONLY_SPACE.match(chr(c)))


def is_plain(text: str) -> bool:
    """Whether every pattern matches ``text`` as its ASCII twin does (``isascii`` costs nothing: a
    string knows whether it is all ASCII; looking for each of four characters is a scan in C, several
    times cheaper than a regex's class tried at every character)."""
    return text.isascii() and not any(ch in text for ch in _UNICODE_ONLY_SPACES)


def twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with ``re.ASCII``, for plain texts."""
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)
