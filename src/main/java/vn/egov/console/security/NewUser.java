package vn.egov.console.security;

public record NewUser(String username, String fullName, String email, Role role, Long unitId, String password) {
}
