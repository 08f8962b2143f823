-- The streamed exports' lines (NDJSON and CSV), written once when an event is stored, so that an
-- export is a walk of the timeline's index reading stored text (service/store/export_lines.py).
-- Writing them at each export cost PostgreSQL about 23 µs per event: a lookup of the document and
-- the escaping of every field, a thousand times per page.
--
-- A line is everything the export sends but its instants: each instant is a mark,
-- MARK epoch-microseconds zone MARK ('infinity' or '-infinity' at an open end, MARK = \x01), that
-- the service replaces with the instant in the document's zone by Python's zone data, as the JSON
-- page shows it. The mark depends on no session setting (DateStyle, TimeZone), so a line is the
-- same whoever stored it. JSON escapes every control character, so a text cannot hold a mark;
-- in CSV a text's own MARK is written twice, an empty mark that stands for the character itself.

ALTER TABLE time_expressions ADD COLUMN ndjson_line text, ADD COLUMN csv_line text;

CREATE FUNCTION export_instant(moment timestamptz, zone text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT concat(E'\x01', CASE WHEN isfinite(moment) THEN (extract(epoch FROM moment) * 1000000)::bigint::text
                                ELSE moment::text END,
                  ' ', zone, E'\x01')
$$;

-- A JSON value of a text; null for NULL.
CREATE FUNCTION export_json(value text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(to_json(value)::text, 'null')
$$;

-- A CSV cell as Python's csv module writes it (quoted only when it holds a comma, a quote or a
-- line break; NULL empty), with the text's own MARK written twice. strpos: one pass of memchr
-- each, several times cheaper than a regular expression.
CREATE FUNCTION export_csv_cell(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN strpos(coalesce(value, ''), '"') > 0 OR strpos(coalesce(value, ''), ',') > 0
             OR strpos(coalesce(value, ''), E'\n') > 0 OR strpos(coalesce(value, ''), E'\r') > 0
        THEN '"' || replace(replace(coalesce(value, ''), E'\x01', E'\x01\x01'), '"', '""') || '"'
        WHEN strpos(coalesce(value, ''), E'\x01') > 0 THEN replace(coalesce(value, ''), E'\x01', E'\x01\x01')
        ELSE coalesce(value, '')
    END
$$;

-- In the order of schemas.Event. `type` is held to four words by a CHECK constraint: no escaping.
CREATE FUNCTION export_ndjson_line(e time_expressions, title text, url text, source text, zone text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT concat('{"id":', e.id, ',"document_id":', e.document_id,
        ',"expression":{"text":', to_json(e.text), ',"start":', e.start_offset, ',"end":', e.end_offset,
        ',"type":"', e.type, '","value":', to_json(e.value),
        '},"when":{"start":', export_instant(e.interval_start, zone), ',"end":', export_instant(e.interval_end, zone),
        ',"granularity":', export_json(e.granularity), ',"mod":', export_json(e.mod),
        '},"anchor":', to_json(e.anchor),
        ',"sentence":{"text":', to_json(e.sentence), ',"start":', e.sentence_start, ',"end":', e.sentence_end,
        '},"title":', export_json(title), ',"url":', export_json(url), ',"source":', export_json(source),
        ',"published_at":', export_instant(e.published_at, zone), E'}\n')
$$;

-- In the order of csv_table.COLUMNS.
CREATE FUNCTION export_csv_line(e time_expressions, title text, url text, source text, zone text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT concat(e.id, ',', e.document_id, ',', export_csv_cell(e.text), ',', export_csv_cell(e.value), ',', e.type,
        ',', export_instant(e.interval_start, zone), ',', export_instant(e.interval_end, zone),
        ',', export_csv_cell(e.granularity), ',', export_csv_cell(e.mod), ',', export_csv_cell(e.anchor),
        ',', export_csv_cell(e.sentence), ',', export_csv_cell(title), ',', export_csv_cell(url),
        ',', export_csv_cell(source), ',', export_instant(e.published_at, zone), E'\r\n')
$$;

-- Every way of writing an event (single posts, the batch COPY, replacements, other writers' INSERT
-- or COPY, an UPDATE of any column) stores its lines, from the row as written and its document's
-- fields. Expressions that are no events (no interval) are never exported and keep none.
CREATE FUNCTION write_export_lines() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d record;
BEGIN
    IF NEW.interval_start IS NULL THEN
        NEW.ndjson_line := NULL;
        NEW.csv_line := NULL;
        RETURN NEW;
    END IF;
    SELECT title, url, source, time_zone INTO d FROM documents WHERE id = NEW.document_id AND tenant = NEW.tenant;
    NEW.ndjson_line := export_ndjson_line(NEW, d.title, d.url, d.source, d.time_zone);
    NEW.csv_line := export_csv_line(NEW, d.title, d.url, d.source, d.time_zone);
    RETURN NEW;
END
$$;

-- The events stored until now.
UPDATE time_expressions e
SET ndjson_line = export_ndjson_line(e, d.title, d.url, d.source, d.time_zone),
    csv_line = export_csv_line(e, d.title, d.url, d.source, d.time_zone)
FROM documents d
WHERE d.id = e.document_id AND d.tenant = e.tenant AND e.interval_start IS NOT NULL;

CREATE TRIGGER time_expressions_export_lines
    BEFORE INSERT OR UPDATE ON time_expressions
    FOR EACH ROW EXECUTE FUNCTION write_export_lines();

-- A document whose title, url or zone changes rewrites its events' lines (the UPDATE fires the
-- trigger above). Its source is not listed: documents_source_follows (migration 009) already
-- updates its events when it changes. A replaced document's events are deleted and written again
-- anyway; a direct UPDATE of a document is what this keeps right.
CREATE FUNCTION rewrite_export_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE time_expressions SET ndjson_line = NULL
    WHERE tenant = NEW.tenant AND document_id = NEW.id AND interval_start IS NOT NULL;
    RETURN NULL;
END
$$;

CREATE TRIGGER documents_export_lines_follow
    AFTER UPDATE OF title, url, time_zone ON documents
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.url IS DISTINCT FROM NEW.url
                       OR OLD.time_zone IS DISTINCT FROM NEW.time_zone)
    EXECUTE FUNCTION rewrite_export_lines();

-- A bulk load with triggers off (session_replication_role = replica) leaves its events without
-- lines: refresh_read_paths() now writes them too (its UPDATEs fire the trigger above).
CREATE OR REPLACE FUNCTION refresh_read_paths() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE time_expressions e SET source = d.source
    FROM documents d
    WHERE d.id = e.document_id AND d.tenant = e.tenant AND e.source IS DISTINCT FROM d.source;
    UPDATE time_expressions SET ndjson_line = NULL
    WHERE interval_start IS NOT NULL AND (ndjson_line IS NULL OR csv_line IS NULL);
    DELETE FROM event_count_changes;
    DELETE FROM event_counts;
    INSERT INTO event_counts
    SELECT tenant, interval_start, interval_end, coalesce(granularity, ''), count(*)
    FROM time_expressions
    WHERE interval_start IS NOT NULL
    GROUP BY 1, 2, 3, 4;
END
$$;
