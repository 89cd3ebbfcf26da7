package vn.egov.console.index.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.index.Assessment;
import vn.egov.console.index.AssessmentStatus;
import vn.egov.console.index.Framework;
import vn.egov.console.index.IndexService;
import vn.egov.console.index.IndicatorValue;
import vn.egov.console.index.UnitPending;
import vn.egov.console.index.ValueStatus;

/**
 * The DIC's side: open a year (computed values are frozen for every unit), the verification queue of units whose
 * head approved their self-assessment, per-unit review (accept, or adjust with a reason the unit reads), publication
 * and revisions.
 */
@Route("index/review")
@RolesAllowed("ADMIN")
@Menu(title = "nav.index.review", order = 72, icon = "vaadin:check-square-o")
public class IndexReviewView extends Div implements HasDynamicTitle {

    private final IndexService service;
    final Select<Framework> framework = new Select<>();
    final IntegerField year = new IntegerField();
    final DatePicker snapshot = new DatePicker();
    final Grid<Assessment> assessments = new Grid<>();
    final Grid<UnitPending> queue = new Grid<>();
    final IndicatorTable table;
    final Button accept = new Button();
    final Button adjust = new Button();
    final Button publish = new Button();
    final Button revise = new Button();
    private UnitPending reviewing;

    IndexReviewView(IndexService service) {
        this.service = service;
        this.table = new IndicatorTable(service, getLocale());
        addClassName("page");
        add(new ViewHeader(getTranslation("nav.index.review"), getTranslation("index.review.subtitle")));

        framework.setLabel(getTranslation("index.review.framework"));
        framework.setItems(service.frameworks());
        framework.setItemLabelGenerator(f -> f.code() + " — " + f.name());
        year.setLabel(getTranslation("index.year"));
        year.setValue(LocalDate.now().getYear() - 1);
        snapshot.setLabel(getTranslation("index.review.snapshot"));
        snapshot.setValue(LocalDate.now());
        Button open = new Button(getTranslation("index.review.open"), e -> run(() -> {
            Assessment a = service.openYear(framework.getValue() == null ? 0 : framework.getValue().id(),
                    year.getValue() == null ? 0 : year.getValue(), snapshot.getValue());
            Notifications.success(getTranslation("index.review.opened", String.valueOf(a.year())));
        }));
        Div openBar = new Div(framework, year, snapshot, open);
        openBar.addClassName("toolbar");

        assessments.addColumn(Assessment::year).setHeader(getTranslation("index.year"));
        assessments.addColumn(Assessment::revision).setHeader("#");
        assessments.addColumn(Assessment::frameworkName).setHeader(getTranslation("index.review.framework")).setFlexGrow(4);
        assessments.addColumn(a -> Formats.date(a.snapshotDate())).setHeader(getTranslation("index.review.snapshot"));
        assessments.addColumn(a -> getTranslation(a.status().translationKey())).setHeader(getTranslation("index.status"));
        assessments.setAllRowsVisible(true);
        assessments.asSingleSelect().addValueChangeListener(e -> {
            publish.setEnabled(e.getValue() != null && e.getValue().isOpen());
            revise.setEnabled(e.getValue() != null && e.getValue().status() == AssessmentStatus.PUBLISHED);
        });
        publish.setText(getTranslation("index.review.publish"));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setEnabled(false);
        publish.addClickListener(e -> assessments.asSingleSelect().getOptionalValue().ifPresent(a -> run(() -> {
            service.publish(a.id(), a.version());
            Notifications.success(getTranslation("index.review.published", String.valueOf(a.year())));
        })));
        revise.setText(getTranslation("index.review.revise"));
        revise.setEnabled(false);
        revise.addClickListener(e -> assessments.asSingleSelect().getOptionalValue().ifPresent(a ->
                new ReasonDialog(getTranslation("index.review.revise"), getTranslation("index.review.revise"), reason -> {
                    service.revise(a.id(), reason);
                    refresh();
                }).open()));
        Div assessmentBar = new Div(publish, revise);
        assessmentBar.addClassName("toolbar");

        queue.setId("index-queue");
        queue.addColumn(UnitPending::year).setHeader(getTranslation("index.year"));
        queue.addColumn(UnitPending::unitName).setHeader(getTranslation("index.unit")).setFlexGrow(4);
        queue.addColumn(UnitPending::indicators).setHeader(getTranslation("index.review.indicators"));
        queue.addColumn(p -> Formats.dateTime(p.since().atZone(vn.egov.console.base.time.ProvinceTime.ZONE))).setHeader(getTranslation("index.review.since"));
        queue.setAllRowsVisible(true);
        queue.setEmptyStateText("—");
        queue.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) review(e.getValue());
        });
        accept.setText(getTranslation("index.review.accept"));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.addClickListener(e -> selectedValue().ifPresent(v -> run(() -> service.accept(v.id(), v.version()))));
        adjust.setText(getTranslation("index.review.adjust"));
        adjust.addClickListener(e -> selectedValue().ifPresent(this::adjust));
        Div reviewBar = new Div(accept, adjust);
        reviewBar.addClassName("toolbar");
        table.onSelect(r -> {
            accept.setEnabled(r.value() != null && r.value().status() == ValueStatus.SUBMITTED);
            adjust.setEnabled(r.value() != null);
        });

        add(openBar, new H2(getTranslation("index.review.assessment")), assessments, assessmentBar,
                new H2(getTranslation("index.review.queue")), queue, reviewBar, table);
        refresh();
    }

    private java.util.Optional<IndicatorValue> selectedValue() {
        return table.selected().map(IndicatorTable.Row::value);
    }

    private void adjust(IndicatorValue v) {
        NumberField points = new NumberField(getTranslation("index.review.adjustPoints"));
        points.setValue(v.points());
        points.setMax(v.node().maxPoints());
        ReasonDialog dialog = new ReasonDialog(getTranslation("index.review.adjust"), getTranslation("index.review.adjust"),
                reason -> {
                    service.adjust(v.id(), v.version(), points.getValue() == null ? Double.NaN : points.getValue(),
                            reason);
                    refresh();
                });
        dialog.addComponentAsFirst(points);
        dialog.open();
    }

    private void review(UnitPending p) {
        reviewing = p;
        Assessment a = service.assessment(p.assessmentId());
        table.show(service.framework(a.frameworkId()), service.unitValues(a.id(), p.unitId()),
                service.unitNodePoints(a.id(), p.unitId()));
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
        assessments.setItems(service.assessments());
        var pending = service.verificationQueue();
        queue.setItems(pending);
        accept.setEnabled(false);
        adjust.setEnabled(false);
        if (reviewing != null) {
            review(reviewing);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.index.review") + " · " + getTranslation("app.title");
    }
}
