package vn.egov.console.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.login.LoginForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.organization.ui.UnitsView;
import vn.egov.console.overview.ui.HomeView;

class LoginAndNavigationTest extends BrowserlessTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    vn.egov.console.security.UserAdminService users;

    @Test
    @WithAnonymousUser
    void anonymousVisitorSeesTheVietnameseLoginForm() {
        navigate(LoginView.class);
        assertThat(find(LoginForm.class).exists()).isTrue();
        assertThat(findInView(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Chính quyền điện tử");
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorCannotOpenTheUnitTree() {
        assertThatThrownBy(() -> navigate(UnitsView.class)).isInstanceOf(RuntimeException.class);
    }

    @Test
    @WithUserDetails("admin")
    void administratorSeesEveryMenuEntryAndTheWorkQueue() {
        navigate(HomeView.class);
        // feature views add their own entries between these
        assertThat(menu()).containsSubsequence("Trang chủ", "Đơn vị", "Người dùng", "Nhật ký đăng nhập");
        assertThat(findInView(com.vaadin.flow.component.html.Div.class).id("work-queue").getElement().getText())
                .isNotNull();
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipSeesTheOverviewWithoutAdministration() {
        navigate(HomeView.class);
        assertThat(menu()).doesNotContain("Người dùng", "Nhật ký đăng nhập").contains("Trang chủ", "Đơn vị");
        assertThat(findInView(vn.egov.console.base.ui.StaticTable.class).id("tier-kind-table").texts())
                .as("units by tier and kind").isNotEmpty();
        var figures = findInView(vn.egov.console.base.ui.KpiRow.class).id("leader-figures");
        assertThat(figures.texts()).contains("Đơn vị cấp tỉnh 32", "Đơn vị cấp xã 136");
        assertThat(figures.getElement().getProperty("innerHTML")).contains("<span class=\"kpi-value\">136</span>");
        var portals = findInView(com.vaadin.flow.component.html.Anchor.class).id("portal-tile");
        assertThat(portals.getHref()).as("the tile opens the compliance board").isEqualTo("portals/compliance");
        assertThat(portals.getElement().getProperty("innerHTML")).contains("class=\"kpi-tile\"").contains("34");
        assertThat(portals.getChildren().count()).as("one element").isZero();
    }

    @Test
    @WithUserDetails("giamdoc.snv")
    void unitHeadSeesTheirOwnUnitOnHome() {
        navigate(HomeView.class);
        assertThat(menu()).doesNotContain("Người dùng", "Nhật ký đăng nhập");
        assertThat(findInView(com.vaadin.flow.component.html.H1.class).all().getFirst().getText()).isEqualTo("Sở Nội vụ");
    }

    @Test
    @WithUserDetails("canbo.snv")
    void unitOfficerCannotOpenUserAdministration() {
        navigate("users", vn.egov.console.base.ui.AccessDeniedPage.class);
        assertThat(find(UsersView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("canbo.snv")
    void aUserSwitchesToEnglishFromTheUserMenu() {
        navigate(HomeView.class);
        var userMenu = find(com.vaadin.flow.component.menubar.MenuBar.class).single();
        new com.vaadin.flow.component.menubar.MenuBarTester<>(userMenu).clickItem("Phạm Thu Trang · Cán bộ chuyên trách CNTT", "English");
        assertThat(users.me().language()).as("stored for the next login").isEqualTo("en");
        navigate(UnitsView.class);
        assertThat(findInView(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Units");
    }

    private List<String> menu() {
        return find(vn.egov.console.base.ui.NavigationMenu.class).single().labels();
    }
}
