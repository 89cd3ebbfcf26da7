package vn.egov.console.overview;

import com.vaadin.flow.component.Component;
import vn.egov.console.security.Role;

/**
 * A feature's tile on the home/overview screens. Features register tiles as Spring beans; the overview shows those
 * whose {@link #visibleTo(Role)} is true, in {@link #order()}. The tile's figures must come from the feature's
 * service, scoped to the caller like every other read.
 */
public interface OverviewTile {

    int order();

    boolean visibleTo(Role role);

    Component render();
}
