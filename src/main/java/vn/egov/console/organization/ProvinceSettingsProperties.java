package vn.egov.console.organization;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province settings as configured ({@code app.province.*}): used until an administrator saves the settings
 * screen, and the values a fresh installation for another province starts from.
 */
@ConfigurationProperties("app.province")
public record ProvinceSettingsProperties(String name, String code, String departmentName, String departmentNameEn,
                                         List<String> mailDomains) {

    ProvinceSettings asSettings() {
        return new ProvinceSettings(orEmpty(name), orEmpty(code), orEmpty(departmentName),
                departmentNameEn == null || departmentNameEn.isBlank() ? orEmpty(departmentName) : departmentNameEn,
                ProvinceSettingsService.normaliseDomains(mailDomains == null ? List.of() : mailDomains), 0);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
