package vn.egov.console.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.HEAD_SNV;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.egov.console.IntegrationTest;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;

/**
 * Who the caller is and which units they see are read once per HTTP request, not once per service call; a change
 * (an account disabled, a unit renamed, possibly on another node) shows from the caller's next request.
 */
@IntegrationTest
class RequestMemoTest {

    @Autowired
    CurrentUser currentUser;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void leaveNoRequestAndEnableTheHead() {
        RequestContextHolder.resetRequestAttributes();
        jdbc.update("UPDATE app_user SET enabled = TRUE WHERE username = ?", HEAD_SNV.username);
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void aDisabledAccountIsRefusedFromItsNextRequest() {
        HEAD_SNV.run(() -> {
            newRequest();
            assertThat(currentUser.find()).isPresent();
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", HEAD_SNV.username);
            assertThat(currentUser.find()).as("the rest of the same request").isPresent();

            newRequest();
            assertThat(currentUser.find()).as("the next request").isEmpty();
        });
    }

    @Test
    void outsideARequestEveryCallReadsTheDatabase() {
        HEAD_SNV.run(() -> {
            assertThat(currentUser.find()).isPresent();
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", HEAD_SNV.username);
            assertThat(currentUser.find()).isEmpty();
        });
    }

    @Test
    void aRequestRemembersEachCallerSeparately() {
        newRequest();
        var head = HEAD_SNV.call(() -> currentUser.require());
        var leader = LEADER.call(() -> currentUser.require());
        assertThat(head.username()).isEqualTo(HEAD_SNV.username);
        assertThat(leader.username()).isEqualTo(LEADER.username);
        assertThat(HEAD_SNV.call(() -> currentUser.require())).isEqualTo(head);
    }

    @Test
    void aUnitChangedOutsideThisNodeIsListedAsTheDatabaseHasIt() {
        LEADER.run(() -> {
            newRequest();
            UnitSummary unit = units.listActive().stream().filter(u -> u.parentId() != null).findFirst().orElseThrow();
            // what another node's rename does to the row: a new name, a new version and update time
            jdbc.update("UPDATE unit SET name = CONCAT(name, ' (đổi tên)'), version = version + 1,"
                    + " updated_at = CURRENT_TIMESTAMP(6) WHERE id = ?", unit.id());
            try {
                newRequest();
                assertThat(units.listActive()).filteredOn(u -> u.id() == unit.id()).singleElement()
                        .extracting(UnitSummary::name).isEqualTo(unit.name() + " (đổi tên)");
            } finally {
                jdbc.update("UPDATE unit SET name = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP(6)"
                        + " WHERE id = ?", unit.name(), unit.id());
            }
            newRequest();
            assertThat(units.listActive()).filteredOn(u -> u.id() == unit.id()).singleElement()
                    .extracting(UnitSummary::name).isEqualTo(unit.name());
        });
    }
}
