package vn.egov.console.security;

import java.time.Instant;

public record LoginAuditRow(Instant at, String username, LoginEvent event, String remoteAddress, String detail) {
}
