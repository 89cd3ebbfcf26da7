package vn.egov.console.security;

public record NewUser(String username, String fullName, Role role, Long unitId, String password) {
}
