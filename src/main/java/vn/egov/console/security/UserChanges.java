package vn.egov.console.security;

public record UserChanges(String fullName, Role role, Long unitId) {
}
