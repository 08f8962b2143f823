-- Migration 004 carried every offset over into time_zone, which is what dates are shown in since;
-- the offset column was still written but read by nothing, a second copy that could disagree.
ALTER TABLE documents DROP COLUMN utc_offset;
