package vn.egov.console.architecture;

/** A rule that did not refuse the change but that the user must hear about (a translation key and its arguments). */
public record RuleWarning(String key, Object... args) {
}
