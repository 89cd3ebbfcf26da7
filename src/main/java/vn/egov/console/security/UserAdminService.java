package vn.egov.console.security;

import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.CleanText;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.internal.AppUser;
import vn.egov.console.security.internal.AppUserRepository;
import vn.egov.console.security.internal.LoginAuditEntry;
import vn.egov.console.security.internal.LoginAuditRepository;
import vn.egov.console.security.internal.LoginThrottle;

/** User accounts (ADMIN only) and each user's own settings. */
@Service
@Transactional
public class UserAdminService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final AppUserRepository users;
    private final LoginAuditRepository audit;
    private final PasswordEncoder encoder;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final AuditTrail trail;

    UserAdminService(AppUserRepository users, LoginAuditRepository audit, PasswordEncoder encoder, UnitService units,
                     CurrentUser currentUser, LoginThrottle throttle, Clock clock, AuditTrail trail) {
        this.throttle = throttle;
        this.trail = trail;
        this.users = users;
        this.audit = audit;
        this.encoder = encoder;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<UserSummary> search(String text, Pageable pageable) {
        String term = CleanText.searchTerm(text);
        String like = term == null ? null : "%" + term.toLowerCase(Locale.ROOT) + "%";
        return users.search(like, pageable).map(UserAdminService::summary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return summary(load(id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countEnabled() {
        return users.countByEnabledTrue();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary create(NewUser request) {
        String username = CleanText.line(request.username()).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) throw new BusinessException("error.user.usernameFormat");
        if (users.existsByUsername(username)) throw new BusinessException("error.user.usernameTaken", username);
        String fullName = requireFullName(request.fullName());
        String email = checkEmail(request.email());
        checkRoleAndUnit(request.role(), request.unitId());
        PasswordPolicy.check(request.password(), username);
        AppUser user = new AppUser(username, fullName, encoder.encode(request.password()), request.role(),
                request.unitId(), clock.instant());
        user.setEmail(email);
        AppUser saved = users.saveAndFlush(user);
        trail.record(AuditEntry.of("security", "user", saved.getId(), username, AuditAction.CREATED)
                .values(auditFields(saved)));
        return summary(saved);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary update(long id, long expectedVersion, UserChanges changes) {
        AppUser user = load(id);
        if (user.getVersion() != expectedVersion) throw new BusinessException("error.conflict");
        String fullName = requireFullName(changes.fullName());
        String email = checkEmail(changes.email());
        checkRoleAndUnit(changes.role(), changes.unitId());
        if (user.getId() == currentUser.require().userId() && changes.role() != Role.ADMIN) {
            throw new BusinessException("error.user.cannotDemoteSelf");
        }
        var before = auditFields(user);
        user.setFullName(fullName);
        user.setEmail(email);
        user.setRole(changes.role());
        user.setUnitId(changes.unitId());
        trail.record(AuditEntry.of("security", "user", id, user.getUsername(), AuditAction.UPDATED)
                .changes(before, auditFields(user)));
        CurrentUser.forget(user.getUsername());
        return summary(users.saveAndFlush(user));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary setEnabled(long id, boolean enabled) {
        AppUser user = load(id);
        if (!enabled && user.getId() == currentUser.require().userId()) {
            throw new BusinessException("error.user.cannotDisableSelf");
        }
        trail.record(AuditEntry.of("security", "user", id, user.getUsername(), AuditAction.UPDATED)
                .changed("enabled", user.isEnabled(), enabled));
        user.setEnabled(enabled);
        return summary(users.saveAndFlush(user));
    }

    /** Sets a new password and lifts any lockout: what the help desk does when a user calls. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary resetPassword(long id, String newPassword) {
        AppUser user = load(id);
        PasswordPolicy.check(newPassword, user.getUsername());
        user.setPasswordHash(encoder.encode(newPassword));
        user.setFailedAttempts(0);
        user.setLockedUntil(null);
        throttle.forget(user.getUsername());
        // the hash itself never goes into the trail: only that the password was reset, and by whom
        trail.record(AuditEntry.of("security", "user", id, user.getUsername(), AuditAction.PASSWORD_RESET));
        return summary(users.saveAndFlush(user));
    }

    /**
     * Lifts a lockout (and the throttle on the username) once the owner has been reached and the failed attempts are
     * explained; recorded in the login audit with who did it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary unlock(long id) {
        AppUser user = load(id);
        if (!user.isLockedAt(clock.instant())) throw new BusinessException("error.user.notLocked", user.getUsername());
        user.setFailedAttempts(0);
        user.setLockedUntil(null);
        throttle.forget(user.getUsername());
        audit.save(new LoginAuditEntry(clock.instant(), user.getUsername(), LoginEvent.UNLOCKED, null,
                "by " + currentUser.username()));
        trail.record(AuditEntry.of("security", "user", id, user.getUsername(), AuditAction.UNLOCKED));
        return summary(users.saveAndFlush(user));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<LoginAuditRow> loginAudit(String username, LoginEvent event, Pageable pageable) {
        String name = username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
        return audit.search(name, event, pageable).map(e -> new LoginAuditRow(e.getAt(), e.getUsername(),
                e.getEvent(), e.getRemoteAddress(), e.getDetail()));
    }

    // ---- the signed-in user's own settings ------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserSummary me() {
        return summary(load(currentUser.require().userId()));
    }

    @PreAuthorize("isAuthenticated()")
    public void changeMyLanguage(String language) {
        if (!"vi".equals(language) && !"en".equals(language)) throw new BusinessException("error.user.language");
        AppUser me = load(currentUser.require().userId());
        trail.record(AuditEntry.of("security", "user", me.getId(), me.getUsername(), AuditAction.UPDATED)
                .changed("locale", me.getLocale(), language));
        me.setLocale(language);
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    private void checkRoleAndUnit(Role role, Long unitId) {
        if (role == null) throw new BusinessException("error.user.roleRequired");
        if (role.isUnitScoped() && unitId == null) throw new BusinessException("error.user.unitRequired");
        if (unitId != null) {
            UnitSummary unit = units.get(unitId);
            if (!unit.isActive()) throw new BusinessException("error.user.unitInactive", unit.name());
        }
    }

    private static final TextRule FULL_NAME = TextRule.line("user.fullName", TextLimits.PERSON_NAME)
            .messages("error.user.fullNameRequired", "error.user.fullNameTooLong");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    /** Optional; when given it must look like an address, since alerts are e-mailed to it. */
    private static String checkEmail(String email) {
        String e = CleanText.line(email).toLowerCase(Locale.ROOT);
        if (e.isEmpty()) return null;
        if (CleanText.length(e) > TextLimits.NAME || !EMAIL.matcher(e).matches()) {
            throw new BusinessException("error.user.emailFormat", e);
        }
        return e;
    }

    private static String requireFullName(String fullName) {
        return FULL_NAME.clean(fullName);
    }

    private static java.util.Map<String, Object> auditFields(AppUser u) {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("fullName", u.getFullName());
        fields.put("email", u.getEmail());
        fields.put("role", u.getRole());
        fields.put("unitId", u.getUnitId());
        fields.put("enabled", u.isEnabled());
        return fields;
    }

    private AppUser load(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static UserSummary summary(AppUser u) {
        return new UserSummary(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getRole(), u.getUnitId(),
                u.isEnabled(), u.getLockedUntil(), u.getLocale(), u.getVersion());
    }

}
