-- A tenant's revision (migration 006) bumped once by a transaction that writes its documents,
-- instead of once for every document it writes.
--
-- The revision exists so that an ETag changes with any answer that could: every transaction that
-- stores, replaces or deletes a tenant's documents must change it, in the same transaction. Once is
-- enough, since its writes become visible together, at its commit. But the deferred row trigger ran
-- the upsert of tenant_revisions for each document at the commit: a batch of 50 updated that one row
-- 50 times, each update a new version in the same transaction that the next had to find along the
-- row's chain (store_cost.py with the trigger switched off: the commit of a new store's groups of 50
-- 0.27 -> 0.10 ms per document).
--
-- The first bump of a transaction says so for the rest of it (set_config(..., true): the setting
-- ends with the transaction, and is undone with the bump when a savepoint before it is rolled back);
-- the value names the transaction too, so that a setting left in a session by hand never stands for
-- a bump. A transaction that writes documents of several tenants in turn bumps again at each change
-- of tenant: more often than needed, never less.
CREATE OR REPLACE FUNCTION bump_tenant_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant ELSE NEW.tenant END;
    bumped text := pg_current_xact_id()::text || '/' || changed;
BEGIN
    IF current_setting('timeline.revision_bumped', true) IS NOT DISTINCT FROM bumped THEN
        RETURN NULL;
    END IF;
    INSERT INTO tenant_revisions AS r (tenant, revision)
    VALUES (changed, next_revision(NULL))
    ON CONFLICT (tenant) DO UPDATE SET revision = next_revision(r.revision);
    PERFORM set_config('timeline.revision_bumped', bumped, true);
    RETURN NULL;
END
$$;
