package vn.egov.console.organization;

import java.util.List;
import java.util.Locale;

/**
 * What the console says about the province it serves: the province, and the department that runs the programme
 * (until 2025 the Department of Information and Communications; since then the Department of Science and
 * Technology). Shown in the header and on reports; the mail domains decide which official addresses are valid.
 *
 * @param version for optimistic locking; 0 while the settings come from configuration only
 */
public record ProvinceSettings(String provinceName, String provinceCode, String departmentNameVi,
                               String departmentNameEn, List<String> mailDomains, long version) {

    public ProvinceSettings {
        mailDomains = List.copyOf(mailDomains);
    }

    public String departmentName(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? departmentNameVi : departmentNameEn;
    }

    /** The domain new addresses are made in. */
    public String primaryMailDomain() {
        return mailDomains.getFirst();
    }
}
