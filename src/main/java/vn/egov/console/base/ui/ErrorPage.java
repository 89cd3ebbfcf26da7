package vn.egov.console.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page that says, inside the usual layout and in the user's language, why the address they opened shows nothing,
 * and takes them home. The address is shown as text only (never as HTML), so a crafted URL cannot inject anything.
 */
abstract class ErrorPage extends Div implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String titleKey) {
        this.titleKey = titleKey;
        addClassNames("page", "error-page");
    }

    /** Fills the page for the address of {@code event}; the caller returns the HTTP status. */
    void show(BeforeEnterEvent event, String messageKey) {
        removeAll();
        String path = event.getLocation().getPath();
        Paragraph message = new Paragraph(getTranslation(messageKey, path.isEmpty() ? "/" : "/" + path));
        message.addClassName("error-page-message");
        Button home = new Button(getTranslation("error.page.home"), VaadinIcon.HOME.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("")));
        home.addThemeVariants(ButtonVariant.PRIMARY);
        home.setId("error-page-home");
        add(new ViewHeader(getTranslation(titleKey), null), message, new Div(home)); // a Div keeps it button-sized
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.title");
    }
}
