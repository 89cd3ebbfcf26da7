package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.egov.console.architecture.ArchComponent;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.FundingSource;
import vn.egov.console.architecture.RoadmapFilter;
import vn.egov.console.architecture.TaskDraft;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.architecture.TaskSaved;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.Cells;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.LazyChoices;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.organization.UnitSummary;

/**
 * ADMIN creates or edits one roadmap task by hand. The service checks every rule (codes, dates, units, money, a
 * dependency cycle named task by task) and the form shows its refusal; nothing is saved until all of it holds.
 */
class TaskFormDialog extends Dialog {

    final TextField code = new TextField();
    final TextField title = new TextField();
    final ComboBox<ArchComponent> component = new ComboBox<>();
    final ComboBox<TaskRow> parent = new ComboBox<>();
    final TextArea legalBasis = new TextArea();
    final ComboBox<UnitSummary> leadUnit = new ComboBox<>();
    final MultiSelectComboBox<UnitSummary> coordinators = new MultiSelectComboBox<>();
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final Select<PlanPeriods> startPeriod = new Select<>();
    final Select<PlanPeriods> endPeriod = new Select<>();
    final Select<FundingSource> funding = new Select<>();
    final TextField estimate = new TextField();
    final TextField disbursed = new TextField();
    final TextArea deliverable = new TextArea();
    final MultiSelectComboBox<TaskRow> prerequisites = new MultiSelectComboBox<>();
    final Select<TaskStatus> status = new Select<>();
    final IntegerField percent = new IntegerField();
    final FormError error = new FormError();
    final Button save = new Button();

    private final ArchitectureService service;
    private final ArchitectureVersion version;
    private final TaskRow editing;
    private final Consumer<TaskSaved> onSaved;

    /** @param editing the task to edit, or null for a new one in {@code version} */
    TaskFormDialog(ArchitectureService service, ArchitectureVersion version, TaskRow editing, Consumer<TaskSaved> onSaved) {
        this.service = service;
        this.version = version;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(editing == null ? "architecture.form.newTask" : "architecture.form.editTask",
                editing == null ? "" : editing.code()));
        setWidth("min(60em, 96vw)");
        List<TaskRow> others = service.tasks(RoadmapFilter.of(version.id())).stream()
                .filter(t -> editing == null || t.id() != editing.id()).toList();
        List<UnitSummary> units = service.activeUnits();

        code.setLabel(getTranslation("architecture.code"));
        TextInput.limit(code, TextLimits.CODE);
        title.setLabel(getTranslation("architecture.field.title"));
        TextInput.limit(title, TextLimits.SUMMARY);
        component.setLabel(getTranslation("architecture.component"));
        component.setItems(service.components());
        component.setItemLabelGenerator(c -> c.name(getLocale()));
        parent.setLabel(getTranslation("architecture.form.parent"));
        parent.setItems(others);
        parent.setItemLabelGenerator(TaskFormDialog::label);
        parent.setClearButtonVisible(true);
        legalBasis.setLabel(getTranslation("architecture.legalBasis"));
        TextInput.limit(legalBasis, TextLimits.NOTE);
        leadUnit.setLabel(getTranslation("architecture.leadUnit"));
        leadUnit.setItemLabelGenerator(UnitSummary::name);
        LazyChoices.load(leadUnit, service::activeUnits);
        coordinators.setLabel(getTranslation("architecture.coordinators"));
        coordinators.setItems(units);
        coordinators.setItemLabelGenerator(UnitSummary::name);
        start.setLabel(getTranslation("architecture.start"));
        end.setLabel(getTranslation("architecture.end"));
        List<PlanPeriods> periods = PlanPeriods.of(version.periodFrom(), version.periodTo());
        startPeriod.setLabel(getTranslation("architecture.form.startPeriod"));
        startPeriod.setItems(periods);
        startPeriod.setItemLabelGenerator(p -> p == null ? "" : p.label());
        startPeriod.setEmptySelectionAllowed(true);
        startPeriod.addValueChangeListener(e -> {
            if (e.getValue() != null) start.setValue(e.getValue().first());
        });
        endPeriod.setLabel(getTranslation("architecture.form.endPeriod"));
        endPeriod.setItems(periods);
        endPeriod.setItemLabelGenerator(p -> p == null ? "" : p.label());
        endPeriod.setEmptySelectionAllowed(true);
        endPeriod.addValueChangeListener(e -> {
            if (e.getValue() != null) end.setValue(e.getValue().last());
        });
        funding.setLabel(getTranslation("architecture.funding"));
        funding.setItems(FundingSource.values());
        funding.setItemLabelGenerator(f -> f == null ? "" : getTranslation("architecture.funding." + f.name()));
        funding.setEmptySelectionAllowed(true);
        estimate.setLabel(getTranslation("architecture.estimate"));
        estimate.setHelperText(getTranslation("architecture.form.vnd"));
        disbursed.setLabel(getTranslation("architecture.disbursed"));
        disbursed.setHelperText(getTranslation("architecture.form.vnd"));
        deliverable.setLabel(getTranslation("architecture.deliverable"));
        TextInput.limit(deliverable, TextLimits.NOTE);
        prerequisites.setLabel(getTranslation("architecture.prerequisites"));
        prerequisites.setItems(others);
        prerequisites.setItemLabelGenerator(TaskFormDialog::label);
        status.setLabel(getTranslation("architecture.status"));
        status.setItems(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.PAUSED,
                TaskStatus.CANCELLED);
        status.setItemLabelGenerator(s -> s == null ? "" : Labels.status(s));
        status.setValue(TaskStatus.NOT_STARTED);
        percent.setLabel(getTranslation("architecture.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setValue(0);

        if (editing != null) fill(service.draftOf(editing.id()), others, units);

        FormLayout form = new FormLayout(code, title, component, parent, leadUnit, coordinators, start, startPeriod, end,
                endPeriod, funding, estimate, disbursed, status, percent, prerequisites, legalBasis, deliverable);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(title, 2);
        form.setColspan(coordinators, 2);
        form.setColspan(prerequisites, 2);
        form.setColspan(legalBasis, 2);
        form.setColspan(deliverable, 2);
        add(error, form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void fill(TaskDraft d, List<TaskRow> others, List<UnitSummary> units) {
        code.setValue(Objects.requireNonNullElse(d.code(), ""));
        title.setValue(Objects.requireNonNullElse(d.title(), ""));
        component.getListDataView().getItems().filter(c -> Objects.equals(c.id(), d.componentId())).findFirst()
                .ifPresent(component::setValue);
        others.stream().filter(t -> Objects.equals(t.id(), d.parentId())).findFirst().ifPresent(parent::setValue);
        legalBasis.setValue(Objects.requireNonNullElse(d.legalBasis(), ""));
        units.stream().filter(u -> Objects.equals(u.id(), d.leadUnitId())).findFirst().ifPresent(leadUnit::setValue);
        coordinators.setValue(units.stream().filter(u -> d.coordinatorIds().contains(u.id()))
                .collect(Collectors.toSet()));
        start.setValue(d.plannedStart());
        end.setValue(d.plannedEnd());
        funding.setValue(d.funding());
        estimate.setValue(d.estimateVnd() == null ? "" : String.valueOf(d.estimateVnd()));
        disbursed.setValue(d.disbursedVnd() == null ? "" : String.valueOf(d.disbursedVnd()));
        deliverable.setValue(Objects.requireNonNullElse(d.deliverable(), ""));
        prerequisites.setValue(others.stream().filter(t -> d.prerequisiteIds().contains(t.id()))
                .collect(Collectors.toSet()));
        status.setValue(d.status());
        percent.setValue(d.percentDone());
        if (editing.hasChildren()) {
            percent.setEnabled(false);
            percent.setHelperText(getTranslation("architecture.percentComputed"));
        }
        if (d.status() == TaskStatus.CARRIED_OVER) status.setEnabled(false);
    }

    void save() {
        error.setVisible(false);
        try {
            TaskDraft draft = new TaskDraft(code.getValue(), title.getValue(),
                    component.getValue() == null ? null : component.getValue().id(),
                    parent.getValue() == null ? null : parent.getValue().id(), legalBasis.getValue(),
                    leadUnit.getValue() == null ? null : leadUnit.getValue().id(),
                    coordinators.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet()),
                    start.getValue(), end.getValue(), funding.getValue(), money(estimate), money(disbursed),
                    deliverable.getValue(), status.getValue(), percent.isEnabled() ? percent.getValue() : null,
                    ids(prerequisites.getValue()));
            TaskSaved saved = editing == null ? service.createTask(version.id(), draft)
                    : service.updateTask(editing.id(), editing.version(), draft);
            Notifications.success(getTranslation("architecture.form.saved", saved.task().code()));
            TaskDetailView.showWarnings(saved.warnings());
            close();
            onSaved.accept(saved);
        } catch (BusinessException refusal) {
            error.show(refusal);
        }
    }

    /** Amounts in đồng, typed with or without thousands separators; a word or a fraction is refused. */
    private static Long money(TextField field) {
        String raw = field.getValue() == null ? "" : field.getValue().strip();
        if (raw.isEmpty()) return null;
        Long value = Cells.wholeNumber(raw);
        if (value == null) throw new BusinessException("error.architecture.moneyNotNumber", raw);
        return value;
    }

    private static Set<Long> ids(Set<TaskRow> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static String label(TaskRow t) {
        return t.code() + " · " + t.title();
    }
}
