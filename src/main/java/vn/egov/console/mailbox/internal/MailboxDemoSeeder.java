package vn.egov.console.mailbox.internal;

import vn.egov.console.organization.ProvinceSettingsService;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.demo.DemoDataSeeder;
import vn.egov.console.mailbox.MailboxAddresses;
import vn.egov.console.mailbox.MailboxProperties;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/**
 * The demo province's mailboxes: exactly {@value #TOTAL} (the figure Vĩnh Phúc reported in 2019), one agency
 * address per unit plus personal mailboxes for staff, never more than a unit's headcount. The gap between headcount
 * and mailboxes is spread over the units, weighted towards communes, so coverage is not uniformly 100%. Written with
 * batched JDBC inserts: this runs at every fresh start and in every test JVM.
 */
@Component
class MailboxDemoSeeder implements DemoDataSeeder {

    static final int TOTAL = 8_329;
    private static final String[] POSITIONS = {"Chuyên viên", "Chuyên viên", "Chuyên viên", "Chuyên viên chính",
            "Cán bộ", "Kế toán", "Văn thư", "Phó Trưởng phòng", "Trưởng phòng", "Thanh tra viên",
            "Cán bộ chuyên trách CNTT"};

    private final JdbcTemplate jdbc;
    private final UnitService units;
    private final MailboxProperties properties;
    private final ProvinceSettingsService province;
    private final Clock clock;

    MailboxDemoSeeder(JdbcTemplate jdbc, UnitService units, MailboxProperties properties, ProvinceSettingsService province, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.properties = properties;
        this.province = province;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    @Transactional
    public void seedIfEmpty() {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM mailbox", Integer.class);
        if (existing != null && existing > 0) return;
        List<UnitSummary> active = units.listActive().stream()
                .sorted(java.util.Comparator.comparing(UnitSummary::tier).thenComparing(UnitSummary::code)).toList();
        if (active.isEmpty()) return;
        var names = new VietnameseNames(2019);
        Random random = names.random();
        int[] staff = staffPerUnit(active, random);
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(clock.instant());
        String domain = "@" + province.current().primaryMailDomain();
        Map<Long, String> tags = tags(active);
        Set<String> used = new HashSet<>();
        List<Object[]> rows = new ArrayList<>(TOTAL);
        for (int u = 0; u < active.size(); u++) {
            UnitSummary unit = active.get(u);
            String tag = tags.get(unit.id());
            LocalDate since = LocalDate.of(2016, 3, 1).plusDays(random.nextInt(900));
            used.add(tag + domain);
            rows.add(row(tag + domain, "UNIT", unit.name(), null, unit.id(), "ACTIVE", since,
                    today.minusDays(random.nextInt(5)), random, now));
            for (int i = 0; i < staff[u]; i++) {
                String name = names.next();
                String local = MailboxAddresses.localPart(name);
                String address = local + "." + tag + domain;
                for (int n = 2; !used.add(address); n++) address = local + n + "." + tag + domain;
                String position = i == 0 ? (unit.tier() == Tier.COMMUNE ? "Chủ tịch UBND" : "Thủ trưởng đơn vị")
                        : POSITIONS[random.nextInt(POSITIONS.length)];
                int roll = random.nextInt(1000);
                String status = roll < 12 ? "SUSPENDED" : "ACTIVE";
                // most log in weekly; about 4% have not for over 90 days, 1% never did
                LocalDate login = roll >= 990 ? null
                        : roll >= 950 ? today.minusDays(91 + random.nextInt(400))
                        : today.minusDays(random.nextInt(30));
                rows.add(row(address, "PERSON", name, position, unit.id(), status,
                        since.plusDays(random.nextInt(700)), login, random, now));
            }
        }
        NewMailboxRows.insert(jdbc, rows);
        seedRequests(active, names, now);
    }

    private Object[] row(String address, String kind, String name, String position, long unitId, String status,
                         LocalDate activated, LocalDate login, Random random, Timestamp now) {
        int quota = properties.defaultQuotaMb();
        return new Object[] {address, kind, name, MailboxAddresses.fold(name), position, unitId, status, quota,
                random.nextInt(quota * 9 / 10), Date.valueOf(activated.minusDays(3)), Date.valueOf(activated), null,
                login == null ? null : Date.valueOf(login), now, now};
    }

    /** Staff mailboxes per unit: headcount minus a share of the gap to {@value #TOTAL}. */
    private static int[] staffPerUnit(List<UnitSummary> active, Random random) {
        int[] staff = new int[active.size()];
        long headcount = 0;
        for (int i = 0; i < staff.length; i++) {
            staff[i] = active.get(i).headcount();
            headcount += staff[i];
        }
        long gap = headcount + active.size() - TOTAL;
        while (gap > 0) {
            int i = random.nextInt(staff.length);
            int weight = active.get(i).tier() == Tier.COMMUNE ? 3 : 1;
            if (staff[i] > 1 && random.nextInt(3) < weight) {
                staff[i]--;
                gap--;
            }
        }
        return staff;
    }

    /**
     * Each unit's own address: the initials of a provincial agency ("Sở Nội vụ" → snv), the place name of a
     * district or commune ("… thành phố Vĩnh Yên" → vinhyen), with the district added when a commune's is taken.
     */
    static Map<Long, String> tags(List<UnitSummary> active) {
        Map<Long, String> tags = new HashMap<>();
        Map<Long, UnitSummary> byId = new HashMap<>();
        active.forEach(u -> byId.put(u.id(), u));
        Set<String> taken = new HashSet<>();
        for (Tier tier : Tier.values()) {
            for (UnitSummary u : active) {
                if (u.tier() != tier) continue;
                String tag = tier == Tier.PROVINCE ? initials(u.name()) : place(u.name());
                // "Báo Vĩnh Phúc" → "b" says nothing: short initials give way to the whole name (baovinhphuc)
                if (tag.length() < 3) tag = MailboxAddresses.localPart(u.name());
                if (tier == Tier.PROVINCE && taken.contains(tag)) tag = longInitials(u.name());
                if (!taken.add(tag) && u.parentId() != null && tags.containsKey(u.parentId())) {
                    tag = tag + "." + tags.get(u.parentId());
                    taken.add(tag);
                }
                String base = tag;
                for (int n = 2; tags.containsValue(tag); n++) tag = base + n;
                tags.put(u.id(), tag);
            }
        }
        return tags;
    }

    private static String initials(String name) {
        String s = name.replaceAll("(?i)\\s+(tỉnh\\s+)?Vĩnh Phúc$", "").replaceAll("\\s+tỉnh$", "");
        StringBuilder b = new StringBuilder();
        for (String w : MailboxAddresses.fold(s).split("[^a-z0-9]+")) {
            if (w.isEmpty() || w.equals("va") || w.equals("cac")) continue;
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    /** "Sở Ngoại vụ" when "snv" is taken by "Sở Nội vụ": the longest word gives two letters → sngv. */
    private static String longInitials(String name) {
        String[] words = MailboxAddresses.fold(name.replaceAll("(?i)\\s+(tỉnh\\s+)?Vĩnh Phúc$", ""))
                .split("[^a-z0-9]+");
        String longest = "";
        for (String w : words) if (w.length() > longest.length()) longest = w;
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || w.equals("va") || w.equals("cac")) continue;
            b.append(w == longest ? w.substring(0, Math.min(2, w.length())) : w.substring(0, 1));
        }
        return b.toString();
    }

    private static String place(String name) {
        String s = name.replaceFirst("^(Ủy ban nhân dân|UBND)\\s+", "")
                .replaceFirst("^(thành phố|thị xã|huyện|quận|thị trấn|phường|xã)\\s+", "");
        return MailboxAddresses.localPart(s);
    }

    /** A few requests waiting for the DIC, so the work queue and the request list are not empty on a fresh start. */
    private void seedRequests(List<UnitSummary> active, VietnameseNames names, Timestamp now) {
        Instant base = now.toInstant();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UnitSummary unit = active.get((i * 37 + 3) % active.size());
            rows.add(new Object[] {"NEW", "PENDING", unit.id(), "PERSON", names.next(), "Chuyên viên",
                    "Cán bộ mới tiếp nhận, cần hộp thư công vụ", "system",
                    Timestamp.from(base.minus(6 - i, ChronoUnit.DAYS))});
        }
        jdbc.batchUpdate("INSERT INTO mailbox_request (kind, status, unit_id, holder_kind, holder_name, position, note, "
                + "requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }
}
