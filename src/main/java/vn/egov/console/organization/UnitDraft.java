package vn.egov.console.organization;

/** What a user types to create or edit a unit; validated by {@link UnitService}. */
public record UnitDraft(String code, String name, Tier tier, UnitKind kind, Long parentId, Integer headcount,
                        boolean hasItOfficer) {

    public static UnitDraft of(UnitSummary unit) {
        return new UnitDraft(unit.code(), unit.name(), unit.tier(), unit.kind(), unit.parentId(), unit.headcount(),
                unit.hasItOfficer());
    }
}
