package vn.egov.console.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.portal.MonitorSettings;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.PortalService;

/** ADMIN turns monitoring on or off and tunes it; turning it on is what lets the console reach the portal. */
class MonitorSettingsDialog extends Dialog {

    final Checkbox enabled = new Checkbox();
    final IntegerField interval = new IntegerField();
    final IntegerField threshold = new IntegerField();
    final TextField keyword = new TextField();
    final TextField forbidden = new TextField();
    final FormError error = new FormError();
    final Button save = new Button();

    MonitorSettingsDialog(PortalService service, Portal portal, Consumer<Portal> saved) {
        setHeaderTitle(getTranslation("portal.monitor.title", portal.name()));
        setWidth("min(640px, 95vw)");
        MonitorSettings m = portal.monitor();
        enabled.setLabel(getTranslation("portal.monitor.enabled"));
        enabled.setValue(m.enabled());
        interval.setLabel(getTranslation("portal.monitor.interval"));
        interval.setHelperText(getTranslation("portal.monitor.interval.help", MonitorSettings.MIN_INTERVAL,
                MonitorSettings.MAX_INTERVAL));
        interval.setValue(m.intervalMinutes());
        threshold.setLabel(getTranslation("portal.monitor.threshold"));
        threshold.setHelperText(getTranslation("portal.monitor.threshold.help"));
        threshold.setValue(m.failureThreshold());
        keyword.setLabel(getTranslation("portal.monitor.keyword"));
        keyword.setHelperText(getTranslation("portal.monitor.keyword.help"));
        keyword.setValue(m.expectedKeyword() == null ? "" : m.expectedKeyword());
        forbidden.setLabel(getTranslation("portal.monitor.forbidden"));
        forbidden.setHelperText(getTranslation("portal.monitor.forbidden.help"));
        forbidden.setValue(m.forbiddenText() == null ? "" : m.forbiddenText());
        FormLayout form = new FormLayout(enabled, interval, threshold, keyword, forbidden);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(enabled, 2);
        add(error, form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                Portal result = service.updateMonitoring(portal.id(), portal.version(), new MonitorSettings(
                        enabled.getValue(), valueOr0(interval), keyword.getValue(), forbidden.getValue(),
                        valueOr0(threshold)));
                Notifications.success(getTranslation("portal.saved", result.name()));
                close();
                saved.accept(result);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** Empty or non-numeric input is treated as 0, which the service rejects with the allowed range. */
    private static int valueOr0(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
