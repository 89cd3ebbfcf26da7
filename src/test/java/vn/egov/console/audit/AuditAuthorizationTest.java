package vn.egov.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.tabular.ExportFormat;

/** The audit trail is ADMIN's to read: every read of the service, for every role, whatever the view hides. */
@IntegrationTest
@Transactional
class AuditAuthorizationTest {

    @Autowired
    AuditService audit;

    static Stream<Arguments> cases() {
        Stream<Arguments> reads = Stream.of(
                Arguments.of("search", (Consumer<AuditService>) s -> s.search(AuditFilter.all(), 0, 10)),
                Arguments.of("count", (Consumer<AuditService>) s -> s.count(AuditFilter.all())),
                Arguments.of("features", (Consumer<AuditService>) AuditService::features),
                Arguments.of("history", (Consumer<AuditService>) s -> s.history("unit", 1)),
                Arguments.of("export", (Consumer<AuditService>) s -> {
                    try {
                        s.export(AuditFilter.all(), ExportFormat.CSV, k -> k, OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
        return reads.flatMap(read -> Stream.of(DemoUsers.values())
                .map(user -> Arguments.of(user, read.get()[0], read.get()[1])));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void onlyAdminReadsTheTrail(DemoUsers user, String what, Consumer<AuditService> read) {
        if (user == DemoUsers.ADMIN) {
            user.run(() -> read.accept(audit));
            assertThat(user.call(() -> audit.count(AuditFilter.all()))).isNotNegative();
        } else {
            assertThatThrownBy(() -> user.run(() -> read.accept(audit))).as(what)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
