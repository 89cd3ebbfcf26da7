package vn.egov.console.security;

/** The four roles of PRODUCT.md. The string constants are for annotations ({@code @RolesAllowed}, {@code @PreAuthorize}). */
public enum Role {
    /** DIC IT staff (cán bộ Sở TT&TT): everything, including users and units. */
    ADMIN,
    /** Head of a department / district / commune: their unit and its children; approves the unit's requests. */
    UNIT_HEAD,
    /** The unit's IT officer: as UNIT_HEAD, except approving requests. */
    UNIT_OFFICER,
    /** Provincial leadership: reads everything, changes nothing. */
    LEADER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String UNIT_HEAD_NAME = "UNIT_HEAD";
    public static final String UNIT_OFFICER_NAME = "UNIT_OFFICER";
    public static final String LEADER_NAME = "LEADER";

    public String authority() {
        return "ROLE_" + name();
    }

    /** Unit roles belong to exactly one unit and see only that unit and its children. */
    public boolean isUnitScoped() {
        return this == UNIT_HEAD || this == UNIT_OFFICER;
    }

    public String translationKey() {
        return "role." + name();
    }
}
