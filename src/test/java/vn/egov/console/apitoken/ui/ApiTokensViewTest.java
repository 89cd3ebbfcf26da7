package vn.egov.console.apitoken.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.apitoken.ApiScope;
import vn.egov.console.apitoken.ApiToken;

class ApiTokensViewTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void anAdministratorChoosesTheScopeAndSeesTheSecretOnce() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.create).click();
        Dialog dialog = find(Dialog.class).single();
        var combos = find(ComboBox.class, dialog).all();
        ComboBox<ApiScope> scope = combos.get(0);
        ComboBox<Object> unit = combos.get(1);
        scope.setValue(ApiScope.PUBLICSERVICE);
        unit.setValue(unit.getGenericDataView().getItems().findFirst().orElseThrow());
        test(find(TextField.class, dialog).single()).setValue("Một cửa điện tử");
        find(Button.class, dialog).all().stream().filter(b -> b.getText().equals("Tạo mã kết nối")).findFirst()
                .ifPresentOrElse(b -> test(b).click(), () -> { throw new AssertionError("no create button"); });
        assertThat(find(TextArea.class).single().getValue()).startsWith("psx_");
        assertThat(view.grid.getGenericDataView().getItems().map(ApiToken::scope)).contains(ApiScope.PUBLICSERVICE);
    }

    @Test
    @WithUserDetails("canbo.snv")
    void unitUsersCannotOpenTheTokens() {
        assertThatThrownBy(() -> navigate(ApiTokensView.class)).isInstanceOf(RuntimeException.class);
    }
}
