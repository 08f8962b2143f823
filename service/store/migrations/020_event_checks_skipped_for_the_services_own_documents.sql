-- The two statement triggers that check what an INSERT of events says of their documents (migration
-- 019: each document is there, under the event's tenant; migrations 010 and 016: each event carries
-- its document's source) skip the service's own writes, which are right by construction.
--
-- service.store.batch writes events only for documents it inserted or upserted earlier in the same
-- transaction (their rows come back from that statement, and stay locked by it until the commit, so
-- no other transaction can delete or move them meanwhile), and gives each event its document's
-- source from the same values it wrote into the document's row. Both checks could only confirm that.
-- They cost PostgreSQL a PL/pgSQL call, an executor and a look-up per document for every statement:
-- with one document per statement (a single post written alone) about 0.4 ms of the 2.3 ms its
-- events' COPY took, which groups of posts and batches pay once per statement.
--
-- The service says so for its transaction (set_config(..., true), in the statement that draws the
-- events' ids): the triggers' WHEN, tested in C, then skips their functions. Every other writer (a
-- script, psql, a COPY of its own) knows nothing of the setting and is checked as before; the
-- setting ends with the transaction. The event counts' trigger (migration 009) still runs for every
-- writer, and so do the triggers of UPDATE and DELETE.
DROP TRIGGER time_expressions_documents_checked ON time_expressions;
CREATE TRIGGER time_expressions_documents_checked
    AFTER INSERT ON time_expressions REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT
    WHEN (current_setting('timeline.events_of_written_documents', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION check_event_documents();

DROP TRIGGER time_expressions_sources_corrected ON time_expressions;
CREATE TRIGGER time_expressions_sources_corrected
    AFTER INSERT ON time_expressions REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT
    WHEN (current_setting('timeline.events_of_written_documents', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION correct_event_sources();
