package vn.egov.console.organization;

public record TierKindCount(Tier tier, UnitKind kind, long units, long headcount) {
}
