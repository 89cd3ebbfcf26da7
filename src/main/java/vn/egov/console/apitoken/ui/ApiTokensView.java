package vn.egov.console.apitoken.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.apitoken.ApiScope;
import vn.egov.console.apitoken.ApiToken;
import vn.egov.console.apitoken.ApiTokenService;
import vn.egov.console.apitoken.CreatedToken;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.Role;

/**
 * Every API token of every feature (document figures, public-service figures), created for one unit and one scope and
 * revoked by the DIC's administrators.
 */
@Route("api-tokens")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.apiTokens", order = 85, icon = "vaadin:key")
public class ApiTokensView extends Div implements HasDynamicTitle {
    private final ApiTokenService tokens;
    final Grid<ApiToken> grid = new Grid<>();
    final Button create = new Button();
    final Button revoke = new Button();

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("page");
        addClassName("page-fill");
        create.setText(getTranslation("docflow.token.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> createDialog().open());
        revoke.setText(getTranslation("docflow.token.revoke"));
        revoke.addThemeVariants(ButtonVariant.ERROR);
        revoke.setEnabled(false);
        revoke.addClickListener(e -> confirmRevoke());
        add(new ViewHeader(getTranslation("nav.apiTokens"), getTranslation("apiToken.subtitle"))
                .actions(create, revoke));
        grid.setId("tokens-grid");
        grid.setEmptyStateText(getTranslation("docflow.token.empty"));
        grid.addColumn(t -> getTranslation(t.scope().translationKey())).setHeader(getTranslation("apiToken.scope"))
                .setAutoWidth(true);
        grid.addColumn(ApiToken::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(3);
        grid.addColumn(ApiToken::label).setHeader(getTranslation("docflow.token.label")).setFlexGrow(2);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("docflow.token.prefix")).setAutoWidth(true);
        grid.addColumn(t -> when(t.createdAt()) + " · " + t.createdBy()).setHeader(getTranslation("docflow.token.created"))
                .setAutoWidth(true);
        grid.addColumn(t -> when(t.lastUsedAt())).setHeader(getTranslation("docflow.token.lastUsed")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Span badge = new Span(getTranslation(t.active() ? "docflow.token.active" : "docflow.token.revoked"));
            badge.getElement().getThemeList().add(t.active() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader(getTranslation("unit.status")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> revoke.setEnabled(e.getValue() != null && e.getValue().active()));
        grid.addClassName("fill");
        add(new Paragraph(getTranslation("apiToken.howTo")), grid);
        refresh();
    }

    private static String when(Instant i) {
        return i == null ? "—" : Formats.dateTime(i.atZone(ProvinceTime.ZONE));
    }

    void refresh() {
        grid.setItems(tokens.list());
    }

    private Dialog createDialog() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("docflow.token.create"));
        ComboBox<ApiScope> scope = new ComboBox<>(getTranslation("apiToken.scope"));
        scope.setItems(ApiScope.values());
        scope.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        scope.setWidthFull();
        ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("docflow.unit"));
        unit.setItems(tokens.issuableUnits());
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        unit.setWidthFull();
        TextField label = new TextField(getTranslation("docflow.token.label"));
        label.setPlaceholder(getTranslation("docflow.token.labelHint"));
        label.setWidthFull();
        FormError error = new FormError();
        d.add(error, scope, unit, label);
        d.setWidth("520px");
        Button ok = new Button(getTranslation("docflow.token.create"), e -> {
            try {
                if (scope.getValue() == null) throw new BusinessException("error.apiToken.scopeRequired");
                if (unit.getValue() == null) throw new BusinessException("error.docflow.unitRequired");
                CreatedToken created = tokens.create(scope.getValue(), unit.getValue().id(), label.getValue());
                d.close();
                refresh();
                showSecret(created);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
        return d;
    }

    /** The only time anyone sees the secret: it is stored hashed. */
    private void showSecret(CreatedToken created) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("docflow.token.createdTitle"));
        TextArea secret = new TextArea(getTranslation("docflow.token.secret"));
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("token-secret");
        d.add(new Paragraph(getTranslation("docflow.token.showOnce")), secret);
        d.setWidth("560px");
        d.getFooter().add(new Button(getTranslation("common.close"), e -> d.close()));
        d.open();
    }

    private void confirmRevoke() {
        ApiToken t = grid.asSingleSelect().getValue();
        if (t == null) return;
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("docflow.token.revoke"),
                getTranslation("docflow.token.revokeConfirm", t.label(), t.unitName()),
                getTranslation("docflow.token.revoke"), e -> {
                    tokens.revoke(t.id());
                    refresh();
                    Notifications.success(getTranslation("docflow.token.revokedDone"));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.apiTokens") + " · " + getTranslation("app.title");
    }
}
