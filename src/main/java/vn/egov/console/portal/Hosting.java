package vn.egov.console.portal;

/** Where a portal runs: at the province's Information Infrastructure Center, or elsewhere (own server, vendor). */
public enum Hosting {
    CENTRAL, ELSEWHERE;

    public String translationKey() {
        return "portal.hosting." + name();
    }
}
