package org.factcheck.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its own chromedriver (STACK.md §5); screenshots go to target/screenshots. */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this(baseUrl, "en");
    }

    /** A browser whose preferred language (Accept-Language) is {@code lang}, e.g. "ar". */
    public Browser(String baseUrl, String lang) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=" + lang);
        options.addArguments("--accept-lang=" + lang);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        // live updates and form answers swap parts of the page while a wait looks at them: look again rather than
        // fail. Chromium reports a node swapped out in the middle of a query either as a stale element or as a plain
        // WebDriverException ("Node with given id does not belong to the document"); a wait that runs out still
        // names the last one.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /**
     * Makes the page as wide and high as a phone or tablet screen (CSS pixels, touch, the page's viewport meta
     * honoured, as on a phone), through the DevTools protocol.
     */
    public void viewport(int width, int height) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", true));
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    /** Back to the desktop window the browser started with. */
    public void desktop() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public void login(String username, String password) {
        open("/login");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    public Path screenshot(String name) {
        return screenshot(SCREENSHOTS, name);
    }

    /** A PNG of the window into {@code dir}, e.g. target/e2e-screenshots (kept as test output). */
    public Path screenshot(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The session cookies of the browser, for fetching what it would download (RestAssured cannot see them). */
    public Map<String, String> cookies() {
        Map<String, String> cookies = new HashMap<>();
        driver.manage().getCookies().forEach(c -> cookies.put(c.getName(), c.getValue()));
        return cookies;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
