"""Documents for the export tests: the shared examples through the API, and many events at once."""

from __future__ import annotations

from typing import Any

import asyncpg
from litestar.testing import AsyncTestClient


async def post_examples(client: AsyncTestClient, example_documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every example document, stored through the API; their responses."""
    stored = []
    for n, example in enumerate(example_documents):
        body = {k: example[k] for k in ("text", "published_at", "title") if k in example}
        body |= {"source": "wire" if n % 2 else "paper", "url": f"https://news.example/{example['name']}?a=1&b=2"}
        response = await client.post("/v1/documents", json=body)
        assert response.status_code == 201, response.text
        stored.append(response.json())
    return stored


_COPY_EVENT = """
INSERT INTO time_expressions (tenant, document_id, published_at, start_offset, end_offset, text, type, value, mod,
                              anchor, granularity, sentence_start, sentence_end, sentence, interval_start,
                              interval_end)
SELECT tenant, document_id, published_at, start_offset, end_offset, text, type, value, mod, anchor, granularity,
       sentence_start, sentence_end, sentence,
       interval_start + make_interval(days => n % 3650), interval_end + make_interval(days => n % 3650)
FROM time_expressions, generate_series(1, $2) AS n
WHERE id = $1"""


async def copy_event(db: asyncpg.Connection, event_id: int, copies: int) -> None:
    """``copies`` more events like ``event_id``, spread over ten years (several share each day)."""
    await db.execute(_COPY_EVENT, event_id, copies)
    # Statistics that know the new rows, as autovacuum would give them soon after.
    await db.execute("ANALYZE time_expressions")
