package vn.egov.console.publicservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.LazyChoices;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.publicservice.Figures;
import vn.egov.console.publicservice.MonthEntry;
import vn.egov.console.publicservice.MonthlyRow;
import vn.egov.console.publicservice.Procedure;
import vn.egov.console.publicservice.PublicServiceService;
import vn.egov.console.publicservice.PublicServiceService.CatalogueFilter;

/**
 * One month typed in by a small unit without a one-stop system: a procedure's figures and, optionally, the unit's
 * complaints and feedback of that month. Choosing unit, month and procedure loads what is already stored, so a
 * correction starts from the stored figures (and is refused if somebody else changed them meanwhile).
 */
class MonthEntryDialog extends Dialog {

    static final int MONTHS_BACK = 36;
    private final PublicServiceService service;
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final ComboBox<YearMonth> month = new ComboBox<>();
    final ComboBox<Procedure> procedure = new ComboBox<>();
    final List<IntegerField> figures = new ArrayList<>();
    final IntegerField complaints = number("ps.entry.complaints");
    final IntegerField complaintsOnTime = number("ps.entry.complaintsOnTime");
    final Paragraph loaded = new Paragraph();
    final FormError error = new FormError();
    final Button save = new Button();
    Long version;

    MonthEntryDialog(PublicServiceService service, Runnable saved) {
        this.service = service;
        setHeaderTitle(getTranslation("ps.entry.title"));
        unit.setLabel(getTranslation("ps.unit"));
        unit.setItemLabelGenerator(UnitSummary::name);
        List<UnitSummary> writable = service.writableUnits();
        LazyChoices.load(unit, service::writableUnits);
        if (writable.size() == 1) unit.setValue(writable.getFirst());
        unit.setRequiredIndicatorVisible(true);
        unit.setId("ps-entry-unit");

        YearMonth current = service.currentMonth();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_BACK; i++) months.add(current.minusMonths(i));
        month.setLabel(getTranslation("ps.entry.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> String.format("%02d/%d", m.getMonthValue(), m.getYear()));
        month.setValue(current.minusMonths(1));
        month.setRequiredIndicatorVisible(true);
        month.setId("ps-entry-month");

        procedure.setLabel(getTranslation("ps.procedure"));
        procedure.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        procedure.setItems(query -> {
            if (unit.getValue() == null) return java.util.stream.Stream.empty();
            return service.catalogue(filterFor(unit.getValue(), query.getFilter().orElse(null)), query.getOffset(),
                    query.getLimit(), PublicServiceService.CatalogueSort.CODE, true).stream();
        });
        procedure.setHelperText(getTranslation("ps.entry.procedureHelp"));
        procedure.setId("ps-entry-procedure");
        procedure.setWidthFull();

        for (String key : Figures.FIELDS) {
            IntegerField f = number("ps.entry." + key);
            f.setId("ps-entry-" + key);
            figures.add(f);
        }
        complaints.setId("ps-entry-complaints");
        complaintsOnTime.setId("ps-entry-complaintsOnTime");

        unit.addValueChangeListener(e -> {
            procedure.clear();
            procedure.getDataProvider().refreshAll();
            load();
        });
        month.addValueChangeListener(e -> load());
        procedure.addValueChangeListener(e -> load());

        FormLayout head = new FormLayout(unit, month, procedure);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        head.setColspan(procedure, 2);
        FormLayout numbers = new FormLayout();
        figures.forEach(numbers::add);
        numbers.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("500px", 4));
        FormLayout feedback = new FormLayout(complaints, complaintsOnTime);
        feedback.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        loaded.addClassName("muted");
        add(error, head, loaded, new H3(getTranslation("ps.entry.figures")), numbers,
                new H3(getTranslation("ps.entry.feedback")), new Paragraph(getTranslation("ps.entry.feedbackHelp")),
                feedback);
        setWidth("760px");

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("ps-entry-save");
        save.addClickListener(e -> {
            try {
                save();
                close();
                Notifications.success(getTranslation("ps.entry.saved"));
                saved.run();
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        load();
    }

    static CatalogueFilter filterFor(UnitSummary u, String text) {
        // province-tier procedures belong to their responsible department; the others to every unit of the tier
        return new CatalogueFilter(text, null, u.tier(), null, u.tier() == Tier.PROVINCE ? u.id() : null, false);
    }

    /** Shows what is stored for the chosen unit, month and procedure (empty fields when nothing is). */
    void load() {
        version = null;
        loaded.setText("");
        if (unit.getValue() == null || month.getValue() == null) return;
        long unitId = unit.getValue().id();
        var c = service.complaints(unitId, month.getValue());
        complaints.setValue(c.map(v -> (int) v[0]).orElse(null));
        complaintsOnTime.setValue(c.map(v -> (int) v[1]).orElse(null));
        if (procedure.getValue() == null) {
            figures.forEach(IntegerField::clear);
            return;
        }
        var row = service.month(procedure.getValue().id(), unitId, month.getValue());
        if (row.isPresent()) {
            MonthlyRow r = row.get();
            version = r.version();
            long[] v = r.figures().values();
            for (int i = 0; i < v.length; i++) figures.get(i).setValue((int) v[i]);
            loaded.setText(getTranslation("ps.entry.loaded", r.updatedBy(),
                    getTranslation("ps.source." + r.source().name())));
        } else {
            figures.forEach(IntegerField::clear);
        }
    }

    void save() {
        if (unit.getValue() == null) throw new BusinessException("error.ps.unitRequired");
        if (month.getValue() == null) throw new BusinessException("error.ps.monthRequired");
        MonthEntry entry = new MonthEntry(procedure.getValue() == null ? null : procedure.getValue().code(),
                unit.getValue().code(), month.getValue(), procedure.getValue() == null ? null : figures());
        service.saveManualMonth(entry, version, value(complaints), value(complaintsOnTime));
    }

    private Figures figures() {
        long[] v = new long[figures.size()];
        for (int i = 0; i < v.length; i++) {
            Long x = value(figures.get(i));
            if (x == null) throw new BusinessException("error.ps.numberRequired", "ps.entry." + Figures.FIELDS.get(i));
            v[i] = x;
        }
        return Figures.of(v);
    }

    /** Empty is "not given"; text that is not a whole number is refused rather than read as zero. */
    private static Long value(IntegerField f) {
        if (f.isInvalid() && !f.isEmpty() || f.getValue() == null && !f.getElement().getProperty("inputValue", "")
                .isEmpty()) {
            throw new BusinessException("error.ps.numberFormat", f.getLabel(), "");
        }
        return f.getValue() == null ? null : (long) f.getValue();
    }

    private IntegerField number(String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setStepButtonsVisible(false);
        f.setMin(0);
        return f;
    }
}
