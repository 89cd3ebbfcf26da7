package vn.egov.console.security;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.security.internal.AppUser;
import vn.egov.console.security.internal.AppUserRepository;

/**
 * Who should hear about something, for services that raise notifications (often from scheduled jobs, with nobody
 * signed in). Returns contact data only, never accounts, and only of enabled users; not for views.
 */
@Component
public class UserDirectory {

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<Recipient> admins() {
        return users.findByRoleAndEnabledTrue(Role.ADMIN).stream().map(UserDirectory::recipient).toList();
    }

    /** The unit's own head and IT officer(s). */
    @Transactional(readOnly = true)
    public List<Recipient> unitUsers(long unitId) {
        return users.findByUnitId(unitId).stream()
                .filter(u -> u.isEnabled() && u.getRole().isUnitScoped())
                .map(UserDirectory::recipient).toList();
    }

    /** One user, told about their own account (e.g. that it was locked); empty when disabled or gone. */
    @Transactional(readOnly = true)
    public java.util.Optional<Recipient> user(long userId) {
        return users.findById(userId).filter(AppUser::isEnabled).map(UserDirectory::recipient);
    }

    /** The enabled unit heads of these units. */
    @Transactional(readOnly = true)
    public List<Recipient> heads(java.util.Collection<Long> unitIds) {
        return unitIds.stream().flatMap(id -> users.findByUnitId(id).stream())
                .filter(u -> u.isEnabled() && u.getRole() == Role.UNIT_HEAD)
                .map(UserDirectory::recipient).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Recipient> byUsername(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(UserDirectory::recipient);
    }

    private static Recipient recipient(AppUser u) {
        return new Recipient(u.getId(), u.getFullName(), u.getEmail(), u.getLocale());
    }
}
