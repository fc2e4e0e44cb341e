package dev.gatehouse.e2e.console;

import dev.gatehouse.e2e.GatehouseProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, both at fixed system paths: Selenium
 * Manager is never asked, so nothing downloads a browser or a driver. Each instance has a fresh
 * profile, and screenshots go to {@code tests/target/console-screenshots/}.
 */
final class ConsoleBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(20);

  final ChromeDriver driver;
  private final URI console;
  private final Path profile;

  ConsoleBrowser(URI server) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "The console tests need Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "); .ci/run installs them: apt-get install chromium chromium-driver");
    }
    this.console = server.resolve("/console/");
    this.profile = Files.createTempDirectory("gatehouse-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1440,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(WAIT);
  }

  /** Opens a console page, e.g. {@code ""} (the start) or {@code "#/secrets"}. */
  void open(String hash) {
    driver.get(console + hash);
  }

  WebElement await(By locator) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void awaitText(By locator, String text) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Signs in through the form, as a person would, and waits for the endpoints page. */
  void signIn(String token) {
    open("");
    await(By.id("token")).sendKeys(token);
    driver.findElement(By.id("sign-in")).click();
    await(By.cssSelector("#nav a[aria-current='page']"));
  }

  /** Forgets the token (as closing the tab would) and shows the sign-in page. */
  void reset() {
    open("");
    script("sessionStorage.clear()");
    driver.navigate().refresh();
    await(By.id("token"));
  }

  /** A PNG of the page, as tall as its content (up to 2400 px), in the build output. */
  Path screenshot(String name) {
    long height = (Long) script("return Math.min(2400, document.documentElement.scrollHeight)");
    Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(1440, (int) Math.max(900, height + 120)));
    try {
      Path dir =
          Files.createDirectories(GatehouseProcess.targetDir().resolve("console-screenshots"));
      Path file = dir.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /** Emulates the system's colour scheme ("dark" or "light"), which the console's theme follows. */
  void colourScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
