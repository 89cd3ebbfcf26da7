package vn.egov.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.notification.NotificationService;
import vn.egov.console.notification.ui.NotificationBell;
import vn.egov.console.organization.ProvinceSettings;
import vn.egov.console.organization.ProvinceSettingsService;
import vn.egov.console.security.UserAdminService;
import vn.egov.console.security.UserSummary;

/**
 * The shell around every signed-in view: side navigation with only the views the role may open (Vaadin filters the
 * menu by each view's access annotation), and the user menu with language and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final UserSummary me;
    private final ProvinceSettingsService province;
    private final Span brandSubtitle = new Span();

    MainLayout(UserAdminService users, NotificationService notifications, AuthenticationContext authentication,
               ProvinceSettingsService province) {
        this.me = users.me();
        this.province = province;
        applyLanguage(me.language());
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        addToNavbar(new DrawerToggle(), spacer(), new NotificationBell(notifications), userMenu(users, authentication));
    }

    private void applyLanguage(String language) {
        var locale = Formats.localeOf(language);
        UI ui = UI.getCurrent();
        if (!locale.equals(ui.getLocale())) {
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
        }
    }

    private Component brand() {
        Div brand = new Div();
        brand.addClassName("brand");
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("brand-title");
        brandSubtitle.setId("brand-subtitle");
        brandSubtitle.addClassName("brand-subtitle");
        brand.add(title, brandSubtitle);
        return brand;
    }

    /**
     * The department and province come from the province settings (data, not code), read at every navigation so an
     * administrator's change shows in every open session at its next click.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        ProvinceSettings settings = province.current();
        brandSubtitle.setText(getTranslation("province.issuer",
                settings.departmentName(UI.getCurrent().getLocale()), settings.provinceName()));
    }

    /**
     * One entry per view the role may open; a view whose path extends another's ("docflow/report" under "docflow")
     * is nested under it, so each feature takes one line until it is opened.
     */
    private NavigationMenu navigation() {
        return new NavigationMenu(MenuConfiguration.getMenuEntries(), this::getTranslation, UI.getCurrent().getLocale());
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        return spacer;
    }

    private Component userMenu(UserAdminService users, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        var root = menu.addItem(me.fullName() + " · " + getTranslation(me.role().translationKey()));
        root.setId("user-menu");
        var sub = root.getSubMenu();
        sub.addItem(getTranslation("user.language.vi"), e -> switchLanguage(users, "vi"));
        sub.addItem(getTranslation("user.language.en"), e -> switchLanguage(users, "en"));
        sub.addSeparator();
        sub.addItem(getTranslation("user.logout"), e -> authentication.logout());
        return menu;
    }

    private void switchLanguage(UserAdminService users, String language) {
        users.changeMyLanguage(language);
        applyLanguage(language);
        UI.getCurrent().getPage().reload();
    }
}
