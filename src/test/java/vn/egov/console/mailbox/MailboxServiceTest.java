package vn.egov.console.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/** The demo mailboxes, the grid's paging and filters, the edit rules and the lifecycle. Each test rolls back. */
@IntegrationTest
@Transactional
class MailboxServiceTest {

    @Autowired
    MailboxService mailboxes;
    @Autowired
    MailboxCoverageService coverage;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void demoProvinceHasExactly8329MailboxesOverEveryUnitWithinHeadcount() {
        List<CoverageRow> rows = ADMIN.call(coverage::byUnit).stream().filter(r -> r.code().endsWith(".H62")).toList();
        assertThat(rows).hasSize(177);
        assertThat(rows.stream().mapToLong(CoverageRow::live).sum()).isEqualTo(8_329);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.unitMailbox()).as(r.name()).isTrue();
            assertThat(r.staffMailboxes()).as(r.name()).isBetween(1L, (long) r.headcount());
        });
        assertThat(rows.stream().filter(r -> r.missing() > 0).count()).as("some units below headcount").isPositive();
        CoverageTotals province = ADMIN.call(coverage::totals).getLast();
        assertThat(province.tier()).isNull();
        assertThat(province.unitsWithNone()).isZero();
        assertThat(province.inactive()).isPositive();

        List<String> addresses = jdbc.queryForList("SELECT address FROM mailbox", String.class);
        assertThat(new HashSet<>(addresses)).hasSameSizeAs(addresses);
        assertThat(addresses).allMatch(a -> a.matches("[a-z0-9.]+@vinhphuc\\.gov\\.vn"));
        assertThat(addresses).contains("snv@vinhphuc.gov.vn");
        assertThat(jdbc.queryForList("SELECT holder_name FROM mailbox WHERE holder_kind = 'PERSON' LIMIT 50",
                String.class)).allMatch(n -> n.split(" ").length >= 3);
        // the same name twice in one unit gets a number, not a clash
        assertThat(addresses.stream().filter(a -> a.matches("[a-z]+\\d\\..*")).count()).isPositive();
    }

    @Test
    void pagesByOffsetAndByKeysetAgree() {
        ADMIN.run(() -> {
            List<MailboxRow> first = mailboxes.page(MailboxFilter.ALL, MailboxSort.ADDRESS, false, 0, 100);
            List<MailboxRow> second = mailboxes.page(MailboxFilter.ALL, MailboxSort.ADDRESS, false, 100, 100);
            List<MailboxRow> after = mailboxes.pageAfter(MailboxFilter.ALL, MailboxSort.ADDRESS, false,
                    first.getLast().key(MailboxSort.ADDRESS), 0, 100);
            assertThat(after).extracting(MailboxRow::id).isEqualTo(second.stream().map(MailboxRow::id).toList());
            assertThat(first).extracting(MailboxRow::address).isSorted();
            List<MailboxRow> skipped = mailboxes.pageAfter(MailboxFilter.ALL, MailboxSort.HOLDER, true,
                    mailboxes.page(MailboxFilter.ALL, MailboxSort.HOLDER, true, 0, 50).getLast().key(MailboxSort.HOLDER),
                    50, 20);
            assertThat(skipped).extracting(MailboxRow::id).isEqualTo(mailboxes.page(MailboxFilter.ALL,
                    MailboxSort.HOLDER, true, 100, 20).stream().map(MailboxRow::id).toList());
        });
    }

    @Test
    void everySortOrderWalksByKeysetThroughExactlyTheRowsOfOneBigPage() {
        long snv = ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
        // ties and missing values are where keyset conditions go wrong: a third never logged in, a third on one day
        jdbc.update("UPDATE mailbox SET last_login = NULL WHERE unit_id = ? AND MOD(id, 3) = 0", snv);
        jdbc.update("UPDATE mailbox SET last_login = '2026-01-05' WHERE unit_id = ? AND MOD(id, 3) = 1", snv);
        jdbc.update("UPDATE mailbox SET status = 'SUSPENDED' WHERE unit_id = ? AND MOD(id, 4) = 0", snv);
        MailboxFilter filter = MailboxFilter.ofUnit(snv);
        ADMIN.run(() -> {
            for (MailboxSort sort : MailboxSort.values()) {
                for (boolean descending : new boolean[] {false, true}) {
                    List<Long> expected = mailboxes.page(filter, sort, descending, 0, 500).stream()
                            .map(MailboxRow::id).toList();
                    assertThat(expected).hasSizeGreaterThan(30);
                    List<Long> walked = new java.util.ArrayList<>();
                    List<MailboxRow> page = mailboxes.page(filter, sort, descending, 0, 7);
                    while (!page.isEmpty()) {
                        page.forEach(r -> walked.add(r.id()));
                        page = mailboxes.pageAfter(filter, sort, descending, page.getLast().key(sort), 0, 7);
                    }
                    assertThat(walked).as(sort + (descending ? " descending" : "")).isEqualTo(expected);
                    List<Long> skipped = mailboxes.pageAfter(filter, sort, descending,
                            mailboxes.page(filter, sort, descending, 0, 5).getLast().key(sort), 10, 7).stream()
                            .map(MailboxRow::id).toList();
                    assertThat(skipped).as(sort + " skip").isEqualTo(expected.subList(15, 22));
                }
            }
        });
    }

    @Test
    void filtersRunInSql() {
        ADMIN.run(() -> {
            UnitSummary snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow();
            assertThat(mailboxes.page(MailboxFilter.ofUnit(snv.id()), MailboxSort.ADDRESS, false, 0, 500))
                    .isNotEmpty().allMatch(r -> r.unitId() == snv.id());
            assertThat(mailboxes.page(MailboxFilter.ALL.withText("nguyễn  văn"), MailboxSort.ADDRESS, false, 0, 50))
                    .hasSize(50).allMatch(r -> r.holderName().startsWith("Nguyễn Văn"))
                    .extracting(MailboxRow::holderFolded).as("ordered by the searched column").isSorted();
            assertThat(mailboxes.page(MailboxFilter.ALL.withText("Nguyen"), MailboxSort.ADDRESS, false, 0, 50))
                    .hasSize(50).allMatch(r -> r.address().startsWith("nguyen"));
            assertThat(mailboxes.page(MailboxFilter.ALL.withText("snv@"), MailboxSort.ADDRESS, false, 0, 50))
                    .singleElement().extracting(MailboxRow::holderName).isEqualTo("Sở Nội vụ");
            assertThat(mailboxes.page(new MailboxFilter(null, null, Tier.COMMUNE, MailboxStatus.SUSPENDED, false),
                    MailboxSort.ADDRESS, false, 0, 500)).isNotEmpty()
                    .allMatch(r -> r.tier() == Tier.COMMUNE && r.status() == MailboxStatus.SUSPENDED);
            assertThat(mailboxes.page(new MailboxFilter(null, null, null, null, true), MailboxSort.LAST_LOGIN, false,
                    0, 500)).isNotEmpty().allMatch(r -> r.status() == MailboxStatus.ACTIVE
                    && (r.lastLogin() == null || r.lastLogin().isBefore(java.time.LocalDate.now(clock).minusDays(90))));
        });
    }

    @Test
    void editValidatesAndAuditsBeforeAndAfter() {
        ADMIN.run(() -> {
            MailboxRow row = mailboxes.page(MailboxFilter.ALL.withText("nguyen"), MailboxSort.ADDRESS, false, 0, 1)
                    .getFirst();
            var draft = MailboxDraft.of(row);
            assertRejected(row, withAddress(draft, "Bad Address@vinhphuc.gov.vn"), "error.mailbox.addressFormat");
            assertRejected(row, withAddress(draft, "someone@gmail.com"), "error.mailbox.addressDomain");
            assertRejected(row, withAddress(draft, "snv@vinhphuc.gov.vn"), "error.mailbox.addressTaken");
            assertRejected(row, new MailboxDraft(row.address(), row.holderKind(), "  ", null, row.unitId(), 100),
                    "error.mailbox.holderRequired");
            assertRejected(row, new MailboxDraft(row.address(), row.holderKind(), "A", null, row.unitId(), -1),
                    "error.mailbox.quotaRange");

            MailboxRow saved = mailboxes.update(row.id(), row.version(), new MailboxDraft(
                    "  Nguyen.Moi.SNV@VinhPhuc.gov.vn ", row.holderKind(), "Nguyễn   Văn Mới", "Chuyên viên",
                    row.unitId(), 4096));
            assertThat(saved.address()).isEqualTo("nguyen.moi.snv@vinhphuc.gov.vn");
            assertThat(saved.holderName()).isEqualTo("Nguyễn Văn Mới");
            assertThat(mailboxes.history(row.id())).singleElement().satisfies(a -> {
                assertThat(a.action()).isEqualTo("UPDATED");
                assertThat(a.before()).contains(row.address());
                assertThat(a.after()).contains("nguyen.moi.snv@vinhphuc.gov.vn", "quota=4096");
            });
            assertThatThrownBy(() -> mailboxes.update(row.id(), row.version(), draft))
                    .isInstanceOf(BusinessException.class).hasMessage("error.conflict");
        });
    }

    @Test
    void lifecycleAndTwelveMonthQuarantine() {
        ADMIN.run(() -> {
            MailboxRow row = mailboxes.page(new MailboxFilter(null, null, null, MailboxStatus.ACTIVE, false),
                    MailboxSort.ADDRESS, false, 10, 1).getFirst();
            assertThatThrownBy(() -> mailboxes.suspend(row.id(), row.version(), " "))
                    .hasMessage("error.reasonRequired");
            MailboxRow suspended = mailboxes.suspend(row.id(), row.version(), "Nghỉ phép dài hạn");
            assertThat(suspended.status()).isEqualTo(MailboxStatus.SUSPENDED);
            assertThatThrownBy(() -> mailboxes.suspend(row.id(), suspended.version(), "x"))
                    .hasMessage("error.mailbox.badTransition");
            MailboxRow active = mailboxes.reactivate(row.id(), suspended.version());
            MailboxRow closed = mailboxes.close(row.id(), active.version(), "Nghỉ hưu");
            assertThat(closed.closedOn()).isNotNull();
            assertThat(mailboxes.history(row.id())).extracting(AuditRow::action)
                    .containsExactly("CLOSED", "REACTIVATED", "SUSPENDED");

            // the closed address cannot go to anyone else for 12 months
            long unit = row.unitId();
            assertThatThrownBy(() -> mailboxes.create(new MailboxDraft(row.address(), HolderKind.PERSON, "Người Mới",
                    null, unit, null))).isInstanceOf(BusinessException.class)
                    .hasMessage("error.mailbox.addressQuarantined");
            // once a year has passed, it can
            jdbc.update("UPDATE mailbox SET closed_on = closed_on - INTERVAL 13 MONTH WHERE id = ?", row.id());
            MailboxRow reused = mailboxes.create(new MailboxDraft(row.address(), HolderKind.PERSON, "Người Mới", null,
                    unit, null));
            assertThat(reused.id()).isNotEqualTo(row.id());
            assertThat(reused.status()).isEqualTo(MailboxStatus.ACTIVE);
        });
    }

    @Test
    void exportsTheFilteredGridFormulaSafe() throws Exception {
        ADMIN.run(() -> {
            UnitSummary snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow();
            MailboxRow row = mailboxes.page(MailboxFilter.ofUnit(snv.id()), MailboxSort.ADDRESS, false, 0, 1).getFirst();
            mailboxes.update(row.id(), row.version(), new MailboxDraft(row.address(), row.holderKind(),
                    "=HYPERLINK(\"http://x\")", "+cmd", row.unitId(), row.quotaMb()));
            var out = new ByteArrayOutputStream();
            long n;
            try {
                n = mailboxes.export(MailboxFilter.ofUnit(snv.id()), MailboxSort.ADDRESS, false, ExportFormat.CSV,
                        key -> key, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String csv = out.toString(StandardCharsets.UTF_8);
            assertThat(n).isEqualTo(mailboxes.page(MailboxFilter.ofUnit(snv.id()), MailboxSort.ADDRESS, false, 0, 500)
                    .size());
            assertThat(csv.lines().count()).isEqualTo(n + 1);
            assertThat(csv).contains("'=HYPERLINK").contains("'+cmd").doesNotContain(",=HYPERLINK");
            Set<String> unitCodes = new HashSet<>();
            csv.lines().skip(1).forEach(l -> unitCodes.add(l.split(",")[4]));
            assertThat(unitCodes).containsExactly(DemoUsers.SNV_CODE);
        });
    }

    private static MailboxDraft withAddress(MailboxDraft d, String address) {
        return new MailboxDraft(address, d.holderKind(), d.holderName(), d.position(), d.unitId(), d.quotaMb());
    }

    private void assertRejected(MailboxRow row, MailboxDraft draft, String key) {
        assertThatThrownBy(() -> mailboxes.update(row.id(), row.version(), draft))
                .isInstanceOf(BusinessException.class).hasMessage(key);
    }
}
