--liquibase formatted sql

--changeset egov:apitoken-1
-- API tokens become one facility for every feature that accepts pushes: the docflow table is renamed and each token
-- gets the feature it may push to. Tokens issued before this change were document-exchange tokens and keep working.
RENAME TABLE docflow_api_token TO api_token;
ALTER TABLE api_token ADD COLUMN scope VARCHAR(20) NOT NULL DEFAULT 'DOCFLOW' AFTER id;
--rollback ALTER TABLE api_token DROP COLUMN scope; RENAME TABLE api_token TO docflow_api_token;
