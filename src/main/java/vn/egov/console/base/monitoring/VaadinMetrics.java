package vn.egov.console.base.monitoring;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Open Vaadin sessions and UIs on this node: the figures that decide how much heap a node needs and, with sticky
 * sessions, how many users a node failure would sign out.
 */
@Component
class VaadinMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMetrics(MeterRegistry registry) {
        Gauge.builder("vaadin.sessions", sessions, AtomicInteger::get)
                .description("Open Vaadin sessions on this node").register(registry);
        Gauge.builder("vaadin.uis", uis, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs) on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(e -> sessions.incrementAndGet());
        service.addSessionDestroyListener(e -> sessions.decrementAndGet());
        service.addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    int sessions() {
        return sessions.get();
    }

    int uis() {
        return uis.get();
    }
}
