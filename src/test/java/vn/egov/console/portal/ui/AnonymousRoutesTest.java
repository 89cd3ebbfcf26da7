package vn.egov.console.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The status page is the only route this feature opens to anonymous visitors; the whole app keeps it at two. */
class AnonymousRoutesTest {

    @Test
    void onlyLoginAndTheStatusPageAreAnonymous() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> anonymous = new TreeSet<>();
        int routes = 0;
        for (var candidate : scanner.findCandidateComponents("vn.egov.console")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            routes++;
            if (type.isAnnotationPresent(AnonymousAllowed.class)) anonymous.add(type.getSimpleName());
        }
        assertThat(routes).isGreaterThan(5);
        assertThat(anonymous).containsExactly("LoginView", "StatusPageView");
    }
}
