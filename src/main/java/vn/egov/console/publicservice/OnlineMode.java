package vn.egov.console.publicservice;

/** How far a procedure can be done online since Decree 42/2022: fully (toàn trình), partly (một phần), or not. */
public enum OnlineMode {
    FULL, PARTIAL, NONE;

    public boolean online() {
        return this != NONE;
    }

    public String translationKey() {
        return "ps.mode." + name();
    }
}
