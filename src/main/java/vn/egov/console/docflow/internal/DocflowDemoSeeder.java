package vn.egov.console.docflow.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.demo.DemoDataSeeder;
import vn.egov.console.docflow.FigureSource;
import vn.egov.console.docflow.MonthlyFigures;
import vn.egov.console.docflow.RolloutDraft;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/**
 * The demo province's rollout and exchange history, generated deterministically: the 24 departments, 9 district
 * committees and 6 other units (39) in daily use and connected to the provincial hub since 01/09/2016 (the Provincial
 * People's Committee Office runs the hub itself and is not counted), communes partly rolled out, and monthly figures
 * from 2017 with the growth the province reported. Year rates are set so that in 2019 about 18% of what the province
 * sent to central government was digitally signed; every total the console shows is summed from these rows.
 */
@Component
class DocflowDemoSeeder implements DemoDataSeeder {

    static final String HUB_HOST = "000.00.01.H62";
    static final LocalDate HUB_DAY = LocalDate.of(2016, 9, 1);
    static final LocalDate AXIS_LAUNCH = LocalDate.of(2019, 3, 12);
    static final YearMonth FIRST_MONTH = YearMonth.of(2017, 1);
    /** Units that the demo shows as lagging behind (low signing, much paper). */
    static final Set<String> LAGGING = Set.of("000.00.17.H62", "000.00.19.H62", "000.00.21.H62", "000.00.75.H62");

    //                                 2017  2018  2019  2020  2021  2022  2023  2024  2025  2026
    static final double[] ELECTRONIC = {.45, .58, .70, .80, .88, .93, .95, .97, .98, .985};
    static final double[] SIGNED = {.08, .14, .22, .45, .68, .82, .90, .94, .96, .97};
    static final double[] PAPER = {.85, .78, .70, .50, .32, .20, .12, .08, .05, .04};
    static final double[] CENTRAL_SIGNED = {.05, .10, .18, .40, .62, .80, .88, .93, .96, .97};

    private final RolloutStore rollouts;
    private final MonthlyStore monthly;
    private final UnitService units;
    private final Clock clock;

    DocflowDemoSeeder(RolloutStore rollouts, MonthlyStore monthly, UnitService units, Clock clock) {
        this.rollouts = rollouts;
        this.monthly = monthly;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    @Transactional
    public void seedIfEmpty() {
        if (rollouts.count() > 0 || monthly.countAll() > 0) return;
        Map<Long, RolloutDraft> drafts = new LinkedHashMap<>();
        List<MonthlyStore.Entry> entries = new ArrayList<>();
        YearMonth lastFull = YearMonth.now(clock).minusMonths(1);
        List<UnitSummary> active = units.listActive();
        Map<Long, UnitSummary> byId = new LinkedHashMap<>();
        active.forEach(u -> byId.put(u.id(), u));
        for (UnitSummary u : active) {
            RolloutDraft d = rollout(u, byId);
            if (d == null) continue;
            drafts.put(u.id(), d);
            if (d.inUseOn() == null) continue;
            YearMonth start = YearMonth.from(d.inUseOn()).plusMonths(1);
            if (start.isBefore(FIRST_MONTH)) start = FIRST_MONTH;
            for (YearMonth m = start; !m.isAfter(lastFull); m = m.plusMonths(1)) {
                entries.add(new MonthlyStore.Entry(u.id(), figures(u, d, m), FigureSource.DEMO));
            }
        }
        var now = clock.instant();
        rollouts.batchInsert(drafts, "demo", now);
        for (int i = 0; i < entries.size(); i += 2000) {
            monthly.upsert(entries.subList(i, Math.min(entries.size(), i + 2000)), "demo", now);
        }
    }

    private static RolloutDraft rollout(UnitSummary u, Map<Long, UnitSummary> byId) {
        Random r = new Random(u.code().hashCode());
        boolean core = (u.kind() == UnitKind.DEPARTMENT && u.tier() == Tier.PROVINCE && !HUB_HOST.equals(u.code()))
                || u.kind() == UnitKind.DISTRICT_COMMITTEE || (u.kind() == UnitKind.OTHER && u.tier() == Tier.PROVINCE);
        if (core) {
            LocalDate installed = LocalDate.of(2016, 3, 1).plusDays(r.nextInt(75));
            LocalDate trained = installed.plusDays(20 + r.nextInt(25));
            LocalDate inUse = trained.plusDays(5 + r.nextInt(10));
            if (inUse.isAfter(LocalDate.of(2016, 8, 25))) inUse = LocalDate.of(2016, 8, 25);
            if (trained.isAfter(inUse)) trained = inUse.minusDays(3);
            LocalDate axis = switch (u.kind()) {
                case DEPARTMENT -> AXIS_LAUNCH.plusDays(r.nextInt(90));
                case DISTRICT_COMMITTEE -> AXIS_LAUNCH.plusDays(90 + r.nextInt(120));
                default -> r.nextInt(3) == 0 ? null : LocalDate.of(2020, 3, 1).plusDays(r.nextInt(200));
            };
            return new RolloutDraft("VNPT Vĩnh Phúc", "VNPT-iOffice", "4.2", installed, trained, inUse, HUB_DAY, axis,
                    "Triển khai theo Kế hoạch ứng dụng CNTT năm 2016 của UBND tỉnh.");
        }
        if (u.kind() != UnitKind.COMMUNE_COMMITTEE) return null;
        UnitSummary district = u.parentId() == null ? null : byId.get(u.parentId());
        boolean town = district != null && (district.code().equals("000.00.40.H62")
                || district.code().equals("000.00.41.H62"));
        int roll = town ? 0 : r.nextInt(100);
        LocalDate installed = town ? LocalDate.of(2017, 9, 1).plusDays(r.nextInt(60))
                : LocalDate.of(2018, 3, 1).plusDays(r.nextInt(900));
        if (roll >= 85) return null;
        if (roll >= 70) return draft(installed, null, null, null, "Đã cài đặt, chờ tập huấn.");
        LocalDate trained = installed.plusDays(15 + r.nextInt(40));
        if (roll >= 55) return draft(installed, trained, null, null, "Đã tập huấn, chưa dùng hằng ngày.");
        LocalDate inUse = trained.plusDays(10 + r.nextInt(30));
        LocalDate hub = roll >= 40 ? null : inUse.plusDays(15 + r.nextInt(60));
        return draft(installed, trained, inUse, hub, null);
    }

    private static RolloutDraft draft(LocalDate installed, LocalDate trained, LocalDate inUse, LocalDate hub,
                                      String notes) {
        return new RolloutDraft("VNPT Vĩnh Phúc", "VNPT-iOffice", "4.2", installed, trained, inUse, hub, null, notes);
    }

    static MonthlyFigures figures(UnitSummary u, RolloutDraft d, YearMonth m) {
        Random r = new Random(u.code().hashCode() * 31L + m.hashCode());
        int y = Math.min(Math.max(m.getYear() - 2017, 0), ELECTRONIC.length - 1);
        double tilt = LAGGING.contains(u.code()) ? -0.25 : (Math.floorMod(u.code().hashCode(), 11) - 5) / 100.0;
        double base = switch (u.kind()) {
            case DEPARTMENT -> 40 + u.headcount() * 0.9;
            case DISTRICT_COMMITTEE -> 260;
            case OTHER -> 45;
            default -> 30;
        };
        // quieter in February (Tết) and August, busier in December
        double season = switch (m.getMonthValue()) {
            case 2 -> 0.7;
            case 8 -> 0.9;
            case 12 -> 1.25;
            default -> 1.0;
        };
        double growth = 1 + 0.03 * y;
        long total = Math.round(base * season * growth * (0.85 + r.nextDouble() * 0.3));
        long electronic = Math.round(total * clamp(ELECTRONIC[y] + tilt / 2 + noise(r)));
        long received = Math.round(electronic * (1.4 + r.nextDouble() * 0.5));
        long signed = Math.round(electronic * clamp(SIGNED[y] + tilt + noise(r)));
        long paper = Math.round(electronic * clamp(PAPER[y] - tilt + noise(r)));
        boolean onAxis = d.axisOn() != null && !m.isBefore(YearMonth.from(d.axisOn()));
        long viaAxis = onAxis ? Math.round(electronic * (0.08 + r.nextDouble() * 0.1)) : 0;
        long receivedViaAxis = onAxis ? Math.round(received * (0.1 + r.nextDouble() * 0.1)) : 0;
        double centralPart = switch (u.kind()) {
            case DEPARTMENT -> 0.06;
            case DISTRICT_COMMITTEE -> 0.02;
            case OTHER -> 0.01;
            default -> 0;
        };
        long central = Math.round(electronic * centralPart * (0.7 + r.nextDouble() * 0.6));
        long centralSigned = Math.min(central,
                Math.round(central * clamp(CENTRAL_SIGNED[y] + (r.nextDouble() - 0.5) * 0.06)));
        return new MonthlyFigures(m, total, electronic, received, Math.min(viaAxis, electronic),
                Math.min(receivedViaAxis, received), Math.min(signed, electronic), Math.min(paper, electronic),
                central, centralSigned);
    }

    private static double noise(Random r) {
        return (r.nextDouble() - 0.5) * 0.06;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
