package vn.egov.console.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.CleanText;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.i18n.Messages;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.notification.Alert;
import vn.egov.console.notification.NotificationService;
import vn.egov.console.organization.UnitAccess;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitScope;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.portal.internal.CheckStore;
import vn.egov.console.portal.internal.IncidentStore;
import vn.egov.console.portal.internal.PortalStore;
import vn.egov.console.portal.internal.SettingStore;
import vn.egov.console.security.CurrentUser;

/**
 * Department portals: the record each unit keeps (URL, hosting, posting rule, security level, assessment, backup),
 * live monitoring results, incidents, the compliance board and the public status page. Everyone reads within their
 * unit scope; ADMIN and unit roles keep their units' records and incidents; only ADMIN sets up monitoring and
 * publishes the status page. Monitoring jobs run as the system user.
 */
@Service
@Transactional
public class PortalService {
    static final String STATUS_PAGE_PUBLISHED = "status-page.published";
    static final int MAX_POSTS_PER_WEEK = 200;
    static final int MAX_POSTS_PER_MONTH = 1000;
    static final int MAX_FINDINGS = 10_000;
    static final int MAX_TEXT = 120;
    static final int MAX_KEYWORD = 200;
    static final java.time.Duration STATUS_CACHE = java.time.Duration.ofMinutes(1);

    private final PortalStore portals;
    private final CheckStore checks;
    private final IncidentStore incidents;
    private final SettingStore settings;
    private final UnitAccess access;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final Messages messages;
    private final Clock clock;
    private volatile CachedStatus statusCache;
    private final AuditTrail trail;

    PortalService(PortalStore portals, CheckStore checks, IncidentStore incidents, SettingStore settings,
                  UnitAccess access, UnitService units, CurrentUser currentUser, NotificationService notifications,
                  Messages messages, Clock clock, AuditTrail trail) {
        this.trail = trail;
        this.portals = portals;
        this.checks = checks;
        this.incidents = incidents;
        this.settings = settings;
        this.access = access;
        this.units = units;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Portal> list() {
        UnitScope scope = access.scope();
        return scope.wholeProvince() ? portals.listAll() : portals.listForUnits(scope.unitIds());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Portal get(long id) {
        Portal p = load(id);
        access.checkReadable(p.unitId());
        return p;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Uptime uptime(long id) {
        return uptime(id, clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Uptime uptime(long id, Instant asOf) {
        get(id);
        return checks.uptime(id, asOf);
    }

    /** The check history, newest first, a page at a time (the history grows by ~300 rows a day per portal). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PortalCheck> checks(long portalId, int offset, int limit) {
        get(portalId);
        return checks.page(portalId, Math.max(0, offset), Math.min(Math.max(1, limit), 500));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countChecks(long portalId) {
        get(portalId);
        return checks.count(portalId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PortalIncident> incidents(long portalId) {
        get(portalId);
        return incidents.forPortal(portalId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PortalIncident> openIncidents() {
        return incidents.openForPortals(list().stream().map(Portal::id).toList());
    }

    /** Active units the caller may keep portal records for (the unit picker of the portal form). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitSummary> writableUnits() {
        return units.listWritable();
    }

    /** Days of TLS validity left as of now (negative once expired); null before the first https check. */
    public Long tlsDaysLeft(Portal portal) {
        return portal.tlsDaysLeft(clock.instant());
    }

    /** The board's issues of one portal as of now (pure rules; the portal was read through a scoped call). */
    public Set<ComplianceIssue> issues(Portal portal) {
        Instant now = clock.instant();
        return ComplianceRules.issues(portal, now, LocalDate.ofInstant(now, ProvinceTime.ZONE));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ComplianceBoard complianceBoard() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ProvinceTime.ZONE);
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Portal p : list()) {
            names.putIfAbsent(p.unitId(), p.unitName());
            long[] c = counts.computeIfAbsent(p.unitId(), k -> new long[6]);
            c[0]++;
            for (ComplianceIssue issue : ComplianceRules.issues(p, now, today)) c[1 + issue.ordinal()]++;
        }
        List<UnitCompliance> rows = new ArrayList<>();
        long[] t = new long[6];
        counts.forEach((unitId, c) -> {
            rows.add(new UnitCompliance(unitId, names.get(unitId), c[0], c[1], c[2], c[3], c[4], c[5]));
            for (int i = 0; i < 6; i++) t[i] += c[i];
        });
        List<UnitSummary> expected = units.listActive().stream()
                .filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.DISTRICT_COMMITTEE).toList();
        long covered = expected.stream().filter(u -> counts.containsKey(u.id())).count();
        return new ComplianceBoard(rows, new UnitCompliance(0, null, t[0], t[1], t[2], t[3], t[4], t[5]),
                expected.size(), covered);
    }

    // ---- keeping the record --------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_HEAD', 'UNIT_OFFICER')")
    public Portal create(PortalDraft draft) {
        if (draft.unitId() == null) throw new BusinessException("error.portal.unitRequired");
        access.checkWritable(draft.unitId());
        PortalDraft valid = validate(draft, null);
        long id = portals.insert(valid, MonitorSettings.paused(), clock.instant());
        trail.record(AuditEntry.of("portal", "portal", id, valid.name(), AuditAction.CREATED)
                .values(AuditEntry.fields(valid)));
        return load(id);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_HEAD', 'UNIT_OFFICER')")
    public Portal update(long id, long expectedVersion, PortalDraft draft) {
        Portal current = load(id);
        access.checkWritable(current.unitId());
        if (draft.unitId() == null) throw new BusinessException("error.portal.unitRequired");
        access.checkWritable(draft.unitId());
        PortalDraft valid = validate(draft, id);
        if (!portals.update(id, expectedVersion, valid, clock.instant())) throw new BusinessException("error.conflict");
        trail.record(AuditEntry.of("portal", "portal", id, valid.name(), AuditAction.UPDATED)
                .changes(AuditEntry.fields(current.toDraft()), AuditEntry.fields(valid)));
        return load(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        Portal gone = load(id);
        portals.delete(id);
        trail.record(AuditEntry.of("portal", "portal", id, gone.name(), AuditAction.DELETED)
                .changes(AuditEntry.fields(gone.toDraft()), java.util.Map.of()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Portal updateMonitoring(long id, long expectedVersion, MonitorSettings requested) {
        Portal before = load(id);
        MonitorSettings valid = validate(requested);
        if (!portals.updateMonitor(id, expectedVersion, valid, clock.instant())) {
            throw new BusinessException("error.conflict");
        }
        trail.record(AuditEntry.of("portal", "portal", id, before.name(), AuditAction.UPDATED)
                .changes(AuditEntry.fields(before.monitor()), AuditEntry.fields(valid)));
        return load(id);
    }

    /** Moves the portal to the front of the monitor's queue; the probe itself runs on the monitor's threads. */
    @PreAuthorize("hasRole('ADMIN')")
    public void requestCheck(long id) {
        Portal p = load(id);
        if (!p.monitor().enabled()) throw new BusinessException("error.portal.monitoringPaused", p.name());
        portals.requestCheck(id, clock.instant());
    }

    // ---- incidents -----------------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_HEAD', 'UNIT_OFFICER')")
    public PortalIncident openIncident(long portalId, IncidentDraft draft) {
        Portal p = load(portalId);
        access.checkWritable(p.unitId());
        IncidentDraft valid = validate(draft);
        long id = incidents.insert(portalId, valid.kind(), valid.severity(), IncidentSource.MANUAL, valid.summary(),
                valid.actionsTaken(), clock.instant(), currentUser.username());
        notifyIncident(p, id, valid.summary());
        trail.record(AuditEntry.of("portal", "portalIncident", id, p.name(), AuditAction.CREATED)
                .values(AuditEntry.fields(valid)));
        return incidents.find(id).orElseThrow();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_HEAD', 'UNIT_OFFICER')")
    public PortalIncident updateIncident(long incidentId, long expectedVersion, IncidentDraft draft) {
        PortalIncident incident = loadIncident(incidentId);
        access.checkWritable(load(incident.portalId()).unitId());
        IncidentDraft valid = validate(draft);
        if (!incidents.update(incidentId, expectedVersion, valid.kind(), valid.severity(), valid.summary(),
                valid.actionsTaken())) {
            throw new BusinessException("error.conflict");
        }
        trail.record(AuditEntry.of("portal", "portalIncident", incidentId, incident.portalName(), AuditAction.UPDATED)
                .changes(AuditEntry.fields(new IncidentDraft(incident.kind(), incident.severity(), incident.summary(),
                        incident.actionsTaken())), AuditEntry.fields(valid)));
        return loadIncident(incidentId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_HEAD', 'UNIT_OFFICER')")
    public PortalIncident closeIncident(long incidentId, long expectedVersion, String actionsTaken) {
        PortalIncident incident = loadIncident(incidentId);
        access.checkWritable(load(incident.portalId()).unitId());
        if (!incident.isOpen()) throw new BusinessException("error.portal.incidentClosed");
        String actions = optional(actionsTaken, 2000, "error.portal.actionsTooLong");
        if (actions == null && incident.actionsTaken() == null) throw new BusinessException("error.portal.actionsRequired");
        if (!incidents.close(incidentId, expectedVersion, actions, clock.instant(), currentUser.username())) {
            throw new BusinessException("error.conflict");
        }
        trail.record(AuditEntry.of("portal", "portalIncident", incidentId, incident.portalName(), AuditAction.STATUS)
                .changed("open", true, false).changed("actionsTaken", incident.actionsTaken(),
                        actions == null ? incident.actionsTaken() : actions));
        return loadIncident(incidentId);
    }

    // ---- status page ---------------------------------------------------------------------------------------------

    /** Public on purpose: the anonymous status page asks this before it shows anything. */
    @Transactional(readOnly = true)
    public boolean isStatusPagePublished() {
        return settings.get(STATUS_PAGE_PUBLISHED).map(Boolean::parseBoolean).orElse(false);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setStatusPagePublished(boolean published) {
        trail.record(AuditEntry.of("portal", "portalSetting", null, STATUS_PAGE_PUBLISHED, AuditAction.UPDATED)
                .changed("published", isStatusPagePublished(), published));
        settings.put(STATUS_PAGE_PUBLISHED, Boolean.toString(published), clock.instant(), currentUser.username());
        statusCache = null; // takes effect on the next page load
    }

    /**
     * What the anonymous status page shows: nothing unless ADMIN published it, and then only names, addresses,
     * up/down and uptime, never security files or incident notes. Anyone on the internet may load the page, so the
     * answer (30 days of checks of every portal, aggregated) is computed at most once a minute.
     */
    @Transactional(readOnly = true)
    public Optional<List<StatusEntry>> publicStatus() {
        Instant now = clock.instant();
        CachedStatus cached = statusCache;
        if (cached != null && cached.at().plus(STATUS_CACHE).isAfter(now) && !cached.at().isAfter(now)) {
            return cached.entries();
        }
        Optional<List<StatusEntry>> fresh = computeStatus(now);
        statusCache = new CachedStatus(now, fresh);
        return fresh;
    }

    private record CachedStatus(Instant at, Optional<List<StatusEntry>> entries) {
    }

    private Optional<List<StatusEntry>> computeStatus(Instant now) {
        if (!isStatusPagePublished()) return Optional.empty();
        var day = checks.windowForAll(now.minusSeconds(86_400), now);
        var month = checks.windowForAll(now.minusSeconds(30 * 86_400L), now);
        return Optional.of(portals.listAll().stream().map(p -> new StatusEntry(p.name(), p.unitName(), p.url(),
                stateOf(p), p.lastCheckAt(), ratio(day.get(p.id())), ratio(month.get(p.id())))).toList());
    }

    public static StatusEntry.State stateOf(Portal p) {
        if (!p.monitor().enabled()) return StatusEntry.State.PAUSED;
        if (p.lastOutcome() == null) return StatusEntry.State.NEVER_CHECKED;
        return switch (p.lastOutcome()) {
            case UP -> StatusEntry.State.UP;
            case DOWN -> StatusEntry.State.DOWN;
            case CONTENT_ALERT -> StatusEntry.State.DEGRADED;
        };
    }

    private static Double ratio(Uptime.Window w) {
        return w == null ? null : w.ratio();
    }

    // ---- monitoring (called by the monitor job as the system user) -----------------------------------------------

    @PreAuthorize("hasRole('ADMIN')")
    public List<ProbeTarget> claimDue(Instant now, int limit) {
        return portals.claimDue(now, limit);
    }

    /**
     * Stores one probe and its consequences in one transaction: the check row, the portal's latest state, a content
     * update when the page changed, an incident after {@code failureThreshold} consecutive failures, and closing the
     * monitor's incident when the portal recovers.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void recordCheck(long portalId, ProbeResult result, Instant at) {
        Portal p = load(portalId);
        String previousHash = portals.contentHash(portalId);
        boolean changed = result.contentHash() != null && previousHash != null
                && !previousHash.equals(result.contentHash());
        checks.insert(portalId, at, result, changed);
        boolean ok = result.outcome() == CheckOutcome.UP;
        int failures = ok ? 0 : p.consecutiveFailures() + 1;
        portals.saveState(portalId, at, result.outcome(), result.statusCode(), result.responseMs(), result.failure(),
                result.tlsExpiresAt(), result.contentHash(), failures, changed ? LocalDate.ofInstant(at, ProvinceTime.ZONE) : null);
        Optional<PortalIncident> open = incidents.openFromMonitoring(portalId);
        if (ok && open.isPresent()) {
            PortalIncident incident = open.get();
            incidents.close(incident.id(), incident.version(), messages.get("vi", "portal.incident.recovered"), at,
                    "system");
            Alert alert = Alert.of("portal:" + portalId + ":recovered:" + incident.id(),
                    "portal.alert.recovered.title", "portal.alert.recovered.body", route(portalId), p.name());
            notifications.notifyAdmins(alert);
            notifications.notifyUnit(p.unitId(), alert);
        } else if (!ok && failures == p.monitor().failureThreshold() && open.isEmpty()) {
            boolean content = result.outcome() == CheckOutcome.CONTENT_ALERT;
            String reason = result.failure() == null ? "" : messages.get("vi", result.failure().translationKey());
            String summary = cut(messages.get("vi", "portal.incident.autoSummary", failures, reason)
                    + (result.detail() == null ? "" : " — " + result.detail()), 500);
            long id = incidents.insert(portalId, content ? IncidentKind.DEFACEMENT : IncidentKind.OUTAGE,
                    content ? IncidentSeverity.HIGH : IncidentSeverity.MEDIUM, IncidentSource.MONITORING, summary,
                    null, at, "system");
            notifyIncident(p, id, summary);
        }
    }

    /** The DIC's "remind now" on the compliance board: {@link #raiseComplianceAlerts(Instant)} as of the clock. */
    @PreAuthorize("hasRole('ADMIN')")
    public int raiseComplianceAlertsNow() {
        return raiseComplianceAlerts(clock.instant());
    }

    /**
     * Tells ADMIN and the unit about every compliance gap, once per underlying fact: the dedup key names the date the
     * gap depends on, so a renewed certificate or a new assessment that lapses again is announced again.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int raiseComplianceAlerts(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ProvinceTime.ZONE);
        int delivered = 0;
        for (Portal p : portals.listAll()) {
            Set<ComplianceIssue> issues = EnumSet.noneOf(ComplianceIssue.class);
            issues.addAll(ComplianceRules.issues(p, now, today));
            issues.remove(ComplianceIssue.DOWN); // outages are announced by their incident
            for (ComplianceIssue issue : issues) {
                String fact = switch (issue) {
                    case TLS_EXPIRING -> String.valueOf(p.tlsExpiresAt());
                    case CONTENT_STALE -> String.valueOf(p.lastContentUpdate());
                    case ASSESSMENT_OVERDUE -> String.valueOf(p.lastAssessmentDate());
                    case BACKUP_GAP -> p.backupPlan() + "/" + p.lastRestoreTestDate() + "/" + p.lastRestoreTestResult();
                    case DOWN -> "";
                };
                String key = issue.name().toLowerCase(java.util.Locale.ROOT);
                Alert alert = Alert.of("portal:" + p.id() + ":" + key + ":" + fact, "portal.alert." + key + ".title",
                        "portal.alert." + key + ".body", route(p.id()), p.name(), p.unitName(),
                        describeFact(p, issue, now));
                delivered += notifications.notifyAdmins(alert);
                delivered += notifications.notifyUnit(p.unitId(), alert);
            }
        }
        return delivered;
    }

    /** Drops checks older than the retention, a batch at a time; returns how many went. */
    @PreAuthorize("hasRole('ADMIN')")
    public int pruneChecks(Instant olderThan) {
        return checks.prune(olderThan, 10_000);
    }

    private static String describeFact(Portal p, ComplianceIssue issue, Instant now) {
        return switch (issue) {
            case TLS_EXPIRING -> String.valueOf(p.tlsDaysLeft(now));
            case CONTENT_STALE -> p.lastContentUpdate() == null ? "—" : Formats.date(p.lastContentUpdate());
            case ASSESSMENT_OVERDUE -> p.lastAssessmentDate() == null ? "—" : Formats.date(p.lastAssessmentDate());
            case BACKUP_GAP -> p.lastRestoreTestDate() == null ? "—" : Formats.date(p.lastRestoreTestDate());
            case DOWN -> "";
        };
    }

    private void notifyIncident(Portal p, long incidentId, String summary) {
        Alert alert = Alert.of("portal:" + p.id() + ":incident:" + incidentId, "portal.alert.incident.title",
                "portal.alert.incident.body", route(p.id()), p.name(), summary);
        notifications.notifyAdmins(alert);
        notifications.notifyUnit(p.unitId(), alert);
    }

    private static String route(long portalId) {
        return "portals/" + portalId;
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    private PortalDraft validate(PortalDraft d, Long selfId) {
        UnitSummary unit = units.get(d.unitId());
        if (!unit.isActive()) throw new BusinessException("error.portal.unitInactive", unit.name());
        String name = required(d.name(), 255, "error.portal.nameRequired", "error.portal.nameTooLong");
        String url = PortalUrls.normalize(d.url());
        if (portals.urlTaken(url, selfId)) throw new BusinessException("error.portal.urlTaken", url);
        if (d.hosting() == null) throw new BusinessException("error.portal.hostingRequired");
        String platform = optional(d.platform(), MAX_TEXT, "error.portal.textTooLong");
        String editor = optional(d.editor(), MAX_TEXT, "error.portal.textTooLong");
        if (d.postingPeriod() == null) throw new BusinessException("error.portal.postingPeriodRequired");
        int maxPosts = d.postingPeriod() == PostingPeriod.WEEK ? MAX_POSTS_PER_WEEK : MAX_POSTS_PER_MONTH;
        if (d.postingMinPosts() == null || d.postingMinPosts() < 1 || d.postingMinPosts() > maxPosts) {
            throw new BusinessException("error.portal.postingRange", maxPosts);
        }
        LocalDate today = LocalDate.now(clock);
        notFuture(d.lastContentUpdate(), today);
        if (d.securityLevel() != null && (d.securityLevel() < 1 || d.securityLevel() > 5)) {
            throw new BusinessException("error.portal.securityLevelRange");
        }
        String decisionNo = optional(d.securityDecisionNo(), 60, "error.portal.decisionTooLong");
        notFuture(d.securityDecisionDate(), today);
        notFuture(d.lastAssessmentDate(), today);
        if (d.lastAssessmentResult() != null && d.lastAssessmentDate() == null) {
            throw new BusinessException("error.portal.assessmentDateRequired");
        }
        int findings = d.openFindings() == null ? 0 : d.openFindings();
        if (findings < 0 || findings > MAX_FINDINGS) throw new BusinessException("error.portal.findingsRange", MAX_FINDINGS);
        notFuture(d.lastRestoreTestDate(), today);
        if (d.lastRestoreTestResult() != null && d.lastRestoreTestDate() == null) {
            throw new BusinessException("error.portal.restoreDateRequired");
        }
        return new PortalDraft(d.unitId(), name, url, d.hosting(), platform, editor, d.postingMinPosts(),
                d.postingPeriod(), d.lastContentUpdate(), d.securityLevel(), decisionNo, d.securityDecisionDate(),
                d.lastAssessmentDate(), d.lastAssessmentResult(), findings, d.backupPlan(), d.lastRestoreTestDate(),
                d.lastRestoreTestResult());
    }

    static MonitorSettings validate(MonitorSettings m) {
        if (m.intervalMinutes() < MonitorSettings.MIN_INTERVAL || m.intervalMinutes() > MonitorSettings.MAX_INTERVAL) {
            throw new BusinessException("error.portal.intervalRange", MonitorSettings.MIN_INTERVAL,
                    MonitorSettings.MAX_INTERVAL);
        }
        if (m.failureThreshold() < 1 || m.failureThreshold() > MonitorSettings.MAX_THRESHOLD) {
            throw new BusinessException("error.portal.thresholdRange", MonitorSettings.MAX_THRESHOLD);
        }
        String keyword = optional(m.expectedKeyword(), MAX_KEYWORD, "error.portal.keywordTooLong");
        String forbidden = optional(m.forbiddenText(), MAX_KEYWORD, "error.portal.keywordTooLong");
        if (keyword != null && keyword.equalsIgnoreCase(forbidden)) {
            throw new BusinessException("error.portal.keywordSameAsForbidden");
        }
        return new MonitorSettings(m.enabled(), m.intervalMinutes(), keyword, forbidden, m.failureThreshold());
    }

    private static IncidentDraft validate(IncidentDraft d) {
        if (d.kind() == null) throw new BusinessException("error.portal.incidentKindRequired");
        if (d.severity() == null) throw new BusinessException("error.portal.incidentSeverityRequired");
        String summary = required(d.summary(), 500, "error.portal.incidentSummaryRequired",
                "error.portal.incidentSummaryTooLong");
        return new IncidentDraft(d.kind(), d.severity(), summary,
                optional(d.actionsTaken(), 2000, "error.portal.actionsTooLong"));
    }

    private static String required(String value, int max, String missingKey, String tooLongKey) {
        String s = CleanText.line(value);
        if (s.isEmpty()) throw new BusinessException(missingKey);
        if (CleanText.length(s) > max) throw new BusinessException(tooLongKey, max);
        return s;
    }

    private static String optional(String value, int max, String tooLongKey) {
        String s = CleanText.block(value);
        if (s.isEmpty()) return null;
        if (CleanText.length(s) > max) throw new BusinessException(tooLongKey, max);
        return s;
    }

    private static void notFuture(LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new BusinessException("error.portal.dateInFuture", Formats.date(date));
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private Portal load(long id) {
        return portals.find(id).orElseThrow(() -> new NotFoundException("portal", id));
    }

    private PortalIncident loadIncident(long id) {
        return incidents.find(id).orElseThrow(() -> new NotFoundException("portalIncident", id));
    }
}
