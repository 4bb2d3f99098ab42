package org.factcheck.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.claim.Claim;

/**
 * Editorial metrics for the dashboard, each one aggregate query: backlog per status and per person, time from
 * claim to approved verdict (median and slowest), verdict distribution, claims closed per day.
 */
@ApplicationScoped
public class DeskMetrics {

    static final int DAYS = 30;

    /** One bar of a chart: its value and its length in percent of the longest bar. */
    public record Bar(String label, long value, int percent, int index) {
    }

    public record Metrics(List<Bar> backlogByStatus, List<Bar> backlogByPerson,
            @Schema(nullable = true) Double medianHoursToApproval,
            @Schema(nullable = true) Double slowestHoursToApproval, long approvedClaims, List<Bar> verdicts,
            List<Bar> closedPerDay) {
    }

    @Transactional
    public Metrics compute() {
        var em = Claim.getEntityManager();
        List<Bar> byStatus = bars(rows(em.createNativeQuery("select status, count(*) from claim"
                + " where status <> 'approved' group by status order by status")));
        // no assignee = an empty label, which the chart shows as "nobody" in the interface language
        List<Bar> byPerson = bars(rows(em.createNativeQuery("select coalesce(u.display_name, ''), count(*)"
                + " from claim c left join app_user u on u.id = c.assignee_id where c.status <> 'approved'"
                + " group by u.display_name order by count(*) desc limit 15")));
        Object[] times = (Object[]) em.createNativeQuery("select percentile_cont(0.5) within group (order by"
                + " extract(epoch from approved_at - created_at)) / 3600, max(extract(epoch from approved_at -"
                + " created_at)) / 3600, count(*) from claim where status = 'approved' and approved_at is not null")
                .getSingleResult();
        List<Bar> verdicts = bars(rows(em.createNativeQuery("select verdict, count(*) from claim"
                + " where verdict <> 'unreviewed' group by verdict order by count(*) desc")));
        Map<String, Long> perDay = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        for (int i = DAYS - 1; i >= 0; i--) {
            perDay.put(today.minusDays(i).toString(), 0L);
        }
        for (Object[] r : rows(em.createNativeQuery("select to_char(approved_at at time zone 'UTC', 'YYYY-MM-DD'),"
                + " count(*) from claim where status = 'approved' and approved_at >= now() - make_interval(days => "
                + DAYS + ") group by 1"))) {
            perDay.computeIfPresent((String) r[0], (k, v) -> ((Number) r[1]).longValue());
        }
        List<Object[]> days = new ArrayList<>();
        perDay.forEach((day, n) -> days.add(new Object[] {day.substring(5), n}));
        return new Metrics(byStatus, byPerson, number(times[0]), number(times[1]), ((Number) times[2]).longValue(),
                verdicts, bars(days));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    private static List<Bar> bars(List<Object[]> rows) {
        long max = rows.stream().mapToLong(r -> ((Number) r[1]).longValue()).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Object[] r : rows) {
            long value = ((Number) r[1]).longValue();
            bars.add(new Bar(String.valueOf(r[0]), value, max == 0 ? 0 : (int) Math.round(100.0 * value / max),
                    bars.size()));
        }
        return bars;
    }

    private static Double number(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
