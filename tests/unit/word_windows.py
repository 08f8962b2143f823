"""The plain rule of counting words back, that the engine's ``Layout.words_back`` must agree with."""

from __future__ import annotations


def words_back(text: str, pos: int, n: int, lo: int = 0) -> int:
    """Where the ``n``-th word before ``pos`` starts (``lo`` at the most): the start of a window holding
    the last ``n`` words before ``pos``, read in time proportional to them. Words are parted by spaces,
    line breaks and tabs (a no-break space or a lone carriage return joins them); a word cut by ``pos``
    counts. The plain rule, walked back a word at a time, that ``Layout.words_back`` answers by bisection."""
    i = pos
    for _ in range(n):
        while i > lo and text[i - 1].isspace():
            i -= 1
        space = text.rfind(" ", lo, i)
        # A line break or tab within the word found is the nearer gap (searched only that far back).
        word_start = max(space + 1, lo)
        gap = max(space, text.rfind("\n", word_start, i), text.rfind("\t", word_start, i))
        i = gap + 1 if gap >= lo else lo
    return i
