-- A framework may belong to one school: its requirements ask things of that school's staff only,
-- and that school's SENCO may change it. Frameworks without a school (the shipped ones and the
-- trust's) are shared by every school and changed only by the trust lead or an administrator.
-- Written in the SQL that Derby 10.16 and PostgreSQL 15 share.

ALTER TABLE skills_framework ADD COLUMN school_id BIGINT;
ALTER TABLE skills_framework ADD CONSTRAINT fk_framework_school FOREIGN KEY (school_id) REFERENCES school(id);
CREATE INDEX ix_framework_school ON skills_framework(school_id);
