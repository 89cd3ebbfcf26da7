package vn.egov.console.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.NewCertificateRequest;
import vn.egov.console.certificate.RequestRow;
import vn.egov.console.mailbox.HolderKind;
import vn.egov.console.mailbox.MailboxRequestRow;
import vn.egov.console.mailbox.MailboxRequestService;
import vn.egov.console.mailbox.NewMailboxRequest;
import vn.egov.console.mailbox.RequestStatus;
import vn.egov.console.notification.NotificationService;
import vn.egov.console.organization.UnitService;

/**
 * The unit approval step, per role: an officer's request waits for the head of the unit (or a head above it); only
 * that head approves or returns it; the DIC neither sees nor processes it before; a head's own request goes straight
 * to the DIC.
 */
@IntegrationTest
@Transactional
class ApprovalAuthorizationTest {

    @Autowired
    MailboxRequestService mailboxRequests;
    @Autowired
    CertificateService certificates;
    @Autowired
    NotificationService notifications;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    long snv;

    @BeforeEach
    void ids() {
        snv = ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
    }

    @Test
    void requestsFiledBeforeTheStepExistedCountAsApproved() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate_request", Long.class))
                .as("the demo province has certificate requests").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate_request WHERE approval_step <> 'APPROVED'",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mailbox_request WHERE approval_step <> 'APPROVED'",
                Long.class)).isZero();
        assertThat(ADMIN.call(() -> certificates.countOpenRequests())).as("still in the DIC's queue")
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM certificate_request WHERE status = 'OPEN'",
                        Long.class));
    }

    @Test
    void anOfficersMailboxRequestWaitsForTheirHeadAndOnlyThatHeadDecides() {
        long adminQueueBefore = ADMIN.call(() -> mailboxRequests.countPending());
        MailboxRequestRow r = OFFICER_SNV.call(() -> mailboxRequests.requestNew(newMailbox("Đặng Thu Hà")));
        assertThat(r.approval().step()).isEqualTo(ApprovalStep.AWAITING_HEAD);
        assertThat(HEAD_SNV.call(() -> notifications.recent(5))).as("the head is told in the bell")
                .anyMatch(n -> n.title().contains("Đặng Thu Hà"));

        // the DIC does not see it: not in the queue, not in the list, and cannot act on it by id
        assertThat(ADMIN.call(() -> mailboxRequests.countPending())).isEqualTo(adminQueueBefore);
        assertThat(ADMIN.call(() -> mailboxRequests.pending(1000))).noneMatch(x -> x.id() == r.id());
        assertThat(ADMIN.call(() -> mailboxRequests.list(null, 1000))).noneMatch(x -> x.id() == r.id());
        assertThat(ADMIN.call(() -> mailboxRequests.list(RequestStatus.PENDING, 1000))).noneMatch(x -> x.id() == r.id());
        assertThatThrownBy(() -> ADMIN.run(() -> mailboxRequests.approve(r.id(), r.version())))
                .isInstanceOf(BusinessException.class).hasMessage("error.approval.notApproved");
        assertThatThrownBy(() -> ADMIN.run(() -> mailboxRequests.reject(r.id(), r.version(), "x")))
                .isInstanceOf(BusinessException.class).hasMessage("error.approval.notApproved");

        // who may not decide
        for (DemoUsers notTheHead : List.of(OFFICER_SNV, HEAD_VINH_YEN, LEADER, ADMIN)) {
            assertThatThrownBy(() -> notTheHead.run(() -> mailboxRequests.approveAsHead(r.id(), r.version())))
                    .as(notTheHead.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notTheHead.run(() -> mailboxRequests.returnToOfficer(r.id(), r.version(), "x")))
                    .as(notTheHead.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(OFFICER_SNV.call(() -> mailboxRequests.canDecide(r))).isFalse();
        assertThat(HEAD_VINH_YEN.call(() -> mailboxRequests.awaitingMyApproval(100))).noneMatch(x -> x.id() == r.id());

        // the head of Sở Nội vụ sees it in their queue and approves it; then the DIC has it
        assertThat(HEAD_SNV.call(() -> mailboxRequests.canDecide(r))).isTrue();
        assertThat(HEAD_SNV.call(() -> mailboxRequests.awaitingMyApproval(100))).anyMatch(x -> x.id() == r.id());
        MailboxRequestRow approved = HEAD_SNV.call(() -> mailboxRequests.approveAsHead(r.id(), r.version()));
        assertThat(approved.approval().step()).isEqualTo(ApprovalStep.APPROVED);
        assertThat(approved.approval().by()).isEqualTo(HEAD_SNV.username);
        assertThat(approved.status()).isEqualTo(RequestStatus.PENDING);
        assertThatThrownBy(() -> HEAD_SNV.run(() -> mailboxRequests.approveAsHead(r.id(), approved.version())))
                .as("decided once").isInstanceOf(BusinessException.class);
        assertThat(ADMIN.call(() -> mailboxRequests.pending(1000))).anyMatch(x -> x.id() == r.id());
        assertThat(ADMIN.call(() -> mailboxRequests.countPending())).isEqualTo(adminQueueBefore + 1);
        assertThat(ADMIN.call(() -> mailboxRequests.approve(r.id(), approved.version())).status())
                .isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void aReturnedRequestTellsTheOfficerWhyAndNeverReachesTheDic() {
        MailboxRequestRow r = OFFICER_SNV.call(() -> mailboxRequests.requestNew(newMailbox("Lý Văn Tâm")));
        assertThatThrownBy(() -> HEAD_SNV.run(() -> mailboxRequests.returnToOfficer(r.id(), r.version(), "  ")))
                .isInstanceOf(BusinessException.class).hasMessage("error.reasonRequired");
        MailboxRequestRow returned = HEAD_SNV.call(() -> mailboxRequests.returnToOfficer(r.id(), r.version(),
                "Đã có hộp thư ở đơn vị cũ, đề nghị chuyển"));
        assertThat(returned.status()).isEqualTo(RequestStatus.RETURNED);
        assertThat(OFFICER_SNV.call(() -> mailboxRequests.get(r.id())).decisionReason())
                .isEqualTo("Đã có hộp thư ở đơn vị cũ, đề nghị chuyển");
        assertThat(OFFICER_SNV.call(() -> notifications.recent(5))).anyMatch(n -> n.title().contains("Lý Văn Tâm")
                && n.body().contains("Đã có hộp thư ở đơn vị cũ"));
        assertThat(ADMIN.call(() -> mailboxRequests.list(null, 1000))).noneMatch(x -> x.id() == r.id());
    }

    @Test
    void aHeadsOwnRequestGoesStraightToTheDic() {
        MailboxRequestRow r = HEAD_SNV.call(() -> mailboxRequests.requestNew(newMailbox("Phan Văn Khải")));
        assertThat(r.approval().step()).isEqualTo(ApprovalStep.APPROVED);
        assertThat(ADMIN.call(() -> mailboxRequests.pending(1000))).anyMatch(x -> x.id() == r.id());
        RequestRow c = HEAD_SNV.call(() -> certificates.requestNew(new NewCertificateRequest(snv,
                CertificateKind.PERSONAL, "Phan Văn Khải", null)));
        assertThat(c.approval().step()).isEqualTo(ApprovalStep.APPROVED);
        assertThat(ADMIN.call(() -> certificates.pendingWork(1000))).anyMatch(x -> x.id() == c.id());
    }

    @Test
    void anOfficersCertificateRequestWaitsForTheHead() {
        long openBefore = ADMIN.call(() -> certificates.countOpenRequests());
        RequestRow r = OFFICER_SNV.call(() -> certificates.requestNew(new NewCertificateRequest(snv,
                CertificateKind.PERSONAL, "Trịnh Minh Đức", "Cán bộ mới")));
        assertThat(r.approval().step()).isEqualTo(ApprovalStep.AWAITING_HEAD);
        assertThat(ADMIN.call(() -> certificates.countOpenRequests())).isEqualTo(openBefore);
        assertThat(ADMIN.call(() -> certificates.pendingWork(1000))).noneMatch(x -> x.id() == r.id());
        assertThat(ADMIN.call(() -> certificates.requests(null, false))).noneMatch(x -> x.id() == r.id());
        assertThatThrownBy(() -> ADMIN.run(() -> certificates.reject(r.id(), r.version(), "x")))
                .isInstanceOf(BusinessException.class).hasMessage("error.approval.notApproved");
        for (DemoUsers notTheHead : List.of(OFFICER_SNV, HEAD_VINH_YEN, LEADER, ADMIN)) {
            assertThatThrownBy(() -> notTheHead.run(() -> certificates.approveAsHead(r.id(), r.version())))
                    .as(notTheHead.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notTheHead.run(() -> certificates.returnToOfficer(r.id(), r.version(), "x")))
                    .as(notTheHead.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(HEAD_SNV.call(() -> certificates.awaitingMyApproval(100))).anyMatch(x -> x.id() == r.id());
        assertThat(HEAD_SNV.call(() -> certificates.countAwaitingMyApproval())).isPositive();
        RequestRow approved = HEAD_SNV.call(() -> certificates.approveAsHead(r.id(), r.version()));
        assertThat(ADMIN.call(() -> certificates.pendingWork(1000))).anyMatch(x -> x.id() == r.id());
        assertThat(ADMIN.call(() -> certificates.countOpenRequests())).isEqualTo(openBefore + 1);
        assertThat(approved.approval().by()).isEqualTo(HEAD_SNV.username);
    }

    @Test
    void aReturnedCertificateRequestPutsTheCertificateBack() {
        RequestRow r = OFFICER_SNV.call(() -> certificates.requestNew(new NewCertificateRequest(snv,
                CertificateKind.PERSONAL, "Mai Anh Tuấn", null)));
        long certificateId = r.certificateId();
        RequestRow returned = HEAD_SNV.call(() -> certificates.returnToOfficer(r.id(), r.version(),
                "Chưa đủ hồ sơ"));
        assertThat(returned.status()).isEqualTo(vn.egov.console.certificate.RequestStatus.RETURNED);
        assertThat(returned.resolution()).isEqualTo("Chưa đủ hồ sơ");
        assertThat(returned.certificateId()).as("the never-issued placeholder goes").isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate WHERE id = ?", Long.class, certificateId))
                .isZero();
        assertThat(OFFICER_SNV.call(() -> notifications.recent(5))).anyMatch(n -> n.title().contains("Mai Anh Tuấn"));
    }

    @Autowired
    vn.egov.console.security.UserAdminService users;

    @Test
    void aHeadAboveTheUnitDecidesAndAnOfficerWithNoHeadAboveGoesStraightThrough() {
        long ngoQuyen = ADMIN.call(() -> units.findByCode(DemoUsers.NGO_QUYEN_CODE).orElseThrow().id());
        long stp = ADMIN.call(() -> units.findByCode(DemoUsers.STP_CODE).orElseThrow().id());
        ADMIN.run(() -> {
            users.create(new vn.egov.console.security.NewUser("canbo.ngoquyen", "Cán Bộ Ngô Quyền", null,
                    vn.egov.console.security.Role.UNIT_OFFICER, ngoQuyen, DemoUsers.PASSWORD + "x"));
            users.create(new vn.egov.console.security.NewUser("canbo.stp", "Cán Bộ Tư Pháp", null,
                    vn.egov.console.security.Role.UNIT_OFFICER, stp, DemoUsers.PASSWORD + "x"));
        });

        // a ward of Vĩnh Yên has no head account: the head of Vĩnh Yên, above it, decides
        MailboxRequestRow ward = as("canbo.ngoquyen", () -> mailboxRequests.requestNew(new NewMailboxRequest(ngoQuyen,
                HolderKind.PERSON, "Cao Thị Hồng", null, null, null)));
        assertThat(ward.approval().step()).isEqualTo(ApprovalStep.AWAITING_HEAD);
        assertThatThrownBy(() -> HEAD_SNV.run(() -> mailboxRequests.approveAsHead(ward.id(), ward.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(HEAD_VINH_YEN.call(() -> mailboxRequests.approveAsHead(ward.id(), ward.version()))
                .approval().step()).isEqualTo(ApprovalStep.APPROVED);

        // Sở Tư pháp has no head account at all: nobody could approve, so it goes to the DIC at once
        MailboxRequestRow noHead = as("canbo.stp", () -> mailboxRequests.requestNew(new NewMailboxRequest(stp,
                HolderKind.PERSON, "Đoàn Văn Bình", null, null, null)));
        assertThat(noHead.approval().step()).isEqualTo(ApprovalStep.APPROVED);
        assertThat(ADMIN.call(() -> mailboxRequests.pending(1000))).anyMatch(x -> x.id() == noHead.id());
    }

    private static <T> T as(String officer, java.util.concurrent.Callable<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(officer, null, List.of(new org.springframework.security.core.authority
                        .SimpleGrantedAuthority(vn.egov.console.security.Role.UNIT_OFFICER.authority()))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    private NewMailboxRequest newMailbox(String holder) {
        return new NewMailboxRequest(snv, HolderKind.PERSON, holder, "Chuyên viên", null, null);
    }
}
