package gapwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gapwatch.claims.Relation;
import gapwatch.store.AuditEntry;
import gapwatch.store.AuditLog;
import gapwatch.store.ClaimFixtures;
import gapwatch.store.Database;
import gapwatch.store.ReviewStatus;
import gapwatch.store.ReviewStore;
import gapwatch.store.ReviewedClaim;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A curator reviews claims with the keyboard in a real headless Chromium (Debian's chromium and
 * chromium-driver, installed by .ci/run), then the database and the audit log are checked.
 * Screenshots go to target/screenshots/.
 */
class BrowserReviewTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;
  private Database db;
  private ReviewServer server;
  private WebDriver browser;
  private final List<Long> ids = new ArrayList<>();

  @BeforeEach
  void start() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    db = Database.open(dir.resolve("g.db"));
    ClaimFixtures fixtures = new ClaimFixtures(db);
    for (int i = 0; i < 6; i++) {
      ids.add(fixtures.simple("https://news.example/" + i, "2024-09-1" + i, 0.9));
    }
    String s = "SMIC trails TSMC by about three years in advanced logic chips, analysts said.";
    String text = "Chip makers met in Taipei.\n\n" + s + " Others disagree.";
    ids.add(
        fixtures
            .article(
                "https://news.example/chips",
                "SMIC and TSMC",
                "2024-09-25",
                text,
                List.of(
                    ClaimFixtures.claim(
                        text,
                        s,
                        "SMIC",
                        Relation.BEHIND,
                        "TSMC",
                        36.0,
                        36.0,
                        "logic chips",
                        null,
                        0.8)))
            .get(0));
    server = ReviewServer.start(ReviewSettings.loopback(0), db, Clock.systemUTC());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--user-data-dir=" + dir.resolve("chromium-profile"));
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private void press(CharSequence keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  private void waitForClaim(long id) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBe(By.id("claim-id"), String.valueOf(id)));
  }

  private void screenshot(String name) throws IOException {
    Path out = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(out.getParent());
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aCuratorReviewsSeveralClaimsByKeyboardAndEveryDecisionIsStoredAndAudited()
      throws IOException {
    browser.get(server.url().toString());
    waitForClaim(ids.get(0));
    browser.findElement(By.id("curator")).sendKeys("Ann Curator" + Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Ann Curator"));
    screenshot("queue");
    long started = System.nanoTime();

    press("a");
    waitForClaim(ids.get(1));
    press("r");
    press("says nothing about a gap" + Keys.ENTER);
    waitForClaim(ids.get(2));
    press("e");
    var domain = browser.findElement(By.cssSelector("#edit-form input[name=domain]"));
    domain.clear();
    domain.sendKeys("large language models");
    screenshot("edit");
    domain.sendKeys(Keys.ENTER);
    waitForClaim(ids.get(3));
    press("d");
    press(ids.get(0) + "" + Keys.ENTER);
    waitForClaim(ids.get(4));
    press("u");
    waitForClaim(ids.get(3));
    assertEquals("pending", browser.findElement(By.id("status")).getText());
    press("j");
    waitForClaim(ids.get(4));
    press("k");
    waitForClaim(ids.get(3));
    press("a");
    waitForClaim(ids.get(4));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "browser review: 6 decisions (incl. 1 undo) and 2 moves in %.2f s: %.0f decisions/min"
            + " (machine-driven)%n",
        seconds, 6 * 60 / seconds);

    press("?");
    assertTrue(browser.findElement(By.id("help")).isDisplayed());
    screenshot("help");
    press(Keys.ESCAPE);
    assertFalse(browser.findElement(By.id("help")).isDisplayed());
    browser.get(server.url().resolve("/dashboard").toString());
    screenshot("dashboard");

    ReviewStore store = new ReviewStore(db);
    ReviewedClaim c0 = store.get(ids.get(0)).orElseThrow();
    assertEquals(ReviewStatus.ACCEPTED, c0.review().status());
    assertEquals("Ann Curator", c0.review().curator());
    ReviewedClaim c1 = store.get(ids.get(1)).orElseThrow();
    assertEquals(ReviewStatus.REJECTED, c1.review().status());
    assertEquals("says nothing about a gap", c1.review().reason());
    ReviewedClaim c2 = store.get(ids.get(2)).orElseThrow();
    assertEquals(ReviewStatus.ACCEPTED, c2.review().status());
    assertEquals("large language models", c2.effective().claim().domain());
    assertEquals("AI", c2.extracted().claim().domain(), "the extracted value is kept");
    ReviewedClaim c3 = store.get(ids.get(3)).orElseThrow();
    assertEquals(ReviewStatus.ACCEPTED, c3.review().status());
    assertEquals(3, c3.review().version(), "duplicate, undo, accept");
    assertEquals(ReviewStatus.PENDING, store.get(ids.get(4)).orElseThrow().review().status());

    List<AuditEntry> audit = new AuditLog(db).all();
    assertEquals(
        List.of("accept", "reject", "edit", "duplicate", "undo", "accept"),
        audit.stream().map(AuditEntry::action).toList());
    assertTrue(audit.stream().allMatch(e -> e.actor().equals("Ann Curator")));
    assertTrue(audit.stream().allMatch(e -> e.outcome().equals("ok")));
    assertTrue(audit.get(2).before().contains("\"domain\":\"AI\""), audit.get(2).before());
    assertTrue(
        audit.get(2).after().contains("\"domain\":\"large language models\""),
        audit.get(2).after());
  }
}
