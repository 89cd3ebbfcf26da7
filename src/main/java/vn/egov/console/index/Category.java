package vn.egov.console.index;

import java.util.Optional;
import vn.egov.console.organization.UnitKind;

/** The unit categories a framework ranks separately (departments, district-level units, communes). */
public enum Category {
    DEPARTMENT, DISTRICT, COMMUNE;

    /** The category a unit of this kind is ranked in; none for the provincial committee and other units. */
    public static Optional<Category> of(UnitKind kind) {
        return Optional.ofNullable(switch (kind) {
            case DEPARTMENT -> DEPARTMENT;
            case DISTRICT_COMMITTEE -> DISTRICT;
            case COMMUNE_COMMITTEE -> COMMUNE;
            case PROVINCIAL_COMMITTEE, OTHER -> null;
        });
    }

    public String translationKey() {
        return "index.category." + name();
    }
}
