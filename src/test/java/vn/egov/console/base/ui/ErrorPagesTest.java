package vn.egov.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.overview.ui.HomeView;

/** An address the user may not open, or that does not exist: a translated page inside the layout, with a way home. */
class ErrorPagesTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("canbo.snv")
    void anOfficerOpeningUserAdministrationIsToldInsideTheLayout() {
        navigate("users", AccessDeniedPage.class);
        assertThat(find(AppLayout.class).exists()).as("inside MainLayout, menu and user menu included").isTrue();
        assertThat(findInView(H1.class).single().getText()).isEqualTo("Không có quyền truy cập");
        assertThat(findInView(Paragraph.class).single().getText()).contains("/users");
        goHome();
    }

    @Test
    @WithUserDetails("giamdoc.snv")
    void anUnknownAddressIsNotFoundInsideTheLayout() {
        navigate("nonexistent/<b>x</b>", NotFoundPage.class);
        assertThat(find(AppLayout.class).exists()).isTrue();
        assertThat(findInView(H1.class).single().getText()).isEqualTo("Không tìm thấy trang");
        assertThat(findInView(Paragraph.class).single().getText()).contains("/nonexistent/<b>x</b>");
        goHome();
    }

    private void goHome() {
        Button home = findInView(Button.class).id("error-page-home");
        assertThat(home.getText()).isEqualTo("Về trang chủ");
        test(home).click();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }
}
