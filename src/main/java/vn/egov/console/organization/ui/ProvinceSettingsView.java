package vn.egov.console.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.organization.ProvinceSettings;
import vn.egov.console.organization.ProvinceSettingsService;
import vn.egov.console.security.Role;

/**
 * The province and the department that runs the console, as the header and the reports name them, and the official
 * mail domains. Another province, or the 2025 reorganisation, is an edit here, not a new release.
 */
@Route("settings/province")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.provinceSettings", order = 92, icon = "vaadin:cog")
public class ProvinceSettingsView extends Div implements HasDynamicTitle {

    private final ProvinceSettingsService service;
    final TextField provinceName = new TextField();
    final TextField provinceCode = new TextField();
    final TextField departmentVi = new TextField();
    final TextField departmentEn = new TextField();
    final TextField mailDomains = new TextField();
    final Button save = new Button();
    private final FormError error = new FormError();
    private long version;

    ProvinceSettingsView(ProvinceSettingsService service) {
        this.service = service;
        addClassName("page");
        provinceName.setLabel(getTranslation("province.name"));
        provinceCode.setLabel(getTranslation("province.code"));
        departmentVi.setLabel(getTranslation("province.departmentVi"));
        departmentVi.setHelperText(getTranslation("province.departmentVi.help"));
        departmentEn.setLabel(getTranslation("province.departmentEn"));
        mailDomains.setLabel(getTranslation("province.mailDomains"));
        mailDomains.setHelperText(getTranslation("province.mailDomains.help"));
        save.setText(getTranslation("province.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(provinceName, provinceCode, departmentVi, departmentEn, mailDomains);
        form.setColspan(departmentVi, 2);
        form.setColspan(departmentEn, 2);
        form.setColspan(mailDomains, 2);
        form.setMaxWidth("48rem");
        add(new ViewHeader(getTranslation("nav.provinceSettings"), getTranslation("province.subtitle"))
                .actions(save), error, form);
        show(service.current());
    }

    private void show(ProvinceSettings s) {
        provinceName.setValue(s.provinceName());
        provinceCode.setValue(s.provinceCode());
        departmentVi.setValue(s.departmentNameVi());
        departmentEn.setValue(s.departmentNameEn());
        mailDomains.setValue(String.join(", ", s.mailDomains()));
        version = s.version();
    }

    private void save() {
        try {
            var saved = service.update(new ProvinceSettings(provinceName.getValue(), provinceCode.getValue(),
                    departmentVi.getValue(), departmentEn.getValue(),
                    Arrays.asList(mailDomains.getValue().split("[,;\\s]+")), version));
            show(saved);
            error.setVisible(false);
            Notifications.success(getTranslation("province.saved"));
        } catch (BusinessException e) {
            error.show(e); // the form keeps what the administrator typed
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.provinceSettings");
    }
}
