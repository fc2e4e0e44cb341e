-- Secret scopes, their ACLs and their secrets. Portable SQL (H2 2.x and PostgreSQL): ids from
-- sequences, epoch milliseconds in BIGINT, unbounded VARCHAR for the base64 ciphertext.
-- A value exists here only as AES-256-GCM ciphertext; master_key_id names the key that made it.

CREATE SEQUENCE secret_scope_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE secret_scopes (
  id            BIGINT        NOT NULL PRIMARY KEY,
  name          VARCHAR(128)  NOT NULL,
  backend_type  VARCHAR(32)   NOT NULL,
  created_by    VARCHAR(255)  NOT NULL,
  created_at    BIGINT        NOT NULL,
  CONSTRAINT uq_secret_scopes_name UNIQUE (name)
);

-- Where Gatehouse keeps the *_plaintext credentials of endpoint configs. Id 0 is below every id
-- the sequence hands out. No ACL: only Gatehouse itself uses its secrets.
INSERT INTO secret_scopes (id, name, backend_type, created_by, created_at)
  VALUES (0, 'gatehouse-managed', 'DATABRICKS', 'gatehouse', 0);

CREATE SEQUENCE secret_acl_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE secret_acls (
  id          BIGINT        NOT NULL PRIMARY KEY,
  scope_id    BIGINT        NOT NULL,
  principal   VARCHAR(255)  NOT NULL,
  permission  VARCHAR(16)   NOT NULL,
  created_at  BIGINT        NOT NULL,
  CONSTRAINT uq_secret_acls UNIQUE (scope_id, principal),
  CONSTRAINT fk_secret_acls_scope FOREIGN KEY (scope_id) REFERENCES secret_scopes (id) ON DELETE CASCADE
);

CREATE SEQUENCE secret_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE secrets (
  id             BIGINT        NOT NULL PRIMARY KEY,
  scope_id       BIGINT        NOT NULL,
  secret_key     VARCHAR(128)  NOT NULL,
  master_key_id  VARCHAR(64)   NOT NULL,
  ciphertext     VARCHAR       NOT NULL,
  updated_at     BIGINT        NOT NULL,
  updated_by     VARCHAR(255)  NOT NULL,
  CONSTRAINT uq_secrets_scope_key UNIQUE (scope_id, secret_key),
  CONSTRAINT fk_secrets_scope FOREIGN KEY (scope_id) REFERENCES secret_scopes (id) ON DELETE CASCADE
);
CREATE INDEX ix_secrets_master_key ON secrets (master_key_id);
