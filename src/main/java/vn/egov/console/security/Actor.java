package vn.egov.console.security;

/**
 * Who is calling, as the database knows them now (not as the session remembered them at login): a user moved to
 * another unit or disabled is scoped accordingly from their very next request.
 */
public record Actor(long userId, String username, Role role, Long unitId) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean seesWholeProvince() {
        return role == Role.ADMIN || role == Role.LEADER;
    }
}
