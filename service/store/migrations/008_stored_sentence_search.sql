-- q= on the timeline: each event's sentence as a stored tsvector (007 is left to the write side).
--
-- With only an expression index (006), every row the timeline walks in order had its tsvector
-- computed again, so a rare word cost seconds at half a million events; and the planner could not
-- tell rare words from common ones. Stored, the column is read instead of computed, and ANALYZE
-- keeps statistics of its words: a rare word is looked up in the index, a common one found while
-- walking the timeline in order.
DROP INDEX time_expressions_sentence_search;
ALTER TABLE time_expressions ADD COLUMN sentence_search tsvector
    GENERATED ALWAYS AS (to_tsvector('english'::regconfig, sentence)) STORED;
CREATE INDEX time_expressions_sentence_search
    ON time_expressions USING gin (sentence_search)
    WHERE interval_start IS NOT NULL;
