package org.factcheck.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The whole desk through the UI only, as two people would use it: log in, import the Arabic seed, two claims
 * (a sentence and a span), evidence, a verdict, four-eyes approval by another editor, the reports; then search.
 * Only the two users are made up front. Each step leaves target/e2e-screenshots/nn-step.png (docs/testing.md).
 */
@QuarkusTest
class EndToEndFlowTest {

    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    private Browser browser;
    private int stepNumber;

    /** Runs one named step, then screenshots the window; a failure names the step and is screenshot too. */
    private void step(String name, Runnable body) {
        String file = String.format("%02d-%s", ++stepNumber, name);
        try {
            body.run();
            browser.screenshot(SCREENSHOTS, file);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(SCREENSHOTS, file + "-FAILED");
            throw new AssertionError("step " + file + " failed on " + browser.driver.getCurrentUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    private WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private void scrollTo(String css) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                find(css));
    }

    /** Clicks like a person who scrolled to it first (the review panel is a sticky box that scrolls on its own). */
    private void click(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        element.click();
    }

    @Test
    void importClaimEvidenceVerdictApprovalAndReportsThroughTheUi() throws Exception {
        String editor = fixtures.user("editor");
        String approver = fixtures.user("editor");
        String title = "تراجع وتيرة المواجهات " + approver.replaceAll("\\D", "");
        Path upload = Files.createTempFile("seed-", ".txt");
        Files.writeString(upload, Fixtures.seedText(), StandardCharsets.UTF_8);
        long[] ids = new long[3]; // article, claim on a sentence, claim on a span
        if (Files.isDirectory(SCREENSHOTS)) { // no FAILED picture left from an earlier run; the others are replaced
            try (var old = Files.list(SCREENSHOTS)) {
                for (Path png : old.filter(p -> p.toString().endsWith("-FAILED.png")).toList()) {
                    Files.delete(png);
                }
            }
        }

        try (Browser b = new Browser(base.toString())) {
            browser = b;
            step("login", () -> {
                browser.open("/login");
                find("#j_username").sendKeys(editor);
                find("#j_password").sendKeys(Fixtures.PASSWORD);
                find("form[action='/j_security_check'] button[type=submit]").click();
                browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));
                assertTrue(find(".who").getText().contains(editor), "the top bar names who is logged in");
            });

            step("import-article", () -> {
                ids[0] = importThroughTheForm(title, upload);
                WebElement text = find("#article-text");
                assertEquals("rtl", text.getAttribute("dir"));
                assertEquals("ar", text.getAttribute("lang"));
                assertEquals(28, text.findElements(By.cssSelector(".sentence")).size());
                assertEquals(title, find(".article-head h1").getText());
            });

            step("claim-on-sentence", () -> {
                WebElement sentence = browser.driver.findElements(By.cssSelector("#article-text .sentence")).get(4);
                String sentenceId = sentence.getAttribute("data-id");
                sentence.click();
                assertEquals("true", sentence.getAttribute("aria-pressed"));
                find("#claim-text").sendKeys("49 Armenian soldiers were killed");
                find("#claim-claimant").sendKeys("نيكول باشينيان");
                click("#claim-form button[type=submit]");
                WebElement mark = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#s-" + sentenceId + " mark.claim")));
                ids[1] = Long.parseLong(mark.getAttribute("data-claim"));
                assertEquals(find("#s-" + sentenceId).getText(), mark.getText(), "the whole sentence is the quote");
            });

            step("claim-on-span", () -> {
                WebElement sentence = browser.driver.findElements(By.cssSelector("#article-text .sentence")).get(6);
                String sentenceId = sentence.getAttribute("data-id");
                String words = firstWords(sentence.getText(), 3);
                // a mouse drag over three words, done with the DOM selection API (exact in RTL text)
                ((JavascriptExecutor) browser.driver).executeScript(
                        "const el = arguments[0], q = arguments[1]; const node = el.firstChild;"
                                + "const i = node.data.indexOf(q); const r = document.createRange();"
                                + "r.setStart(node, i); r.setEnd(node, i + q.length);"
                                + "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                                + "el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));", sentence, words);
                assertEquals(words, find("#quote-preview").getText());
                click("#claim-form button[type=submit]");
                WebElement mark = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#s-" + sentenceId + " mark.claim")));
                assertEquals(words, mark.getText());
                ids[2] = Long.parseLong(mark.getAttribute("data-claim"));
                assertEquals(2, browser.driver.findElements(By.cssSelector(".claim-list .claim-item")).size());
            });

            step("add-evidence", () -> {
                // Enter on the link: the click point Selenium picks for a wrapped right-to-left quote misses it
                find("#claim-" + ids[1] + " a").sendKeys(Keys.ENTER);
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-panel")));
                click("#claim-panel a[href='/claims/" + ids[1] + "']");
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-form")));
                // a page of this application: loopback is fetched in tests (allow-private-addresses); a URL of
                // its own, since a source cited before keeps its first title
                find("#ev-url").sendKeys(base + "login?from=" + approver);
                find("#ev-title").sendKeys("بيان وزارة الدفاع");
                find("#ev-publisher").sendKeys("Ministry of Defence");
                new Select(find("#ev-stance")).selectByValue("refutes");
                find("#ev-excerpt").sendKeys("قُتل 15 جندياً");
                click("#evidence-form button[type=submit]");
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".evidence-list"), "بيان وزارة الدفاع"));
                scrollTo(".evidence-list");
            });

            step("propose-verdict", () -> {
                new Select(find("#verdict")).selectByValue("misleading");
                find("#rationale").sendKeys("The ministry counted 15, not 49.");
                click("#verdict-form button[type=submit]");
                browser.wait.until(ExpectedConditions.attributeContains(By.id("claim-status"), "class",
                        "status-proposed"));
                assertTrue(find("#verdict-badge").getAttribute("class").contains("verdict-misleading"));
            });

            step("logout", () -> {
                find(".who form[action='/logout'] button").click();
                browser.wait.until(ExpectedConditions.urlContains("/login"));
                browser.open("/articles/" + ids[0]);
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
            });

            step("approve-as-second-editor", () -> {
                browser.login(approver, Fixtures.PASSWORD);
                browser.open("/claims/" + ids[1]);
                find("#approve").click();
                browser.wait.until(ExpectedConditions.attributeContains(By.id("claim-status"), "class",
                        "status-approved"));
            });

            step("report", () -> {
                find(".crumbs a").click();
                String html = find(".actions a[href$='format=html']").getAttribute("href");
                String pdf = find(".actions a[href$='format=pdf']").getAttribute("href");
                String csv = find(".actions a[href$='format=csv']").getAttribute("href");
                // what a click would download: fetched with the browser's session cookie
                Response pdfResponse = given().cookies(browser.cookies()).get(pdf);
                assertEquals(200, pdfResponse.statusCode());
                assertTrue(pdfResponse.contentType().startsWith("application/pdf"), pdfResponse.contentType());
                assertTrue(new String(pdfResponse.asByteArray(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
                Response csvResponse = given().cookies(browser.cookies()).get(csv);
                assertEquals(200, csvResponse.statusCode());
                assertTrue(csvResponse.contentType().startsWith("text/csv"), csvResponse.contentType());
                assertTrue(csvResponse.asString().contains("The ministry counted 15, not 49."));
                find(".actions a[href$='format=html']").click();
                browser.wait.until(ExpectedConditions.urlToBe(html));
                String report = find("body").getText();
                assertTrue(report.contains(title), "the report names the article");
                assertTrue(report.contains("The ministry counted 15, not 49."), "the approved rationale is there");
                assertTrue(report.contains("بيان وزارة الدفاع"), "the evidence is there");
            });

        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /**
     * The search page is built in parallel: this runs once GET /search answers, and is reported as skipped (not
     * passed) while it answers 404. Its own test, so the flow above never counts as skipped.
     */
    @Test
    void searchFindsTheImportedArticleByAnArabicWord() throws Exception {
        String editor = fixtures.user("editor");
        int status = Fixtures.as(editor).accept("text/html").redirects().follow(false).get("/search").statusCode();
        Assumptions.assumeTrue(status != 404, "GET /search does not exist yet");
        Path upload = Files.createTempFile("seed-", ".txt");
        Files.writeString(upload, Fixtures.seedText(), StandardCharsets.UTF_8);
        stepNumber = 9;
        try (Browser b = new Browser(base.toString())) {
            browser = b;
            browser.login(editor, Fixtures.PASSWORD);
            String number = editor.replaceAll("\\D", "");
            long articleId = importThroughTheForm("تراجع وتيرة المواجهات " + number, upload);
            step("search", () -> {
                browser.open("/search");
                // an Arabic word of the seed; every test imports the seed, so the title's number singles ours out
                find("input[name=q]").sendKeys("المواجهات " + number, Keys.ENTER);
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("main a[href^='/articles/" + articleId + "']")));
            });
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** The import page, as an editor fills it: title, outlet, language and the article as a .txt file. */
    private long importThroughTheForm(String title, Path upload) {
        find("nav a[href='/articles/new']").click();
        find("#title").sendKeys(title);
        find("#outlet").sendKeys("العرب");
        new Select(find("#language")).selectByValue("ar");
        find("#file").sendKeys(upload.toAbsolutePath().toString());
        if (stepNumber < 9) {
            browser.screenshot(SCREENSHOTS, String.format("%02d-import-form", stepNumber));
        }
        find("form[action='/articles'] button[type=submit]").click();
        browser.wait.until(ExpectedConditions.urlMatches("/articles/\\d+$"));
        return Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/articles/(\\d+).*", "$1"));
    }

    /** The first {@code n} words of a sentence, as they stand in it (punctuation kept). */
    static String firstWords(String sentence, int n) {
        Matcher m = Pattern.compile("^\\s*(\\S+(\\s+\\S+){" + (n - 1) + "})").matcher(sentence);
        assertTrue(m.find(), sentence);
        return m.group(1);
    }
}
