package vn.egov.console.certificate.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.naming.ldap.Rdn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.demo.DemoDataSeeder;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateStatus;
import vn.egov.console.certificate.RequestType;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/**
 * Vĩnh Phúc's certificates as reported in 2019, as rows: 419 agency certificates handed over (150 at provincial, 177
 * at district, 92 at commune tier) and 53 personal ones, most at the Provincial People's Committee Office, the DIC and
 * the Department of Health. Dates are relative to today so the demo always shows some certificates expiring within 90
 * days, some expired and a few revoked or lost — all still counted as handed over (see SummaryFigure) — plus open
 * requests for the DIC's work queue and two issued certificates waiting for hand-over.
 */
@Component
class CertificateDemoSeeder implements DemoDataSeeder {

    static final int PROVINCE_AGENCY = 150;
    static final int DISTRICT_AGENCY = 177;
    static final int COMMUNE_AGENCY = 92;
    /** Personal certificates by unit code: the People's Committee Office, the DIC, Health, Home Affairs, Justice. */
    static final Map<String, Integer> PERSONAL = personal();
    static final String ISSUER = "CN=Cục Chứng thực số và Bảo mật thông tin,O=Ban Cơ yếu Chính phủ,C=VN";
    private static final String[] PROVINCE_PARTS = {"Văn phòng", "Thanh tra", "Phòng Tổ chức cán bộ",
            "Phòng Kế hoạch - Tài chính", "Chi cục", "Trung tâm"};
    private static final String[] DISTRICT_PARTS = {"Văn phòng HĐND và UBND", "Phòng Nội vụ", "Phòng Tư pháp",
            "Phòng Tài chính - Kế hoạch", "Phòng Tài nguyên và Môi trường", "Phòng Lao động - Thương binh và Xã hội",
            "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Thanh tra", "Phòng Kinh tế",
            "Phòng Quản lý đô thị", "Phòng Nông nghiệp", "Phòng Dân tộc", "Ban Quản lý dự án",
            "Trung tâm Văn hóa - Thể thao", "Đội Quản lý trật tự đô thị", "Trung tâm Phát triển quỹ đất",
            "Ban Tiếp công dân", "Bộ phận Một cửa"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Đức", "Quang", "Thanh", "Hồng"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa",
            "Hưng", "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tú",
            "Tùng", "Vân", "Việt", "Yến"};
    private static final String[] TOKENS = {"USB Token", "USB Token", "USB Token", "Thẻ thông minh (smart card)"};

    private final CertificateRepository certificates;
    private final CertificateRequestRepository requests;
    private final CertificateHistoryRepository history;
    private final UnitService units;
    private final Clock clock;
    private final Random random = new Random(2019);
    private final Random predecessorSerials = new Random(2014);
    private final Set<String> serials = new HashSet<>();
    private final List<CertificateHistoryEntry> log = new ArrayList<>();
    private int n;

    CertificateDemoSeeder(CertificateRepository certificates, CertificateRequestRepository requests,
                          CertificateHistoryRepository history, UnitService units, Clock clock) {
        this.certificates = certificates;
        this.requests = requests;
        this.history = history;
        this.units = units;
        this.clock = clock;
    }

    private static Map<String, Integer> personal() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("000.00.01.H62", 20);
        m.put("000.00.11.H62", 14);
        m.put("000.00.16.H62", 12);
        m.put("000.00.02.H62", 4);
        m.put("000.00.03.H62", 3);
        return m;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    @Transactional
    public void seedIfEmpty() {
        if (certificates.count() > 0) return;
        LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        List<UnitSummary> active = units.listActive().stream().filter(u -> u.code().endsWith(".H62")).toList();
        agency(tier(active, Tier.PROVINCE), PROVINCE_AGENCY, PROVINCE_PARTS, today, false);
        agency(tier(active, Tier.DISTRICT), DISTRICT_AGENCY, DISTRICT_PARTS, today, false);
        agency(tier(active, Tier.COMMUNE), COMMUNE_AGENCY, new String[0], today, true);
        PERSONAL.forEach((code, count) -> {
            UnitSummary unit = byCode(active, code);
            for (int i = 0; i < count; i++) handedOver(unit, CertificateKind.PERSONAL, person(), today);
        });
        pendingWork(active, today);
        history.saveAll(log);
    }

    private static List<UnitSummary> tier(List<UnitSummary> units, Tier tier) {
        return units.stream().filter(u -> u.tier() == tier).toList();
    }

    private static UnitSummary byCode(List<UnitSummary> units, String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    /** {@code count} agency certificates spread over the tier's units: several per unit, or one per chosen commune. */
    private void agency(List<UnitSummary> tierUnits, int count, String[] parts, LocalDate today, boolean onePerUnit) {
        Map<Long, Integer> perUnit = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            UnitSummary unit = onePerUnit ? tierUnits.get(i * tierUnits.size() / count) : tierUnits.get(i % tierUnits.size());
            int k = perUnit.merge(unit.id(), 1, Integer::sum) - 1;
            String holder = k == 0 ? unit.name() : parts[(k - 1) % parts.length] + " - " + unit.name();
            handedOver(unit, CertificateKind.AGENCY, holder.length() > 255 ? holder.substring(0, 255) : holder, today);
        }
    }

    /** One certificate that was handed over; every few an expiring, expired, revoked, lost or renewing one. */
    private void handedOver(UnitSummary unit, CertificateKind kind, String holder, LocalDate today) {
        int i = n++;
        LocalDate validTo;
        CertificateStatus status = CertificateStatus.HANDED_OVER;
        if (i % 41 == 7) {
            validTo = today.plusDays(5 + (i * 13L) % 85);
        } else if (i % 47 == 11) {
            validTo = today.minusDays(3 + i % 200);
            status = CertificateStatus.EXPIRED;
        } else if (i % 131 == 50) {
            validTo = today.plusDays(70 + i % 20);
            status = CertificateStatus.RENEWAL_REQUESTED;
        } else {
            validTo = today.minusDays(30 + (i * 37L) % 1400).plusYears(5);
        }
        if (i % 97 == 23) status = CertificateStatus.REVOKED;
        if (i == 200) status = CertificateStatus.TOKEN_LOST;
        LocalDate validFrom = validTo.minusYears(5);
        LocalDate handed = min(validFrom.plusDays(3 + i % 20), today);
        Certificate cert = issued(unit, kind, holder, validFrom, validTo, today);
        cert.handedOver(handed, i % 10 == 3 ? null : handed, person(), at(handed));
        cert.status(status, at(today));
        certificates.save(cert);
        history(cert, CertificateStatus.ISSUED, CertificateStatus.HANDED_OVER, at(handed), null);
        if (status == CertificateStatus.HANDED_OVER && i % 2 == 0) renewedFrom(cert, unit, i);
        switch (status) {
            case EXPIRED -> history(cert, CertificateStatus.HANDED_OVER, status, at(validTo.plusDays(1)), null);
            case REVOKED -> history(cert, CertificateStatus.HANDED_OVER, status, at(min(validFrom.plusYears(1), today)),
                    "Cán bộ được giao quản lý chứng thư chuyển công tác");
            case RENEWAL_REQUESTED -> request(cert, RequestType.RENEWAL, "Chứng thư sắp hết hạn",
                    CertificateStatus.HANDED_OVER, today.minusDays(2));
            case TOKEN_LOST -> request(cert, RequestType.TOKEN_LOST, "Thiết bị USB Token bị mất khi đi công tác",
                    CertificateStatus.HANDED_OVER, today.minusDays(1));
            default -> {
            }
        }
    }

    /**
     * The certificate {@code current} renewed: its renewal was filed a few days before {@code current} was issued,
     * most with two to four months of validity left, every fifth under the 60-day rule (with a reason), so the
     * index's "renewals filed on time" has a history to count. Own serials, so the main sequence stays as it was.
     */
    private void renewedFrom(Certificate current, UnitSummary unit, int i) {
        LocalDate filed = current.getValidFrom().minusDays(3 + i % 10);
        boolean late = i % 5 == 0;
        LocalDate validTo = filed.plusDays(late ? 15 + i % 40 : 60 + i % 60);
        LocalDate validFrom = validTo.minusYears(5);
        Certificate old = new Certificate(unit.id(), current.getKind(), current.getHolderName(),
                CertificateStatus.ISSUED, at(validFrom));
        old.issued(serial(predecessorSerials, "53"), ISSUER, subject(current.getHolderName(), unit),
                "digitalSignature, nonRepudiation", validFrom, validTo, current.getTokenType(), at(validFrom));
        old.handedOver(validFrom.plusDays(5), validFrom.plusDays(5), FAMILY[i % FAMILY.length] + " "
                + MIDDLE[i % MIDDLE.length] + " " + GIVEN[i % GIVEN.length], at(validFrom.plusDays(5)));
        old.replacedBy(current.getId(), at(current.getValidFrom()));
        certificates.save(old);
        history(old, null, CertificateStatus.ISSUED, at(validFrom), null);
        history(old, CertificateStatus.ISSUED, CertificateStatus.HANDED_OVER, at(validFrom.plusDays(5)), null);
        String reason = late ? "Đơn vị chậm rà soát thời hạn chứng thư" : "Chứng thư sắp hết hạn";
        history(old, CertificateStatus.HANDED_OVER, CertificateStatus.RENEWAL_REQUESTED, at(filed), reason);
        history(old, CertificateStatus.RENEWAL_REQUESTED, CertificateStatus.REPLACED, at(current.getValidFrom()),
                "→ " + current.getSerial());
        CertificateRequest renewal = new CertificateRequest(unit.id(), old.getId(), RequestType.RENEWAL,
                current.getKind(), current.getHolderName(), reason, CertificateStatus.HANDED_OVER, "demo", at(filed));
        renewal.close(vn.egov.console.certificate.RequestStatus.DONE, "demo", at(current.getValidFrom()),
                current.getSerial());
        requests.save(renewal);
    }

    private Certificate issued(UnitSummary unit, CertificateKind kind, String holder, LocalDate validFrom,
                               LocalDate validTo, LocalDate today) {
        Certificate cert = new Certificate(unit.id(), kind, holder, CertificateStatus.ISSUED, at(validFrom));
        cert.issued(serial(random, "54"), ISSUER, subject(holder, unit),
                "digitalSignature, nonRepudiation", validFrom, validTo, TOKENS[n % TOKENS.length], at(validFrom));
        certificates.save(cert);
        history(cert, null, CertificateStatus.ISSUED, at(min(validFrom, today)), null);
        return cert;
    }

    /** Open requests for the work queue, and two certificates issued but not yet handed over. */
    private void pendingWork(List<UnitSummary> active, LocalDate today) {
        newRequest(byCode(active, "000.00.02.H62"), CertificateKind.PERSONAL, "Trần Văn Bình",
                "Cán bộ mới được giao ký số văn bản", today.minusDays(6));
        newRequest(byCode(active, "000.00.16.H62"), CertificateKind.PERSONAL, "Lê Thị Thu Hà",
                "Phó Giám đốc Sở mới bổ nhiệm", today.minusDays(3));
        newRequest(byCode(active, "000.01.40.H62"), CertificateKind.AGENCY, "Ủy ban nhân dân phường Ngô Quyền",
                null, today.minusDays(1));
        for (String code : new String[] {"000.00.02.H62", "000.00.40.H62"}) {
            UnitSummary unit = byCode(active, code);
            n++;
            issued(unit, CertificateKind.PERSONAL, person(), today.minusDays(4), today.minusDays(4).plusYears(5), today);
        }
        Certificate toRevoke = certificates.findByUnitId(byCode(active, "000.00.03.H62").id()).stream()
                .filter(c -> c.getStatus() == CertificateStatus.HANDED_OVER).findFirst().orElseThrow();
        request(toRevoke, RequestType.REVOCATION, "Đơn vị không còn sử dụng chứng thư này",
                CertificateStatus.HANDED_OVER, today.minusDays(2));
    }

    private void newRequest(UnitSummary unit, CertificateKind kind, String holder, String reason, LocalDate on) {
        Certificate cert = certificates.save(new Certificate(unit.id(), kind, holder, CertificateStatus.REQUESTED, at(on)));
        history(cert, null, CertificateStatus.REQUESTED, at(on), reason);
        requests.save(new CertificateRequest(unit.id(), cert.getId(), RequestType.NEW, kind, holder, reason, null,
                "demo", at(on)));
    }

    private void request(Certificate cert, RequestType type, String reason, CertificateStatus before, LocalDate on) {
        if (type != RequestType.REVOCATION) history(cert, before, cert.getStatus(), at(on), reason);
        requests.save(new CertificateRequest(cert.getUnitId(), cert.getId(), type, cert.getKind(),
                cert.getHolderName(), reason, before, "demo", at(on)));
    }

    private void history(Certificate cert, CertificateStatus from, CertificateStatus to, Instant at, String reason) {
        log.add(new CertificateHistoryEntry(cert.getId(), from, to, "demo", at, reason));
    }

    /** A serial no other demo certificate has, from its own sequence (so adding one sequence moves no other). */
    private String serial(Random source, String prefix) {
        byte[] bytes = new byte[9];
        String s;
        do {
            source.nextBytes(bytes);
            s = prefix + HexFormat.of().withUpperCase().formatHex(bytes);
        } while (!serials.add(s));
        return s;
    }

    private static String subject(String holder, UnitSummary unit) {
        String subject = "CN=" + Rdn.escapeValue(holder) + ",O=" + Rdn.escapeValue(unit.name()) + ",L=Vĩnh Phúc,C=VN";
        return subject.length() > 1000 ? subject.substring(0, 1000) : subject;
    }

    private String person() {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static Instant at(LocalDate date) {
        return date.atTime(9, 0).atZone(ProvinceTime.ZONE).toInstant();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
