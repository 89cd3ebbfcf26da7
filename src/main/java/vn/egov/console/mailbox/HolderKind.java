package vn.egov.console.mailbox;

/** A mailbox belongs to a person (civil servant) or to the unit itself (the agency's official address). */
public enum HolderKind {
    PERSON, UNIT;

    public String translationKey() {
        return "holderKind." + name();
    }
}
