package vn.egov.console.architecture;

import java.util.Locale;

/** A component of the architecture or a task group (legal environment, human resources), in the annex's order. */
public record ArchComponent(long id, String code, String nameVi, String nameEn, int sortOrder) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
