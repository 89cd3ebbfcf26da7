package vn.egov.console.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.i18n.VietnameseText;
import vn.egov.console.base.demo.DemoDataSeeder;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.portal.AssessmentResult;
import vn.egov.console.portal.Hosting;
import vn.egov.console.portal.IncidentKind;
import vn.egov.console.portal.IncidentSeverity;
import vn.egov.console.portal.IncidentSource;
import vn.egov.console.portal.MonitorSettings;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.PortalDraft;
import vn.egov.console.portal.PortalService;
import vn.egov.console.portal.PostingPeriod;
import vn.egov.console.portal.RestoreResult;

/**
 * A portal for every department and district People's Committee (100 %, as reported in 2019), all hosted at the
 * Information Infrastructure Center, with the gaps a real province has: some portals not updated for weeks, some
 * security assessments more than a year old, one never assessed, one backup never restore-tested. Monitoring ships
 * paused, so the demo never reaches outside the machine; the UI shows "never checked" until ADMIN turns it on.
 */
@Component
class PortalDemoSeeder implements DemoDataSeeder {
    private static final Set<String> SKIPPED_WORDS = Set.of("va", "-", "tinh");
    private static final Set<String> DIGRAPHS = Set.of("ng", "nh", "th", "tr", "ch", "gi", "kh", "ph");

    private final PortalService service;
    private final PortalStore store;
    private final IncidentStore incidents;
    private final UnitService units;
    private final Clock clock;

    PortalDemoSeeder(PortalService service, PortalStore store, IncidentStore incidents, UnitService units, Clock clock) {
        this.service = service;
        this.store = store;
        this.incidents = incidents;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    @Transactional // all 34 portals or none: a start killed half-way must not leave the register half-filled
    public void seedIfEmpty() {
        if (!store.listAll().isEmpty()) return;
        List<UnitSummary> all = units.listActive();
        String province = all.stream().filter(u -> u.kind() == UnitKind.PROVINCIAL_COMMITTEE).findFirst()
                .map(u -> stripPrefix(u.name(), "Ủy ban nhân dân tỉnh")).orElse("tinh");
        String domain = compact(province) + ".gov.vn";
        List<UnitSummary> owners = all.stream()
                .filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.DISTRICT_COMMITTEE)
                .sorted(java.util.Comparator.comparing(UnitSummary::code)).toList();
        LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        Set<String> used = new HashSet<>();
        for (int i = 0; i < owners.size(); i++) {
            UnitSummary unit = owners.get(i);
            String host = unique(slug(unit, province, false), slug(unit, province, true), used) + "." + domain;
            Portal p = service.create(draft(i, unit, "https://" + host + "/", today));
            service.updateMonitoring(p.id(), p.version(),
                    new MonitorSettings(false, MonitorSettings.DEFAULT_INTERVAL, null, "hacked by",
                            MonitorSettings.DEFAULT_THRESHOLD));
            history(i, p, today);
        }
    }

    private static PortalDraft draft(int i, UnitSummary unit, String url, LocalDate today) {
        boolean district = unit.kind() == UnitKind.DISTRICT_COMMITTEE;
        boolean weekly = i % 3 == 0;
        LocalDate lastUpdate = i % 6 == 5 ? today.minusDays(20 + i) : today.minusDays(i % 3);
        LocalDate assessed = i == 12 ? null
                : i % 5 == 3 ? today.minusMonths(14 + i % 7) : today.minusDays(30 + 7L * i);
        AssessmentResult result = assessed == null ? null
                : i % 4 == 1 ? AssessmentResult.PASSED_WITH_FINDINGS : AssessmentResult.PASSED;
        int findings = result == AssessmentResult.PASSED_WITH_FINDINGS ? 1 + i % 3 : 0;
        LocalDate restored = i == 9 ? null : today.minusDays(45 + 5L * i);
        int level = unit.name().startsWith("Văn phòng Ủy ban") ? 3 : 2;
        String name = district ? "Cổng TTĐT " + stripPrefix(unit.name(), "Ủy ban nhân dân") : "Trang TTĐT " + unit.name();
        return new PortalDraft(unit.id(), name, url, Hosting.CENTRAL, "Cổng TTĐT dùng chung của tỉnh (Liferay DXP)",
                "Ban biên tập — " + unit.name(), weekly ? 2 : 8, weekly ? PostingPeriod.WEEK : PostingPeriod.MONTH,
                lastUpdate, level, (100 + i) + "/QĐ-STTTT", LocalDate.of(2024, 3, 1).plusDays(i), assessed, result,
                findings, true, restored, restored == null ? null : RestoreResult.SUCCESS);
    }

    /** Two closed incidents of the past, so the history is not empty (stored directly: nobody is told again). */
    private void history(int i, Portal p, LocalDate today) {
        if (i == 4) {
            Instant opened = today.minusDays(75).atTime(9, 40).atZone(ProvinceTime.ZONE).toInstant();
            long id = incidents.insert(p.id(), IncidentKind.ATTACK, IncidentSeverity.HIGH, IncidentSource.MANUAL,
                    "Tấn công từ chối dịch vụ (DDoS) làm trang phản hồi chậm trong giờ hành chính",
                    "Bật lọc lưu lượng tại tường lửa của Trung tâm Hạ tầng thông tin; chặn dải IP tấn công",
                    opened, "admin");
            incidents.close(id, 0, null, opened.plusSeconds(5 * 3600), "admin");
        }
        if (i == 30) {
            Instant opened = today.minusDays(160).atTime(6, 15).atZone(ProvinceTime.ZONE).toInstant();
            long id = incidents.insert(p.id(), IncidentKind.DEFACEMENT, IncidentSeverity.CRITICAL,
                    IncidentSource.MANUAL, "Trang chủ bị thay đổi giao diện (deface) qua lỗ hổng plugin cũ",
                    "Khôi phục từ bản sao lưu ngày hôm trước; vá plugin; đổi mật khẩu quản trị; báo cáo Sở TT&TT",
                    opened, "admin");
            incidents.close(id, 0, null, opened.plusSeconds(3 * 3600), "admin");
        }
    }

    /** "Sở Kế hoạch và Đầu tư" → "skhdt", "Ủy ban nhân dân huyện Tam Đảo" → "tamdao": the usual sub-domains. */
    static String slug(UnitSummary unit, String province, boolean digraphs) {
        if (unit.kind() == UnitKind.DISTRICT_COMMITTEE) {
            String place = stripPrefix(unit.name(), "Ủy ban nhân dân");
            for (String kind : List.of("thành phố", "thị xã", "huyện", "quận")) place = stripPrefix(place, kind);
            return compact(place);
        }
        // "Cục Thuế tỉnh Vĩnh Phúc": the province is the domain already
        String folded = VietnameseText.fold(unit.name()).replace(",", " ").replace(VietnameseText.fold(province), " ");
        return Arrays.stream(folded.split("\\s+"))
                .filter(w -> !w.isEmpty() && !SKIPPED_WORDS.contains(w))
                .map(w -> digraphs && DIGRAPHS.contains(w.substring(0, Math.min(2, w.length()))) ? w.substring(0, 2)
                        : w.substring(0, 1)).collect(Collectors.joining());
    }

    /** "Sở Nội vụ" keeps "snv"; "Sở Ngoại vụ", which comes later, becomes "sngv" (Vietnamese digraphs), as in life. */
    private static String unique(String slug, String longer, Set<String> used) {
        String s = slug.isEmpty() ? "donvi" : slug;
        if (used.add(s)) return s;
        s = longer;
        for (int n = 2; !used.add(s); n++) s = longer + n;
        return s;
    }

    private static String stripPrefix(String s, String prefix) {
        String t = s.strip();
        return t.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))
                ? t.substring(prefix.length()).strip() : t;
    }

    private static String compact(String s) {
        return VietnameseText.fold(s).replaceAll("[^a-z0-9]", "");
    }

}
