package vn.egov.console.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/** An address that is no view of the console. Anonymous visitors are sent to the login view instead (PermitAll). */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundPage() {
        super("error.page.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(event, "error.page.notFound.message");
        return 404;
    }
}
