package vn.egov.console.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vietnamese first: a new session speaks Vietnamese whatever the browser asks for, until the user picks English
 * (stored per user, applied by the main layout after login).
 */
@Component
class DefaultLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(Formats.VIETNAMESE));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }
}
