package vn.egov.console.apitoken;

/**
 * What a token may push. A token is issued for one feature's API only, so a leaked document-exchange token cannot
 * write public-service figures and vice versa. The prefix lets an operator tell them apart at a glance.
 */
public enum ApiScope {
    /** Monthly document-exchange figures ({@code /api/docflow/v1/...}). */
    DOCFLOW("dfx_"),
    /** Monthly public-service figures ({@code /api/publicservice/v1/...}). */
    PUBLICSERVICE("psx_");

    private final String prefix;

    ApiScope(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String translationKey() {
        return "apiToken.scope." + name();
    }
}
