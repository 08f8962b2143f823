-- The instants of documents in UTC or a fixed offset written in their export lines as the JSON
-- page shows them, not as marks for the service to replace (migration 011).
--
-- A mark is there so that an instant is shown in its document's zone by Python's zone data. UTC
-- and a fixed offset need no zone data: PostgreSQL and Python write their instants alike, ISO 8601
-- with Z at offset zero and the offset otherwise, microseconds only when there are any (msgspec and
-- datetime.isoformat alike). Offsets with seconds (local mean time) keep their marks, as JSON drops
-- the seconds that CSV writes, and so do named zones. UTC is the service's default zone, and a
-- publication time given with Z or an offset is stored as that offset; replacing marks was about
-- half of the service's time in an export (py-spy): a page without marks goes out as stored.

-- The wall time of an instant in UTC or a fixed offset ("+05:30").
CREATE FUNCTION export_fixed_zone_time(moment timestamptz, zone text) RETURNS timestamp
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT (moment AT TIME ZONE 'UTC') + CASE WHEN zone = 'UTC' THEN interval '0'
        ELSE (substr(zone, 1, 1) || '1')::integer
             * make_interval(hours => substr(zone, 2, 2)::integer, mins => substr(zone, 5, 2)::integer) END
$$;

-- An instant of the line: in UTC or a fixed offset as ISO 8601 (quoted for JSON; an open end null
-- in JSON and empty in CSV), in any other zone a mark. Offsets are whole minutes: the microseconds
-- are the instant's own.
CREATE FUNCTION export_line_instant(moment timestamptz, zone text, as_json boolean) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN zone <> 'UTC' AND zone !~ '^[+-][0-9]{2}:[0-9]{2}$' THEN export_instant(moment, zone)
        WHEN NOT isfinite(moment) THEN CASE WHEN as_json THEN 'null' ELSE '' END
        ELSE concat(CASE WHEN as_json THEN '"' END,
                    to_char(export_fixed_zone_time(moment, zone), 'YYYY-MM-DD"T"HH24:MI:SS'),
                    CASE WHEN extract(microseconds FROM moment)::bigint % 1000000 <> 0
                         THEN to_char(export_fixed_zone_time(moment, zone), '.US') END,
                    CASE WHEN zone IN ('UTC', '+00:00') THEN 'Z' ELSE zone END,
                    CASE WHEN as_json THEN '"' END)
    END
$$;

CREATE OR REPLACE FUNCTION export_ndjson_line(e time_expressions, title text, url text, source text, zone text)
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT concat('{"id":', e.id, ',"document_id":', e.document_id,
        ',"expression":{"text":', to_json(e.text), ',"start":', e.start_offset, ',"end":', e.end_offset,
        ',"type":"', e.type, '","value":', to_json(e.value),
        '},"when":{"start":', export_line_instant(e.interval_start, zone, true),
        ',"end":', export_line_instant(e.interval_end, zone, true),
        ',"granularity":', export_json(e.granularity), ',"mod":', export_json(e.mod),
        '},"anchor":', to_json(e.anchor),
        ',"sentence":{"text":', to_json(e.sentence), ',"start":', e.sentence_start, ',"end":', e.sentence_end,
        '},"title":', export_json(title), ',"url":', export_json(url), ',"source":', export_json(source),
        ',"published_at":', export_line_instant(e.published_at, zone, true), E'}\n')
$$;

CREATE OR REPLACE FUNCTION export_csv_line(e time_expressions, title text, url text, source text, zone text)
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT concat(e.id, ',', e.document_id, ',', export_csv_cell(e.text), ',', export_csv_cell(e.value), ',', e.type,
        ',', export_line_instant(e.interval_start, zone, false), ',', export_line_instant(e.interval_end, zone, false),
        ',', export_csv_cell(e.granularity), ',', export_csv_cell(e.mod), ',', export_csv_cell(e.anchor),
        ',', export_csv_cell(e.sentence), ',', export_csv_cell(title), ',', export_csv_cell(url),
        ',', export_csv_cell(source), ',', export_line_instant(e.published_at, zone, false), E'\r\n')
$$;

-- The stored lines of those documents' events, written again (the UPDATE fires 011's trigger).
UPDATE time_expressions e SET ndjson_line = NULL
FROM documents d
WHERE d.id = e.document_id AND d.tenant = e.tenant AND e.interval_start IS NOT NULL
  AND (d.time_zone = 'UTC' OR d.time_zone ~ '^[+-][0-9]{2}:[0-9]{2}$');
