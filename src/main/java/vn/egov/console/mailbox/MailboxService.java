package vn.egov.console.mailbox;

import vn.egov.console.organization.ProvinceSettingsService;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.mailbox.internal.AddressRules;
import vn.egov.console.mailbox.internal.Mailbox;
import vn.egov.console.mailbox.internal.MailboxAudit;
import vn.egov.console.mailbox.internal.MailboxQueries;
import vn.egov.console.mailbox.internal.MailboxRepository;
import vn.egov.console.organization.UnitAccess;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.Actor;
import vn.egov.console.security.CurrentUser;

/**
 * Official mailboxes (thư điện tử công vụ): the grid, the edit form, the DIC's lifecycle actions and the export.
 * Everyone reads within their unit scope; unit users may correct the holder's name and position of their own
 * mailboxes; only ADMIN creates, re-addresses, moves, provisions, suspends, reactivates and closes.
 */
@Service
@Transactional
public class MailboxService {

    public static final int INACTIVE_DAYS = 90;
    public static final int MAX_PAGE = 500;
    public static final int MAX_QUOTA_MB = 102_400;
    static final int MAX_NAME = TextLimits.PERSON_NAME;
    static final TextRule HOLDER = TextRule.line("mailbox.col.holderName", MAX_NAME)
            .messages("error.mailbox.holderRequired", "error.mailbox.holderTooLong");
    static final TextRule POSITION = TextRule.line("mailbox.col.position", MAX_NAME).optional()
            .messages(TextRule.REQUIRED, "error.mailbox.positionTooLong");
    private static final int CHUNK = 5_000;

    private final MailboxRepository mailboxes;
    private final MailboxQueries queries;
    private final MailboxAudit audit;
    private final AddressRules addresses;
    private final UnitAccess access;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final MailboxProperties properties;
    private final ProvinceSettingsService province;
    private final Clock clock;
    private final AuditTrail trail;

    MailboxService(MailboxRepository mailboxes, MailboxQueries queries, MailboxAudit audit, AddressRules addresses,
                   UnitAccess access, UnitService units, CurrentUser currentUser, MailboxProperties properties,
                   ProvinceSettingsService province, Clock clock, AuditTrail trail) {
        this.trail = trail;
        this.mailboxes = mailboxes;
        this.queries = queries;
        this.audit = audit;
        this.addresses = addresses;
        this.access = access;
        this.units = units;
        this.currentUser = currentUser;
        this.properties = properties;
        this.province = province;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** A page at an offset (first page, a jump); no count is taken. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MailboxRow> page(MailboxFilter filter, MailboxSort sort, boolean descending, int offset, int limit) {
        checkFilter(filter);
        return queries.pageAt(access.scope(), filter, inactiveBefore(), filter.orderFor(sort),
                filter.descendingFor(sort, descending), Math.max(0, offset), clampLimit(limit));
    }

    /** The page after a row already seen (skipping {@code skip} more): what the grid asks for while scrolling. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MailboxRow> pageAfter(MailboxFilter filter, MailboxSort sort, boolean descending, MailboxKey after,
                                      int skip, int limit) {
        boolean desc = filter.descendingFor(sort, descending);
        sort = filter.orderFor(sort);
        checkFilter(filter);
        return queries.pageAfter(access.scope(), filter, inactiveBefore(), sort, desc, after,
                Math.max(0, skip), clampLimit(limit));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MailboxRow get(long id) {
        MailboxRow row = queries.row(id);
        if (row == null) throw new NotFoundException("mailbox", id);
        access.checkReadable(row.unitId());
        return row;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRow> history(long id) {
        get(id);
        return audit.forMailbox(id);
    }

    /**
     * Writes the filtered grid, in grid order, as CSV or .xlsx. Rows stream from the database to the file, so the
     * size of the export does not matter; cells a spreadsheet would run as formulas are neutralised by the writer.
     *
     * @param label translation of a column or value key, in the reader's language
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long export(MailboxFilter filter, MailboxSort sort, boolean descending, ExportFormat format,
                       UnaryOperator<String> label, OutputStream out) throws IOException {
        checkFilter(filter);
        List<String> headers = ExportColumns.HEADERS.stream().map(label).toList();
        long[] count = {0};
        writeByKeyset(filter, filter.orderFor(sort), filter.descendingFor(sort, descending), format, headers, label,
                out, count);
        return count[0];
    }

    private void writeByKeyset(MailboxFilter filter, MailboxSort sort, boolean descending, ExportFormat format,
                               List<String> headers, UnaryOperator<String> label, OutputStream out, long[] count)
            throws IOException {
        var scope = access.scope();
        LocalDate before = inactiveBefore();
        // each chunk continues from the last row of the one before
        var iterator = new java.util.Iterator<List<?>>() {
            List<MailboxRow> chunk = queries.pageAt(scope, filter, before, sort, descending, 0, CHUNK);
            int i = 0;

            @Override
            public boolean hasNext() {
                if (i < chunk.size()) return true;
                if (chunk.size() < CHUNK) return false;
                chunk = queries.pageAfter(scope, filter, before, sort, descending, chunk.getLast().key(sort), 0,
                        CHUNK);
                i = 0;
                return !chunk.isEmpty();
            }

            @Override
            public List<?> next() {
                count[0]++;
                return ExportColumns.cells(chunk.get(i++), label);
            }
        };
        Stream<List<?>> rows = java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(iterator, java.util.Spliterator.ORDERED), false);
        if (format == ExportFormat.CSV) TabularWriter.csv(out, headers, rows);
        else TabularWriter.xlsx(out, label.apply("mailbox.export.sheet"), headers, rows);
    }

    // ---- changing ------------------------------------------------------------------------------------------------

    /** ADMIN sets up a mailbox directly (e.g. one found on the mail server and missing here): active at once. */
    @PreAuthorize("hasRole('ADMIN')")
    public MailboxRow create(MailboxDraft draft) {
        Valid v = validate(draft, null);
        LocalDate today = LocalDate.now(clock);
        Mailbox m = new Mailbox(v.address, v.kind, v.holderName, v.position, v.unitId, MailboxStatus.ACTIVE,
                v.quotaMb, today, clock.instant());
        m.changeStatus(MailboxStatus.ACTIVE, today, clock.instant());
        mailboxes.saveAndFlush(m);
        log(m.getId(), "CREATED", null, m.describe());
        trail.record(AuditEntry.of("mailbox", "mailbox", m.getId(), m.getAddress(), AuditAction.CREATED)
                .values(auditFields(m)));
        return queries.row(m.getId());
    }

    @PreAuthorize("hasAnyRole('ADMIN','UNIT_HEAD','UNIT_OFFICER')")
    public MailboxRow update(long id, long expectedVersion, MailboxDraft draft) {
        Mailbox m = load(id);
        access.checkWritable(m.getUnitId());
        Actor actor = currentUser.require();
        if (m.getVersion() != expectedVersion) throw new BusinessException("error.conflict");
        if (m.getStatus() == MailboxStatus.CLOSED) throw new BusinessException("error.mailbox.closed", m.getAddress());
        if (!actor.isAdmin()) {
            boolean sameAdminFields = MailboxAddresses.normalise(draft.address()).equals(m.getAddress())
                    && draft.holderKind() == m.getHolderKind()
                    && Objects.equals(draft.unitId(), m.getUnitId())
                    && Objects.equals(draft.quotaMb(), m.getQuotaMb());
            if (!sameAdminFields) throw new BusinessException("error.mailbox.adminOnlyFields");
        }
        Valid v = validate(draft, id);
        String before = m.describe();
        var trailBefore = auditFields(m);
        m.edit(v.address, v.kind, v.holderName, v.position, v.unitId, v.quotaMb, clock.instant());
        flush();
        String after = m.describe();
        if (!before.equals(after)) log(id, "UPDATED", before, after);
        trail.record(AuditEntry.of("mailbox", "mailbox", id, m.getAddress(), AuditAction.UPDATED)
                .changes(trailBefore, auditFields(m)));
        return queries.row(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MailboxRow provision(long id, long expectedVersion) {
        return transition(id, expectedVersion, MailboxStatus.REQUESTED, MailboxStatus.ACTIVE, "PROVISIONED", null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MailboxRow suspend(long id, long expectedVersion, String reason) {
        return transition(id, expectedVersion, MailboxStatus.ACTIVE, MailboxStatus.SUSPENDED, "SUSPENDED",
                requireReason(reason));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MailboxRow reactivate(long id, long expectedVersion) {
        return transition(id, expectedVersion, MailboxStatus.SUSPENDED, MailboxStatus.ACTIVE, "REACTIVATED", null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MailboxRow close(long id, long expectedVersion, String reason) {
        return transition(id, expectedVersion, null, MailboxStatus.CLOSED, "CLOSED", requireReason(reason));
    }

    /** How many mailboxes wait to be set up on the mail server (approved requests). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countAwaitingProvisioning() {
        return mailboxes.countByStatus(MailboxStatus.REQUESTED);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MailboxRow> awaitingProvisioning(int limit) {
        return mailboxes.findByStatusOrderByRequestedOnAscIdAsc(MailboxStatus.REQUESTED,
                        org.springframework.data.domain.PageRequest.of(0, Math.max(1, limit))).stream()
                .map(m -> queries.row(m.getId())).toList();
    }

    public List<String> domains() {
        return province.current().mailDomains();
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    private MailboxRow transition(long id, long expectedVersion, MailboxStatus from, MailboxStatus to, String action,
                                  String reason) {
        Mailbox m = load(id);
        if (m.getVersion() != expectedVersion) throw new BusinessException("error.conflict");
        boolean allowed = from == null ? m.getStatus().isLive() : m.getStatus() == from;
        if (!allowed) {
            throw new BusinessException("error.mailbox.badTransition", m.getAddress(), m.getStatus().translationKey());
        }
        String before = "status=" + m.getStatus();
        trail.record(AuditEntry.of("mailbox", "mailbox", id, m.getAddress(), AuditAction.STATUS)
                .changed("status", m.getStatus(), to).note(reason));
        m.changeStatus(to, LocalDate.now(clock), clock.instant());
        flush();
        log(id, action, before, "status=" + to + (reason == null ? "" : "; reason=" + reason));
        return queries.row(id);
    }

    private record Valid(String address, HolderKind kind, String holderName, String position, long unitId,
                         int quotaMb) {
    }

    private Valid validate(MailboxDraft draft, Long selfId) {
        if (draft.holderKind() == null) throw new BusinessException("error.mailbox.kindRequired");
        String holder = HOLDER.clean(draft.holderName());
        String position = POSITION.clean(draft.position());
        if (draft.unitId() == null) throw new BusinessException("error.mailbox.unitRequired");
        access.checkWritable(draft.unitId());
        UnitSummary unit = units.get(draft.unitId());
        if (!unit.isActive()) throw new BusinessException("error.mailbox.unitInactive", unit.name());
        int quota = draft.quotaMb() == null ? properties.defaultQuotaMb() : draft.quotaMb();
        if (quota < 0 || quota > MAX_QUOTA_MB) throw new BusinessException("error.mailbox.quotaRange", MAX_QUOTA_MB);
        String address = addresses.checkAvailable(draft.address(), selfId);
        return new Valid(address, draft.holderKind(), holder, position, draft.unitId(), quota);
    }

    private void checkFilter(MailboxFilter filter) {
        if (filter.unitId() != null) access.checkReadable(filter.unitId());
    }

    /** Whether the grid marks a mailbox as unused: active, and nobody logged in for 90 days (or ever). */
    public boolean looksInactive(MailboxRow row) {
        return row.status() == MailboxStatus.ACTIVE
                && (row.lastLogin() == null || row.lastLogin().isBefore(inactiveBefore()));
    }

    private LocalDate inactiveBefore() {
        return LocalDate.now(clock).minusDays(INACTIVE_DAYS);
    }

    private static int clampLimit(int limit) {
        return Math.max(1, Math.min(MAX_PAGE, limit));
    }

    static String requireReason(String reason) {
        return TextRule.REASON.clean(reason);
    }

    private Mailbox load(long id) {
        Mailbox m = mailboxes.findById(id).orElseThrow(() -> new NotFoundException("mailbox", id));
        access.checkReadable(m.getUnitId());
        return m;
    }

    private void flush() {
        try {
            mailboxes.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("error.conflict");
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new BusinessException("error.conflict");
        }
    }

    static java.util.Map<String, Object> auditFields(Mailbox m) {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("address", m.getAddress());
        fields.put("holderKind", m.getHolderKind());
        fields.put("holderName", m.getHolderName());
        fields.put("position", m.getPosition());
        fields.put("unitId", m.getUnitId());
        fields.put("status", m.getStatus());
        fields.put("quotaMb", m.getQuotaMb());
        return fields;
    }

    private void log(long id, String action, String before, String after) {
        audit.log(id, null, action, currentUser.username(), clock.instant(), before, after);
    }

    static void denyLeader(Actor actor) {
        if (actor.role() == vn.egov.console.security.Role.LEADER) {
            throw new AccessDeniedException("Leadership accounts are read-only");
        }
    }
}
