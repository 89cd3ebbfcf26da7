package vn.egov.console.security;

public record UserChanges(String fullName, String email, Role role, Long unitId) {
}
