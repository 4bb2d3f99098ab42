package org.factcheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factcheck.intake.ArticleExtractor;
import org.factcheck.text.HtmlText;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Not part of the test suite (no "Test" suffix): scores {@link ArticleExtractor} (and the older {@link HtmlText}
 * reduction) against Mozilla Readability's test pages, {@code ../shared/extraction/readability-test-pages} or
 * {@code -Dextraction.pages=DIR}: token-level precision, recall and F1 of the body against expected.html, agreement
 * of title, byline, published time, lang and dir with expected-metadata.json, time per page and memory allocated
 * on the largest page. Writes bench/extraction/results.md; copy the figures into docs/import.md. Run with
 * {@code ./mvnw -q test -Dtest=ExtractionEvaluation -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ExtractionEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    record Score(double precision, double recall, double f1) {
    }

    record PageResult(String name, Score ours, Score naive, boolean title, Boolean byline, Boolean published,
            Boolean lang, boolean dir, boolean rtl, String ourTitle, String expectedTitle, long nanos) {
    }

    @Test
    void evaluate() throws IOException {
        Path dir = Path.of(System.getProperty("extraction.pages", "../shared/extraction/readability-test-pages"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "no test pages at " + dir);
        run(dir);
    }

    public static void main(String[] args) throws IOException {
        run(Path.of(args.length > 0 ? args[0] : "../shared/extraction/readability-test-pages"));
    }

    static void run(Path dir) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> Files.exists(p.resolve("source.html"))).sorted().toList();
        }
        // one warm-up pass so the timings are of compiled code, not of the JIT
        for (Path p : pages) {
            ArticleExtractor.extract(Files.readString(p.resolve("source.html")), "http://fakehost/test/page.html");
        }
        List<PageResult> results = new ArrayList<>();
        for (Path p : pages) {
            results.add(page(p));
        }
        String table = report(results, pages);
        System.out.println(table);
        Path out = Path.of("bench", "extraction", "results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }

    private static PageResult page(Path p) throws IOException {
        String source = Files.readString(p.resolve("source.html"));
        String expected = Jsoup.parse(Files.readString(p.resolve("expected.html"))).text();
        JsonNode meta = JSON.readTree(p.resolve("expected-metadata.json").toFile());
        long start = System.nanoTime();
        ArticleExtractor.Extraction x = ArticleExtractor.extract(source, "http://fakehost/test/page.html");
        long nanos = System.nanoTime() - start;
        String naive = HtmlText.extract(source).text();
        String expectedTitle = str(meta, "title");
        String expectedDir = str(meta, "dir");
        return new PageResult(p.getFileName().toString(), score(x.text(), expected), score(naive, expected),
                Objects.equals(norm(x.title()), norm(expectedTitle)),
                compare(meta, "byline", x.byline(), (a, b) -> norm(a).equalsIgnoreCase(norm(b))),
                compare(meta, "publishedTime", x.publishedTime(), (a, b) -> norm(a).equals(norm(b))),
                compare(meta, "lang", x.language(), (a, b) -> a.equalsIgnoreCase(b)),
                Objects.equals(expectedDir == null ? "ltr" : expectedDir, x.direction()), "rtl".equals(expectedDir),
                x.title(), expectedTitle, nanos);
    }

    /** Null when the page's expected metadata has no value for the field (nothing to agree with). */
    private static Boolean compare(JsonNode meta, String field, String ours, BiFunction<String, String, Boolean> eq) {
        String expected = str(meta, field);
        if (expected == null || expected.isBlank()) {
            return null;
        }
        return ours != null && eq.apply(ours, expected);
    }

    static Score score(String candidate, String gold) {
        Map<String, Integer> c = bag(candidate);
        Map<String, Integer> g = bag(gold);
        int common = 0;
        for (var e : c.entrySet()) {
            common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        int cn = c.values().stream().mapToInt(Integer::intValue).sum();
        int gn = g.values().stream().mapToInt(Integer::intValue).sum();
        double precision = cn == 0 ? (gn == 0 ? 1 : 0) : (double) common / cn;
        double recall = gn == 0 ? 1 : (double) common / gn;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static String report(List<PageResult> results, List<Path> pages) throws IOException {
        int n = results.size();
        StringBuilder out = new StringBuilder("# Article extraction on Readability's test pages\n\n");
        out.append("Written by `ExtractionEvaluation` (see docs/import.md). ").append(n).append(" pages.\n\n");
        out.append("| extractor | body precision | body recall | body F1 | pages with F1 ≥ 0.95 |\n| --- | ---: | ---: | ---: | ---: |\n");
        for (boolean ours : new boolean[] {true, false}) {
            List<Score> s = results.stream().map(r -> ours ? r.ours() : r.naive()).toList();
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n",
                    ours ? "ArticleExtractor (Readability4J + metadata)" : "HtmlText (before)",
                    s.stream().mapToDouble(Score::precision).average().orElse(0),
                    s.stream().mapToDouble(Score::recall).average().orElse(0),
                    s.stream().mapToDouble(Score::f1).average().orElse(0),
                    s.stream().filter(x -> x.f1() >= 0.95).count()));
        }
        out.append("\n| metadata | agree | of pages with a value |\n| --- | ---: | ---: |\n");
        out.append(row("title", results.stream().map(r -> (Boolean) r.title()).toList()));
        out.append(row("title, or Readability's title less a site-name suffix we removed", results.stream()
                .map(r -> r.title() || siteSuffixOnly(r.ourTitle(), r.expectedTitle())).map(Boolean.class::cast)
                .toList()));
        out.append(row("byline", results.stream().map(PageResult::byline).toList()));
        out.append(row("published time", results.stream().map(PageResult::published).toList()));
        out.append(row("lang", results.stream().map(PageResult::lang).toList()));
        out.append(row("dir (all pages; none given = ltr)", results.stream().map(r -> (Boolean) r.dir()).toList()));
        out.append(row("dir on rtl pages", results.stream().filter(PageResult::rtl).map(r -> (Boolean) r.dir()).toList()));

        List<Long> times = results.stream().map(PageResult::nanos).sorted().toList();
        out.append(String.format(Locale.ROOT, "%nExtraction time per page: median %.1f ms, p99 %.1f ms, max %.1f ms.%n",
                times.get(n / 2) / 1e6, times.get(Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)) / 1e6,
                times.get(n - 1) / 1e6));
        Path largest = pages.stream().max(Comparator.comparingLong(p -> p.resolve("source.html").toFile().length()))
                .orElseThrow();
        String html = Files.readString(largest.resolve("source.html"));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ArticleExtractor.extract(html, "http://fakehost/test/page.html");
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        out.append(String.format(Locale.ROOT, "Largest page (%s, %d KB): %.0f MB allocated while extracting it.%n",
                largest.getFileName(), html.getBytes(StandardCharsets.UTF_8).length / 1024, allocated / 1e6));

        out.append("\n## Worst 10 pages by body F1\n\n| page | precision | recall | F1 | HtmlText F1 |\n| --- | ---: | ---: | ---: | ---: |\n");
        results.stream().sorted(Comparator.comparingDouble(r -> r.ours().f1())).limit(10).forEach(r -> out.append(
                String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", r.name(), r.ours().precision(),
                        r.ours().recall(), r.ours().f1(), r.naive().f1())));
        out.append("\n## Titles that differ\n\n| page | ours | Readability.js |\n| --- | --- | --- |\n");
        results.stream().filter(r -> !r.title()).forEach(r -> out.append("| ").append(r.name()).append(" | ")
                .append(cell(r.ourTitle())).append(" | ").append(cell(r.expectedTitle())).append(" |\n"));
        return out.toString();
    }

    /** Readability.js keeps "Story | Site" where we drop the site (issue 13: titles without the site name). */
    private static boolean siteSuffixOnly(String ours, String expected) {
        if (ours == null || expected == null || !norm(expected).startsWith(norm(ours))) {
            return false;
        }
        return norm(expected).substring(norm(ours).length()).matches("\\s*[|\\-–—:»·]\\s+.+");
    }

    private static String row(String name, List<Boolean> values) {
        long known = values.stream().filter(Objects::nonNull).count();
        long agree = values.stream().filter(Boolean.TRUE::equals).count();
        return String.format(Locale.ROOT, "| %s | %d (%.0f%%) | %d |%n", name, agree,
                known == 0 ? 0 : 100.0 * agree / known, known);
    }

    private static String cell(String s) {
        return s == null ? "—" : s.replace("|", "\\|");
    }

    private static String str(JsonNode meta, String field) {
        JsonNode v = meta.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
