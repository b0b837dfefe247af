-- One row that instances starting together on an empty database take in turn: the first start
-- updates it before looking for accounts, so a second instance waits until the first has created the
-- admin account and the demo (and committed), then finds them and does nothing.
-- Written in the SQL that Derby 10.16 and PostgreSQL 15 share.

CREATE TABLE first_start_lock (
  id INT NOT NULL PRIMARY KEY,
  taken_at TIMESTAMP
);
INSERT INTO first_start_lock (id) VALUES (1);
