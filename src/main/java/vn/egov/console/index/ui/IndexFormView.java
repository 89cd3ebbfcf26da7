package vn.egov.console.index.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.index.Assessment;
import vn.egov.console.index.IndexService;
import vn.egov.console.index.IndicatorValue;
import vn.egov.console.index.SubmissionState;
import vn.egov.console.organization.UnitSummary;

/**
 * A unit's assessment form for the open year: computed values (frozen, with the records behind them), declared ones
 * with their evidence, each indicator's status and what the DIC adjusted and why. The unit's officer or head declares
 * and hands in; the head approves or returns an officer's hand-in; leadership and the DIC read it.
 */
@Route("index/form")
@RolesAllowed({"ADMIN", "LEADER", "UNIT_HEAD", "UNIT_OFFICER"})
@Menu(title = "nav.index.form", order = 71, icon = "vaadin:clipboard-check")
public class IndexFormView extends Div implements HasDynamicTitle {

    private final IndexService service;
    final Select<UnitSummary> unit = new Select<>();
    final IndicatorTable table;
    final Span state = new Span();
    final Button declare = new Button();
    final Button submit = new Button();
    final Button approve = new Button();
    final Button giveBack = new Button();
    private final Assessment open;

    IndexFormView(IndexService service) {
        this.service = service;
        this.table = new IndicatorTable(service, getLocale());
        addClassName("page");
        add(new ViewHeader(getTranslation("nav.index.form"), getTranslation("index.form.subtitle")));
        Optional<Assessment> current = service.openAssessment();
        this.open = current.orElse(null);
        if (open == null) {
            add(new Paragraph(getTranslation("index.form.none")));
            return;
        }
        add(new Paragraph(getTranslation("index.ranking.framework", open.frameworkName(),
                Formats.date(open.snapshotDate()), getTranslation(open.status().translationKey()))
                + " — " + getTranslation("index.year") + " " + open.year()));
        List<UnitSummary> units = service.assessedUnits(open.id());
        unit.setLabel(getTranslation("index.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.addValueChangeListener(e -> refresh());
        declare.setText(getTranslation("index.form.enter"));
        declare.addClickListener(e -> declare());
        declare.setEnabled(false);
        submit.setText(getTranslation("index.form.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> run(() -> {
            service.submit(open.id(), unit.getValue().id());
            Notifications.success(getTranslation("index.form.submitted"));
        }));
        approve.setText(getTranslation("index.form.approve"));
        approve.addClickListener(e -> run(() -> service.approveSubmission(open.id(), unit.getValue().id())));
        giveBack.setText(getTranslation("index.form.return"));
        giveBack.addClickListener(e -> new ReasonDialog(getTranslation("index.form.return"),
                getTranslation("index.form.return"), reason -> {
                    service.returnSubmission(open.id(), unit.getValue().id(), reason);
                    refresh();
                }).open());
        Div bar = new Div(unit, declare, submit, approve, giveBack, state);
        bar.addClassName("toolbar");
        add(bar, table);
        table.onSelect(r -> declare.setEnabled(mayDeclare(r.value())));
        if (!units.isEmpty()) unit.setValue(units.getFirst());
    }

    private boolean mayDeclare(IndicatorValue v) {
        return v != null && v.node().source() == vn.egov.console.index.Source.EVIDENCE && v.status().editableByUnit()
                && unit.getValue() != null && service.maySelfAssess(unit.getValue().id());
    }

    private void declare() {
        table.selected().map(IndicatorTable.Row::value).filter(this::mayDeclare).ifPresent(v ->
                new SelfAssessDialog(v, entry -> {
                    service.selfAssess(v.id(), v.version(), entry);
                    Notifications.success(getTranslation("index.form.saved"));
                    refresh();
                }).open());
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
        refresh();
    }

    void refresh() {
        UnitSummary u = unit.getValue();
        if (u == null || open == null) return;
        table.show(service.framework(open.frameworkId()), service.unitValues(open.id(), u.id()),
                service.unitNodePoints(open.id(), u.id()));
        SubmissionState s = service.submission(open.id(), u.id());
        boolean unitUser = service.maySelfAssess(u.id());
        submit.setVisible(unitUser);
        boolean awaiting = s.approval() != null && s.approval().awaitingHead();
        approve.setVisible(awaiting && service.canDecide(u.id()));
        giveBack.setVisible(awaiting && service.canDecide(u.id()));
        declare.setVisible(unitUser);
        declare.setEnabled(false);
        state.setText(!s.handedIn() ? getTranslation("index.form.state.none")
                : getTranslation("index.form.state.sent", s.submittedBy(), getTranslation(s.approval().step().translationKey()))
                + (s.approval().note() == null ? "" : " — " + s.approval().note()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.index.form") + " · " + getTranslation("app.title");
    }
}
