package vn.egov.console.publicservice;

import vn.egov.console.organization.Tier;

/** A procedure offered online in the period that received not one online application in the scope. */
public record ZeroOnlineProcedure(long id, String code, String name, String field, Tier tier, OnlineMode mode,
                                  String unitName) {
}
