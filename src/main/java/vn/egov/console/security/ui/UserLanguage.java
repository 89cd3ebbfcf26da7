package vn.egov.console.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.UserAdminService;

/**
 * Every page load creates a new UI; when someone is signed in it speaks their chosen language from the first
 * component on, so the first view after login is not rendered in Vietnamese for an English user.
 */
@Component
class UserLanguage implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserAdminService users;

    UserLanguage(CurrentUser currentUser, UserAdminService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (currentUser.find().isEmpty()) return;
            var locale = Formats.localeOf(users.me().language());
            init.getUI().getSession().setLocale(locale);
            init.getUI().setLocale(locale);
        });
    }
}
