package vn.egov.console.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.organization.UnitService;

/**
 * Unit scope for every role: a unit user reads, exports and changes only their unit's mailboxes, whatever id they
 * pass; the leadership reads everything and changes nothing; only ADMIN runs the lifecycle and the import.
 */
@IntegrationTest
@Transactional
class MailboxScopeTest {

    @Autowired
    MailboxService mailboxes;
    @Autowired
    MailboxRequestService requests;
    @Autowired
    MailboxCoverageService coverage;
    @Autowired
    MailboxImportService importer;
    @Autowired
    UnitService units;

    long snv;
    long stp;
    long ngoQuyen;
    MailboxRow snvBox;
    MailboxRow stpBox;
    MailboxRow wardBox;

    @BeforeEach
    void load() {
        ADMIN.run(() -> {
            snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            stp = units.findByCode(DemoUsers.STP_CODE).orElseThrow().id();
            ngoQuyen = units.findByCode(DemoUsers.NGO_QUYEN_CODE).orElseThrow().id();
            snvBox = first(snv);
            stpBox = first(stp);
            wardBox = first(ngoQuyen);
        });
    }

    @Test
    void unitHeadSeesOnlyTheirUnit() {
        HEAD_SNV.run(() -> {
            assertThat(mailboxes.page(MailboxFilter.ALL, MailboxSort.ADDRESS, false, 0, 500))
                    .isNotEmpty().allMatch(r -> r.unitId() == snv);
            assertThat(mailboxes.pageAfter(MailboxFilter.ALL, MailboxSort.ADDRESS, false, new MailboxKey("", "", 0), 0, 500))
                    .allMatch(r -> r.unitId() == snv);
            assertThat(mailboxes.get(snvBox.id()).id()).isEqualTo(snvBox.id());
            assertThatThrownBy(() -> mailboxes.get(stpBox.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> mailboxes.history(stpBox.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> mailboxes.page(MailboxFilter.ofUnit(stp), MailboxSort.ADDRESS, false, 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(coverage.byUnit()).singleElement().extracting(CoverageRow::unitId).isEqualTo(snv);
        });
    }

    @Test
    void unitHeadCannotExportAnotherUnit() throws Exception {
        HEAD_SNV.run(() -> {
            var out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> mailboxes.export(MailboxFilter.ofUnit(stp), MailboxSort.ADDRESS, false,
                    ExportFormat.CSV, k -> k, out)).isInstanceOf(AccessDeniedException.class);
            try {
                mailboxes.export(MailboxFilter.ALL, MailboxSort.ADDRESS, false, ExportFormat.CSV, k -> k, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String csv = out.toString(StandardCharsets.UTF_8);
            assertThat(csv).contains(DemoUsers.SNV_CODE).doesNotContain(DemoUsers.STP_CODE);
        });
    }

    @Test
    void unitUsersCannotChangeAnotherUnitsMailboxesByAnyId() {
        for (DemoUsers user : new DemoUsers[] {HEAD_SNV, OFFICER_SNV}) {
            user.run(() -> {
                var draft = MailboxDraft.of(stpBox);
                assertThatThrownBy(() -> mailboxes.update(stpBox.id(), stpBox.version(), draft))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> requests.requestClosure(stpBox.id(), "nghỉ việc"))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> requests.requestNew(new NewMailboxRequest(stp, HolderKind.PERSON, "Lê Văn A",
                        null, null, null))).isInstanceOf(AccessDeniedException.class);
                // moving their own mailbox into another unit is refused too
                assertThatThrownBy(() -> mailboxes.update(snvBox.id(), snvBox.version(), new MailboxDraft(
                        snvBox.address(), snvBox.holderKind(), snvBox.holderName(), null, stp, snvBox.quotaMb())))
                        .isInstanceOf(BusinessException.class).hasMessage("error.mailbox.adminOnlyFields");
                assertThatThrownBy(() -> mailboxes.suspend(snvBox.id(), snvBox.version(), "x"))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> mailboxes.close(stpBox.id(), stpBox.version(), "x"))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> importer.importFile(java.nio.file.Path.of("none.csv"), ImportProgress.NONE))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
    }

    @Test
    void unitUsersMayCorrectNameAndPositionOfTheirOwn() {
        MailboxRow saved = OFFICER_SNV.call(() -> mailboxes.update(snvBox.id(), snvBox.version(), new MailboxDraft(
                snvBox.address(), snvBox.holderKind(), "Trần Thị Sửa", "Phó Chánh Văn phòng", snvBox.unitId(),
                snvBox.quotaMb())));
        assertThat(saved.holderName()).isEqualTo("Trần Thị Sửa");
        assertThat(ADMIN.call(() -> mailboxes.history(snvBox.id()))).first()
                .satisfies(a -> assertThat(a.actor()).isEqualTo("canbo.snv"));
    }

    @Test
    void districtHeadSeesTheirCommunesButNotOtherDistricts() {
        HEAD_VINH_YEN.run(() -> {
            assertThat(mailboxes.get(wardBox.id()).unitId()).isEqualTo(ngoQuyen);
            assertThat(coverage.byUnit()).hasSize(10);
            assertThatThrownBy(() -> mailboxes.get(snvBox.id())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void leaderReadsAndExportsEverythingButChangesNothing() {
        LEADER.run(() -> {
            assertThat(mailboxes.get(stpBox.id())).isNotNull();
            assertThat(coverage.totals().getLast().mailboxes()).isGreaterThanOrEqualTo(8_329);
            assertThatThrownBy(() -> mailboxes.update(snvBox.id(), snvBox.version(), MailboxDraft.of(snvBox)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.requestClosure(snvBox.id(), "x"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> mailboxes.suspend(snvBox.id(), snvBox.version(), "x"))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void onlyAdminDecidesRequests() {
        MailboxRequestRow r = HEAD_SNV.call(() -> requests.requestNew(new NewMailboxRequest(snv, HolderKind.PERSON,
                "Phạm Thu Hà", "Chuyên viên", null, "Cán bộ mới")));
        for (DemoUsers user : new DemoUsers[] {HEAD_SNV, OFFICER_SNV, LEADER, HEAD_VINH_YEN}) {
            user.run(() -> assertThatThrownBy(() -> requests.approve(r.id(), r.version()))
                    .isInstanceOf(AccessDeniedException.class));
        }
        HEAD_VINH_YEN.run(() -> {
            assertThatThrownBy(() -> requests.get(r.id())).isInstanceOf(AccessDeniedException.class);
            assertThat(requests.list(null, 100)).noneMatch(x -> x.id() == r.id());
        });
        assertThat(ADMIN.call(() -> requests.approve(r.id(), r.version())).status()).isEqualTo(RequestStatus.APPROVED);
    }

    private MailboxRow first(long unitId) {
        return mailboxes.page(MailboxFilter.ofUnit(unitId), MailboxSort.ADDRESS, false, 0, 5).stream()
                .filter(m -> m.holderKind() == HolderKind.PERSON).findFirst().orElseThrow();
    }
}
