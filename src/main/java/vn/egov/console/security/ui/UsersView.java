package vn.egov.console.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.Badges;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.Role;
import vn.egov.console.security.SecondFactorService;
import vn.egov.console.security.UserAdminService;
import vn.egov.console.security.UserSummary;

/** User accounts: create, change role or unit, disable, reset password, unlock a locked account. */
@Route("users")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.users", order = 80, icon = "vaadin:users")
public class UsersView extends Div implements HasDynamicTitle {

    private final UserAdminService service;
    private final Map<Long, UnitSummary> units;
    private final Clock clock;
    private final SecondFactorService secondFactors;
    private final String me;
    private java.util.Set<Long> enrolled = java.util.Set.of();
    final Grid<UserSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Button create = new Button();

    UsersView(UserAdminService service, UnitService unitService, Clock clock, SecondFactorService secondFactors) {
        this.service = service;
        this.secondFactors = secondFactors;
        this.me = service.me().username();
        this.clock = clock;
        this.units = unitService.listVisible().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        addClassName("page");
        addClassName("page-fill");
        create.setText(getTranslation("user.action.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new UserFormDialog(service, unitService, null, u -> refresh()).open());
        add(new ViewHeader(getTranslation("nav.users"), getTranslation("user.subtitle")).actions(create));

        search.setPlaceholder(getTranslation("user.search"));
        search.setAriaLabel(getTranslation("user.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        Div bar = new Div(search);
        bar.addClassName("toolbar");
        add(bar);

        grid.setId("users-grid");
        grid.setEmptyStateText(getTranslation("common.empty.filtered"));
        // long unit names wrap instead of pushing the row's actions out of sight
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.username")).setKey("username")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("user.fullName")).setKey("fullName")
                .setSortable(true).setWidth("9rem").setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.role().translationKey())).setHeader(getTranslation("user.role"))
                .setKey("role").setSortable(true).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(u -> u.unitId() == null || !units.containsKey(u.unitId()) ? "" : units.get(u.unitId()).name())
                .setHeader(getTranslation("user.unit")).setWidth("10rem").setFlexGrow(3);
        grid.addColumn(Badges.of(u -> getTranslation(statusKey(u)), u -> "user.status.active".equals(statusKey(u))
                ? "success" : "error")).setHeader(getTranslation("user.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addClassName("fill");
        add(grid);
        refresh();
    }

    private String statusKey(UserSummary u) {
        boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant());
        return !u.enabled() ? "user.status.disabled" : locked ? "user.status.locked" : "user.status.active";
    }

    private Div actions(UserSummary u) {
        Button edit = new Button(getTranslation("common.edit"),
                e -> new UserFormDialog(service, null, u, x -> refresh()).open());
        edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        Button reset = new Button(getTranslation("user.action.resetPassword"),
                e -> new ResetPasswordDialog(service, u, this::refresh).open());
        reset.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        Button toggle = new Button(getTranslation(u.enabled() ? "user.action.disable" : "user.action.enable"), e -> {
            try {
                service.setEnabled(u.id(), !u.enabled());
                Notifications.success(getTranslation(u.enabled() ? "user.disabled" : "user.enabled", u.username()));
                refresh();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        toggle.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        if (u.enabled()) toggle.addThemeVariants(ButtonVariant.ERROR);
        Div actions = new Div(edit, reset, toggle);
        if (u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant())) {
            Button unlock = new Button(getTranslation("user.action.unlock"), VaadinIcon.UNLOCK.create(), e -> {
                try {
                    service.unlock(u.id());
                    Notifications.success(getTranslation("user.unlocked", u.username()));
                    refresh();
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            unlock.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            unlock.setId("unlock-" + u.username());
            actions.addComponentAsFirst(unlock);
        }
        if (enrolled.contains(u.id()) && !u.username().equals(me)) {
            Button resetFactor = new Button(getTranslation("user.action.resetSecondFactor"), e -> resetSecondFactor(u));
            resetFactor.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            resetFactor.setId("reset-second-factor-" + u.username());
            actions.add(resetFactor);
        }
        actions.addClassName("row-actions");
        return actions;
    }

    /** Asked first: the user cannot sign in with their old phone afterwards and sets up a new one. */
    private void resetSecondFactor(UserSummary u) {
        var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setHeader(getTranslation("user.resetSecondFactor.title", u.username()));
        dialog.setText(getTranslation("user.resetSecondFactor.text", u.username()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("user.action.resetSecondFactor"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                secondFactors.reset(u.id());
                Notifications.success(getTranslation("user.secondFactorReset", u.username()));
                refresh();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        dialog.open();
    }

    void refresh() {
        enrolled = secondFactors.enrolledUserIds();
        String text = search.getValue();
        grid.setItemsPageable(pageable -> service.search(text, pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"))).getContent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.title");
    }
}
