package vn.egov.console.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.NewUser;
import vn.egov.console.security.PasswordPolicy;
import vn.egov.console.security.Role;
import vn.egov.console.security.UserAdminService;
import vn.egov.console.security.UserChanges;
import vn.egov.console.security.UserSummary;

/** New account (with a first password) or changes to an existing one (name, role, unit). */
class UserFormDialog extends Dialog {

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final TextField email = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final FormError error = new FormError();
    final Button save = new Button();

    UserFormDialog(UserAdminService service, UnitService unitService, UserSummary existing,
                   Consumer<UserSummary> saved) {
        setHeaderTitle(getTranslation(existing == null ? "user.dialog.create" : "user.dialog.edit"));
        UnitService units = unitService;
        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        fullName.setLabel(getTranslation("user.fullName"));
        email.setLabel(getTranslation("user.email"));
        email.setHelperText(getTranslation("user.email.help"));
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        unit.setLabel(getTranslation("user.unit"));
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        unit.setClearButtonVisible(true);
        password.setLabel(getTranslation("user.password"));
        password.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));

        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username, fullName, email, role, unit, password);
            role.setValue(Role.UNIT_OFFICER);
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            fullName.setValue(existing.fullName());
            email.setValue(existing.email() == null ? "" : existing.email());
            role.setValue(existing.role());
            form.add(username, fullName, email, role, unit);
        }
        form.setColspan(unit, 2);
        add(error, form);
        addOpenedChangeListener(e -> {
            if (!e.isOpened() || unit.getListDataView().getItemCount() > 0) return;
            var items = units.listActive();
            unit.setItems(items);
            if (existing != null && existing.unitId() != null) {
                items.stream().filter(u -> u.id() == existing.unitId()).findFirst().ifPresent(unit::setValue);
            }
        });

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            Long unitId = unit.getValue() == null ? null : unit.getValue().id();
            try {
                UserSummary result = existing == null
                        ? service.create(new NewUser(username.getValue(), fullName.getValue(), email.getValue(), role.getValue(), unitId,
                        password.getValue()))
                        : service.update(existing.id(), existing.version(),
                        new UserChanges(fullName.getValue(), email.getValue(), role.getValue(), unitId));
                Notifications.success(getTranslation("user.saved", result.username()));
                close();
                saved.accept(result);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("min(640px, 95vw)");
    }
}
