-- Single sign-on with Microsoft Entra ID or Google Workspace (issue 14).
-- sso_required: the school's people sign in only through the installation's OpenID Connect provider;
-- their passwords are refused (an administrator's account never is).
-- Written in the SQL that Derby 10.16 and PostgreSQL 15 share, like V9.

ALTER TABLE school ADD COLUMN sso_required BOOLEAN DEFAULT FALSE NOT NULL;
