-- The NDJSON line of an event stored without one (loaded with triggers off and not refreshed since,
-- migration 011), written now from its document's row: what the JSON page of the timeline shows for
-- such an event (service/store/timeline.py, page_statement).
--
-- PL/pgSQL, so that it is never inlined: a statement that names the inlined SQL of
-- export_ndjson_line as the fallback of the stored line pays for planning that whole expression
-- (and the document's lookup) at each custom plan, even when no event needs it: about 1.5 ms of
-- PostgreSQL per timeline page, three times what reading the page's 101 stored lines costs. Named
-- through this function, the fallback costs nothing to plan, and runs only for such an event.
-- COST 1, not PL/pgSQL's default of 100: the planner charges it for every event it reads, where it
-- runs for almost none, and at 100 it judged a walk of the timeline's index dearer than sorting
-- thousands of events.
CREATE FUNCTION ndjson_line_written_now(e time_expressions) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE COST 1 AS $$
DECLARE
    d record;
BEGIN
    SELECT title, url, source, time_zone INTO d FROM documents WHERE id = e.document_id AND tenant = e.tenant;
    RETURN export_ndjson_line(e, d.title, d.url, d.source, d.time_zone);
END
$$;
