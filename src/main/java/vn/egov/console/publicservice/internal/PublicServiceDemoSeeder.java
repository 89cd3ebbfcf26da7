package vn.egov.console.publicservice.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.demo.DemoDataSeeder;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.publicservice.OnlineMode;

/**
 * The demo province's procedure catalogue (≈1,900 procedures over the three tiers, in the order of magnitude Hải Dương
 * reported in 2019) and monthly figures from 2018 to last month for every handling unit, generated deterministically.
 * The shape follows the 2019 inspection: services were published at level 3/4 in 2019 but not one online application
 * was filed before 2020; online take-up, digitisation and electronic results grow after Decree 42/2022. Most
 * procedures never see an application (as in every province), so they have no rows: that is what the "offered online,
 * no online application" list shows. Three communes have not reported the last two months (the DIC's work queue).
 */
@Component
class PublicServiceDemoSeeder implements DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(PublicServiceDemoSeeder.class);
    static final YearMonth FIRST_MONTH = YearMonth.of(2018, 1);
    /** Communes that are late with their last two months. */
    static final Set<String> LATE_REPORTERS = Set.of("000.05.44.H62", "000.09.46.H62", "000.12.47.H62");

    //                                  2018 2019 2020 2021 2022 2023 2024 2025 2026
    static final double[] ONLINE = {0, 0, .04, .12, .24, .37, .49, .60, .68};
    static final double[] ON_TIME = {.90, .91, .93, .94, .95, .96, .97, .975, .98};
    static final double[] DIGITISED = {0, 0, 0, .05, .22, .45, .65, .78, .86};
    static final double[] E_RESULTS = {0, 0, 0, .03, .12, .30, .48, .62, .72};
    static final double[] PAID = {0, 0, 0, .05, .15, .28, .38, .46, .52};

    private final JdbcTemplate jdbc;
    private final ProcedureStore procedures;
    private final UnitService units;
    private final Clock clock;

    PublicServiceDemoSeeder(JdbcTemplate jdbc, ProcedureStore procedures, UnitService units,
                            Clock clock) {
        this.jdbc = jdbc;
        this.procedures = procedures;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 710;
    }

    @Override
    @Transactional
    public void seedIfEmpty() {
        if (procedures.count() > 0) return;
        long start = System.nanoTime();
        List<UnitSummary> active = units.listActive();
        List<Generated> catalogue = DemoCatalogue.generate(active);
        insertCatalogue(catalogue);
        Map<String, Long> ids = procedures.idsOf(catalogue.stream().map(g -> g.code).toList());
        insertLevels(catalogue, ids);
        List<UnitSummary> districts = active.stream().filter(u -> u.kind() == UnitKind.DISTRICT_COMMITTEE).toList();
        List<UnitSummary> communes = active.stream().filter(u -> u.kind() == UnitKind.COMMUNE_COMMITTEE).toList();
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        Summaries summaries = new Summaries();
        int count = 0;
        for (Generated g : catalogue) {
            if (g.volume <= 0) continue;
            long procedureId = ids.get(g.code.toUpperCase());
            List<UnitSummary> handling = switch (g.tier) {
                case PROVINCE -> List.of(g.unit);
                case DISTRICT -> districts;
                case COMMUNE -> communes;
            };
            for (UnitSummary u : handling) {
                YearMonth unitLast = LATE_REPORTERS.contains(u.code()) ? last.minusMonths(2) : last;
                for (YearMonth m = FIRST_MONTH; !m.isAfter(unitLast); m = m.plusMonths(1)) {
                    Object[] row = month(g, procedureId, u, m, now);
                    if (row == null) continue;
                    rows.add(row);
                    summaries.add(g.field, row);
                }
            }
            if (rows.size() >= 20_000) {
                count += flush(rows);
            }
        }
        count += flush(rows);
        seedComplaints(active, last, now);
        long summaryStart = System.nanoTime();
        summaries.insert(jdbc);
        log.info("Public services: {} procedures, {} monthly rows in {} ms (summaries {} ms)", catalogue.size(), count,
                (System.nanoTime() - start) / 1_000_000, (System.nanoTime() - summaryStart) / 1_000_000);
    }

    private static final String INSERT = """
            INSERT INTO ps_monthly (procedure_id, unit_id, month, received, received_online, resolved,
                resolved_on_time, late, digitised, e_results, paid_online, source, version, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DEMO', 0, ?, 'demo')""";
    private static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.DATE, Types.INTEGER, Types.INTEGER,
            Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.TIMESTAMP};

    private int flush(List<Object[]> rows) {
        int n = rows.size();
        if (n > 0) jdbc.batchUpdate(INSERT, rows, TYPES);
        rows.clear();
        return n;
    }

    /** One month of one procedure at one unit, or null for a month without any application. */
    static Object[] month(Generated g, long procedureId, UnitSummary u, YearMonth m, Timestamp now) {
        Random r = new Random(g.code.hashCode() * 31L + u.code().hashCode() * 17L + m.hashCode());
        int y = Math.min(Math.max(m.getYear() - 2018, 0), ONLINE.length - 1);
        double season = switch (m.getMonthValue()) {
            case 1 -> 1.15;
            case 2 -> 0.65;
            case 12 -> 1.1;
            default -> 1.0;
        };
        double unitSize = switch (u.kind()) {
            case COMMUNE_COMMITTEE -> 0.6 + Math.floorMod(u.code().hashCode(), 9) / 10.0;
            case DISTRICT_COMMITTEE -> 0.8 + Math.floorMod(u.code().hashCode(), 5) / 10.0;
            default -> 1;
        };
        double growth = 1 + 0.04 * y;
        long received = Math.round(g.volume * unitSize * season * growth * (0.7 + r.nextDouble() * 0.6));
        if (received == 0 && r.nextInt(3) > 0) return null;
        boolean online = g.onlineIn(m.getYear());
        double tilt = (Math.floorMod(u.code().hashCode() ^ g.code.hashCode(), 21) - 10) / 100.0;
        long receivedOnline = online && ONLINE[y] > 0 ? Math.round(received * clamp(ONLINE[y] * g.appetite + tilt)) : 0;
        long resolved = Math.round(received * (0.93 + r.nextDouble() * 0.1));
        long onTime = Math.min(resolved, Math.round(resolved * clamp(ON_TIME[y] + tilt / 3 + (r.nextDouble() - .5) * .04)));
        long openLate = r.nextInt(10) == 0 ? 1 + r.nextInt(2) : 0;
        long late = resolved - onTime + openLate;
        long digitised = Math.min(received, Math.round(received * clamp(DIGITISED[y] + tilt)));
        long eResults = Math.min(resolved, Math.round(resolved * clamp(E_RESULTS[y] + tilt)));
        long paid = g.onlinePayment ? Math.min(receivedOnline, Math.round(receivedOnline * clamp(PAID[y] * 1.6))) : 0;
        return new Object[] {procedureId, u.id(), Date.valueOf(m.atDay(1)), received, receivedOnline, resolved, onTime,
                late, digitised, eResults, paid, now};
    }

    /**
     * The summary rows of what is generated, added up while generating: the same sums {@link FiguresStore} keeps, at
     * a fraction of the cost of grouping the fresh rows again in SQL.
     */
    static final class Summaries {
        private final Map<String, long[]> unitField = new LinkedHashMap<>();
        private final Map<String, Object[]> unitFieldKeys = new LinkedHashMap<>();
        private final Map<String, long[]> procedureMonth = new LinkedHashMap<>();
        private final Map<String, Object[]> procedureMonthKeys = new LinkedHashMap<>();

        void add(String field, Object[] row) {
            String uf = row[1] + "|" + field + "|" + row[2];
            unitFieldKeys.putIfAbsent(uf, new Object[] {row[1], field, row[2]});
            long[] sums = unitField.computeIfAbsent(uf, k -> new long[9]);
            for (int i = 0; i < 8; i++) sums[i] += ((Number) row[3 + i]).longValue();
            sums[8]++;
            String pm = row[0] + "|" + row[2];
            procedureMonthKeys.putIfAbsent(pm, new Object[] {row[0], row[2]});
            long[] p = procedureMonth.computeIfAbsent(pm, k -> new long[2]);
            p[0] += ((Number) row[3]).longValue();
            p[1] += ((Number) row[4]).longValue();
        }

        void insert(JdbcTemplate jdbc) {
            List<Object[]> uf = new ArrayList<>();
            unitField.forEach((k, v) -> {
                Object[] key = unitFieldKeys.get(k);
                uf.add(new Object[] {key[0], key[1], key[2], v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]});
            });
            jdbc.batchUpdate("""
                    INSERT INTO ps_unit_field_month (unit_id, field, month, received, received_online, resolved,
                        resolved_on_time, late, digitised, e_results, paid_online, rows_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", uf, new int[] {Types.BIGINT, Types.VARCHAR,
                    Types.DATE, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT,
                    Types.BIGINT, Types.BIGINT, Types.INTEGER});
            List<Object[]> pm = new ArrayList<>();
            procedureMonth.forEach((k, v) -> {
                Object[] key = procedureMonthKeys.get(k);
                pm.add(new Object[] {key[0], key[1], v[0], v[1]});
            });
            jdbc.batchUpdate("""
                    INSERT INTO ps_procedure_month (procedure_id, month, received, received_online)
                    VALUES (?, ?, ?, ?)""", pm, new int[] {Types.BIGINT, Types.DATE, Types.BIGINT, Types.BIGINT});
        }
    }

    private void seedComplaints(List<UnitSummary> active, YearMonth last, Timestamp now) {
        List<Object[]> rows = new ArrayList<>();
        for (UnitSummary u : active) {
            if (u.kind() != UnitKind.DISTRICT_COMMITTEE && u.kind() != UnitKind.DEPARTMENT) continue;
            for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(last); m = m.plusMonths(1)) {
                Random r = new Random(u.code().hashCode() * 7L + m.hashCode());
                int received = r.nextInt(u.kind() == UnitKind.DISTRICT_COMMITTEE ? 12 : 5);
                int onTime = received == 0 ? 0 : received - (r.nextInt(6) == 0 ? 1 : 0);
                rows.add(new Object[] {u.id(), Date.valueOf(m.atDay(1)), received, onTime, now});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO ps_complaint_monthly (unit_id, month, received, handled_on_time, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, 'demo')""", rows,
                new int[] {Types.BIGINT, Types.DATE, Types.INTEGER, Types.INTEGER, Types.TIMESTAMP});
    }

    private void insertCatalogue(List<Generated> catalogue) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (Generated g : catalogue) {
            rows.add(new Object[] {g.code, g.name, g.field, g.tier.name(), g.unit == null ? null : g.unit.id(),
                    g.mode.name(), g.modeSince == null ? null : Date.valueOf(g.modeSince), g.days, g.onlinePayment,
                    Date.valueOf(g.availableFrom), now});
        }
        jdbc.batchUpdate("""
                INSERT INTO ps_procedure (code, name, field, tier, unit_id, online_mode, mode_since, statutory_days,
                    online_payment, available_from, version, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'demo')""", rows,
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                        Types.DATE, Types.INTEGER, Types.BOOLEAN, Types.DATE, Types.TIMESTAMP});
    }

    private void insertLevels(List<Generated> catalogue, Map<String, Long> ids) {
        List<Object[]> levels = new ArrayList<>();
        for (Generated g : catalogue) {
            long id = ids.get(g.code.toUpperCase());
            g.levels.forEach((year, level) -> levels.add(new Object[] {id, year, level}));
        }
        jdbc.batchUpdate("INSERT INTO ps_procedure_level (procedure_id, year, level) VALUES (?, ?, ?)", levels,
                new int[] {Types.BIGINT, Types.INTEGER, Types.INTEGER});
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** A generated catalogue entry with its demand: {@code volume} applications a month (0 = never used). */
    static final class Generated {
        String code;
        String name;
        String field;
        Tier tier;
        UnitSummary unit;
        OnlineMode mode;
        LocalDate modeSince;
        int days;
        boolean onlinePayment;
        LocalDate availableFrom;
        Map<Integer, Integer> levels = new LinkedHashMap<>();
        double volume;
        /** How readily its applicants go online (a business licence more than a rural certificate). */
        double appetite;

        boolean onlineIn(int year) {
            Integer level = levels.get(year);
            if (level != null) return level >= 3;
            return mode.online() && (modeSince == null || modeSince.getYear() <= year);
        }
    }
}
