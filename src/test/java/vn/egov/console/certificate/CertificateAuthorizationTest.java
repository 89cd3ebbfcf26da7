package vn.egov.console.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.organization.UnitService;

/**
 * Every role against every certificate service method, with ids inside and outside the caller's scope. "Allowed"
 * means the call got past authorization (a business rule may still refuse it); "denied" is an access-denied error.
 */
@IntegrationTest
@Transactional
class CertificateAuthorizationTest {

    @Autowired
    CertificateService service;
    @Autowired
    CertificateExportService exports;
    @Autowired
    UnitService units;

    static long snv;
    static long stp;
    static long vinhYen;
    static long ngoQuyen;
    static long snvCert;
    static long stpCert;
    static long vinhYenCert;

    @BeforeEach
    void ids() {
        ADMIN.run(() -> {
            snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            stp = units.findByCode(DemoUsers.STP_CODE).orElseThrow().id();
            vinhYen = units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id();
            ngoQuyen = units.findByCode(DemoUsers.NGO_QUYEN_CODE).orElseThrow().id();
            snvCert = handedOverAt(snv);
            stpCert = handedOverAt(stp);
            vinhYenCert = handedOverAt(vinhYen);
        });
    }

    private void export(CertificateFilter filter) {
        try {
            exports.export(filter, Sort.unsorted(), ExportFormat.CSV, key -> key, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long handedOverAt(long unitId) {
        return service.search(new CertificateFilter(null, null, CertificateStatus.HANDED_OVER, unitId, null, null, null),
                PageRequest.of(0, 1)).getFirst().id();
    }

    private static final Set<DemoUsers> EVERYONE = EnumSet.allOf(DemoUsers.class);
    private static final Set<DemoUsers> ADMIN_ONLY = EnumSet.of(ADMIN);
    private static final Set<DemoUsers> PROVINCE_READERS = EnumSet.of(ADMIN, LEADER);
    private static final Set<DemoUsers> SNV_READERS = EnumSet.of(ADMIN, LEADER, HEAD_SNV, OFFICER_SNV);
    private static final Set<DemoUsers> SNV_WRITERS = EnumSet.of(ADMIN, HEAD_SNV, OFFICER_SNV);
    private static final Set<DemoUsers> VINH_YEN_READERS = EnumSet.of(ADMIN, LEADER, HEAD_VINH_YEN);
    private static final Set<DemoUsers> VINH_YEN_WRITERS = EnumSet.of(ADMIN, HEAD_VINH_YEN);

    record Case(String name, Set<DemoUsers> allowed, Consumer<CertificateAuthorizationTest> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> matrix() {
        var page = PageRequest.of(0, 5);
        List<Case> cases = List.of(
                new Case("search(all)", EVERYONE, t -> t.service.search(CertificateFilter.all(), page)),
                new Case("count(all)", EVERYONE, t -> t.service.count(CertificateFilter.all())),
                new Case("search(unit Sở Nội vụ)", SNV_READERS, t -> t.service.search(CertificateFilter.all().withUnit(snv), page)),
                new Case("count(other department)", PROVINCE_READERS, t -> t.service.count(CertificateFilter.all().withUnit(stp))),
                new Case("export(scope)", EVERYONE, t -> t.export(CertificateFilter.all())),
                new Case("export(other department)", PROVINCE_READERS, t -> t.export(CertificateFilter.all().withUnit(stp))),
                new Case("get(own certificate)", SNV_READERS, t -> t.service.get(snvCert)),
                new Case("get(other department's)", PROVINCE_READERS, t -> t.service.get(stpCert)),
                new Case("get(district's)", VINH_YEN_READERS, t -> t.service.get(vinhYenCert)),
                new Case("history(other department's)", PROVINCE_READERS, t -> t.service.history(stpCert)),
                new Case("summary(scope)", EVERYONE, t -> t.service.summary(null)),
                new Case("summary(other department)", PROVINCE_READERS, t -> t.service.summary(stp)),
                new Case("summary(ward of Vĩnh Yên)", VINH_YEN_READERS, t -> t.service.summary(ngoQuyen)),
                new Case("requests(scope)", EVERYONE, t -> t.service.requests(null, true)),
                new Case("requests(other department)", PROVINCE_READERS, t -> t.service.requests(stp, false)),
                new Case("renewalFilings(scope)", EVERYONE, t -> t.service.renewalFilings(
                        t.service.today().minusYears(1), t.service.today())),
                new Case("pendingWork", ADMIN_ONLY, t -> t.service.pendingWork(5)),
                new Case("countOpenRequests", ADMIN_ONLY, t -> t.service.countOpenRequests()),
                new Case("requestNew(own unit)", SNV_WRITERS, t -> t.service.requestNew(
                        new NewCertificateRequest(snv, CertificateKind.PERSONAL, "Kiểm Tra Quyền", null))),
                new Case("requestNew(other department)", ADMIN_ONLY, t -> t.service.requestNew(
                        new NewCertificateRequest(stp, CertificateKind.PERSONAL, "Kiểm Tra Quyền", null))),
                new Case("requestNew(ward of Vĩnh Yên)", VINH_YEN_WRITERS, t -> t.service.requestNew(
                        new NewCertificateRequest(ngoQuyen, CertificateKind.AGENCY, "Kiểm Tra Quyền", null))),
                new Case("requestRenewal(own)", SNV_WRITERS, t -> t.service.requestRenewal(snvCert, "x")),
                new Case("requestRenewal(other department's)", ADMIN_ONLY, t -> t.service.requestRenewal(stpCert, "x")),
                new Case("requestRevocation(other department's)", ADMIN_ONLY, t -> t.service.requestRevocation(stpCert, "x")),
                new Case("reportTokenLost(district's)", VINH_YEN_WRITERS, t -> t.service.reportTokenLost(vinhYenCert, "x")),
                new Case("issue", ADMIN_ONLY, t -> t.service.issue(-1, 0, new byte[0], null, null)),
                new Case("importCertificate", ADMIN_ONLY, t -> t.service.importCertificate(new byte[0], snv, null, null)),
                new Case("handOver", ADMIN_ONLY, t -> t.service.handOver(snvCert, -1, null, null, null)),
                new Case("revoke", ADMIN_ONLY, t -> t.service.revoke(snvCert, -1, "")),
                new Case("processRevocation", ADMIN_ONLY, t -> t.service.processRevocation(-1, 0, "")),
                new Case("reject", ADMIN_ONLY, t -> t.service.reject(-1, 0, "")),
                new Case("checkExpiry", ADMIN_ONLY, t -> t.service.checkExpiry(t.service.today().minusYears(20))));
        List<Arguments> arguments = new ArrayList<>();
        for (Case c : cases) for (DemoUsers user : DemoUsers.values()) arguments.add(Arguments.of(c, user));
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void roleAndScopeAreEnforcedInTheService(Case operation, DemoUsers user) {
        boolean denied = user.call(() -> {
            try {
                operation.call().accept(this);
                return false;
            } catch (AccessDeniedException e) {
                return true;
            } catch (BusinessException | IllegalArgumentException | NullPointerException e) {
                return false;
            }
        });
        assertThat(denied).as("%s as %s should be %s", operation, user,
                operation.allowed().contains(user) ? "allowed" : "denied")
                .isEqualTo(!operation.allowed().contains(user));
    }

    @Test
    void unitUsersSeeOnlyTheirSubtreeInListsAndFigures() {
        Set<Long> vinhYenTree = new HashSet<>(HEAD_VINH_YEN.call(() -> units.listVisible().stream()
                .map(u -> u.id()).toList()));
        var rows = HEAD_VINH_YEN.call(() -> service.search(CertificateFilter.all(), PageRequest.of(0, 500)));
        assertThat(rows).isNotEmpty().allMatch(r -> vinhYenTree.contains(r.unitId()));
        assertThat(HEAD_SNV.call(() -> service.search(CertificateFilter.all(), PageRequest.of(0, 500))))
                .isNotEmpty().allMatch(r -> r.unitId() == snv);
        long snvTotal = ADMIN.call(() -> service.count(CertificateFilter.all().withUnit(snv)));
        assertThat(OFFICER_SNV.call(() -> service.count(CertificateFilter.all()))).isEqualTo(snvTotal);
        long snvHanded = HEAD_SNV.call(() -> service.summary(null)).stream().mapToLong(TierKindSummary::handedOver).sum();
        assertThat(snvHanded).isEqualTo(ADMIN.call(() -> service.summary(snv)).stream()
                .mapToLong(TierKindSummary::handedOver).sum());
        assertThat(LEADER.call(() -> service.count(CertificateFilter.all())))
                .isEqualTo(ADMIN.call(() -> service.count(CertificateFilter.all())));
        assertThat(HEAD_SNV.call(() -> service.requests(null, false))).allMatch(r -> r.unitId() == snv);
        var today = ADMIN.call(() -> service.today());
        assertThat(HEAD_VINH_YEN.call(() -> service.renewalFilings(today.minusYears(4), today)))
                .isNotEmpty().allMatch(r -> vinhYenTree.contains(r.unitId()));
    }
}
