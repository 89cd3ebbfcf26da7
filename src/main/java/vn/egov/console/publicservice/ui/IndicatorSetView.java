package vn.egov.console.publicservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.publicservice.Indicator;
import vn.egov.console.publicservice.IndicatorGroup;
import vn.egov.console.publicservice.PublicServiceService;
import vn.egov.console.publicservice.ScoringRule;
import vn.egov.console.security.Role;

/**
 * The DIC sets a year's scorecard without a release: each group's name and maximum, each indicator's name, points,
 * scoring rule and target (or steps). A year without its own set starts from the set that applies to it; saving gives
 * the year its own. The service checks that indicators add up to their group and groups to 100.
 */
@Route("public-services/indicators")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.ps.indicators", order = 53, icon = "vaadin:scale")
public class IndicatorSetView extends Div implements HasDynamicTitle {

    private final PublicServiceService service;
    private final Locale locale;
    final Select<Integer> year = new Select<>();
    final Div groups = new Div();
    final Span total = new Span();
    final FormError error = new FormError();
    final Button save = new Button();
    final List<GroupEditor> editors = new ArrayList<>();

    IndicatorSetView(PublicServiceService service) {
        this.service = service;
        this.locale = getLocale();
        addClassName("page");
        int current = service.currentMonth().getYear();
        year.setLabel(getTranslation("ps.year"));
        year.setItems(IntStream.rangeClosed(PeriodPicker.FIRST_YEAR, current + 1).boxed().sorted((a, b) -> b - a)
                .toList());
        year.setValue(current);
        year.addValueChangeListener(e -> load());
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("ps-indicators-save");
        save.addClickListener(e -> save());
        Div bar = new Div(year, total, save);
        bar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("nav.ps.indicators"), getTranslation("ps.indicators.subtitle")), bar, error,
                groups);
        load();
    }

    void load() {
        error.setVisible(false);
        groups.removeAll();
        editors.clear();
        List<IndicatorGroup> set = service.indicatorSet(year.getValue());
        for (IndicatorGroup g : set) {
            GroupEditor editor = new GroupEditor(g);
            editors.add(editor);
            groups.add(editor);
        }
        updateTotal();
    }

    void save() {
        try {
            service.saveIndicatorSet(year.getValue(), editors.stream().map(GroupEditor::value).toList());
            Notifications.success(getTranslation("ps.indicators.saved", year.getValue()));
            load();
        } catch (BusinessException e) {
            error.show(e);
        }
    }

    private void updateTotal() {
        double sum = editors.stream().mapToDouble(g -> g.max.getValue() == null ? 0 : g.max.getValue()).sum();
        total.setText(getTranslation("ps.indicators.total", Rates.points(sum, locale)));
    }

    /** One group: its names and maximum, and its indicators' names, points, rule and target. */
    class GroupEditor extends Div {
        final IndicatorGroup group;
        final TextField nameVi = new TextField(getTranslation("ps.indicator.nameVi"));
        final TextField nameEn = new TextField(getTranslation("ps.indicator.nameEn"));
        final NumberField max = new NumberField(getTranslation("ps.scorecard.max"));
        final List<IndicatorEditor> indicators = new ArrayList<>();

        GroupEditor(IndicatorGroup g) {
            this.group = g;
            addClassName("panel");
            nameVi.setValue(g.nameVi());
            nameEn.setValue(g.nameEn());
            nameVi.setMaxLength(200);
            nameEn.setMaxLength(200);
            max.setValue(g.maxPoints());
            max.setMin(0);
            max.setId("ps-group-" + g.code());
            max.addValueChangeListener(e -> updateTotal());
            FormLayout head = new FormLayout(nameVi, nameEn, max);
            head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 4));
            head.setColspan(nameVi, 2);
            add(new H3(g.code() + " · " + g.name(locale)), head);
            for (Indicator i : g.indicators()) {
                IndicatorEditor editor = new IndicatorEditor(i);
                indicators.add(editor);
                add(editor);
            }
        }

        IndicatorGroup value() {
            return new IndicatorGroup(group.id(), group.year(), group.code(), nameVi.getValue(), nameEn.getValue(),
                    number(max), indicators.stream().map(IndicatorEditor::value).toList());
        }
    }

    /** One indicator; its formula (numerator ÷ denominator) is shown, not edited: it names figures the console holds. */
    class IndicatorEditor extends Div {
        final Indicator indicator;
        final TextField nameVi = new TextField(getTranslation("ps.indicator.nameVi"));
        final NumberField points = new NumberField(getTranslation("ps.scorecard.points"));
        final Select<ScoringRule> rule = new Select<>();
        final NumberField target = new NumberField(getTranslation("ps.indicators.target"));
        final TextField steps = new TextField(getTranslation("ps.indicator.steps"));

        IndicatorEditor(Indicator i) {
            this.indicator = i;
            nameVi.setValue(i.nameVi());
            nameVi.setMaxLength(300);
            points.setValue(i.maxPoints());
            points.setMin(0);
            points.setId("ps-indicator-" + i.code());
            rule.setLabel(getTranslation("ps.indicators.rule"));
            rule.setItems(ScoringRule.values());
            rule.setItemLabelGenerator(r -> getTranslation("ps.rule." + r.name()));
            rule.setValue(i.rule());
            target.setValue(i.target() == null ? null
                    : java.math.BigDecimal.valueOf(i.target()).movePointRight(2).doubleValue());
            target.setSuffixComponent(new Span("%"));
            target.setMin(0);
            target.setMax(100);
            target.setId("ps-target-" + i.code());
            steps.setValue(i.steps() == null ? "" : i.steps());
            steps.setHelperText(getTranslation("ps.indicators.stepsHelp"));
            rule.addValueChangeListener(e -> showRule());
            showRule();
            FormLayout form = new FormLayout(nameVi, points, rule, target, steps);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 6));
            // the rule's labels are long Vietnamese phrases: give the select two columns rather than truncate them
            form.setColspan(nameVi, 2);
            form.setColspan(rule, 2);
            form.setColspan(steps, 2);
            Paragraph formula = new Paragraph(i.code() + " · " + (i.complement() ? "100 % − " : "")
                    + i.numerator() + " ÷ " + i.denominator());
            formula.addClassName("muted");
            add(formula, form);
        }

        private void showRule() {
            boolean tiered = rule.getValue() == ScoringRule.TIERED;
            target.setVisible(!tiered);
            steps.setVisible(tiered);
        }

        Indicator value() {
            Double t = target.getValue() == null ? null
                    : java.math.BigDecimal.valueOf(target.getValue()).movePointLeft(2).doubleValue();
            return new Indicator(indicator.id(), indicator.code(), nameVi.getValue(), indicator.nameEn(),
                    indicator.numerator(), indicator.denominator(), indicator.complement(), number(points),
                    rule.getValue(), t, steps.getValue());
        }
    }

    private static double number(NumberField f) {
        if (f.getValue() == null) throw new BusinessException("error.ps.numberRequired", f.getLabel());
        return f.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ps.indicators") + " · " + getTranslation("app.title");
    }
}
