package vn.egov.console.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Lets an idle UI drop the copy of its last response. Vaadin keeps the last UIDL response of every UI as a string so
 * that a message the browser sends again (its answer was lost on the way) gets the same answer; it is replaced only
 * by the next request. After a navigation that is the whole screen: 40–90 KB for a home or dashboard page, held by
 * every open tab until the user clicks again — measured as the largest single item of an idle session's heap
 * (docs/benchmarks.md, "Memory per session").
 * <p>
 * A heartbeat (every 5 minutes from every open tab) means the browser is alive and has long finished any message it
 * had in flight — a lost answer is sent again within seconds, not minutes — so the copy is released then.
 */
@Component
class LastResponseRelease implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            ui.addHeartbeatListener(beat -> ui.getInternals().setLastRequestResponse(null));
        });
    }
}
