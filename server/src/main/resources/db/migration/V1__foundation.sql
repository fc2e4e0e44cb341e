-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL. Unbounded VARCHAR holds JSON documents
-- on both; timestamps are epoch milliseconds (BIGINT); ids come from sequences, never IDENTITY.

CREATE SEQUENCE principal_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE principals (
  id            BIGINT       NOT NULL PRIMARY KEY,
  kind          VARCHAR(32)  NOT NULL,
  user_name     VARCHAR(255) NOT NULL,
  display_name  VARCHAR(255),
  admin         BOOLEAN      NOT NULL,
  active        BOOLEAN      NOT NULL,
  created_at    BIGINT       NOT NULL,
  CONSTRAINT uq_principals_kind_name UNIQUE (kind, user_name)
);

CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE api_tokens (
  id            BIGINT       NOT NULL PRIMARY KEY,
  token_id      VARCHAR(64)  NOT NULL,
  principal_id  BIGINT       NOT NULL,
  token_hash    VARCHAR(64)  NOT NULL,
  comment       VARCHAR(255),
  bootstrap     BOOLEAN      NOT NULL,
  created_at    BIGINT       NOT NULL,
  expires_at    BIGINT,
  CONSTRAINT uq_api_tokens_token_id UNIQUE (token_id),
  CONSTRAINT uq_api_tokens_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_tokens_principal FOREIGN KEY (principal_id) REFERENCES principals (id)
);

CREATE TABLE serving_endpoints (
  id                     VARCHAR(32)   NOT NULL PRIMARY KEY,
  name                   VARCHAR(63)   NOT NULL,
  creator                VARCHAR(255)  NOT NULL,
  creator_id             BIGINT        NOT NULL,
  created_at             BIGINT        NOT NULL,
  updated_at             BIGINT        NOT NULL,
  task                   VARCHAR(32),
  external_model         BOOLEAN,
  description            VARCHAR(1000) NOT NULL,
  route_optimized        BOOLEAN       NOT NULL,
  ai_gateway             VARCHAR,
  legacy_rate_limits     VARCHAR,
  config_update          VARCHAR(32)   NOT NULL,
  config_update_message  VARCHAR(2000),
  serving_version        INTEGER,
  pending_version        INTEGER,
  latest_version         INTEGER       NOT NULL,
  row_version            BIGINT        NOT NULL,
  CONSTRAINT uq_serving_endpoints_name UNIQUE (name)
);

CREATE TABLE endpoint_tags (
  endpoint_id  VARCHAR(32)  NOT NULL,
  position     INTEGER      NOT NULL,
  tag_key      VARCHAR(255) NOT NULL,
  tag_value    VARCHAR(255),
  CONSTRAINT fk_endpoint_tags_endpoint FOREIGN KEY (endpoint_id) REFERENCES serving_endpoints (id) ON DELETE CASCADE
);

CREATE INDEX ix_endpoint_tags_endpoint ON endpoint_tags (endpoint_id);

CREATE SEQUENCE config_version_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE endpoint_config_versions (
  id           BIGINT        NOT NULL PRIMARY KEY,
  endpoint_id  VARCHAR(32)   NOT NULL,
  version      INTEGER       NOT NULL,
  config       VARCHAR       NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  created_by   VARCHAR(255)  NOT NULL,
  start_time   BIGINT        NOT NULL,
  finished_at  BIGINT,
  message      VARCHAR(2000),
  CONSTRAINT uq_config_versions UNIQUE (endpoint_id, version),
  CONSTRAINT fk_config_versions_endpoint FOREIGN KEY (endpoint_id) REFERENCES serving_endpoints (id) ON DELETE CASCADE
);
