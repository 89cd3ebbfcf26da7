package vn.egov.console.organization;

/** Kind of unit (loại đơn vị). */
public enum UnitKind {
    /** Provincial People's Committee itself (UBND tỉnh). */
    PROVINCIAL_COMMITTEE,
    /** Department or agency: sở, ban, ngành. */
    DEPARTMENT,
    /** District People's Committee: UBND huyện / thị xã / thành phố. */
    DISTRICT_COMMITTEE,
    /** Commune People's Committee: UBND xã / phường / thị trấn. */
    COMMUNE_COMMITTEE,
    /** Other unit (đơn vị khác). */
    OTHER;

    public String translationKey() {
        return "kind." + name();
    }
}
