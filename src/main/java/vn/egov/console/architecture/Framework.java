package vn.egov.console.architecture;

/** A national architecture framework a provincial version follows (data: new ones keep being issued). */
public record Framework(long id, String code, String name, String issuedBy) {
}
