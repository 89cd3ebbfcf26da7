package vn.egov.console.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.security.PasswordPolicy;
import vn.egov.console.security.UserAdminService;
import vn.egov.console.security.UserSummary;

class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final FormError error = new FormError();

    ResetPasswordDialog(UserAdminService service, UserSummary user, Runnable done) {
        setHeaderTitle(getTranslation("user.dialog.resetPassword", user.username()));
        password.setLabel(getTranslation("user.password"));
        password.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        add(error, password);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                service.resetPassword(user.id(), password.getValue());
                Notifications.success(getTranslation("user.passwordReset", user.username()));
                close();
                done.run();
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("min(440px, 95vw)");
    }
}
