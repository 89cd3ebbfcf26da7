--liquibase formatted sql

--changeset egov:certificate-trust-1
-- Issue 14, flaw 7: whether a configured trusted CA (Ban Cơ yếu Chính phủ) verified the certificate's signature.
-- NULL for certificates recorded before the check existed (no file kept to check them now).
ALTER TABLE certificate ADD COLUMN issuer_trusted BOOLEAN NULL;
