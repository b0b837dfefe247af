-- Optimistic locking: a version per row of everything people edit, raised by every save (JPA
-- @Version). A save of a copy read before the last save is refused instead of silently undoing it;
-- the API shows the version as the ETag. Existing rows start at 0.
-- Written in the SQL that Derby 10.16 and PostgreSQL 15 share, like V1 and V2.

ALTER TABLE school ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE staff_member ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE skills_framework ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE course ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE training_session ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE cpd_record ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE school_priority ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE development_plan ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE appraisal ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE objective ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE need_profile ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE coverage_rule ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
