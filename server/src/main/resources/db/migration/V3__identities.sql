-- Identities: users and service principals gain what SCIM shows of them, groups (which may nest)
-- replace the principals.admin flag, and tokens record who made them and when they were last used.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL (nextval('...') works on both).

-- Users: an e-mail address; both kinds: when they last changed. A service principal keeps its
-- application id in user_name.
ALTER TABLE principals ADD COLUMN email VARCHAR(255);
ALTER TABLE principals ADD COLUMN updated_at BIGINT;
UPDATE principals SET updated_at = created_at;
ALTER TABLE principals ALTER COLUMN updated_at SET NOT NULL;

-- Groups take their ids from principal_seq, so that one id names exactly one user, service
-- principal or group: a SCIM member reference {"value": "<id>"} carries no type.
CREATE TABLE identity_groups (
  id            BIGINT        NOT NULL PRIMARY KEY,
  display_name  VARCHAR(255)  NOT NULL,
  created_at    BIGINT        NOT NULL,
  updated_at    BIGINT        NOT NULL,
  row_version   BIGINT        NOT NULL,
  CONSTRAINT uq_identity_groups_name UNIQUE (display_name)
);

-- A member is either a principal or a group (nesting), never both.
CREATE SEQUENCE group_member_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE group_members (
  id                   BIGINT  NOT NULL PRIMARY KEY,
  group_id             BIGINT  NOT NULL,
  member_principal_id  BIGINT,
  member_group_id      BIGINT,
  CONSTRAINT fk_group_members_group FOREIGN KEY (group_id) REFERENCES identity_groups (id),
  CONSTRAINT fk_group_members_principal FOREIGN KEY (member_principal_id) REFERENCES principals (id),
  CONSTRAINT fk_group_members_member_group FOREIGN KEY (member_group_id) REFERENCES identity_groups (id),
  CONSTRAINT ck_group_members_one_member CHECK ((member_principal_id IS NULL) <> (member_group_id IS NULL)),
  CONSTRAINT uq_group_members_principal UNIQUE (group_id, member_principal_id),
  CONSTRAINT uq_group_members_group UNIQUE (group_id, member_group_id)
);
CREATE INDEX ix_group_members_principal ON group_members (member_principal_id);
CREATE INDEX ix_group_members_member_group ON group_members (member_group_id);

-- The admins group, whose members may do everything. It inherits every principal that had the
-- admin flag (the bootstrap admin); on a fresh installation the bootstrap admin joins it at start.
INSERT INTO identity_groups (id, display_name, created_at, updated_at, row_version)
  VALUES (nextval('principal_seq'), 'admins',
          CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT),
          CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT), 0);
INSERT INTO group_members (id, group_id, member_principal_id)
  SELECT nextval('group_member_seq'), g.id, p.id
  FROM principals p, identity_groups g
  WHERE p.admin = TRUE AND g.display_name = 'admins';
ALTER TABLE principals DROP COLUMN admin;

-- Tokens: who made them (an admin, for tokens on behalf of a service principal; the name is kept
-- so it survives that admin's deletion) and when they were last used (written at most once a
-- minute per token).
ALTER TABLE api_tokens ADD COLUMN created_by_id BIGINT;
ALTER TABLE api_tokens ADD COLUMN created_by VARCHAR(255);
ALTER TABLE api_tokens ADD COLUMN last_used_at BIGINT;
UPDATE api_tokens SET created_by_id = principal_id,
  created_by = (SELECT p.user_name FROM principals p WHERE p.id = api_tokens.principal_id);
ALTER TABLE api_tokens ALTER COLUMN created_by_id SET NOT NULL;
ALTER TABLE api_tokens ALTER COLUMN created_by SET NOT NULL;
CREATE INDEX ix_api_tokens_principal ON api_tokens (principal_id);
