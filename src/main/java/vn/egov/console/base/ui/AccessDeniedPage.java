package vn.egov.console.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A view the signed-in user's role may not open. Says so plainly: which views exist is no secret (the menu of an
 * ADMIN lists them), and "not found" would send an officer looking for a page that is there.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedPage() {
        super("error.page.denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(event, "error.page.denied.message");
        return 403;
    }
}
