package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.CarryDecision;
import vn.egov.console.architecture.CarryOverItem;
import vn.egov.console.architecture.CarryOverPlan;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;

/**
 * Approving a draft: the approved version's open tasks are listed first, each carried over or cancelled by choice
 * (carry over by default), and nothing changes until "Approve" applies it all at once.
 */
class ApproveDialog extends Dialog {

    final Grid<CarryOverItem> items = new Grid<>();
    final Map<Long, CarryDecision> decisions = new HashMap<>();
    final FormError error = new FormError();
    final Button confirm = new Button();

    ApproveDialog(ArchitectureService service, ArchitectureVersion draft, Consumer<ArchitectureVersion> onApproved) {
        setHeaderTitle(getTranslation("architecture.approve.title", draft.name()));
        setWidth("60em");
        CarryOverPlan plan = service.carryOverPlan(draft.id());
        plan.items().forEach(i -> decisions.put(i.taskId(),
                i.codeTakenInNewVersion() ? CarryDecision.CANCEL : CarryDecision.CARRY_OVER));
        add(error);
        if (plan.supersededVersion() == null) {
            add(new Paragraph(getTranslation("architecture.approve.first")));
        } else {
            add(new Paragraph(getTranslation("architecture.approve.explain", plan.supersededVersion().name(),
                    plan.items().size())));
            items.addColumn(CarryOverItem::code).setHeader(getTranslation("architecture.code")).setWidth("6em").setFlexGrow(0);
            items.addColumn(CarryOverItem::title).setHeader(getTranslation("architecture.task")).setFlexGrow(3);
            items.addColumn(CarryOverItem::leadUnitName).setHeader(getTranslation("architecture.leadUnit")).setFlexGrow(2);
            items.addColumn(i -> Formats.date(i.plannedEnd())).setHeader(getTranslation("architecture.end"))
                    .setWidth("7.5em").setFlexGrow(0);
            items.addColumn(i -> i.percent() + " %").setHeader(getTranslation("architecture.percent")).setWidth("5em")
                    .setFlexGrow(0);
            items.addComponentColumn(this::decision).setHeader(getTranslation("architecture.approve.decision"))
                    .setWidth("12em").setFlexGrow(0);
            items.setItems(plan.items());
            items.setAllRowsVisible(plan.items().size() <= 12);
            items.setHeight(plan.items().size() <= 12 ? null : "24em");
            add(items);
        }
        confirm.setText(getTranslation("architecture.approve"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            try {
                ArchitectureVersion approved = service.approve(draft.id(), draft.version(), decisions);
                close();
                Notifications.success(getTranslation("architecture.approve.done", approved.name()));
                onApproved.accept(approved);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }

    private Select<CarryDecision> decision(CarryOverItem item) {
        Select<CarryDecision> select = new Select<>();
        select.setItems(CarryDecision.values());
        select.setItemLabelGenerator(d -> getTranslation("architecture.carry." + d.name()));
        select.setValue(decisions.get(item.taskId()));
        select.addValueChangeListener(e -> decisions.put(item.taskId(), e.getValue()));
        select.setWidthFull();
        return select;
    }
}
