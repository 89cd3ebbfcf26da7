package vn.egov.console.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.egov.console.security.SignInStage;

/**
 * A session that still owes its second factor reaches no view but the second-factor page, whatever address it
 * opens. This is on the server (every navigation passes here), on top of the session having no role at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecondFactorGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() == SecondFactorView.class) return;
            if (SignInStage.secondFactorPending(SecurityContextHolder.getContext().getAuthentication())) {
                enter.forwardTo(SecondFactorView.class);
            }
        }));
    }
}
