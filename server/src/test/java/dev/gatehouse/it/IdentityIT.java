package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Identities and tokens over real HTTP on Payara Micro with H2: SCIM users, groups and service
 * principals with nested membership, Me and its org id header, admin rights through the admins
 * group, the token APIs, and the refusals that must take effect at once (revoked, expired,
 * deactivated, deleted). Each test makes its own identities, so the tests run in any order.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {
  private static final String SCIM = "api/2.0/preview/scim/v2/";
  private static final String ADMIN = "it-admin-token";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    File war = new File(System.getProperty("gatehouse.war", "target/gatehouse.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  @ArquillianResource URL base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    String errorCode() {
      return body.path("error_code").asString("");
    }

    String id() {
      return body.path("id").asString();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private Reply call(String token, String method, String path, String json) {
    return call(token, method, path, json, "application/json");
  }

  private String root() {
    return base.toString().endsWith("/") ? base.toString() : base + "/";
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Reply call(String token, String method, String path, String json, String type) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root() + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      request.header("Content-Type", type);
    }
    HttpResponse<String> response = send(request.build());
    String text = response.body();
    JsonNode body = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    return new Reply(response.statusCode(), body, response);
  }

  private Reply admin(String method, String path, String json) {
    return call(ADMIN, method, path, json);
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String createUser(String userName) {
    Reply created =
        admin("POST", SCIM + "Users", "{\"userName\":\"" + userName + "\",\"displayName\":\"U\"}");
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return created.id();
  }

  private String createGroup(String name, String... memberIds) {
    List<String> members = new ArrayList<>();
    for (String id : memberIds) {
      members.add("{\"value\":\"" + id + "\"}");
    }
    Reply created =
        admin(
            "POST",
            SCIM + "Groups",
            "{\"displayName\":\"" + name + "\",\"members\":[" + String.join(",", members) + "]}");
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return created.id();
  }

  private Reply patchMembers(String token, String groupId, String op, String path, String value) {
    String operation =
        "{\"op\":\""
            + op
            + "\",\"path\":"
            + JSON.writeValueAsString(path)
            + (value == null ? "" : ",\"value\":[{\"value\":\"" + value + "\"}]")
            + "}";
    return call(
        token,
        "PATCH",
        SCIM + "Groups/" + groupId,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
            + operation
            + "]}");
  }

  /** A token for a user, made by the admin (a Gatehouse extension of on-behalf-of tokens). */
  private String tokenForUser(String userName) {
    Reply token =
        admin(
            "POST",
            "api/2.0/token-management/on-behalf-of/tokens",
            "{\"user_name\":\"" + userName + "\",\"lifetime_seconds\":600}");
    assertThat(token.status()).as(token.body().toString()).isEqualTo(200);
    return token.body().path("token_value").asString();
  }

  private List<JsonNode> audit(String targetType, String targetName) {
    Reply page =
        admin(
            "GET",
            "api/2.0/audit-events?target_type=" + q(targetType) + "&target_name=" + q(targetName),
            null);
    assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
    List<JsonNode> events = new ArrayList<>();
    page.body().path("events").forEach(events::add);
    return events;
  }

  @Test
  void usersGroupsAndServicePrincipalsWithNestedMembership() {
    Reply alice =
        call(
            ADMIN,
            "POST",
            SCIM + "Users",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName":"alice@example.com","displayName":"Alice",
             "emails":[{"value":"alice@example.com","primary":true}],"externalId":"idp-1"}""",
            "application/scim+json");
    assertThat(alice.status()).as(alice.body().toString()).isEqualTo(201);
    String aliceId = alice.id();
    assertThat(alice.header("Location")).endsWith("/" + SCIM + "Users/" + aliceId);
    assertThat(alice.body().path("schemas").path(0).asString())
        .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:User");
    assertThat(alice.body().path("userName").asString()).isEqualTo("alice@example.com");
    assertThat(alice.body().path("active").asBoolean()).isTrue();
    assertThat(alice.body().path("emails").path(0).path("value").asString())
        .isEqualTo("alice@example.com");
    assertThat(alice.body().path("meta").path("resourceType").asString()).isEqualTo("User");
    assertThat(alice.body().path("meta").path("location").asString())
        .endsWith(SCIM + "Users/" + aliceId);

    Reply duplicate = admin("POST", SCIM + "Users", "{\"userName\":\"ALICE@example.com\"}");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");
    assertThat(duplicate.body().path("schemas").path(0).asString())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(duplicate.body().path("status").asString()).isEqualTo("409");
    assertThat(duplicate.body().path("scimType").asString()).isEqualTo("uniqueness");
    assertThat(duplicate.body().path("detail").asString())
        .isEqualTo(
            "User with userName 'alice@example.com' already exists (names are compared ignoring"
                + " case).");
    assertThat(admin("POST", SCIM + "Users", "{\"userName\":\"alice@example.com\"}").status())
        .isEqualTo(409);

    Reply sp = admin("POST", SCIM + "ServicePrincipals", "{\"displayName\":\"etl-bot\"}");
    assertThat(sp.status()).as(sp.body().toString()).isEqualTo(201);
    String spId = sp.id();
    String applicationId = sp.body().path("applicationId").asString();
    assertThat(applicationId).matches("[0-9a-f-]{36}");

    String data = createGroup("data-team", aliceId);
    String platform = createGroup("platform");
    assertThat(patchMembers(ADMIN, platform, "add", "members", data).status()).isEqualTo(200);
    Reply withSp = patchMembers(ADMIN, platform, "add", "members", spId);
    assertThat(withSp.status()).isEqualTo(200);
    assertThat(withSp.body().path("members").findValuesAsString("value"))
        .containsExactlyInAnyOrder(data, spId);
    assertThat(withSp.body().path("members").findValuesAsString("type"))
        .containsExactlyInAnyOrder("Group", "ServicePrincipal");

    JsonNode groups = admin("GET", SCIM + "Users/" + aliceId, null).body().path("groups");
    assertThat(groups.findValuesAsString("display")).containsExactly("data-team", "platform");
    assertThat(groups.findValuesAsString("type")).containsExactly("direct", "indirect");

    Reply cycle = patchMembers(ADMIN, data, "add", "members", platform);
    assertThat(cycle.status()).isEqualTo(400);
    assertThat(cycle.body().path("detail").asString()).contains("already contains");

    Reply removed =
        patchMembers(ADMIN, platform, "remove", "members[value eq \"" + spId + "\"]", null);
    assertThat(removed.status()).isEqualTo(200);
    assertThat(removed.body().path("members").findValuesAsString("value")).containsExactly(data);

    Reply found =
        admin("GET", SCIM + "Users?filter=" + q("userName eq \"Alice@Example.com\""), null);
    assertThat(found.body().path("schemas").path(0).asString())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    assertThat(found.body().path("totalResults").asInt()).isEqualTo(1);
    assertThat(found.body().path("Resources").path(0).path("id").asString()).isEqualTo(aliceId);
    assertThat(
            admin("GET", SCIM + "Groups?filter=" + q("displayName eq \"platform\""), null)
                .body()
                .path("Resources")
                .path(0)
                .path("id")
                .asString())
        .isEqualTo(platform);
    assertThat(
            admin(
                    "GET",
                    SCIM
                        + "ServicePrincipals?filter="
                        + q("applicationId eq \"" + applicationId + "\""),
                    null)
                .body()
                .path("totalResults")
                .asInt())
        .isEqualTo(1);
    Reply page = admin("GET", SCIM + "Users?startIndex=2&count=1", null);
    assertThat(page.body().path("itemsPerPage").asInt()).isEqualTo(1);
    assertThat(page.body().path("startIndex").asInt()).isEqualTo(2);
    assertThat(page.body().path("totalResults").asInt()).isGreaterThanOrEqualTo(2);
    Reply badFilter = admin("GET", SCIM + "Users?filter=" + q("userName co \"a\""), null);
    assertThat(badFilter.status()).isEqualTo(400);

    Reply missing = admin("GET", SCIM + "Users/999999", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
    assertThat(missing.body().path("status").asString()).isEqualTo("404");

    assertThat(admin("DELETE", SCIM + "Groups/" + data, null).status()).isEqualTo(204);
    assertThat(admin("GET", SCIM + "Groups/" + data, null).status()).isEqualTo(404);
    assertThat(admin("GET", SCIM + "Users/" + aliceId, null).body().path("groups").isEmpty())
        .isTrue();

    assertThat(audit("user", "alice@example.com"))
        .extracting(e -> e.path("action").asString() + " " + e.path("outcome").asString())
        .contains("user.create SUCCESS", "user.create CONFLICT");
    assertThat(audit("group", "platform"))
        .extracting(e -> e.path("action").asString() + " " + e.path("outcome").asString())
        .contains("group.create SUCCESS", "group.members.update SUCCESS");
    assertThat(audit("group", "data-team"))
        .extracting(e -> e.path("action").asString() + " " + e.path("outcome").asString())
        .contains("group.members.update INVALID", "group.delete SUCCESS");
  }

  @Test
  void meReturnsTheCallerWithTheOrgIdHeader() {
    Reply me = admin("GET", SCIM + "Me", null);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.header("X-Databricks-Org-Id")).matches("[0-9]+");
    assertThat(me.body().path("userName").asString()).isEqualTo("admin");
    assertThat(me.body().path("groups").findValuesAsString("display")).contains("admins");

    Reply sp = admin("POST", SCIM + "ServicePrincipals", "{\"applicationId\":\"me-bot\"}");
    assertThat(sp.status()).isEqualTo(201);
    Reply token =
        admin(
            "POST",
            "api/2.0/token-management/on-behalf-of/tokens",
            "{\"application_id\":\"me-bot\",\"comment\":\"me\"}");
    assertThat(token.status()).as(token.body().toString()).isEqualTo(200);
    Reply spMe = call(token.body().path("token_value").asString(), "GET", SCIM + "Me", null);
    assertThat(spMe.status()).isEqualTo(200);
    assertThat(spMe.header("X-Databricks-Org-Id")).isEqualTo(me.header("X-Databricks-Org-Id"));
    assertThat(spMe.body().path("userName").asString()).isEqualTo("me-bot");
    assertThat(spMe.body().path("applicationId").asString()).isEqualTo("me-bot");

    HttpResponse<String> scimJson =
        send(
            HttpRequest.newBuilder(URI.create(root() + SCIM + "Me"))
                .header("Authorization", "Bearer " + ADMIN)
                .header("Accept", "application/scim+json")
                .build());
    assertThat(scimJson.statusCode()).isEqualTo(200);
    assertThat(scimJson.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/scim+json"));

    Reply anonymous = call(null, "GET", SCIM + "Me", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.errorCode()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void adminRightsComeFromTheAdminsGroupDirectlyOrNested() {
    String bobId = createUser("bob@example.com");
    String bob = tokenForUser("bob@example.com");
    String admins =
        admin("GET", SCIM + "Groups?filter=" + q("displayName eq \"admins\""), null)
            .body()
            .path("Resources")
            .path(0)
            .path("id")
            .asString();

    assertThat(call(bob, "GET", SCIM + "Users", null).status()).isEqualTo(200);
    assertThat(call(bob, "GET", "api/2.0/audit-events", null).status()).isEqualTo(403);
    Reply refused = call(bob, "POST", SCIM + "Users", "{\"userName\":\"mallory@example.com\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo("PERMISSION_DENIED");
    assertThat(refused.body().path("status").asString()).isEqualTo("403");
    assertThat(call(bob, "GET", "api/2.0/token-management/tokens", null).status()).isEqualTo(403);
    assertThat(patchMembers(bob, admins, "add", "members", bobId).status()).isEqualTo(403);

    assertThat(patchMembers(ADMIN, admins, "add", "members", bobId).status()).isEqualTo(200);
    assertThat(call(bob, "GET", "api/2.0/audit-events", null).status()).isEqualTo(200);

    String ops = createGroup("ops-admins", bobId);
    assertThat(patchMembers(ADMIN, admins, "add", "members", ops).status()).isEqualTo(200);
    Reply direct =
        patchMembers(ADMIN, admins, "remove", "members[value eq \"" + bobId + "\"]", null);
    assertThat(direct.status()).isEqualTo(200);
    assertThat(call(bob, "GET", "api/2.0/audit-events", null).status()).isEqualTo(200);
    assertThat(
            call(bob, "GET", SCIM + "Me", null).body().path("groups").findValuesAsString("display"))
        .containsExactly("ops-admins", "admins");

    assertThat(
            patchMembers(ADMIN, admins, "remove", "members[value eq \"" + ops + "\"]", null)
                .status())
        .isEqualTo(200);
    assertThat(call(bob, "GET", "api/2.0/audit-events", null).status()).isEqualTo(403);

    Reply deleteAdmins = admin("DELETE", SCIM + "Groups/" + admins, null);
    assertThat(deleteAdmins.status()).isEqualTo(409);
    Reply emptyAdmins = patchMembers(ADMIN, admins, "remove", "members", null);
    assertThat(emptyAdmins.status()).isEqualTo(409);
    assertThat(emptyAdmins.body().path("message").asString()).contains("without an active member");

    assertThat(audit("user", "mallory@example.com"))
        .extracting(e -> e.path("action").asString() + " " + e.path("outcome").asString())
        .containsExactly("user.create DENIED");
    assertThat(audit("group", "admins"))
        .extracting(e -> e.path("action").asString() + " " + e.path("outcome").asString())
        .contains(
            "group.members.update SUCCESS", "group.members.update DENIED", "group.delete CONFLICT");
  }

  @Test
  void tokensAreShownOnceListedRevokedAndExpiredAtOnce() {
    Reply created =
        admin("POST", "api/2.0/token/create", "{\"lifetime_seconds\":600,\"comment\":\"ci\"}");
    assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
    String value = created.body().path("token_value").asString();
    String tokenId = created.body().path("token_info").path("token_id").asString();
    long creation = created.body().path("token_info").path("creation_time").asLong();
    assertThat(value).startsWith("gat_");
    assertThat(created.body().path("token_info").path("expiry_time").asLong())
        .isEqualTo(creation + 600_000);
    assertThat(created.body().path("token_info").path("comment").asString()).isEqualTo("ci");

    assertThat(call(value, "GET", SCIM + "Me", null).status()).isEqualTo(200);
    Reply list = admin("GET", "api/2.0/token/list", null);
    assertThat(list.body().path("token_infos").findValuesAsString("token_id")).contains(tokenId);
    assertThat(list.body().toString()).doesNotContain(value);
    Reply info = admin("GET", "api/2.0/token-management/tokens/" + tokenId, null);
    assertThat(info.body().path("token_info").path("created_by_username").asString())
        .isEqualTo("admin");
    assertThat(info.body().path("token_info").path("last_used_day").asLong())
        .isGreaterThanOrEqualTo(creation);
    assertThat(
            admin("GET", "api/2.0/token-management/tokens?created_by_username=admin", null)
                .body()
                .path("token_infos")
                .findValuesAsString("token_id"))
        .contains(tokenId);

    Reply deleted = admin("POST", "api/2.0/token/delete", "{\"token_id\":\"" + tokenId + "\"}");
    assertThat(deleted.status()).isEqualTo(200);
    Reply revoked = call(value, "GET", SCIM + "Me", null);
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(admin("POST", "api/2.0/token/delete", "{\"token_id\":\"" + tokenId + "\"}").status())
        .isEqualTo(404);

    Reply shortLived = admin("POST", "api/2.0/token/create", "{\"lifetime_seconds\":1}");
    String brief = shortLived.body().path("token_value").asString();
    assertThat(call(brief, "GET", SCIM + "Me", null).status()).isEqualTo(200);
    sleep(1500);
    Reply expired = call(brief, "GET", SCIM + "Me", null);
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.body().path("message").asString()).contains("expired");

    Reply tooLong = admin("POST", "api/2.0/token/create", "{\"lifetime_seconds\":999999999}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body().path("message").asString())
        .contains("gatehouse.tokens.max-lifetime-seconds");
    assertThat(admin("POST", "api/2.0/token/create", "{\"token_value\":\"x\"}").status())
        .isEqualTo(400);

    assertThat(audit("token", tokenId))
        .extracting(e -> e.path("action").asString() + " " + e.path("outcome").asString())
        .containsExactly("token.delete NOT_FOUND", "token.delete SUCCESS", "token.create SUCCESS");
    assertThat(audit("token", tokenId).toString()).doesNotContain(value);
  }

  @Test
  void serviceAndUserTokensSeeOnlyTheirOwn() {
    admin("POST", SCIM + "ServicePrincipals", "{\"applicationId\":\"own-bot\"}");
    Reply obo =
        admin(
            "POST",
            "api/2.0/token-management/on-behalf-of/tokens",
            "{\"application_id\":\"own-bot\",\"lifetime_seconds\":600}");
    String bot = obo.body().path("token_value").asString();
    assertThat(obo.body().path("token_info").path("owner_username").asString())
        .isEqualTo("own-bot");
    assertThat(obo.body().path("token_info").path("created_by_username").asString())
        .isEqualTo("admin");

    Reply own = call(bot, "POST", "api/2.0/token/create", "{\"comment\":\"self\"}");
    assertThat(own.status()).isEqualTo(200);
    List<String> listed =
        call(bot, "GET", "api/2.0/token/list", null)
            .body()
            .path("token_infos")
            .findValuesAsString("token_id");
    assertThat(listed)
        .containsExactlyInAnyOrder(
            obo.body().path("token_info").path("token_id").asString(),
            own.body().path("token_info").path("token_id").asString());

    String adminTokenId =
        admin("GET", "api/2.0/token/list", null)
            .body()
            .path("token_infos")
            .path(0)
            .path("token_id")
            .asString();
    assertThat(
            call(bot, "POST", "api/2.0/token/delete", "{\"token_id\":\"" + adminTokenId + "\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            call(bot, "DELETE", "api/2.0/token-management/tokens/" + adminTokenId, null).status())
        .isEqualTo(403);
    assertThat(
            call(
                    bot,
                    "POST",
                    "api/2.0/token-management/on-behalf-of/tokens",
                    "{\"application_id\":\"own-bot\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            admin(
                    "POST",
                    "api/2.0/token-management/on-behalf-of/tokens",
                    "{\"application_id\":\"no-such-bot\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void deactivatedAndDeletedPrincipalsAreRefusedAtOnce() {
    String carolId = createUser("carol@example.com");
    String carol = tokenForUser("carol@example.com");
    assertThat(call(carol, "GET", SCIM + "Me", null).status()).isEqualTo(200);

    String deactivate =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}";
    Reply patched = admin("PATCH", SCIM + "Users/" + carolId, deactivate);
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.body().path("active").asBoolean()).isFalse();
    Reply refused = call(carol, "GET", SCIM + "Me", null);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body().path("message").asString()).contains("deactivated");

    Reply reactivated =
        admin(
            "PUT",
            SCIM + "Users/" + carolId,
            "{\"userName\":\"carol@example.com\",\"active\":true}");
    assertThat(reactivated.status()).isEqualTo(200);
    assertThat(call(carol, "GET", SCIM + "Me", null).status()).isEqualTo(200);

    assertThat(admin("DELETE", SCIM + "Users/" + carolId, null).status()).isEqualTo(204);
    assertThat(call(carol, "GET", SCIM + "Me", null).status()).isEqualTo(401);
    assertThat(admin("GET", SCIM + "Users/" + carolId, null).status()).isEqualTo(404);
    assertThat(
            admin("GET", "api/2.0/token-management/tokens?created_by_username=admin", null)
                .body()
                .path("token_infos")
                .findValuesAsString("owner_username"))
        .doesNotContain("carol@example.com");

    assertThat(audit("user", "carol@example.com"))
        .extracting(e -> e.path("action").asString())
        .containsExactly("user.delete", "user.update", "user.update", "user.create");
    assertThat(audit("user", "carol@example.com").get(0).path("after").path("revoked_token_ids"))
        .hasSize(1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
