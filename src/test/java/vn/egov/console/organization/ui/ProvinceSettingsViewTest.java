package vn.egov.console.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.overview.ui.HomeView;

class ProvinceSettingsViewTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("admin")
    void afterThe2025MergerTheAdministratorRenamesTheDepartmentAndTheHeaderFollows() {
        navigate(HomeView.class);
        assertThat(brand()).isEqualTo("Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc");

        ProvinceSettingsView view = navigate(ProvinceSettingsView.class);
        test(view.mailDomains).setValue("phutho.gov.vn vinhphuc.gov.vn");
        test(view.provinceName).setValue("Phú Thọ");
        test(view.departmentVi).setValue("Sở Khoa học và Công nghệ");
        test(view.departmentEn).setValue("Department of Science and Technology");
        test(view.save).click();
        assertThat(view.mailDomains.getValue()).isEqualTo("phutho.gov.vn, vinhphuc.gov.vn");

        navigate(HomeView.class);
        assertThat(brand()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Phú Thọ");
    }

    @Test
    @WithUserDetails("admin")
    void aWrongDomainIsExplainedAndTheInputKept() {
        ProvinceSettingsView view = navigate(ProvinceSettingsView.class);
        test(view.mailDomains).setValue("phutho.gov.vn, phutho_gov");
        test(view.save).click();

        assertThat(find(vn.egov.console.base.ui.FormError.class).single().getText())
                .isEqualTo("\"phutho_gov\" không phải tên miền thư hợp lệ (ví dụ phutho.gov.vn).");
        assertThat(view.mailDomains.getValue()).isEqualTo("phutho.gov.vn, phutho_gov");
    }

    private String brand() {
        return find(Span.class).withId("brand-subtitle").single().getText();
    }
}
