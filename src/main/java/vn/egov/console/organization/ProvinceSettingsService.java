package vn.egov.console.organization;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.security.CurrentUser;

/**
 * The province settings: read by everyone (the header, reports, address checks — it is what the console says about
 * itself, nothing confidential), changed by ADMIN only. Nothing about a particular province is written in the code.
 */
@Service
@EnableConfigurationProperties(ProvinceSettingsProperties.class)
public class ProvinceSettingsService {

    private static final Pattern DOMAIN = Pattern.compile("^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private final JdbcTemplate jdbc;
    private final ProvinceSettingsProperties configured;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProvinceSettingsService(JdbcTemplate jdbc, ProvinceSettingsProperties configured, CurrentUser currentUser,
                            Clock clock) {
        this.jdbc = jdbc;
        this.configured = configured;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Open to every caller, signed in or not (background jobs and start-up seeders read the mail domains too). */
    @Transactional(readOnly = true)
    public ProvinceSettings current() {
        List<ProvinceSettings> saved = jdbc.query("""
                SELECT province_name, province_code, department_name_vi, department_name_en, mail_domains, version
                FROM province_settings WHERE id = 1""",
                (rs, i) -> new ProvinceSettings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        normaliseDomains(Arrays.asList(rs.getString(5).split(","))), rs.getLong(6)));
        return saved.isEmpty() ? configured.asSettings() : saved.getFirst();
    }

    /**
     * Saves the settings. {@code changed.version()} must be the version that was read, so two administrators
     * editing at once do not silently overwrite each other.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProvinceSettings update(ProvinceSettings changed) {
        ProvinceSettings valid = validate(changed);
        String by = currentUser.username();
        var now = Timestamp.from(clock.instant());
        String domains = String.join(",", valid.mailDomains());
        int rows;
        if (changed.version() == 0) {
            rows = jdbc.update("""
                    INSERT IGNORE INTO province_settings (id, province_name, province_code, department_name_vi,
                        department_name_en, mail_domains, version, updated_by, updated_at)
                    VALUES (1, ?, ?, ?, ?, ?, 1, ?, ?)""",
                    valid.provinceName(), valid.provinceCode(), valid.departmentNameVi(), valid.departmentNameEn(),
                    domains, by, now);
        } else {
            rows = jdbc.update("""
                    UPDATE province_settings SET province_name = ?, province_code = ?, department_name_vi = ?,
                        department_name_en = ?, mail_domains = ?, version = version + 1, updated_by = ?, updated_at = ?
                    WHERE id = 1 AND version = ?""",
                    valid.provinceName(), valid.provinceCode(), valid.departmentNameVi(), valid.departmentNameEn(),
                    domains, by, now, changed.version());
        }
        if (rows != 1) throw new BusinessException("error.province.changedMeanwhile");
        return current();
    }

    private static ProvinceSettings validate(ProvinceSettings s) {
        String name = required(s.provinceName(), "name", 120);
        String code = required(s.provinceCode(), "code", 20);
        String vi = required(s.departmentNameVi(), "departmentVi", 255);
        String en = required(s.departmentNameEn(), "departmentEn", 255);
        List<String> domains = normaliseDomains(s.mailDomains());
        if (domains.isEmpty()) throw new BusinessException("error.province.noDomain");
        for (String d : domains) {
            if (!DOMAIN.matcher(d).matches()) throw new BusinessException("error.province.badDomain", d);
        }
        if (String.join(",", domains).length() > 500) throw new BusinessException("error.province.domainsTooLong", 500);
        return new ProvinceSettings(name, code, vi, en, domains, s.version());
    }

    private static String required(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) throw new BusinessException("error.province." + field + ".required");
        if (v.length() > max) throw new BusinessException("error.province." + field + ".tooLong", max);
        return v;
    }

    /** Lower case, trimmed, without a leading "@", no blanks or repeats, order kept (the first is the primary). */
    static List<String> normaliseDomains(List<String> domains) {
        List<String> out = new ArrayList<>();
        for (String d : domains) {
            if (d == null) continue;
            String s = d.strip().toLowerCase(Locale.ROOT);
            if (s.startsWith("@")) s = s.substring(1);
            if (!s.isEmpty() && !out.contains(s)) out.add(s);
        }
        return out;
    }
}
