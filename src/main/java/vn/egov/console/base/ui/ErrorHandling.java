package vn.egov.console.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.egov.console.base.error.BusinessException;

/**
 * Whatever a view forgets to catch still reaches the user as a specific, translated message rather than a stack
 * trace: rule violations as they are, access denials as "not allowed", anything else as a generic error (logged).
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent error) {
        if (ClientDisconnect.isCauseOf(error.getThrowable())) {
            // the browser is gone: nobody to tell and nothing broken on our side
            log.debug("Client disconnected while being answered: {}", error.getThrowable().toString());
            return;
        }
        Throwable cause = error.getThrowable();
        while (cause.getCause() != null && !(cause instanceof BusinessException)
                && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        if (VaadinSession.getCurrent() == null || com.vaadin.flow.component.UI.getCurrent() == null) {
            log.error("Unhandled error outside a UI", error.getThrowable());
            return;
        }
        switch (cause) {
            case BusinessException business -> Notifications.error(business);
            case AccessDeniedException denied -> Notifications.error(
                    com.vaadin.flow.component.UI.getCurrent().getTranslation("error.accessDenied"));
            default -> {
                log.error("Unhandled UI error", error.getThrowable());
                Notifications.error(com.vaadin.flow.component.UI.getCurrent().getTranslation("error.unexpected"));
            }
        }
    }
}
