package vn.egov.console.docflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.docflow.DocflowService;
import vn.egov.console.docflow.MonthlyFigures;
import vn.egov.console.docflow.MonthlyRow;
import vn.egov.console.organization.UnitSummary;

/** Enters or corrects one unit's month. Unit users only get their own units to pick from. */
class FiguresDialog extends Dialog {

    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final Select<Integer> year = new Select<>();
    final Select<Integer> month = new Select<>();
    final IntegerField sentTotal = field("docflow.sentTotal");
    final IntegerField sentElectronic = field("docflow.sentElectronic");
    final IntegerField receivedElectronic = field("docflow.receivedElectronic");
    final IntegerField sentViaAxis = field("docflow.sentViaAxis");
    final IntegerField receivedViaAxis = field("docflow.receivedViaAxis");
    final IntegerField sentSigned = field("docflow.sentSigned");
    final IntegerField sentPaperParallel = field("docflow.sentPaperParallel");
    final IntegerField sentToCentral = field("docflow.sentToCentral");
    final IntegerField sentToCentralSigned = field("docflow.sentToCentralSigned");
    final FormError error = new FormError();
    final Button save = new Button();

    FiguresDialog(DocflowService service, MonthlyRow row, Runnable saved) {
        setHeaderTitle(getTranslation(row == null ? "docflow.figures.create" : "docflow.figures.edit"));
        List<UnitSummary> units = service.writableUnits();
        unit.setLabel(getTranslation("docflow.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.setRequiredIndicatorVisible(true);
        YearMonth current = service.currentMonth();
        year.setLabel(getTranslation("docflow.year"));
        year.setItems(IntStream.rangeClosed(DocflowDashboardView.FIRST_YEAR, current.getYear()).boxed()
                .sorted((a, b) -> b - a).toList());
        month.setLabel(getTranslation("docflow.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        YearMonth previous = current.minusMonths(1);
        if (row == null) {
            year.setValue(previous.getYear());
            month.setValue(previous.getMonthValue());
            if (units.size() == 1) unit.setValue(units.getFirst());
        } else {
            units.stream().filter(u -> u.id() == row.unitId()).findFirst().ifPresent(unit::setValue);
            MonthlyFigures f = row.figures();
            year.setValue(f.month().getYear());
            month.setValue(f.month().getMonthValue());
            unit.setReadOnly(true);
            year.setReadOnly(true);
            month.setReadOnly(true);
            set(sentTotal, f.sentTotal());
            set(sentElectronic, f.sentElectronic());
            set(receivedElectronic, f.receivedElectronic());
            set(sentViaAxis, f.sentViaAxis());
            set(receivedViaAxis, f.receivedViaAxis());
            set(sentSigned, f.sentSigned());
            set(sentPaperParallel, f.sentPaperParallel());
            set(sentToCentral, f.sentToCentral());
            set(sentToCentralSigned, f.sentToCentralSigned());
        }
        FormLayout form = new FormLayout(unit, year, month, sentTotal, sentElectronic, receivedElectronic, sentSigned,
                sentPaperParallel, sentViaAxis, receivedViaAxis, sentToCentral, sentToCentralSigned);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 3));
        form.setColspan(unit, 3);
        add(error, form);
        setWidth("760px");
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                if (unit.getValue() == null) throw new BusinessException("error.docflow.unitRequired");
                if (year.getValue() == null || month.getValue() == null) {
                    throw new BusinessException("error.docflow.monthRequired");
                }
                var figures = new MonthlyFigures(YearMonth.of(year.getValue(), month.getValue()), v(sentTotal),
                        v(sentElectronic), v(receivedElectronic), v(sentViaAxis), v(receivedViaAxis), v(sentSigned),
                        v(sentPaperParallel), v(sentToCentral), v(sentToCentralSigned));
                service.saveFigures(unit.getValue().id(), figures, row == null ? null : row.version());
                close();
                Notifications.success(getTranslation("docflow.saved"));
                saved.run();
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private IntegerField field(String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setStepButtonsVisible(false);
        return f;
    }

    private static void set(IntegerField f, long v) {
        f.setValue((int) v);
    }

    /** Empty is zero; text that is not a whole number is refused rather than silently read as zero. */
    private static long v(IntegerField f) {
        if (f.isInvalid() && !f.isEmpty()) throw new BusinessException("error.docflow.notWholeNumber", f.getLabel());
        return f.getValue() == null ? 0 : f.getValue();
    }
}
