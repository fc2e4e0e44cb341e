package dev.gatehouse.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.e2e.Api;
import dev.gatehouse.e2e.FakeOpenAiProvider;
import dev.gatehouse.e2e.GatehouseProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus of the reliability suite (issue 7): well over 300 malformed, mistyped,
 * oversized, hostile or misdirected requests across every route of the API and the invocation
 * routes, against the packaged server. Each must get a 4xx in the error shape, with no stack trace,
 * no class name and no secret; afterwards the stored data must be exactly as before, the server
 * ready, and a normal call answered.
 *
 * <p>The families ({@link BadInputFamilies}) are generated from the routes of the authorization
 * matrix; the special cases ({@link BadInputSpecials}) are listed. Every case runs, and the test
 * then fails listing every broken one with its request, status and body. The counts are printed and
 * written to {@code tests/target/reliability/bad-input-report.json}.
 */
class BadInputCorpusIT {
  private static final String ADMIN_TOKEN = "bi-admin-" + UUID.randomUUID();
  private static final String CANARY = "bi-canary-" + UUID.randomUUID();
  private static final List<String> ENDPOINTS = List.of("bi-chat", "bi-complete", "bi-embed");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void everyBadInputGetsAFourHundredInTheErrorShapeAndChangesNothing(@TempDir Path dataDir)
      throws Exception {
    try (FakeOpenAiProvider provider = new FakeOpenAiProvider("badinput");
        GatehouseProcess server =
            GatehouseProcess.start(
                "BadInputCorpusIT", dataDir, Map.of("GATEHOUSE_ADMIN_TOKEN", ADMIN_TOKEN))) {
      Api admin = Api.withToken(server.baseUri(), ADMIN_TOKEN);
      Map<String, String> fixtures = BadInputFixtures.seed(admin, provider.base(), CANARY);
      List<String> ids =
          ENDPOINTS.stream().map(name -> admin.endpoint(name).path("id").asString()).toList();
      BadInputState before = BadInputState.read(admin, ENDPOINTS, ids, fixtures.get("scope"));

      BadInputFamilies families = new BadInputFamilies(fixtures);
      List<BadInputCase> corpus = new ArrayList<>(families.all());
      corpus.addAll(new BadInputSpecials(families::resolve).all());
      BadInputChecks checks = new BadInputChecks(List.of(CANARY, ADMIN_TOKEN));
      BadInputReport report = new BadInputReport();

      long started = System.nanoTime();
      for (BadInputCase c : corpus) {
        run(server.baseUri(), c, checks, report);
      }
      long millis = (System.nanoTime() - started) / 1_000_000;

      BadInputState after = BadInputState.read(admin, ENDPOINTS, ids, fixtures.get("scope"));
      after.differencesFrom(before).forEach(report::fail);
      healthy(admin, server.baseUri(), report);

      String summary = report.summary(millis);
      System.out.println(summary);
      report.write(
          GatehouseProcess.targetDir().resolve("reliability").resolve("bad-input-report.json"),
          millis);
      assertThat(corpus).as("cases in the corpus").hasSizeGreaterThanOrEqualTo(300);
      assertThat(report.failures())
          .as(
              "%d of %d bad inputs broke the contract (%s):%n%s",
              report.failures().size(),
              corpus.size(),
              summary,
              String.join("\n", report.failures()))
          .isEmpty();
    }
  }

  private static void run(URI base, BadInputCase c, BadInputChecks checks, BadInputReport report) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + c.path()))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .header("Accept", "*/*")
            .method(
                c.method(),
                c.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(c.body()));
    if (c.contentType() != null) {
      request.header("Content-Type", c.contentType());
    }
    HttpResponse<byte[]> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      report.count(c, "no answer", 0);
      report.fail(describe(c) + "\n  no answer: " + e);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    boolean container = c.containerMayRefuse() && BadInputChecks.containerRefusal(response);
    report.count(
        c,
        container ? "400 (container)" : Integer.toString(response.statusCode()),
        response.statusCode());
    List<String> problems = checks.problems(c, response);
    if (!problems.isEmpty()) {
      String body = new String(response.body(), StandardCharsets.UTF_8);
      report.fail(
          describe(c)
              + "\n  got "
              + response.statusCode()
              + " "
              + (body.length() > 400 ? body.substring(0, 400) + "…" : body)
              + "\n  "
              + String.join("; ", problems));
    }
  }

  private static String describe(BadInputCase c) {
    return "[" + c.family() + "] " + c.name() + ": " + c.request();
  }

  /** After the corpus: ready, and a normal call still answered by the provider. */
  private static void healthy(Api admin, URI base, BadInputReport report) {
    Api.Response ready = Api.anonymous(base).get("/health/ready");
    if (ready.status() != 200 || !ready.body().contains("\"UP\"")) {
      report.fail("/health/ready after the corpus: " + ready.status() + " " + ready.body());
    }
    Api.Response call =
        admin.post(
            "/serving-endpoints/bi-chat/invocations",
            "{\"messages\": [{\"role\": \"user\", \"content\": \"still there?\"}]}");
    if (call.status() != 200 || !call.body().contains("hello from badinput")) {
      report.fail("a normal call after the corpus: " + call.status() + " " + call.body());
    }
  }
}
