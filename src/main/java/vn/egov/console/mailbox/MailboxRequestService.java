package vn.egov.console.mailbox;

import vn.egov.console.organization.ProvinceSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.approval.UnitApproval;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.text.CleanText;
import vn.egov.console.notification.Alert;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.mailbox.internal.AddressRules;
import vn.egov.console.mailbox.internal.Mailbox;
import vn.egov.console.mailbox.internal.MailboxAudit;
import vn.egov.console.mailbox.internal.MailboxRepository;
import vn.egov.console.mailbox.internal.MailboxRequestEntity;
import vn.egov.console.mailbox.internal.MailboxRequestRepository;
import vn.egov.console.organization.UnitAccess;
import vn.egov.console.organization.UnitScope;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;

/**
 * Requests from units to the DIC: a mailbox for a new staff member, closing a leaver's. Unit users (and ADMIN) file
 * them for units in their scope; an IT officer's request first waits for the unit's head to approve or return it
 * ({@link UnitApproval}); ADMIN sees only approved requests and approves or rejects them with a reason. An approved new mailbox waits as
 * "requested" until ADMIN provisions it on the mail server; an approved closure closes the mailbox at once.
 */
@Service
@Transactional
public class MailboxRequestService {

    static final int MAX_NOTE = TextLimits.NOTE;
    private static final TextRule NOTE = TextRule.block("mailboxRequest.note", MAX_NOTE).optional()
            .messages(TextRule.REQUIRED, "error.mailboxRequest.noteTooLong");
    private final MailboxRequestRepository requests;
    private final MailboxRepository mailboxes;
    private final MailboxService mailboxService;
    private final AddressRules addresses;
    private final MailboxAudit audit;
    private final UnitAccess access;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final MailboxProperties properties;
    private final ProvinceSettingsService province;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final UnitApproval approvals;
    private final AuditTrail trail;

    MailboxRequestService(MailboxRequestRepository requests, MailboxRepository mailboxes,
                          MailboxService mailboxService, AddressRules addresses, MailboxAudit audit,
                          UnitAccess access, UnitService units, CurrentUser currentUser,
                          MailboxProperties properties, ProvinceSettingsService province, JdbcTemplate jdbc,
                          Clock clock, UnitApproval approvals, AuditTrail trail) {
        this.approvals = approvals;
        this.trail = trail;
        this.requests = requests;
        this.mailboxes = mailboxes;
        this.mailboxService = mailboxService;
        this.addresses = addresses;
        this.audit = audit;
        this.access = access;
        this.units = units;
        this.currentUser = currentUser;
        this.properties = properties;
        this.province = province;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public MailboxRequestRow requestNew(NewMailboxRequest draft) {
        access.checkWritable(draft.unitId());
        UnitSummary unit = units.get(draft.unitId());
        if (!unit.isActive()) throw new BusinessException("error.mailbox.unitInactive", unit.name());
        if (draft.holderKind() == null) throw new BusinessException("error.mailbox.kindRequired");
        String holder = MailboxService.HOLDER.clean(draft.holderName());
        String position = MailboxService.POSITION.clean(draft.position());
        String address = clean(draft.address()) == null ? null : addresses.checkAvailable(draft.address(), null);
        var r = requests.saveAndFlush(MailboxRequestEntity.newMailbox(unit.id(), draft.holderKind(), holder,
                position, address, note(draft.note()), currentUser.username(), clock.instant(),
                approvals.start(unit.id())));
        log(r, null, "REQUESTED", null, "NEW; " + holder + (address == null ? "" : "; " + address));
        filed(r, unit.name());
        return toRow(r);
    }

    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public MailboxRequestRow requestClosure(long mailboxId, String note) {
        Mailbox m = mailboxes.findById(mailboxId).orElseThrow(() -> new NotFoundException("mailbox", mailboxId));
        access.checkWritable(m.getUnitId());
        if (!m.getStatus().isLive()) throw new BusinessException("error.mailbox.closed", m.getAddress());
        if (requests.existsByMailboxIdAndStatus(mailboxId, RequestStatus.PENDING)) {
            throw new BusinessException("error.mailboxRequest.alreadyPending", m.getAddress());
        }
        String why = note(note);
        if (why == null) throw new BusinessException("error.reasonRequired");
        var r = requests.saveAndFlush(MailboxRequestEntity.closure(m.getUnitId(), mailboxId, m.getAddress(),
                m.getHolderName(), why, currentUser.username(), clock.instant(), approvals.start(m.getUnitId())));
        log(r, mailboxId, "REQUESTED", null, "CLOSE; " + m.getAddress());
        filed(r, units.get(m.getUnitId()).name());
        return toRow(r);
    }

    /**
     * Requests in the caller's scope, newest first. The DIC sees none that still waits for a unit head: those are
     * the unit's business until approved.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MailboxRequestRow> list(RequestStatus status, int limit) {
        UnitScope scope = access.scope();
        var page = PageRequest.of(0, Math.max(1, Math.min(1000, limit)));
        boolean dic = currentUser.require().isAdmin();
        List<MailboxRequestEntity> rows;
        if (dic && status != null) rows = requests.findApprovedByStatus(status, page);
        else if (dic) rows = requests.findPastHead(page);
        else if (scope.wholeProvince() && status != null) rows = requests.findByStatusOrderByRequestedAtAsc(status, page);
        else if (scope.wholeProvince()) rows = requests.findAllByOrderByRequestedAtDesc(page);
        else if (scope.unitIds().isEmpty()) rows = List.of();
        else rows = requests.findByUnitIdInOrderByRequestedAtDesc(scope.unitIds(), page).stream()
                    .filter(r -> status == null || r.getStatus() == status).toList();
        var names = new java.util.HashMap<Long, String>();
        units.listVisible().forEach(u -> names.put(u.id(), u.name()));
        return rows.stream().map(r -> toRow(r, names.getOrDefault(r.getUnitId(), "#" + r.getUnitId()))).toList();
    }

    /** Also the DIC reads a waiting request when it has its id (e.g. from the audit trail); it cannot act on it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MailboxRequestRow get(long id) {
        MailboxRequestEntity r = load(id);
        return toRow(r);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRow> history(long id) {
        load(id);
        return audit.forRequest(id);
    }

    /** Oldest pending first, for ADMIN's work queue: only requests past their unit head. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MailboxRequestRow> pending(int limit) {
        return requests.findApprovedByStatus(RequestStatus.PENDING, PageRequest.of(0, Math.max(1, limit)))
                .stream().map(this::toRow).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countPending() {
        return requests.countApprovedByStatus(RequestStatus.PENDING);
    }

    // ---- the unit head's approval step ---------------------------------------------------------------------------

    /** Requests of the head's units that wait for their decision, oldest first (the head's "chờ duyệt" queue). */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    @Transactional(readOnly = true)
    public List<MailboxRequestRow> awaitingMyApproval(int limit) {
        var unitIds = approvals.decidedUnits();
        if (unitIds.isEmpty()) return List.of();
        return requests.findAwaitingHead(unitIds, PageRequest.of(0, Math.max(1, Math.min(1000, limit))))
                .stream().map(this::toRow).toList();
    }

    @PreAuthorize("hasRole('UNIT_HEAD')")
    @Transactional(readOnly = true)
    public long countAwaitingMyApproval() {
        var unitIds = approvals.decidedUnits();
        return unitIds.isEmpty() ? 0 : requests.countAwaitingHead(unitIds);
    }

    /** Whether the caller may approve or return this request now (a head over its unit, the request waiting). */
    @PreAuthorize("isAuthenticated()")
    public boolean canDecide(MailboxRequestRow row) {
        return row.status() == RequestStatus.PENDING && row.approval().awaitingHead() && approvals.canDecide(row.unitId());
    }

    /** The head approves an officer's request: it goes on to the DIC. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public MailboxRequestRow approveAsHead(long id, long expectedVersion) {
        MailboxRequestEntity r = load(id);
        if (r.getVersion() != expectedVersion) throw new BusinessException("error.conflict");
        if (r.getStatus() != RequestStatus.PENDING) {
            throw new BusinessException("error.mailboxRequest.notPending", r.getStatus().translationKey());
        }
        approvals.approve(r.getApproval(), r.getUnitId());
        flush();
        log(r, r.getMailboxId(), "HEAD_APPROVED", "AWAITING_HEAD", "APPROVED");
        trail.record(entry(r, AuditAction.APPROVED).changed("approvalStep", "AWAITING_HEAD", "APPROVED"));
        return toRow(r);
    }

    /** The head sends an officer's request back with a reason; the officer is told in the bell. */
    @PreAuthorize("hasRole('UNIT_HEAD')")
    public MailboxRequestRow returnToOfficer(long id, long expectedVersion, String reason) {
        MailboxRequestEntity r = load(id);
        if (r.getVersion() != expectedVersion) throw new BusinessException("error.conflict");
        if (r.getStatus() != RequestStatus.PENDING) {
            throw new BusinessException("error.mailboxRequest.notPending", r.getStatus().translationKey());
        }
        String why = approvals.giveBack(r.getApproval(), r.getUnitId(), reason);
        r.decide(RequestStatus.RETURNED, currentUser.username(), clock.instant(), why);
        flush();
        log(r, r.getMailboxId(), "RETURNED", "PENDING", "RETURNED; " + why);
        trail.record(entry(r, AuditAction.RETURNED).changed("status", RequestStatus.PENDING, RequestStatus.RETURNED)
                .changed("approvalStep", "AWAITING_HEAD", "RETURNED").note(why));
        approvals.tellRequester(r.getRequestedBy(), Alert.of("mailboxRequest:" + r.getId() + ":returned",
                "mailboxRequest.alert.returned.title", "mailboxRequest.alert.returned.body", MailboxWorkQueue.ROUTE,
                r.getHolderName() == null ? "" : r.getHolderName(), why));
        return toRow(r);
    }

    /**
     * Approves a pending request. A new mailbox gets the requested address, or one proposed from the holder's name
     * and the unit's own address, and waits for provisioning; a closure closes the mailbox.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public MailboxRequestRow approve(long id, long expectedVersion) {
        MailboxRequestEntity r = pendingRequest(id, expectedVersion);
        approvals.checkApproved(r.getApproval());
        if (r.getKind() == RequestKind.NEW) {
            UnitSummary unit = units.get(r.getUnitId());
            if (!unit.isActive()) throw new BusinessException("error.mailbox.unitInactive", unit.name());
            String address = r.getAddress() != null ? addresses.checkAvailable(r.getAddress(), null)
                    : suggestAddress(r.getHolderName(), r.getHolderKind(), unit.id());
            Mailbox m = mailboxes.saveAndFlush(new Mailbox(address, r.getHolderKind(), r.getHolderName(),
                    r.getPosition(), r.getUnitId(), MailboxStatus.REQUESTED, properties.defaultQuotaMb(),
                    LocalDate.ofInstant(r.getRequestedAt(), ProvinceTime.ZONE), clock.instant()));
            r.linkMailbox(m.getId(), address);
            audit.log(m.getId(), r.getId(), "CREATED", currentUser.username(), clock.instant(), null, m.describe());
        } else {
            Mailbox m = mailboxes.findById(r.getMailboxId()).orElseThrow();
            mailboxService.close(m.getId(), m.getVersion(), "#" + r.getId() + ": " + r.getNote());
        }
        r.decide(RequestStatus.APPROVED, currentUser.username(), clock.instant(), null);
        flush();
        log(r, r.getMailboxId(), "APPROVED", "PENDING", "APPROVED" + (r.getAddress() == null ? "" : "; " + r.getAddress()));
        trail.record(entry(r, AuditAction.APPROVED).changed("status", RequestStatus.PENDING, RequestStatus.APPROVED)
                .changed("mailboxId", null, r.getMailboxId()));
        return toRow(r);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MailboxRequestRow reject(long id, long expectedVersion, String reason) {
        MailboxRequestEntity r = pendingRequest(id, expectedVersion);
        approvals.checkApproved(r.getApproval());
        String why = MailboxService.requireReason(reason);
        r.decide(RequestStatus.REJECTED, currentUser.username(), clock.instant(), why);
        flush();
        log(r, r.getMailboxId(), "REJECTED", "PENDING", "REJECTED; " + why);
        trail.record(entry(r, AuditAction.REJECTED).changed("status", RequestStatus.PENDING, RequestStatus.REJECTED)
                .note(why));
        return toRow(r);
    }

    /**
     * "Nguyễn Văn An" at Sở Nội vụ (snv@…) → nguyenvanan.snv@…; a second one gets nguyenvanan2.snv@…, and so on,
     * skipping addresses in use or closed within 12 months.
     */
    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    @Transactional(readOnly = true)
    public String suggestAddress(String holderName, HolderKind kind, long unitId) {
        access.checkReadable(unitId);
        String tag = unitTag(unitId);
        String base = MailboxAddresses.localPart(holderName);
        if (base.isEmpty()) throw new BusinessException("error.mailbox.holderRequired");
        String domain = "@" + province.current().primaryMailDomain();
        for (int n = 1; n < 1000; n++) {
            String local = kind == HolderKind.UNIT ? base + (n == 1 ? "" : String.valueOf(n))
                    : base + (n == 1 ? "" : String.valueOf(n)) + (tag == null ? "" : "." + tag);
            String address = local + domain;
            if (!addresses.isLive(address, null) && addresses.quarantinedUntil(address, null) == null) {
                return address;
            }
        }
        throw new BusinessException("error.mailbox.addressTaken", base + domain);
    }

    /** The local part of the unit's own mailbox (e.g. "snv"), which staff addresses carry after the name. */
    private String unitTag(long unitId) {
        return jdbc.query("SELECT address FROM mailbox WHERE unit_id = ? AND holder_kind = 'UNIT' "
                        + "AND status <> 'CLOSED' ORDER BY id LIMIT 1",
                (rs, i) -> rs.getString(1).substring(0, rs.getString(1).indexOf('@')), unitId)
                .stream().findFirst().orElse(null);
    }

    private MailboxRequestEntity pendingRequest(long id, long expectedVersion) {
        MailboxRequestEntity r = load(id);
        if (r.getVersion() != expectedVersion) throw new BusinessException("error.conflict");
        if (r.getStatus() != RequestStatus.PENDING) {
            throw new BusinessException("error.mailboxRequest.notPending", r.getStatus().translationKey());
        }
        return r;
    }

    private MailboxRequestEntity load(long id) {
        MailboxRequestEntity r = requests.findById(id).orElseThrow(() -> new NotFoundException("mailboxRequest", id));
        access.checkReadable(r.getUnitId());
        return r;
    }

    private void flush() {
        try {
            requests.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("error.conflict");
        }
    }

    private void log(MailboxRequestEntity r, Long mailboxId, String action, String before, String after) {
        audit.log(mailboxId, r.getId(), action, currentUser.username(), clock.instant(), before, after);
    }

    /** The trail's line for a new request, and the heads' bell when it waits for them. */
    private void filed(MailboxRequestEntity r, String unitName) {
        trail.record(entry(r, AuditAction.REQUESTED).changed("kind", null, r.getKind())
                .changed("unitId", null, r.getUnitId()).changed("holderName", null, r.getHolderName())
                .changed("address", null, r.getAddress()).changed("status", null, r.getStatus())
                .changed("approvalStep", null, r.getApproval().step()).note(r.getNote()));
        if (r.getApproval().toApproval().awaitingHead()) {
            approvals.tellHeads(r.getUnitId(), Alert.of("mailboxRequest:" + r.getId() + ":awaiting",
                    "mailboxRequest.alert.awaiting.title", "mailboxRequest.alert.awaiting.body",
                    MailboxWorkQueue.ROUTE, r.getHolderName() == null ? "" : r.getHolderName(), unitName,
                    r.getRequestedBy()));
        }
    }

    private static AuditEntry entry(MailboxRequestEntity r, AuditAction action) {
        return AuditEntry.of("mailbox", "mailboxRequest", r.getId(),
                r.getHolderName() + (r.getAddress() == null ? "" : " · " + r.getAddress()), action);
    }

    private MailboxRequestRow toRow(MailboxRequestEntity r) {
        return toRow(r, units.get(r.getUnitId()).name());
    }

    private static MailboxRequestRow toRow(MailboxRequestEntity r, String unitName) {
        return new MailboxRequestRow(r.getId(), r.getKind(), r.getStatus(), r.getUnitId(), unitName,
                r.getMailboxId(), r.getHolderKind(), r.getHolderName(), r.getPosition(), r.getAddress(), r.getNote(),
                r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionReason(),
                r.getVersion(), r.getApproval().toApproval());
    }

    private static String clean(String s) {
        return CleanText.searchTerm(s);
    }

    private static String note(String s) {
        return NOTE.clean(s);
    }
}
