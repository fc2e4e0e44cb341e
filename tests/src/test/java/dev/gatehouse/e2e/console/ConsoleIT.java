package dev.gatehouse.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gatehouse.e2e.Api;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The web console in headless Chromium against the packaged server: sign-in, the endpoints list,
 * cancelling an update held in progress by the provider probe, usage charts, what a viewer is not
 * offered, secrets and audit. Screenshots of each page go to tests/target/console-screenshots/.
 */
class ConsoleIT {
  @TempDir static Path dataDir;
  static ConsoleWorld world;
  static Api admin;
  static ConsoleBrowser browser;

  @BeforeAll
  static void start() throws IOException {
    world = new ConsoleWorld(dataDir);
    admin = world.admin;
    browser = new ConsoleBrowser(world.server.baseUri());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (world != null) {
      world.close();
    }
  }

  @BeforeEach
  void signedOut() {
    browser.reset();
  }

  @Test
  void anUnauthenticatedVisitorSeesOnlyTheSignInPageAndAWrongTokenGetsTheServerMessage() {
    browser.open("#/audit");
    assertThat(browser.await(By.id("signin-title")).getText()).isEqualTo("Sign in to Gatehouse");
    assertThat(browser.driver.findElement(By.id("nav")).isDisplayed()).isFalse();
    assertThat(browser.all(By.cssSelector("table"))).isEmpty();
    browser.screenshot("01-sign-in");

    browser.await(By.id("token")).sendKeys("gat_not-a-token");
    browser.driver.findElement(By.id("sign-in")).click();
    browser.awaitText(By.cssSelector(".signin .error"), "UNAUTHENTICATED");
    assertThat(browser.driver.findElement(By.cssSelector(".signin .error")).getText())
        .contains("Invalid access token");
    assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);

    // The page needs no token and may talk to this origin alone; the API still refuses strangers.
    Api anonymous = Api.anonymous(world.server.baseUri());
    Api.Response page = anonymous.getAnyType("/console/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'");
    assertThat(anonymous.getAnyType("/webjars/uplot/1.6.30/dist/uPlot.esm.js").status())
        .isEqualTo(200);
    anonymous.get("/api/2.0/serving-endpoints").error(401, "UNAUTHENTICATED");
    assertThat(anonymous.getAnyType("/console/js/nope.js").status()).isEqualTo(404);
  }

  @Test
  void anAdminSeesANewEndpointCancelsItsUpdateAndSeesItsUsage() {
    browser.signIn(world.adminToken);
    browser.awaitText(By.id("main"), "Serving endpoints");
    String id = world.readyEndpoint("console-chat");
    for (int i = 0; i < 3; i++) {
      world.call("console-chat").ok();
    }
    world.awaitUsageCalls("console-chat", 3);

    browser.driver.navigate().refresh(); // the token survives a reload of the tab
    WebElement row = browser.await(By.cssSelector("tr[data-endpoint='console-chat']"));
    assertThat(row.getText())
        .contains("llm/v1/chat", "custom / local-model", "ready", "team=ml", "admin");
    browser.awaitText(By.cssSelector("tr[data-endpoint='console-chat'] td.num"), "3");
    assertThat(row.findElement(By.cssSelector(".badge")).getAttribute("data-state"))
        .isEqualTo("NOT_UPDATING");

    world.holdUpdate("console-chat", "held-admin");
    browser.driver.navigate().refresh();
    browser.awaitText(By.cssSelector("tr[data-endpoint='console-chat'] .badge"), "updating");
    browser.screenshot("02-endpoints");

    row = browser.await(By.cssSelector("tr[data-endpoint='console-chat']"));
    row.findElement(By.linkText("console-chat")).click();
    WebElement diff = browser.await(By.id("config-diff"));
    assertThat(diff.findElements(By.cssSelector("tr.changed")).stream().map(WebElement::getText))
        .anySatisfy(
            text ->
                assertThat(text)
                    .contains("custom_provider_url", world.provider.base(), world.held.base()));
    assertThat(browser.driver.findElement(By.id("sec-update")).getText())
        .isEqualTo("Update to version 2 in progress");
    browser.await(By.id("permissions"));
    assertThat(browser.driver.findElement(By.id("permissions")).getText())
        .contains("admin", "CAN_MANAGE", "admins", "inherited");
    browser.screenshot("03-endpoint-pending-update");

    browser.await(By.id("cancel-update")).click();
    browser.await(By.cssSelector("dialog.confirm button.danger")).click();
    browser.awaitText(By.id("state-code"), "UPDATE_CANCELED");
    browser.awaitText(By.id("update-message"), "Update to config version 2 was canceled by admin");
    assertThat(browser.all(By.id("cancel-update"))).isEmpty();
    JsonNode endpoint = admin.endpoint("console-chat");
    assertThat(endpoint.at("/state/config_update").asString()).isEqualTo("UPDATE_CANCELED");
    assertThat(endpoint.at("/config/config_version").asInt()).isEqualTo(1);
    assertThat(world.call("console-chat").ok().at("/choices/0/message/content").asString())
        .isEqualTo("hello from console");
    world.held.release("held-admin");
    world.awaitUsageCalls("console-chat", 4);

    browser.driver.findElement(By.id("tag-key")).sendKeys("env");
    browser.driver.findElement(By.id("tag-value")).sendKeys("prod");
    browser.driver.findElement(By.id("tag-add")).click();
    browser.awaitText(By.id("tags"), "env=prod");
    assertThat(admin.endpoint("console-chat").path("tags").toString())
        .contains("\"env\"", "\"prod\"");

    // Per-day charts are in the usage API today; per minute and hour arrive with its extension.
    new Select(browser.await(By.id("usage-range"))).selectByValue("day");
    WebElement calls = browser.await(By.cssSelector("#chart-calls canvas"));
    assertThat(calls.getSize().getWidth()).isGreaterThan(200);
    assertThat(browser.driver.findElement(By.id("chart-calls")).getAttribute("data-total"))
        .isEqualTo("4");
    assertThat(browser.driver.findElement(By.id("usage-totals")).getText())
        .startsWith("4 calls (0 failed");
    assertThat(browser.await(By.id("top-principals")).getText()).contains("admin");
    browser.script("document.getElementById('sec-usage').scrollIntoView()");
    browser.screenshot("04-endpoint-usage");
    browser.colourScheme("dark");
    browser.driver.findElement(By.id("usage-refresh")).click();
    browser.await(By.cssSelector("#chart-calls canvas"));
    assertThat(browser.script("return getComputedStyle(document.body).backgroundColor"))
        .isEqualTo("rgb(15, 19, 23)");
    browser.screenshot("08-endpoint-dark");
    browser.colourScheme("light");
    assertThat(id).hasSize(32);
  }

  @Test
  void aViewerSeesTheUpdateButNoCancelButtonNorTagEditingNorAudit() {
    String id = world.readyEndpoint("console-viewed");
    assertThat(
            admin
                .post("/api/2.0/preview/scim/v2/Users", "{\"userName\":\"viewer@example.com\"}")
                .status())
        .isEqualTo(201);
    String token =
        admin
            .post(
                "/api/2.0/token-management/on-behalf-of/tokens",
                "{\"user_name\":\"viewer@example.com\",\"comment\":\"console test\"}")
            .ok()
            .path("token_value")
            .asString();
    admin
        .patch(
            "/api/2.0/permissions/serving-endpoints/" + id,
            "{\"access_control_list\":[{\"user_name\":\"viewer@example.com\",\"permission_level\":\"CAN_VIEW\"}]}")
        .ok();
    world.holdUpdate("console-viewed", "held-viewer");
    try {
      browser.signIn(token);
      assertThat(browser.driver.findElement(By.id("nav-audit")).isDisplayed()).isFalse();
      WebElement row = browser.await(By.cssSelector("tr[data-endpoint='console-viewed']"));
      assertThat(row.findElements(By.cssSelector("td.num")).get(0).getText()).isEqualTo("—");
      row.findElement(By.linkText("console-viewed")).click();
      browser.await(By.id("config-diff"));
      assertThat(browser.driver.findElement(By.id("my-level")).getText()).isEqualTo("CAN_VIEW");
      assertThat(browser.all(By.id("cancel-update"))).isEmpty();
      assertThat(browser.all(By.id("tag-add"))).isEmpty();
      assertThat(browser.all(By.id("sec-usage"))).isEmpty();
      assertThat(
              browser
                  .driver
                  .findElement(By.id("sec-permissions"))
                  .findElement(By.xpath(".."))
                  .getText())
          .contains("shown to managers only");
    } finally {
      world.held.release("held-viewer");
    }
  }

  @Test
  void secretsShowKeysAndAclsButNoValueAndTheAuditPageListsChanges() {
    admin.putSecret("console-scope", "openai-key", "sk-console-never-shown");
    browser.signIn(world.adminToken);
    browser.open("#/secrets");
    browser.await(By.xpath("//ul[@id='scopes']//button[text()='console-scope']")).click();
    browser.awaitText(By.id("secret-keys"), "openai-key");
    assertThat(browser.await(By.id("secret-acls")).getText()).contains("admin", "MANAGE");
    assertThat(browser.driver.getPageSource()).doesNotContain("sk-console-never-shown");

    // An empty principal: the server's message appears next to the form that sent it.
    browser.driver.findElement(By.id("acl-put")).click();
    browser.awaitText(By.cssSelector("#sec-scope ~ div .error"), "INVALID_PARAMETER_VALUE");
    browser.screenshot("05-secrets");

    browser.open("#/audit");
    browser.awaitText(By.id("audit"), "secret.put");
    browser.driver.findElement(By.id("au-type")).sendKeys("secret-scope");
    browser.driver.findElement(By.id("audit-search")).click();
    browser.awaitText(By.id("audit"), "secret-scope.create");
    assertThat(browser.driver.findElement(By.id("audit")).getText()).doesNotContain("secret.put");
    browser.screenshot("06-audit");

    browser.driver.findElement(By.id("sign-out")).click();
    browser.await(By.id("token"));
    assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);
  }

  /**
   * Needs the usage API's per-minute groups, latency percentiles and the config-versions route
   * (branch consoleapi); skipped, saying so, on a server without them.
   */
  @Test
  void perMinuteChartsLatencyAndVersionHistory() {
    world.readyEndpoint("console-ext");
    admin
        .put(
            "/api/2.0/serving-endpoints/console-ext/config",
            ConsoleWorld.config(world.provider.base(), "k2"))
        .ok();
    admin.awaitNotUpdating("console-ext");
    admin
        .put(
            "/api/2.0/serving-endpoints/console-ext/ai-gateway",
            "{\"rate_limits\":[{\"calls\":2,\"renewal_period\":\"minute\"}]}")
        .ok();
    for (int i = 0; i < 2; i++) {
      world.call("console-ext").ok();
    }
    assertThat(world.call("console-ext").status()).isEqualTo(429);
    world.awaitUsageCalls("console-ext", 3);
    assumeTrue(
        admin.get("/api/2.0/serving-endpoints/console-ext/usage?group_by=minute").status() == 200
            && admin.get("/api/2.0/serving-endpoints/console-ext/config-versions").status() == 200,
        "this server has no per-minute usage or config-versions route (merge branch consoleapi)");

    browser.signIn(world.adminToken);
    browser.open("#/endpoints/console-ext");
    browser.await(By.cssSelector("#chart-calls canvas"));
    assertThat(
            new Select(browser.driver.findElement(By.id("usage-range")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("minute");
    assertThat(browser.driver.findElement(By.id("chart-calls")).getAttribute("data-total"))
        .isEqualTo("3");
    assertThat(browser.driver.findElement(By.id("usage-totals")).getText())
        .startsWith("3 calls (1 failed, 1 refused with 429)");
    assertThat(browser.driver.findElement(By.id("rate-limits")).getText())
        .contains("endpoint", "2", "unlimited");
    assertThat(browser.driver.findElement(By.id("latency")).getText())
        .contains("p50", "p90", "p99", "ms");

    browser.await(By.cssSelector("#history tr[data-version='2']"));
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("#history tr[data-version='2']"))
                .getAttribute("data-status"))
        .isEqualTo("SERVING");
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("#history tr[data-version='1']"))
                .getAttribute("data-status"))
        .isEqualTo("RETIRED");
    browser.script("document.getElementById('sec-usage').scrollIntoView()");
    browser.screenshot("07-usage-per-minute");
  }
}
