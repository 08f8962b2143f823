from service.sentences import SentenceIndex, sentence_spans


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_splits_on_sentence_ends_but_not_abbreviations() -> None:
    text = "Mr. Smith met Gen. Lee on Nov. 5. They talked.  Then the U.S. Army left!\n\nNew paragraph"
    assert texts(text) == [
        "Mr. Smith met Gen. Lee on Nov. 5.",
        "They talked.",
        "Then the U.S. Army left!",
        "New paragraph",
    ]


def test_quotes_stay_with_their_sentence() -> None:
    assert texts('He said "we will win." Then he left.') == ['He said "we will win."', "Then he left."]


def test_index_finds_the_sentence_of_an_offset() -> None:
    text = "First one. Second one here."
    index = SentenceIndex(text)
    assert index.containing(13, 19) == (11, 27)
    assert index.containing(0, 5) == (0, 10)
