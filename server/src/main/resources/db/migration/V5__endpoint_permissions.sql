-- Direct grants on serving endpoints: one level per principal and endpoint. Admins hold
-- CAN_MANAGE everywhere without a row. Keyed by the endpoint's id, not its name, so a new
-- endpoint that reuses a deleted one's name starts with no grants.
CREATE TABLE endpoint_grants (
  endpoint_id       VARCHAR(32)   NOT NULL,
  grantee_type      VARCHAR(32)   NOT NULL,
  grantee_name      VARCHAR(255)  NOT NULL,
  permission_level  VARCHAR(16)   NOT NULL,
  granted_by        VARCHAR(255)  NOT NULL,
  granted_at        BIGINT        NOT NULL,
  CONSTRAINT pk_endpoint_grants PRIMARY KEY (endpoint_id, grantee_type, grantee_name),
  CONSTRAINT fk_endpoint_grants_endpoint FOREIGN KEY (endpoint_id) REFERENCES serving_endpoints (id) ON DELETE CASCADE
);

-- Listing endpoints looks grants up by principal and group, across endpoints.
CREATE INDEX ix_endpoint_grants_grantee ON endpoint_grants (grantee_type, grantee_name);

-- Before this migration the creator's CAN_MANAGE was implied; it is now a grant like any other.
INSERT INTO endpoint_grants (endpoint_id, grantee_type, grantee_name, permission_level, granted_by, granted_at)
SELECT e.id, COALESCE(p.kind, 'USER'), e.creator, 'CAN_MANAGE', e.creator, e.created_at
FROM serving_endpoints e LEFT JOIN principals p ON p.id = e.creator_id;
