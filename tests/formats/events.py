"""Events as the JSON timeline shows them, built by hand for the renderers' unit tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from service.api.schemas import Event, Expression, Granularity, Sentence, When

PARIS = ZoneInfo("Europe/Paris")


def event(
    start: datetime | None,
    end: datetime | None,
    granularity: Granularity,
    text: str = "in August",
    sentence: str = "The region was occupied in August, officials said.",
    event_id: int = 1,
    document_id: int = 1,
    title: str | None = "Troops at the front",
    url: str | None = None,
) -> Event:
    at = sentence.find(text)
    return Event(
        id=event_id,
        document_id=document_id,
        expression=Expression(text=text, start=100 + at, end=100 + at + len(text), type="DATE", value="2024-08"),
        when=When(start=start, end=end, granularity=granularity, mod=None),
        anchor="publication",
        sentence=Sentence(text=sentence, start=100, end=100 + len(sentence)),
        title=title,
        url=url,
        source="wire",
        published_at=datetime(2024, 11, 5, 19, 1, tzinfo=PARIS),
    )


def local(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=PARIS)  # type: ignore[arg-type, misc]
