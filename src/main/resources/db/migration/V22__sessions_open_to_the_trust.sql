-- A school's sessions to come and those open to the whole trust are read together
-- (school_id = ? OR open_to_trust). With an index on each side of the OR, PostgreSQL combines the two
-- instead of scanning every session of the trust once per school: at 850 schools that scan cost
-- about 2 ms a school, twice, in every analysis.
CREATE INDEX ix_session_open_starts ON training_session (open_to_trust, starts_at);
