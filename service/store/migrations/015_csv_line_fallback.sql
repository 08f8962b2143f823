-- The CSV line of an event stored without one (loaded with triggers off and not refreshed since,
-- migration 011), written now from its document's row: the twin of migration 014's NDJSON one, for
-- the CSV export (service/store/export_lines.py, line).
--
-- PL/pgSQL, so that it is never inlined: an export statement that named the inlined SQL of
-- export_csv_line as the stored line's fallback paid for planning that whole expression at each
-- page (1.5 to 3 µs per event exported), though it ran for no event. COST 1 for the reason 014 gives.
CREATE FUNCTION csv_line_written_now(e time_expressions) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE COST 1 AS $$
DECLARE
    d record;
BEGIN
    SELECT title, url, source, time_zone INTO d FROM documents WHERE id = e.document_id AND tenant = e.tenant;
    RETURN export_csv_line(e, d.title, d.url, d.source, d.time_zone);
END
$$;
