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
import vn.egov.console.base.error.BusinessException;
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
 * them for units in their scope; ADMIN approves or rejects with a reason. An approved new mailbox waits as
 * "requested" until ADMIN provisions it on the mail server; an approved closure closes the mailbox at once.
 */
@Service
@Transactional
public class MailboxRequestService {

    static final int MAX_NOTE = 1000;
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

    MailboxRequestService(MailboxRequestRepository requests, MailboxRepository mailboxes,
                          MailboxService mailboxService, AddressRules addresses, MailboxAudit audit,
                          UnitAccess access, UnitService units, CurrentUser currentUser,
                          MailboxProperties properties, ProvinceSettingsService province, JdbcTemplate jdbc, Clock clock) {
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
        String holder = clean(draft.holderName());
        if (holder == null) throw new BusinessException("error.mailbox.holderRequired");
        if (holder.length() > MailboxService.MAX_NAME) {
            throw new BusinessException("error.mailbox.holderTooLong", MailboxService.MAX_NAME);
        }
        String position = clean(draft.position());
        if (position != null && position.length() > MailboxService.MAX_NAME) {
            throw new BusinessException("error.mailbox.positionTooLong", MailboxService.MAX_NAME);
        }
        String address = clean(draft.address()) == null ? null : addresses.checkAvailable(draft.address(), null);
        var r = requests.saveAndFlush(MailboxRequestEntity.newMailbox(unit.id(), draft.holderKind(), holder,
                position, address, note(draft.note()), currentUser.username(), clock.instant()));
        log(r, null, "REQUESTED", null, "NEW; " + holder + (address == null ? "" : "; " + address));
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
                m.getHolderName(), why, currentUser.username(), clock.instant()));
        log(r, mailboxId, "REQUESTED", null, "CLOSE; " + m.getAddress());
        return toRow(r);
    }

    /** Requests in the caller's scope, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MailboxRequestRow> list(RequestStatus status, int limit) {
        UnitScope scope = access.scope();
        var page = PageRequest.of(0, Math.max(1, Math.min(1000, limit)));
        List<MailboxRequestEntity> rows;
        if (scope.wholeProvince() && status != null) rows = requests.findByStatusOrderByRequestedAtAsc(status, page);
        else if (scope.wholeProvince()) rows = requests.findAllByOrderByRequestedAtDesc(page);
        else if (scope.unitIds().isEmpty()) rows = List.of();
        else rows = requests.findByUnitIdInOrderByRequestedAtDesc(scope.unitIds(), page).stream()
                    .filter(r -> status == null || r.getStatus() == status).toList();
        var names = new java.util.HashMap<Long, String>();
        units.listVisible().forEach(u -> names.put(u.id(), u.name()));
        return rows.stream().map(r -> toRow(r, names.getOrDefault(r.getUnitId(), "#" + r.getUnitId()))).toList();
    }

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

    /** Oldest pending first, for ADMIN's work queue. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MailboxRequestRow> pending(int limit) {
        return requests.findByStatusOrderByRequestedAtAsc(RequestStatus.PENDING, PageRequest.of(0, Math.max(1, limit)))
                .stream().map(this::toRow).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countPending() {
        return requests.countByStatus(RequestStatus.PENDING);
    }

    /**
     * Approves a pending request. A new mailbox gets the requested address, or one proposed from the holder's name
     * and the unit's own address, and waits for provisioning; a closure closes the mailbox.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public MailboxRequestRow approve(long id, long expectedVersion) {
        MailboxRequestEntity r = pendingRequest(id, expectedVersion);
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
        return toRow(r);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MailboxRequestRow reject(long id, long expectedVersion, String reason) {
        MailboxRequestEntity r = pendingRequest(id, expectedVersion);
        String why = MailboxService.requireReason(reason);
        r.decide(RequestStatus.REJECTED, currentUser.username(), clock.instant(), why);
        flush();
        log(r, r.getMailboxId(), "REJECTED", "PENDING", "REJECTED; " + why);
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

    private MailboxRequestRow toRow(MailboxRequestEntity r) {
        return toRow(r, units.get(r.getUnitId()).name());
    }

    private static MailboxRequestRow toRow(MailboxRequestEntity r, String unitName) {
        return new MailboxRequestRow(r.getId(), r.getKind(), r.getStatus(), r.getUnitId(), unitName,
                r.getMailboxId(), r.getHolderKind(), r.getHolderName(), r.getPosition(), r.getAddress(), r.getNote(),
                r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionReason(),
                r.getVersion());
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static String note(String s) {
        String n = clean(s);
        if (n != null && n.length() > MAX_NOTE) throw new BusinessException("error.mailboxRequest.noteTooLong", MAX_NOTE);
        return n;
    }
}
