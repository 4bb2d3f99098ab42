package org.factcheck.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque, MPL-2.0) in the current page. The script comes from the test classpath: Deque's
 * {@code com.deque.html.axe-core:selenium} jar on Maven Central ships the npm package's {@code axe.min.js}; only that
 * file is used, not its Java API. Injected with executeScript, which the page's CSP (no inline script) does not
 * restrict. Rules: the WCAG 2.0/2.1/2.2 A and AA tags plus axe's best practices.
 */
public final class Axe {

    /** The tags handed to {@code axe.run}; docs/testing.md lists them. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    private static final String SOURCE = load();

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the axe-core script, e.g. "4.11.0". */
    public static String version() {
        return SOURCE.substring(SOURCE.indexOf("axe v") + 5, SOURCE.indexOf('\n')).trim();
    }

    /** Violations of impact serious or critical on the current page, one readable line per rule; empty when none. */
    public static List<String> seriousViolations(WebDriver driver) {
        return violations(driver).stream().filter(v -> v.startsWith("serious ") || v.startsWith("critical "))
                .toList();
    }

    /** Every violation on the current page as "impact rule-id: help (url)" and its targets, worst first. */
    public static List<String> violations(WebDriver driver) {
        return run(driver).violations();
    }

    /**
     * One axe run: the violations as {@link #violations} reads them, and which rules found something to check
     * ({@code checked}: passed or violated somewhere) or could not decide ({@code undecided}, axe's "incomplete").
     */
    public record Result(List<String> violations, Set<String> checked, Set<String> undecided) {
    }

    @SuppressWarnings("unchecked")
    public static Result run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(r => done({passes: r.passes.length, passed: r.passes.map(p => p.id),"
                + " incomplete: r.incomplete.map(i => i.id), violations: r.violations.map(v => ({id: v.id,"
                + " impact: v.impact, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map(n =>"
                + " n.target.join(' ') + (n.failureSummary ? ' -- ' + n.failureSummary.replace(/\\s+/g, ' ') : ''))}))}))"
                + ".catch(e => done({passes: 0, error: String(e)}));", TAGS);
        if (result.get("error") != null || ((Number) result.get("passes")).intValue() == 0) {
            throw new IllegalStateException("axe-core did not run on " + driver.getCurrentUrl() + ": " + result);
        }
        List<String> order = List.of("critical", "serious", "moderate", "minor");
        List<Map<String, Object>> violated = (List<Map<String, Object>>) result.get("violations");
        Set<String> checked = new TreeSet<>((List<String>) result.get("passed"));
        violated.forEach(v -> checked.add(String.valueOf(v.get("id"))));
        List<String> lines = violated.stream()
                .sorted(Comparator.comparing(v -> order.indexOf(String.valueOf(v.get("impact")))))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " (" + v.get("helpUrl")
                        + ")\n      " + ((List<String>) v.get("targets")).stream().limit(8)
                                .collect(Collectors.joining("\n      ")))
                .toList();
        return new Result(lines, checked, new TreeSet<>((List<String>) result.get("incomplete")));
    }
}
