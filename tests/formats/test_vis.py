"""vis-timeline items: point, box or range by what the event covers; grouped by document."""

from __future__ import annotations

from service.formats import vis
from tests.formats.events import event, local


def test_each_kind_of_event_gets_its_item_type() -> None:
    rendered = vis.render(
        [
            event(local(2024, 11, 5, 18, 30), local(2024, 11, 5, 18, 31), "minute", event_id=1),
            event(local(2024, 10, 31), local(2024, 11, 1), "day", event_id=2),
            event(local(2024, 8, 1), local(2024, 9, 1), "month", event_id=3, document_id=2, title=None),
            event(local(2020, 1, 1), None, "year", event_id=4),
        ]
    )
    types = {item["id"]: item["type"] for item in rendered["items"]}
    assert types == {1: "point", 2: "box", 3: "range", 4: "box"}
    month = rendered["items"][2]
    assert (month["start"], month["end"]) == ("2024-08-01T00:00:00+02:00", "2024-09-01T00:00:00+02:00")
    assert "end" not in rendered["items"][3]
    assert rendered["groups"] == [{"id": 1, "content": "Troops at the front"}, {"id": 2, "content": "Document 2"}]
    assert {item["group"] for item in rendered["items"]} == {1, 2}


def test_content_and_title_are_escaped() -> None:
    [item] = vis.render([event(local(2024, 8, 1), local(2024, 9, 1), "month", sentence="A <script> in August")])[
        "items"
    ]
    assert item["content"] == "in August"
    assert item["title"] == "A &lt;script&gt; in August"
