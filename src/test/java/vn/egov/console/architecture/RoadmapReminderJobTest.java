package vn.egov.console.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.IntegrationTest;
import vn.egov.console.architecture.internal.RoadmapReminderJob;
import vn.egov.console.notification.internal.EmailOutboxJob;
import vn.egov.console.organization.UnitService;

/**
 * The deadline reminders as of chosen days (the job takes "today" as the fixed clock of the run): 30, 7 and 0 days
 * before the planned end and once overdue, each once; only the most urgent after downtime; none for done tasks or
 * drafts; the e-mail as it arrives on an embedded SMTP server. Each test rolls back.
 */
@IntegrationTest
@Transactional
class RoadmapReminderJobTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(32525, "127.0.0.1", "smtp"));

    @Autowired
    RoadmapReminderJob job;
    @Autowired
    ArchitectureService service;
    @Autowired
    UnitService units;
    @Autowired
    EmailOutboxJob outbox;
    @Autowired
    JdbcTemplate jdbc;

    Roadmaps fx;
    LocalDate base;
    ArchitectureVersion version;

    @BeforeEach
    void approvedVersion() {
        fx = new Roadmaps(service, units);
        base = service.today();
        version = fx.draft(2026, 2030);
    }

    @Test
    void remindsAtEachThresholdExactlyOnceThenOnceOverdue() {
        TaskRow task = fx.task(version, "R-1", fx.snv(), base, base.plusDays(60));
        fx.approve(version, Map.of());
        assertThat(levelsAfter(task, base)).isEmpty();
        assertThat(levelsAfter(task, base.plusDays(29))).as("31 days left").isEmpty();
        assertThat(levelsAfter(task, base.plusDays(30))).containsExactly(30);
        assertThat(job.runFor(base.plusDays(30)).reminded()).as("the same day again repeats nothing").isZero();
        assertThat(levelsAfter(task, base.plusDays(53))).containsExactly(30, 7);
        assertThat(levelsAfter(task, base.plusDays(60))).as("the last day").containsExactly(30, 7, 0);
        assertThat(levelsAfter(task, base.plusDays(61))).containsExactly(30, 7, 0, -1);
        assertThat(levelsAfter(task, base.plusDays(200))).as("overdue is told once").containsExactly(30, 7, 0, -1);
        assertThat(recipients(task, -1)).containsExactlyInAnyOrder("admin", "giamdoc.snv", "canbo.snv");
    }

    @Test
    void afterDowntimeOnlyTheMostUrgentReminderIsSentAndClosedOrDraftTasksStayQuiet() {
        TaskRow late = fx.task(version, "R-2", fx.snv(), base, base.plusDays(40));
        TaskRow done = fx.task(version, "R-3", fx.snv(), base, base.plusDays(40));
        ADMIN.run(() -> service.updateTask(done.id(), done.version(), new TaskDraft(done.code(), done.title(),
                done.componentId(), null, null, done.leadUnitId(), Set.of(), done.plannedStart(), done.plannedEnd(),
                null, null, 0L, null, TaskStatus.DONE, 100, Set.of())));
        ArchitectureVersion draft = fx.draft(2031, 2035);
        TaskRow inDraft = fx.task(draft, "R-4", fx.snv(), base, base.plusDays(40));
        fx.approve(version, Map.of());
        // down from day 0 to day 45: 30, 7 and 0 were all crossed; only "overdue" goes out
        assertThat(levelsAfter(late, base.plusDays(45))).containsExactly(-1);
        assertThat(levels(done)).isEmpty();
        assertThat(levels(inDraft)).isEmpty();
    }

    @Test
    void movingThePlannedEndStartsTheRemindersAfresh() {
        TaskRow task = fx.task(version, "R-5", fx.snv(), base, base.plusDays(20));
        fx.approve(version, Map.of());
        assertThat(levelsAfter(task, base)).containsExactly(30);
        TaskRow current = ADMIN.call(() -> service.task(task.id()));
        TaskDraft later = Roadmaps.edit(current);
        ADMIN.run(() -> service.updateTask(task.id(), current.version(), new TaskDraft(later.code(), later.title(),
                later.componentId(), null, null, later.leadUnitId(), Set.of(), later.plannedStart(),
                base.plusDays(25), null, null, 0L, null, TaskStatus.IN_PROGRESS, 20, Set.of())));
        assertThat(job.runFor(base).reminded()).as("the new deadline is within 30 days again").isEqualTo(1);
    }

    @Test
    void theReminderArrivesByEmailInVietnamese() throws Exception {
        jdbc.update("UPDATE app_user SET email = 'quantri@stttt.vinhphuc.gov.vn' WHERE username = 'admin'");
        jdbc.update("UPDATE app_user SET email = 'giamdoc@snv.vinhphuc.gov.vn' WHERE username = 'giamdoc.snv'");
        jdbc.update("UPDATE email_outbox SET sent_at = CURRENT_TIMESTAMP(6) WHERE sent_at IS NULL");
        TaskRow task = fx.task(version, "R-MAIL", fx.snv(), base, base.plusDays(7));
        fx.approve(version, Map.of());
        job.runFor(base);
        outbox.sendPending();
        List<Message> mine = Arrays.stream(smtp.getReceivedMessages()).map(m -> (Message) m).filter(m -> subject(m).contains("R-MAIL")).toList();
        assertThat(mine).extracting(RoadmapReminderJobTest::address)
                .containsExactlyInAnyOrder("quantri@stttt.vinhphuc.gov.vn", "giamdoc@snv.vinhphuc.gov.vn");
        assertThat(subject(mine.getFirst())).isEqualTo("[Chính quyền điện tử] Nhiệm vụ R-MAIL còn 7 ngày đến hạn");
        assertThat(String.valueOf(mine.getFirst().getContent())).contains("Sở Nội vụ").contains(task.title())
                .contains(vn.egov.console.base.i18n.Formats.date(task.plannedEnd()));
    }

    private List<Integer> levelsAfter(TaskRow task, LocalDate day) {
        job.runFor(day);
        return levels(task);
    }

    private List<Integer> levels(TaskRow task) {
        return jdbc.queryForList("""
                SELECT n.dedup_key FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.username = 'admin' AND n.dedup_key LIKE ? ORDER BY n.id""", String.class,
                "roadmap:" + task.id() + ":deadline:%").stream()
                .map(k -> Integer.valueOf(k.substring(k.lastIndexOf(':') + 1))).toList();
    }

    private List<String> recipients(TaskRow task, int level) {
        return jdbc.queryForList("""
                SELECT u.username FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.dedup_key = ?""",
                String.class, "roadmap:" + task.id() + ":deadline:" + level);
    }

    private static String subject(Message m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static String address(Message m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
