package vn.egov.console.publicservice.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.egov.console.publicservice.Indicator;
import vn.egov.console.publicservice.IndicatorGroup;
import vn.egov.console.publicservice.Metric;
import vn.egov.console.publicservice.ScoringRule;

/** The scorecard's groups and indicators per year. */
@Repository
public class IndicatorStore {

    private final NamedParameterJdbcTemplate jdbc;

    IndicatorStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The set that applies to a year: the latest one set for that year or before (else the earliest there is). */
    public List<IndicatorGroup> setFor(int year) {
        Integer applies = jdbc.queryForObject("""
                SELECT COALESCE(MAX(CASE WHEN year <= :y THEN year END), MIN(year)) FROM ps_indicator_group""",
                new MapSqlParameterSource("y", year), Integer.class);
        if (applies == null) return List.of();
        Map<Long, List<Indicator>> indicators = new LinkedHashMap<>();
        var p = new MapSqlParameterSource("y", applies);
        jdbc.query("""
                SELECT i.* FROM ps_indicator i JOIN ps_indicator_group g ON g.id = i.group_id
                WHERE g.year = :y ORDER BY i.position""", p, rs -> {
                    BigDecimal target = rs.getBigDecimal("target");
                    indicators.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>()).add(new Indicator(
                            rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                            Metric.valueOf(rs.getString("numerator")), Metric.valueOf(rs.getString("denominator")),
                            rs.getBoolean("complement"), rs.getDouble("max_points"),
                            ScoringRule.valueOf(rs.getString("rule")), target == null ? null : target.doubleValue(),
                            rs.getString("steps")));
                });
        return jdbc.query("SELECT * FROM ps_indicator_group WHERE year = :y ORDER BY position", p,
                (rs, i) -> new IndicatorGroup(rs.getLong("id"), rs.getInt("year"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getDouble("max_points"),
                        List.copyOf(indicators.getOrDefault(rs.getLong("id"), List.of()))));
    }

    public boolean hasYear(int year) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ps_indicator_group WHERE year = :y",
                new MapSqlParameterSource("y", year), Integer.class) > 0;
    }

    /** Stores a whole year's set (replacing it), so the DIC can set next year's weights without a release. */
    public void replaceYear(int year, List<IndicatorGroup> groups) {
        var y = new MapSqlParameterSource("y", year);
        jdbc.update("DELETE FROM ps_indicator_group WHERE year = :y", y);
        int gp = 0;
        for (IndicatorGroup g : groups) {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.update("""
                    INSERT INTO ps_indicator_group (year, code, name_vi, name_en, max_points, position)
                    VALUES (:y, :code, :vi, :en, :max, :pos)""", new MapSqlParameterSource("y", year)
                    .addValue("code", g.code()).addValue("vi", g.nameVi()).addValue("en", g.nameEn())
                    .addValue("max", g.maxPoints()).addValue("pos", gp++), keys, new String[] {"id"});
            long groupId = keys.getKey().longValue();
            int ip = 0;
            for (Indicator i : g.indicators()) {
                jdbc.update("""
                        INSERT INTO ps_indicator (group_id, code, name_vi, name_en, numerator, denominator, complement,
                            max_points, rule, target, steps, position)
                        VALUES (:g, :code, :vi, :en, :num, :den, :comp, :max, :rule, :target, :steps, :pos)""",
                        new MapSqlParameterSource("g", groupId).addValue("code", i.code()).addValue("vi", i.nameVi())
                                .addValue("en", i.nameEn()).addValue("num", i.numerator().name())
                                .addValue("den", i.denominator().name()).addValue("comp", i.complement())
                                .addValue("max", i.maxPoints()).addValue("rule", i.rule().name())
                                .addValue("target", i.target()).addValue("steps", i.steps()).addValue("pos", ip++));
            }
        }
    }
}
