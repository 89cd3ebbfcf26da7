package vn.egov.console.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.portal.IncidentDraft;
import vn.egov.console.portal.IncidentKind;
import vn.egov.console.portal.IncidentSeverity;
import vn.egov.console.portal.PortalIncident;
import vn.egov.console.portal.PortalService;

/** Report an incident by hand, edit one, or close it with the actions taken. */
class IncidentDialog extends Dialog {

    enum Mode { OPEN, EDIT, CLOSE }

    final Select<IncidentKind> kind = new Select<>();
    final Select<IncidentSeverity> severity = new Select<>();
    final TextArea summary = new TextArea();
    final TextArea actions = new TextArea();
    final FormError error = new FormError();
    final Button save = new Button();

    IncidentDialog(PortalService service, long portalId, PortalIncident existing, Mode mode,
                   Consumer<PortalIncident> saved) {
        setHeaderTitle(getTranslation("portal.incident.dialog." + mode.name()));
        setWidth("min(640px, 95vw)");
        kind.setLabel(getTranslation("portal.incident.kind"));
        kind.setItems(IncidentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        severity.setLabel(getTranslation("portal.incident.severity"));
        severity.setItems(IncidentSeverity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        summary.setLabel(getTranslation("portal.incident.summary"));
        TextInput.limit(summary, TextLimits.SUMMARY);
        actions.setLabel(getTranslation("portal.incident.actions"));
        TextInput.limit(actions, TextLimits.LONG_TEXT);
        if (existing != null) {
            kind.setValue(existing.kind());
            severity.setValue(existing.severity());
            summary.setValue(existing.summary());
            actions.setValue(existing.actionsTaken() == null ? "" : existing.actionsTaken());
        } else {
            kind.setValue(IncidentKind.OUTAGE);
            severity.setValue(IncidentSeverity.MEDIUM);
        }
        boolean closing = mode == Mode.CLOSE;
        kind.setReadOnly(closing);
        severity.setReadOnly(closing);
        summary.setReadOnly(closing);
        FormLayout form = new FormLayout(kind, severity, summary, actions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(summary, 2);
        form.setColspan(actions, 2);
        add(error, form);

        save.setText(getTranslation(closing ? "portal.incident.close" : "common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                IncidentDraft draft = new IncidentDraft(kind.getValue(), severity.getValue(), summary.getValue(),
                        actions.getValue());
                PortalIncident result = switch (mode) {
                    case OPEN -> service.openIncident(portalId, draft);
                    case EDIT -> service.updateIncident(existing.id(), existing.version(), draft);
                    case CLOSE -> service.closeIncident(existing.id(), existing.version(), actions.getValue());
                };
                Notifications.success(getTranslation("portal.incident.saved"));
                close();
                saved.accept(result);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
