-- Each event's export lines (migration 011) given by the service's writers instead of written by the
-- trigger for every row inserted.
--
-- The trigger was a PL/pgSQL call per row, a look-up of the event's document and two long
-- concatenations: 0.55-0.6 ms of PostgreSQL's 1.8-1.9 ms of CPU per news article stored (23
-- expressions, 17 of them events), measured by switching it off on the same writes. The engine's
-- workers now write each line after its ids (service/export_tails.py, the text of the functions
-- export_ndjson_line and export_csv_line byte for byte: tests/exports/test_written_lines.py), and
-- the store puts the ids in front.
--
-- An INSERT or COPY that gives an event both lines, or gives a non-event none, keeps what it gave:
-- the trigger's WHEN is tested in C without calling PL/pgSQL. Any other row inserted (a writer that
-- knows nothing of the lines, one that gave half of them, or lines to an expression that is no event)
-- gets them from the trigger as before; and every UPDATE still writes them again, as before.
DROP TRIGGER time_expressions_export_lines ON time_expressions;

CREATE TRIGGER time_expressions_export_lines
    BEFORE UPDATE ON time_expressions
    FOR EACH ROW EXECUTE FUNCTION write_export_lines();

CREATE TRIGGER time_expressions_export_lines_inserted
    BEFORE INSERT ON time_expressions
    FOR EACH ROW
    WHEN (NOT (CASE WHEN NEW.interval_start IS NULL THEN NEW.ndjson_line IS NULL AND NEW.csv_line IS NULL
                    ELSE NEW.ndjson_line IS NOT NULL AND NEW.csv_line IS NOT NULL END))
    EXECUTE FUNCTION write_export_lines();
