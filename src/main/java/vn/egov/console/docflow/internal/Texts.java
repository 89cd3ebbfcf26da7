package vn.egov.console.docflow.internal;

/** Translations for the report writers, which run outside a UI. */
@FunctionalInterface
public interface Texts {

    String get(String key, Object... args);
}
