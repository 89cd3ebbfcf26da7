package vn.egov.console.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.approval.ApprovalStep;
import vn.egov.console.approval.UnitApproval;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.CleanText;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.certificate.internal.Certificate;
import vn.egov.console.certificate.internal.CertificateHistoryEntry;
import vn.egov.console.certificate.internal.CertificateHistoryRepository;
import vn.egov.console.certificate.internal.CertificateQueries;
import vn.egov.console.certificate.internal.CertificateRepository;
import vn.egov.console.certificate.internal.CertificateRequest;
import vn.egov.console.certificate.internal.CertificateRequestRepository;
import vn.egov.console.notification.Alert;
import vn.egov.console.notification.NotificationService;
import vn.egov.console.notification.ReminderMarks;
import vn.egov.console.notification.ReminderThresholds;
import vn.egov.console.organization.UnitAccess;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;

/**
 * Specialised digital certificates (chứng thư số chuyên dùng): the register, the unit's requests and the DIC's
 * processing of them, X.509 import and the expiry warnings. Everyone reads within their unit scope; units file
 * requests for their own scope; only ADMIN issues, hands over, revokes and rejects.
 */
@Service
@Transactional
public class CertificateService {

    /** Regulation's rule of thumb: ask for renewal while at least this many days of validity remain. */
    public static final int RENEWAL_MIN_DAYS = 60;
    /** Warning thresholds in days before the end of validity; 0 stands for "has expired". */
    public static final int[] ALERT_LEVELS = {90, 60, 30, 7, 0};
    /** {@link #ALERT_LEVELS} as reminder thresholds: 0 is the mark of "has expired". */
    static final ReminderThresholds EXPIRY = new ReminderThresholds(new int[] {90, 60, 30, 7}, 0);
    static final String EXPIRY_REMINDER = "certificate-expiry";
    private static final String UNIT_ROLES = "hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')";

    private final CertificateRepository certificates;
    private final CertificateRequestRepository requests;
    private final CertificateHistoryRepository history;
    private final CertificateQueries queries;
    private final UnitAccess access;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final ReminderMarks reminders;
    private final Clock clock;
    private final TrustedIssuers trustedIssuers;
    private final UnitApproval approvals;
    private final AuditTrail trail;

    CertificateService(CertificateRepository certificates, CertificateRequestRepository requests,
                       CertificateHistoryRepository history, CertificateQueries queries, UnitAccess access,
                       UnitService units, CurrentUser currentUser, NotificationService notifications,
                       ReminderMarks reminders, Clock clock, TrustedIssuers trustedIssuers, UnitApproval approvals,
                       AuditTrail trail) {
        this.approvals = approvals;
        this.trail = trail;
        this.certificates = certificates;
        this.requests = requests;
        this.history = history;
        this.queries = queries;
        this.access = access;
        this.units = units;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.reminders = reminders;
        this.clock = clock;
        this.trustedIssuers = trustedIssuers;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ProvinceTime.ZONE));
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CertificateRow> search(CertificateFilter filter, Pageable page) {
        if (filter.unitId() != null) access.checkReadable(filter.unitId());
        return queries.search(filter, access.scope(), today(), page);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(CertificateFilter filter) {
        if (filter.unitId() != null) access.checkReadable(filter.unitId());
        return queries.count(filter, access.scope(), today());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CertificateRow get(long id) {
        CertificateRow row = queries.row(id);
        if (row == null) throw new NotFoundException("certificate", id);
        access.checkReadable(row.unitId());
        return row;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CertificateHistoryRow> history(long id) {
        get(id);
        return history.findByCertificateIdOrderByAtDescIdDesc(id).stream().map(CertificateHistoryEntry::toRow).toList();
    }

    /** The tier × kind figures within the caller's scope, or of one unit. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TierKindSummary> summary(Long unitId) {
        if (unitId != null) access.checkReadable(unitId);
        return queries.summary(access.scope(), unitId, today());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RequestRow> requests(Long unitId, boolean openOnly) {
        if (unitId != null) access.checkReadable(unitId);
        // the DIC sees a request once the unit's head has approved it (or it needed no approval)
        if (currentUser.require().isAdmin()) {
            return queries.requests(access.scope(), unitId, openOnly, 500, ApprovalStep.APPROVED);
        }
        return queries.requests(access.scope(), unitId, openOnly, 500);
    }

    /**
     * The renewals filed from {@code from} to {@code to} (province dates, inclusive) within the caller's scope, each
     * with the expiry of the certificate it renews: what the index's "renewals filed on time" counts.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RenewalFiling> renewalFilings(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) throw new BusinessException("error.certificate.periodOrder");
        return queries.renewals(access.scope(), from.atStartOfDay(ProvinceTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant());
    }

    /** Days of validity left (negative once expired), or null for a certificate not yet issued. */
    public Long daysLeft(CertificateRow row) {
        return row.validTo() == null ? null : ChronoUnit.DAYS.between(today(), row.validTo());
    }

    /** Whether a renewal asked for now comes late (under {@value #RENEWAL_MIN_DAYS} days left) and needs a reason. */
    public boolean renewalIsLate(CertificateRow row) {
        Long left = daysLeft(row);
        return left != null && left < RENEWAL_MIN_DAYS;
    }

    /** Units the caller may pick in forms and filters (active ones in their scope). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitSummary> units() {
        return units.listActive();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UnitSummary unit(long unitId) {
        return units.get(unitId);
    }

    /** Whether the caller may file requests (ADMIN anywhere, unit roles in scope; leadership is read-only). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRequest() {
        return currentUser.require().role() != vn.egov.console.security.Role.LEADER;
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isAdmin() {
        return currentUser.require().isAdmin();
    }

    // ---- the DIC's work queue ------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<RequestRow> pendingWork(int limit) {
        return queries.requests(access.scope(), null, true, limit, ApprovalStep.APPROVED);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countOpenRequests() {
        return queries.countOpenRequests();
    }

    // ---- the unit head's approval step ---------------------------------------------------------------------------

    /** Open requests of the head's units that wait for their decision, oldest first. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    @Transactional(readOnly = true)
    public List<RequestRow> awaitingMyApproval(int limit) {
        var unitIds = approvals.decidedUnits();
        return unitIds.isEmpty() ? List.of() : queries.awaitingHead(unitIds, Math.max(1, Math.min(500, limit)));
    }

    @PreAuthorize("hasRole('UNIT_HEAD')")
    @Transactional(readOnly = true)
    public long countAwaitingMyApproval() {
        return queries.countOpen(approvals.decidedUnits(), ApprovalStep.AWAITING_HEAD);
    }

    /** Whether the caller may approve or return this request now. */
    @PreAuthorize("isAuthenticated()")
    public boolean canDecide(RequestRow row) {
        return row.status() == RequestStatus.OPEN && row.approval().awaitingHead() && approvals.canDecide(row.unitId());
    }

    /** The head approves an officer's request: it goes on to the DIC. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public RequestRow approveAsHead(long requestId, long expectedVersion) {
        CertificateRequest request = loadRequestAtHead(requestId, expectedVersion);
        approvals.approve(request.getApproval(), request.getUnitId());
        trail.record(requestEntry(request, AuditAction.APPROVED).changed("approvalStep", "AWAITING_HEAD", "APPROVED"));
        return requestRow(requestId);
    }

    /**
     * The head sends an officer's request back with a reason: it closes as returned, whatever it changed on the
     * certificate is put back (as when the DIC rejects), and the officer is told in the bell.
     */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public RequestRow returnToOfficer(long requestId, long expectedVersion, String reason) {
        CertificateRequest request = loadRequestAtHead(requestId, expectedVersion);
        String why = approvals.giveBack(request.getApproval(), request.getUnitId(), reason);
        close(request, RequestStatus.RETURNED, why);
        trail.record(requestEntry(request, AuditAction.RETURNED)
                .changed("status", RequestStatus.OPEN, RequestStatus.RETURNED)
                .changed("approvalStep", "AWAITING_HEAD", "RETURNED").note(why));
        approvals.tellRequester(request.getRequestedBy(), Alert.of("certificateRequest:" + requestId + ":returned",
                "certificateRequest.alert.returned.title", "certificateRequest.alert.returned.body",
                "certificates/requests", request.getHolderName(), why));
        flush();
        return requestRow(requestId);
    }

    private CertificateRequest loadRequestAtHead(long id, long expectedVersion) {
        CertificateRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("request", id));
        access.checkReadable(request.getUnitId());
        if (request.getVersion() != expectedVersion) throw new BusinessException("error.conflict");
        if (request.getStatus() != RequestStatus.OPEN) throw new BusinessException("error.certificate.requestClosed");
        return request;
    }

    // ---- requests by units ---------------------------------------------------------------------------------------

    @PreAuthorize(UNIT_ROLES)
    public RequestRow requestNew(NewCertificateRequest request) {
        access.checkWritable(request.unitId());
        UnitSummary unit = units.get(request.unitId());
        if (!unit.isActive()) throw new BusinessException("error.certificate.unitInactive", unit.name());
        if (request.kind() == null) throw new BusinessException("error.certificate.kindRequired");
        String holder = HOLDER.clean(request.holderName());
        String reason = cut(clean(request.reason()));
        boolean duplicate = requests.findByUnitId(unit.id()).stream().anyMatch(r -> r.getStatus() == RequestStatus.OPEN
                && r.getType() == RequestType.NEW && fold(r.getHolderName()).equals(fold(holder)));
        if (duplicate) throw new BusinessException("error.certificate.requestExists", holder);
        var now = clock.instant();
        Certificate cert = certificates.save(new Certificate(unit.id(), request.kind(), holder,
                CertificateStatus.REQUESTED, now));
        log(cert.getId(), null, CertificateStatus.REQUESTED, reason);
        CertificateRequest saved = requests.save(new CertificateRequest(unit.id(), cert.getId(), RequestType.NEW,
                request.kind(), holder, reason, null, currentUser.username(), now)
                .startApproval(approvals.start(unit.id())));
        filed(saved);
        return requestRow(saved.getId());
    }

    /**
     * Asks for a renewal. Under {@value #RENEWAL_MIN_DAYS} days of validity (or once expired) the renewal is late and
     * needs a reason. Revoked, lost and replaced certificates are not renewed: a new certificate is requested instead.
     */
    @PreAuthorize(UNIT_ROLES)
    public RequestRow requestRenewal(long certificateId, String reason) {
        Certificate cert = loadWritable(certificateId);
        CertificateStatus status = cert.getStatus();
        if (status != CertificateStatus.ISSUED && status != CertificateStatus.HANDED_OVER
                && status != CertificateStatus.EXPIRED) {
            throw new BusinessException("error.certificate.renewalNotAllowed");
        }
        checkNoOpenRequest(cert);
        String why = cut(clean(reason));
        long left = ChronoUnit.DAYS.between(today(), cert.getValidTo());
        if (left < RENEWAL_MIN_DAYS && why.isEmpty()) {
            throw new BusinessException("error.certificate.renewalLate", Math.max(left, 0), RENEWAL_MIN_DAYS);
        }
        if (status.inUse()) changeStatus(cert, CertificateStatus.RENEWAL_REQUESTED, why);
        return fileRequest(cert, RequestType.RENEWAL, why, status);
    }

    @PreAuthorize(UNIT_ROLES)
    public RequestRow requestRevocation(long certificateId, String reason) {
        Certificate cert = loadWritable(certificateId);
        if (!cert.getStatus().inUse()) {
            throw new BusinessException("error.certificate.revocationNotAllowed");
        }
        checkNoOpenRequest(cert);
        return fileRequest(cert, RequestType.REVOCATION, requireReason(reason), cert.getStatus());
    }

    /** The token is gone: the certificate stops counting as usable at once; the DIC then revokes it. */
    @PreAuthorize(UNIT_ROLES)
    public RequestRow reportTokenLost(long certificateId, String reason) {
        Certificate cert = loadWritable(certificateId);
        if (!cert.getStatus().inUse()) {
            throw new BusinessException("error.certificate.lostNotAllowed");
        }
        String why = requireReason(reason);
        CertificateStatus before = cert.getStatus();
        // a renewal in progress is overtaken by the loss: the DIC will revoke, and the unit asks for a new one
        for (CertificateRequest open : requests.findByCertificateIdAndStatus(cert.getId(), RequestStatus.OPEN)) {
            open.close(RequestStatus.REJECTED, currentUser.username(), clock.instant(), why);
        }
        changeStatus(cert, CertificateStatus.TOKEN_LOST, why);
        return fileRequest(cert, RequestType.TOKEN_LOST, why, before);
    }

    private RequestRow fileRequest(Certificate cert, RequestType type, String reason, CertificateStatus before) {
        CertificateRequest saved = requests.save(new CertificateRequest(cert.getUnitId(), cert.getId(), type,
                cert.getKind(), cert.getHolderName(), reason.isEmpty() ? null : reason, before,
                currentUser.username(), clock.instant()).startApproval(approvals.start(cert.getUnitId())));
        filed(saved);
        flush();
        return requestRow(saved.getId());
    }

    private void checkNoOpenRequest(Certificate cert) {
        if (requests.existsByCertificateIdAndStatus(cert.getId(), RequestStatus.OPEN)) {
            throw new BusinessException("error.certificate.requestOpen", cert.getHolderName());
        }
    }

    // ---- processing by the DIC -----------------------------------------------------------------------------------

    /**
     * Fulfils a new or renewal request with the issued certificate file. A renewal creates the new certificate and
     * marks the old one replaced; a late renewal needs a reason unless the unit gave one with the request.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CertificateRow issue(long requestId, long expectedVersion, byte[] file, String tokenType,
                                String lateReason) {
        return issue(requestId, expectedVersion, file, tokenType, lateReason, null);
    }

    /**
     * As {@link #issue(long, long, byte[], String, String)}; a certificate whose issuer is not a configured trusted
     * CA is refused with {@code error.certificate.untrustedIssuer} unless {@code untrustedReason} says why it is
     * accepted anyway (it is then marked and the reason kept in its history).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CertificateRow issue(long requestId, long expectedVersion, byte[] file, String tokenType,
                                String lateReason, String untrustedReason) {
        CertificateRequest request = loadOpenRequest(requestId, expectedVersion);
        if (!request.getType().issues()) throw new BusinessException("error.certificate.requestNotIssuing");
        return issue(request, IssuerCheck.of(file, trustedIssuers), tokenType, lateReason, untrustedReason);
    }

    /** The uploaded certificate and whether a configured trusted CA signed it. */
    private record IssuerCheck(ParsedCertificate parsed, boolean trusted) {

        static IssuerCheck of(byte[] file, TrustedIssuers trustedIssuers) {
            var certificate = X509Reader.certificate(file);
            return new IssuerCheck(X509Reader.describe(certificate), trustedIssuers.trusts(certificate));
        }

        /** What the history says about the issuer: nothing when trusted, else who issued it and why it was kept. */
        String historyNote(String untrustedReason) {
            if (trusted) return "";
            String why = CleanText.block(untrustedReason);
            if (why.isEmpty()) throw new BusinessException("error.certificate.untrustedIssuer", parsed.issuerName());
            return "; tổ chức cấp ngoài danh sách tin cậy: " + parsed.issuerName() + "; lý do: " + why;
        }
    }

    private CertificateRow issue(CertificateRequest request, IssuerCheck check, String tokenType,
                                 String lateReason, String untrustedReason) {
        ParsedCertificate parsed = check.parsed();
        checkNew(parsed);
        String issuerNote = check.historyNote(untrustedReason);
        var now = clock.instant();
        String token = cut(clean(tokenType), 100);
        Certificate target;
        if (request.getType() == RequestType.NEW) {
            target = certificates.findById(request.getCertificateId())
                    .orElseThrow(() -> new NotFoundException("certificate", request.getCertificateId()));
        } else {
            Certificate old = load(request.getCertificateId());
            String why = clean(lateReason).isEmpty() ? clean(request.getReason()) : clean(lateReason);
            if (old.getValidTo() != null && ChronoUnit.DAYS.between(today(), old.getValidTo()) < RENEWAL_MIN_DAYS
                    && why.isEmpty()) {
                throw new BusinessException("error.certificate.renewalLate",
                        Math.max(0, ChronoUnit.DAYS.between(today(), old.getValidTo())), RENEWAL_MIN_DAYS);
            }
            target = certificates.save(new Certificate(old.getUnitId(), old.getKind(), old.getHolderName(),
                    CertificateStatus.REQUESTED, now));
            CertificateStatus before = old.getStatus();
            old.replacedBy(target.getId(), now);
            log(old.getId(), before, CertificateStatus.REPLACED, "→ " + parsed.serialHex());
        }
        target.issued(parsed.serialHex(), cut(parsed.issuer(), 255), cut(parsed.subject()),
                cut(String.join(", ", parsed.keyUsage()), 255), date(parsed.notBefore()), date(parsed.notAfter()),
                token.isEmpty() ? null : token, now);
        target.issuerTrusted(check.trusted());
        reminders.reset(EXPIRY_REMINDER, target.getId());
        changeStatus(target, CertificateStatus.ISSUED, cut(parsed.serialHex() + issuerNote));
        request.close(RequestStatus.DONE, currentUser.username(), now, parsed.serialHex());
        trail.record(requestEntry(request, AuditAction.ISSUED).changed("status", RequestStatus.OPEN, RequestStatus.DONE)
                .changed("certificateId", null, target.getId()).changed("serial", null, parsed.serialHex()));
        flush();
        return queries.row(target.getId());
    }

    /**
     * Records an uploaded certificate: it fulfils the one open new/renewal request whose holder matches the
     * certificate's CN, or else becomes a new record in the given unit.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportOutcome importCertificate(byte[] file, Long unitId, CertificateKind kind, String tokenType) {
        return importCertificate(file, unitId, kind, tokenType, null);
    }

    /**
     * As {@link #importCertificate(byte[], Long, CertificateKind, String)}; a certificate from an issuer outside the
     * configured trusted CAs needs {@code untrustedReason} (else {@code error.certificate.untrustedIssuer}), is marked
     * in the register and keeps the reason in its history.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportOutcome importCertificate(byte[] file, Long unitId, CertificateKind kind, String tokenType,
                                           String untrustedReason) {
        IssuerCheck check = IssuerCheck.of(file, trustedIssuers);
        ParsedCertificate parsed = check.parsed();
        checkNew(parsed);
        String holder = parsed.commonName() != null ? parsed.commonName() : parsed.organization();
        if (holder != null) {
            List<CertificateRequest> matches = requests.findByStatus(RequestStatus.OPEN).stream()
                    .filter(r -> r.getType().issues() && fold(r.getHolderName()).equals(fold(holder)))
                    .filter(r -> r.getApproval().step() == ApprovalStep.APPROVED) // not before the unit head
                    .filter(r -> unitId == null || r.getUnitId() == unitId)
                    .toList();
            if (matches.size() == 1) {
                CertificateRow row = issue(matches.getFirst(), check, tokenType, null, untrustedReason);
                return new ImportOutcome(row, matches.getFirst().getId());
            }
        }
        if (unitId == null) throw new BusinessException("error.certificate.unitRequired");
        if (kind == null) throw new BusinessException("error.certificate.kindRequired");
        access.checkWritable(unitId);
        UnitSummary unit = units.get(unitId);
        if (!unit.isActive()) throw new BusinessException("error.certificate.unitInactive", unit.name());
        String issuerNote = check.historyNote(untrustedReason);
        var now = clock.instant();
        String name = CleanText.hasVisibleText(holder) ? cut(clean(holder), TextLimits.NAME) : unit.name();
        Certificate cert = certificates.save(new Certificate(unitId, kind, name, CertificateStatus.REQUESTED, now));
        String token = cut(clean(tokenType), 100);
        cert.issued(parsed.serialHex(), cut(parsed.issuer(), 255), cut(parsed.subject()),
                cut(String.join(", ", parsed.keyUsage()), 255), date(parsed.notBefore()), date(parsed.notAfter()),
                token.isEmpty() ? null : token, now);
        cert.issuerTrusted(check.trusted());
        cert.status(CertificateStatus.ISSUED, now);
        log(cert.getId(), null, CertificateStatus.ISSUED, cut(parsed.serialHex() + issuerNote));
        flush();
        return new ImportOutcome(queries.row(cert.getId()), null);
    }

    private void checkNew(ParsedCertificate parsed) {
        if (certificates.existsBySerialAndIssuer(parsed.serialHex(), cut(parsed.issuer(), 255))) {
            throw new BusinessException("error.certificate.serialExists", parsed.serialHex(), parsed.issuerName());
        }
        if (date(parsed.notAfter()).isBefore(today())) {
            throw new BusinessException("error.certificate.alreadyExpired", Formats.date(date(parsed.notAfter())));
        }
    }

    /** Hand-over to the holder with training in its use (bàn giao, hướng dẫn sử dụng). */
    @PreAuthorize("hasRole('ADMIN')")
    public CertificateRow handOver(long id, long expectedVersion, LocalDate handedOverOn, LocalDate trainedOn,
                                   String responsiblePerson) {
        Certificate cert = loadVersion(id, expectedVersion);
        if (cert.getStatus() != CertificateStatus.ISSUED) {
            throw new BusinessException("error.certificate.notIssued");
        }
        if (handedOverOn == null) throw new BusinessException("error.certificate.handOverDateRequired");
        LocalDate today = today();
        if (handedOverOn.isAfter(today)) throw new BusinessException("error.certificate.dateInFuture");
        if (trainedOn != null && trainedOn.isAfter(today)) throw new BusinessException("error.certificate.dateInFuture");
        if (cert.getValidFrom() != null && handedOverOn.isBefore(cert.getValidFrom())) {
            throw new BusinessException("error.certificate.handOverBeforeIssue", Formats.date(cert.getValidFrom()));
        }
        if (trainedOn != null && trainedOn.isBefore(handedOverOn.minusDays(30))) {
            throw new BusinessException("error.certificate.trainingBeforeHandOver");
        }
        String responsible = clean(responsiblePerson);
        if (responsible.isEmpty()) throw new BusinessException("error.certificate.responsibleRequired");
        trail.record(AuditEntry.of("certificate", "certificate", id, label(cert), AuditAction.HANDED_OVER)
                .changed("handedOverOn", cert.getHandedOverOn(), handedOverOn)
                .changed("trainedOn", null, trainedOn).changed("responsiblePerson", null, cut(responsible, 255)));
        cert.handedOver(handedOverOn, trainedOn, cut(responsible, 255), clock.instant());
        changeStatus(cert, CertificateStatus.HANDED_OVER, responsible);
        flush();
        return queries.row(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CertificateRow revoke(long id, long expectedVersion, String reason) {
        Certificate cert = loadVersion(id, expectedVersion);
        String why = requireReason(reason);
        revoke(cert, why);
        flush();
        return queries.row(id);
    }

    private void revoke(Certificate cert, String why) {
        CertificateStatus status = cert.getStatus();
        if (status == CertificateStatus.REVOKED || status == CertificateStatus.REPLACED
                || status == CertificateStatus.REQUESTED) {
            throw new BusinessException("error.certificate.revokeNotAllowed");
        }
        changeStatus(cert, CertificateStatus.REVOKED, why);
        for (CertificateRequest open : requests.findByCertificateIdAndStatus(cert.getId(), RequestStatus.OPEN)) {
            open.close(RequestStatus.DONE, currentUser.username(), clock.instant(), why);
        }
    }

    /** Fulfils a revocation or lost-token request by revoking the certificate. */
    @PreAuthorize("hasRole('ADMIN')")
    public CertificateRow processRevocation(long requestId, long expectedVersion, String reason) {
        CertificateRequest request = loadOpenRequest(requestId, expectedVersion);
        if (request.getType().issues()) throw new BusinessException("error.certificate.requestNotRevoking");
        String why = requireReason(reason);
        Certificate cert = load(request.getCertificateId());
        revoke(cert, why);
        trail.record(requestEntry(request, AuditAction.REVOKED)
                .changed("status", RequestStatus.OPEN, RequestStatus.DONE).note(why));
        flush();
        return queries.row(cert.getId());
    }

    /** Turns a request down with a reason; whatever the request changed on the certificate is put back. */
    @PreAuthorize("hasRole('ADMIN')")
    public RequestRow reject(long requestId, long expectedVersion, String reason) {
        CertificateRequest request = loadOpenRequest(requestId, expectedVersion);
        String why = requireReason(reason);
        close(request, RequestStatus.REJECTED, why);
        trail.record(requestEntry(request, AuditAction.REJECTED)
                .changed("status", RequestStatus.OPEN, RequestStatus.REJECTED).note(why));
        flush();
        return requestRow(requestId);
    }

    /** Closes a request unfulfilled; whatever filing it changed on the certificate is put back. */
    private void close(CertificateRequest request, RequestStatus outcome, String why) {
        Long certId = request.getCertificateId();
        request.close(outcome, currentUser.username(), clock.instant(), why);
        if (certId != null) {
            Certificate cert = load(certId);
            if (request.getType() == RequestType.NEW && cert.getStatus() == CertificateStatus.REQUESTED) {
                // never issued: the placeholder goes; the rejected request keeps the holder and the reason
                request.detachCertificate();
                certificates.delete(cert);
            } else if (request.getPreviousStatus() != null && cert.getStatus() != request.getPreviousStatus()
                    && (cert.getStatus() == CertificateStatus.RENEWAL_REQUESTED
                    || cert.getStatus() == CertificateStatus.TOKEN_LOST)) {
                changeStatus(cert, request.getPreviousStatus(), why);
            }
        }
    }

    // ---- expiry warnings -----------------------------------------------------------------------------------------

    /**
     * Warns about certificates in use at 90, 60, 30 and 7 days before the end of validity and once expired (then
     * also marks them expired). Each level is sent at most once per certificate. When several levels were crossed
     * since the last run (the console was down), only the most urgent one is sent: the older, milder warnings
     * would be stale news and bury the one that matters. Revoked, lost and replaced certificates are not in use,
     * so they never warn. The notification's dedup key makes a repeat impossible even if two runs overlapped.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ExpiryRun checkExpiry(LocalDate today) {
        int warned = 0;
        int expired = 0;
        List<Certificate> due = certificates.expiryCandidates(CertificateStatus.IN_USE, today.plusDays(EXPIRY.horizon()));
        for (Certificate cert : due) {
            long left = ChronoUnit.DAYS.between(today, cert.getValidTo());
            var claimed = reminders.claim(EXPIRY_REMINDER, cert.getId(), EXPIRY, left);
            if (claimed.isEmpty()) continue;
            int level = claimed.getAsInt();
            if (level == 0) {
                changeStatus(cert, CertificateStatus.EXPIRED, Formats.date(cert.getValidTo()));
                expired++;
            }
            UnitSummary unit = units.get(cert.getUnitId());
            String serial = cert.getSerial() == null ? "-" : cert.getSerial();
            Alert alert = Alert.of("certificate:" + cert.getId() + ":expiry:" + level,
                    level == 0 ? "certificate.alert.expired.title" : "certificate.alert.expiring.title",
                    level == 0 ? "certificate.alert.expired.body" : "certificate.alert.expiring.body",
                    "certificates/" + cert.getId(), cert.getHolderName(), unit.name(), serial,
                    Formats.date(cert.getValidTo()), left);
            notifications.notifyAdmins(alert);
            notifications.notifyUnit(cert.getUnitId(), alert);
            warned++;
        }
        flush();
        return new ExpiryRun(warned, expired);
    }

    /** The most urgent level crossed with {@code left} days to go: 0 once expired, -1 when none is due yet. */
    static int levelFor(long left) {
        return EXPIRY.crossed(left).orElse(-1);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Certificate load(long id) {
        return certificates.findById(id).orElseThrow(() -> new NotFoundException("certificate", id));
    }

    private Certificate loadWritable(long id) {
        Certificate cert = load(id);
        access.checkWritable(cert.getUnitId());
        return cert;
    }

    private Certificate loadVersion(long id, long expectedVersion) {
        Certificate cert = load(id);
        if (cert.getVersion() != expectedVersion) throw new BusinessException("error.conflict");
        return cert;
    }

    private CertificateRequest loadOpenRequest(long id, long expectedVersion) {
        CertificateRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("request", id));
        if (request.getVersion() != expectedVersion) throw new BusinessException("error.conflict");
        if (request.getStatus() != RequestStatus.OPEN) throw new BusinessException("error.certificate.requestClosed");
        approvals.checkApproved(request.getApproval());
        return request;
    }

    /** The trail's line for a new request, and the heads' bell when it waits for them. */
    private void filed(CertificateRequest r) {
        trail.record(requestEntry(r, AuditAction.REQUESTED).changed("type", null, r.getType())
                .changed("unitId", null, r.getUnitId()).changed("certificateId", null, r.getCertificateId())
                .changed("holderName", null, r.getHolderName()).changed("status", null, r.getStatus())
                .changed("approvalStep", null, r.getApproval().step()).note(r.getReason()));
        if (r.getApproval().step() == ApprovalStep.AWAITING_HEAD) {
            approvals.tellHeads(r.getUnitId(), Alert.of("certificateRequest:" + r.getId() + ":awaiting",
                    "certificateRequest.alert.awaiting.title", "certificateRequest.alert.awaiting.body",
                    "certificates/requests", r.getHolderName(), units.get(r.getUnitId()).name(), r.getRequestedBy()));
        }
    }

    private static AuditEntry requestEntry(CertificateRequest r, AuditAction action) {
        return AuditEntry.of("certificate", "certificateRequest", r.getId(), r.getHolderName(), action);
    }

    private static String label(Certificate c) {
        return c.getHolderName() + (c.getSerial() == null ? "" : " · " + c.getSerial());
    }

    private RequestRow requestRow(long id) {
        flush();
        return queries.request(id);
    }

    private void changeStatus(Certificate cert, CertificateStatus to, String reason) {
        CertificateStatus from = cert.getStatus();
        cert.status(to, clock.instant());
        log(cert.getId(), from, to, reason);
    }

    private void log(long certificateId, CertificateStatus from, CertificateStatus to, String reason) {
        Certificate cert = load(certificateId);
        trail.record(AuditEntry.of("certificate", "certificate", certificateId, label(cert),
                        from == null ? AuditAction.CREATED : AuditAction.STATUS)
                .changed("status", from, to).changed("unitId", null, from == null ? cert.getUnitId() : null)
                .changed("serial", null, from == null || to == CertificateStatus.ISSUED ? cert.getSerial() : null)
                .changed("validTo", null, from == null || to == CertificateStatus.ISSUED ? cert.getValidTo() : null)
                .note(reason == null || reason.isEmpty() ? null : reason));
        history.save(new CertificateHistoryEntry(certificateId, from, to, currentUser.username(), clock.instant(),
                reason == null || reason.isEmpty() ? null : reason));
    }

    private void flush() {
        try {
            certificates.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("error.conflict");
        }
    }

    private String requireReason(String reason) {
        String why = cut(clean(reason));
        if (why.isEmpty()) throw new BusinessException("error.reasonRequired");
        return why;
    }

    private static LocalDate date(java.time.Instant instant) {
        return instant.atZone(ProvinceTime.ZONE).toLocalDate();
    }

    private static final TextRule HOLDER = TextRule.line("certificate.holder", TextLimits.NAME)
            .messages("error.certificate.holderRequired", "error.certificate.holderTooLong");

    private static String clean(String s) {
        return CleanText.line(s);
    }

    private static String cut(String s) {
        return cut(s, 1000);
    }

    private static String cut(String s, int max) {
        // by code points, so an emoji or a rare Hán character is never cut in half
        return s == null || CleanText.length(s) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    /** Case- and accent-insensitive, so a certificate's "NGUYEN VAN AN" matches the request's "Nguyễn Văn An". */
    static String fold(String s) {
        return s == null ? "" : vn.egov.console.base.i18n.VietnameseText.fold(clean(s));
    }
}
