-- Sign-in that resists guessing, and access revoked at once (issue 12).
-- security_version: raised when an account is disabled, its roles or password change, or it is signed
-- out everywhere; a session that signed in under another number is ended on its next request.
-- must_change_password: the person must choose a new password before doing anything else.
-- sign_in_throttle: refused sign-ins counted per account name (known or not) and per client address,
-- in the database so every instance of a trust sees the same counts and locks.
-- Written in the SQL that Derby 10.16 and PostgreSQL 15 share, like V1 and V7.

ALTER TABLE user_account ADD COLUMN security_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE sign_in_throttle (
    subject VARCHAR(160) NOT NULL PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_started_at TIMESTAMP NOT NULL,
    last_failure_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP
);
CREATE INDEX ix_sign_in_throttle_last ON sign_in_throttle (last_failure_at);
