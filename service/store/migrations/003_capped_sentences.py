"""Each event stores its sentence, capped to a window around the expression.

Reads used to cut the sentence out of the document's text for every row, which made one long
document cost time and memory quadratic in its length. Existing rows get the window that new
ones get at ingest (service.sentences.window); each document's text is read once, so this is
linear in the stored data whatever the sizes of the documents.
"""

from __future__ import annotations

import asyncpg

from service.sentences import window

_UPDATE = """
UPDATE time_expressions e SET sentence_start = u.first, sentence_end = u.last, sentence = u.sentence
FROM unnest($1::bigint[], $2::int[], $3::int[], $4::text[]) AS u(id, first, last, sentence)
WHERE e.id = u.id"""


async def apply(conn: asyncpg.Connection) -> None:
    await conn.execute("ALTER TABLE time_expressions ADD COLUMN sentence text")
    for document_id in await conn.fetchval("SELECT array_agg(DISTINCT document_id) FROM time_expressions") or []:
        text = await conn.fetchval("SELECT text FROM documents WHERE id = $1", document_id)
        rows = await conn.fetch(
            "SELECT id, start_offset, end_offset, sentence_start, sentence_end FROM time_expressions"
            " WHERE document_id = $1",
            document_id,
        )
        spans = [
            window(text, (r["sentence_start"], r["sentence_end"]), r["start_offset"], r["end_offset"]) for r in rows
        ]
        await conn.execute(
            _UPDATE,
            [r["id"] for r in rows],
            [first for first, _ in spans],
            [last for _, last in spans],
            [text[first:last] for first, last in spans],
        )
    await conn.execute("ALTER TABLE time_expressions ALTER COLUMN sentence SET NOT NULL")
