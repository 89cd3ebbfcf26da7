package vn.egov.console.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.security.LoginAuditRow;
import vn.egov.console.security.LoginEvent;
import vn.egov.console.security.Role;
import vn.egov.console.security.UserAdminService;

/** Every login success, failure and lockout, newest first, paged from the database. */
@Route("audit/logins")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.loginAudit", order = 90, icon = "vaadin:clipboard-text")
public class LoginAuditView extends Div implements HasDynamicTitle {

    final Grid<LoginAuditRow> grid = new Grid<>();
    final TextField username = new TextField();
    final Select<LoginEvent> event = new Select<>();

    LoginAuditView(UserAdminService service) {
        addClassName("page");
        addClassName("page-fill");
        add(new ViewHeader(getTranslation("nav.loginAudit"), getTranslation("audit.subtitle")));
        username.setPlaceholder(getTranslation("user.username"));
        username.setAriaLabel(getTranslation("user.username"));
        username.setClearButtonVisible(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        event.setEmptySelectionAllowed(true);
        event.setEmptySelectionCaption(getTranslation("audit.allEvents"));
        event.setItems(LoginEvent.values());
        event.setItemLabelGenerator(e -> e == null ? getTranslation("audit.allEvents") : getTranslation("loginEvent." + e));
        Div bar = new Div(username, event);
        bar.addClassName("toolbar");
        add(bar);
        grid.setId("login-audit-grid");
        grid.setEmptyStateText(getTranslation("common.empty.filtered"));
        grid.addColumn(r -> Formats.dateTime(r.at().atZone(ProvinceTime.ZONE))).setHeader(getTranslation("common.when"))
                .setAutoWidth(true);
        grid.addColumn(LoginAuditRow::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("loginEvent." + r.event())).setHeader(getTranslation("common.event"))
                .setAutoWidth(true);
        grid.addColumn(LoginAuditRow::remoteAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addColumn(LoginAuditRow::detail).setHeader(getTranslation("common.detail")).setFlexGrow(2);
        grid.addClassName("fill");
        add(grid);
        Runnable load = () -> grid.setItemsPageable(p -> service.loginAudit(username.getValue(), event.getValue(),
                PageRequest.of(p.getPageNumber(), p.getPageSize(), Sort.by(Sort.Direction.DESC, "at", "id"))).getContent());
        username.addValueChangeListener(e -> load.run());
        event.addValueChangeListener(e -> load.run());
        load.run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.loginAudit") + " · " + getTranslation("app.title");
    }
}
