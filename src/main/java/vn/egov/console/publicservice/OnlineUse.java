package vn.egov.console.publicservice;

/**
 * How one handling unit used the procedures it offered online in a period: how many it offered (its own provincial
 * procedures, or its tier's for a district or commune committee) and how many of them received not one online
 * application from it.
 */
public record OnlineUse(long unitId, long offered, long unused) {

    /** Offered procedures that received at least one online application ÷ offered; null when none was offered. */
    public Double usedShare() {
        return offered == 0 ? null : (offered - unused) / (double) offered;
    }
}
