package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatehouse.terraform.client.EndpointState;
import dev.gatehouse.terraform.client.EndpointUpdateException;
import dev.gatehouse.terraform.client.EndpointWaitTimeoutException;
import dev.gatehouse.terraform.client.EndpointsApi;
import dev.gatehouse.terraform.client.EndpointsApi.Tag;
import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.client.GatehouseClient;
import dev.gatehouse.terraform.client.GatehouseUnreachableException;
import dev.gatehouse.terraform.client.IdentitiesApi;
import dev.gatehouse.terraform.client.IdentitiesApi.Group;
import dev.gatehouse.terraform.client.IdentitiesApi.Member;
import dev.gatehouse.terraform.client.IdentitiesApi.ServicePrincipal;
import dev.gatehouse.terraform.client.PermissionsApi;
import dev.gatehouse.terraform.client.PermissionsApi.AccessControl;
import dev.gatehouse.terraform.client.PermissionsApi.AccessControlEntry;
import dev.gatehouse.terraform.client.PermissionsApi.PermissionLevel;
import dev.gatehouse.terraform.client.PermissionsApi.Permissions;
import dev.gatehouse.terraform.client.SecretsApi;
import dev.gatehouse.terraform.client.SecretsApi.Acl;
import dev.gatehouse.terraform.client.SecretsApi.SecretMetadata;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Terraform provider's REST client against a real Gatehouse. The provider probe is on and every
 * endpoint's provider is {@link HeldProbeProvider}, so a test decides whether an update becomes
 * ready, fails on a refused key, or stays IN_PROGRESS until released.
 */
class GatehouseClientIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir static Path dataDir;
  static GatehouseProcess server;
  static HeldProbeProvider provider;
  static GatehouseClient client;

  @BeforeAll
  static void start() throws IOException {
    provider = new HeldProbeProvider();
    server =
        GatehouseProcess.start(
            "GatehouseClientIT", dataDir, Map.of("GATEHOUSE_INVOCATIONS_PROBE_ON_UPDATE", "true"));
    client = new GatehouseClient(server.baseUri(), server.generatedAdminToken());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    if (provider != null) {
      provider.close();
    }
  }

  /** A config whose provider probe sends {@code key} to the fake provider. */
  private static ObjectNode config(String key) {
    return (ObjectNode)
        Api.json(
            """
            {"served_entities": [{"external_model": {"name": "local-model", "provider": "custom",
              "task": "llm/v1/chat", "custom_provider_config": {"custom_provider_url": "%s",
              "bearer_token_auth": {"token_plaintext": "%s"}}}}]}"""
                .formatted(provider.base(), key));
  }

  private static ObjectNode createBody(String name, String key) {
    ObjectNode body = (ObjectNode) Api.json("{\"name\": \"" + name + "\"}");
    body.set("config", config(key));
    return body;
  }

  private static ObjectNode json(String literal) {
    return (ObjectNode) Api.json(literal);
  }

  private static EndpointsApi endpoints() {
    return client.endpoints();
  }

  private static JsonNode createReady(String name) {
    endpoints().create(createBody(name, HeldProbeProvider.GOOD_KEY));
    return endpoints().waitUntilNotUpdating(name, WAIT, line -> {});
  }

  private static GatehouseApiException apiError(Runnable call) {
    return catchThrowableOfType(GatehouseApiException.class, call::run);
  }

  // ---------------------------------------------------------------------------------------------
  // Endpoints

  @Test
  void endpointCrudTagsGatewayAndRateLimits() {
    String name = "client-crud";
    provider.hold("held-crud");
    ObjectNode body = createBody(name, "held-crud");
    body.set("tags", Api.json("[{\"key\": \"team\", \"value\": \"ml\"}]"));
    JsonNode created = endpoints().create(body);
    EndpointState createdState = EndpointState.of(created);
    assertThat(createdState.inProgress()).as("held probe: %s", created).isTrue();
    assertThat(createdState.pendingConfigVersion()).isEqualTo(1L);

    // The wait sees IN_PROGRESS first, reports it, and returns once the probe is let through.
    List<String> progress = new CopyOnWriteArrayList<>();
    CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS)
        .execute(() -> provider.release("held-crud"));
    JsonNode ready = endpoints().waitUntilNotUpdating(name, WAIT, progress::add);
    EndpointState readyState = EndpointState.of(ready);
    assertThat(readyState.ready()).isEqualTo("READY");
    assertThat(readyState.configUpdate()).isEqualTo(EndpointState.NOT_UPDATING);
    assertThat(readyState.servingConfigVersion()).isEqualTo(1L);
    assertThat(readyState.pendingConfigVersion()).isNull();
    assertThat(progress).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.contains(" elapsed"));
    assertThat(progress.get(0))
        .contains("'client-crud'")
        .contains("IN_PROGRESS")
        .contains("pending config version 1");
    assertThat(progress.get(progress.size() - 1))
        .contains("NOT_UPDATING")
        .contains("serving config version 1");

    assertThat(endpoints().get(name))
        .hasValueSatisfying(
            e -> assertThat(e.path("id").asString()).isEqualTo(created.path("id").asString()));
    assertThat(endpoints().list()).anyMatch(e -> e.path("name").asString().equals(name));

    List<Tag> tags =
        endpoints()
            .patchTags(
                name, List.of(new Tag("env", "prod"), new Tag("flag", null)), List.of("team"));
    assertThat(tags).containsExactly(new Tag("env", "prod"), new Tag("flag", null));
    assertThat(EndpointsApi.tags(endpoints().get(name).orElseThrow())).isEqualTo(tags);

    JsonNode gateway =
        endpoints()
            .putAiGateway(
                name,
                json("{\"rate_limits\": [{\"calls\": 100, \"renewal_period\": \"minute\"}]}"));
    assertThat(gateway.at("/rate_limits/0/key").asString()).isEqualTo("endpoint");
    assertThat(endpoints().get(name).orElseThrow().at("/ai_gateway/rate_limits/0/calls").asInt())
        .isEqualTo(100);
    endpoints().putAiGateway(name, json("{}"));
    assertThat(endpoints().get(name).orElseThrow().has("ai_gateway")).isFalse();

    JsonNode limits =
        endpoints()
            .putRateLimits(
                name,
                json(
                    "{\"rate_limits\": [{\"calls\": 10, \"key\": \"user\", \"renewal_period\": \"minute\"},"
                        + " {\"calls\": 100, \"renewal_period\": \"minute\"}]}"));
    assertThat(limits.at("/rate_limits/0/key").asString()).isEqualTo("user");
    assertThat(limits.at("/rate_limits/1/key").asString()).isEqualTo("endpoint");

    JsonNode updating = endpoints().updateConfig(name, config(HeldProbeProvider.GOOD_KEY));
    assertThat(EndpointState.of(updating).pendingConfigVersion()).isEqualTo(2L);
    assertThat(
            EndpointState.of(endpoints().waitUntilNotUpdating(name, WAIT, l -> {}))
                .servingConfigVersion())
        .isEqualTo(2L);

    endpoints().delete(name);
    assertThat(endpoints().get(name)).isEmpty();
    GatehouseApiException again = apiError(() -> endpoints().delete(name));
    assertThat(again.notFound()).isTrue();
    assertThat(again.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
    assertThat(again.getMessage()).isEqualTo("Serving endpoint with name 'client-crud' not found.");
  }

  @Test
  void badRequestsCarryTheServerMessageVerbatim() {
    GatehouseApiException unknownField =
        apiError(() -> endpoints().create(json("{\"name\": \"x\", \"budget_policy_id\": \"b\"}")));
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    assertThat(unknownField.getMessage())
        .startsWith(
            "Invalid request body: $.budget_policy_id: is not a known field; allowed fields:");

    // An invalid name is the caller's error, not a missing endpoint: no Optional.empty.
    assertThat(apiError(() -> endpoints().get("a.b")).status()).isEqualTo(400);

    endpoints().create(json("{\"name\": \"client-dup\"}"));
    GatehouseApiException duplicate =
        apiError(() -> endpoints().create(json("{\"name\": \"client-dup\"}")));
    assertThat(duplicate.alreadyExists()).isTrue();
    assertThat(duplicate.resourceConflict()).isFalse();
    assertThat(duplicate.getMessage())
        .isEqualTo("Serving endpoint with name 'client-dup' already exists; choose another name.");
    endpoints().delete("client-dup");
  }

  @Test
  void aServerThatDoesNotAnswerIsUnreachableNotAnApiError() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    GatehouseClient nowhere = new GatehouseClient(URI.create("http://127.0.0.1:" + port), "t");
    assertThatThrownBy(() -> nowhere.endpoints().list())
        .isInstanceOf(GatehouseUnreachableException.class)
        .hasMessageContaining("Cannot reach Gatehouse at http://127.0.0.1:" + port);
  }

  @Test
  void aFailedUpdateSurfacesTheServerReason() {
    String name = "client-failing";
    createReady(name);

    endpoints().updateConfig(name, config("wrong-key"));
    EndpointUpdateException failed =
        catchThrowableOfType(
            EndpointUpdateException.class,
            () -> endpoints().waitUntilNotUpdating(name, WAIT, l -> {}));
    assertThat(failed.canceled()).isFalse();
    assertThat(failed.endpointName()).isEqualTo(name);
    assertThat(failed.state().configUpdate()).isEqualTo(EndpointState.UPDATE_FAILED);
    assertThat(failed.reason())
        .startsWith("Update to config version 2 failed:")
        .contains("refused the credentials (HTTP 401)")
        .doesNotContain("wrong-key");
    assertThat(failed.getMessage())
        .isEqualTo("Serving endpoint 'client-failing' ended UPDATE_FAILED: " + failed.reason());
    assertThat(failed.state().servingConfigVersion()).as("the old config serves").isEqualTo(1L);

    // After a failure a new update is accepted.
    endpoints().updateConfig(name, config(HeldProbeProvider.GOOD_KEY));
    assertThat(
            EndpointState.of(endpoints().waitUntilNotUpdating(name, WAIT, l -> {}))
                .servingConfigVersion())
        .isEqualTo(3L);
    endpoints().delete(name);
  }

  @Test
  void anUpdateDuringAnUpdateIsAConflictThatCancelingEnds() {
    String name = "client-busy";
    createReady(name);
    provider.hold("held-busy");
    try {
      endpoints().updateConfig(name, config("held-busy"));

      GatehouseApiException conflict =
          apiError(() -> endpoints().updateConfig(name, config(HeldProbeProvider.GOOD_KEY)));
      assertThat(conflict.resourceConflict()).isTrue();
      assertThat(conflict.alreadyExists()).isFalse();
      assertThat(conflict.getMessage())
          .startsWith("Serving endpoint 'client-busy' is currently updating to config version 2;");

      List<String> progress = new CopyOnWriteArrayList<>();
      EndpointWaitTimeoutException timeout =
          catchThrowableOfType(
              EndpointWaitTimeoutException.class,
              () -> endpoints().waitUntilNotUpdating(name, Duration.ofSeconds(2), progress::add));
      assertThat(timeout.state().inProgress()).isTrue();
      assertThat(timeout.state().pendingConfigVersion()).isEqualTo(2L);
      assertThat(timeout.getMessage())
          .startsWith(
              "Serving endpoint 'client-busy' was still IN_PROGRESS (pending config version 2) after ");
      assertThat(progress).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.contains("IN_PROGRESS"));

      JsonNode canceled = endpoints().cancelUpdate(name);
      assertThat(EndpointState.of(canceled).configUpdate())
          .isEqualTo(EndpointState.UPDATE_CANCELED);
      EndpointUpdateException ended =
          catchThrowableOfType(
              EndpointUpdateException.class,
              () -> endpoints().waitUntilNotUpdating(name, WAIT, l -> {}));
      assertThat(ended.canceled()).isTrue();
      assertThat(ended.reason()).isEqualTo("Update to config version 2 was canceled by admin.");

      GatehouseApiException nothingToCancel = apiError(() -> endpoints().cancelUpdate(name));
      assertThat(nothingToCancel.resourceConflict()).isTrue();
      assertThat(nothingToCancel.getMessage())
          .contains("has no config update in progress to cancel");
    } finally {
      provider.release("held-busy");
    }
    endpoints().delete(name);
  }

  @Test
  void aConflictingUpdateCanBeWaitedOutAndSentAgain() {
    String name = "client-queue";
    createReady(name);
    provider.hold("held-queue");
    try {
      endpoints().updateConfig(name, config("held-queue"));
      ObjectNode next = config(HeldProbeProvider.GOOD_KEY);
      assertThat(apiError(() -> endpoints().updateConfig(name, next)).resourceConflict()).isTrue();
      CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS)
          .execute(() -> provider.release("held-queue"));
      assertThat(
              EndpointState.of(endpoints().waitUntilNotUpdating(name, WAIT, l -> {}))
                  .servingConfigVersion())
          .isEqualTo(2L);
      endpoints().updateConfig(name, next);
      assertThat(
              EndpointState.of(endpoints().waitUntilNotUpdating(name, WAIT, l -> {}))
                  .servingConfigVersion())
          .isEqualTo(3L);
    } finally {
      provider.release("held-queue");
    }
    endpoints().delete(name);
  }

  // ---------------------------------------------------------------------------------------------
  // Permissions

  @Test
  void permissionsSetUpdateAndGet() {
    PermissionsApi permissions = client.permissions();
    String id = endpoints().create(json("{\"name\": \"client-perms\"}")).path("id").asString();

    Permissions initial = permissions.get(id).orElseThrow();
    assertThat(initial.objectId()).isEqualTo("/serving-endpoints/" + id);
    assertThat(initial.objectType()).isEqualTo("serving-endpoint");
    assertThat(level(initial, "admin")).contains("CAN_MANAGE");
    AccessControlEntry admins =
        initial.accessControlList().stream()
            .filter(e -> "admins".equals(e.groupName()))
            .findFirst()
            .orElseThrow();
    assertThat(admins.directLevel()).isEmpty();
    assertThat(admins.allPermissions().get(0).inherited()).isTrue();
    assertThat(admins.allPermissions().get(0).inheritedFromObject())
        .containsExactly("/serving-endpoints/");

    Permissions set =
        permissions.set(
            id,
            List.of(
                AccessControl.user("admin", "CAN_MANAGE"),
                AccessControl.group("data-science", "CAN_QUERY")));
    assertThat(level(set, "data-science")).contains("CAN_QUERY");

    String sp = "6f1c2a0e-1111-4b7e-9c3d-0a1b2c3d4e5f";
    Permissions updated =
        permissions.update(
            id,
            List.of(
                AccessControl.servicePrincipal(sp, "CAN_VIEW"),
                AccessControl.group("data-science", "CAN_MANAGE")));
    assertThat(level(updated, sp)).contains("CAN_VIEW");
    assertThat(level(updated, "data-science")).contains("CAN_MANAGE");
    assertThat(level(updated, "admin")).as("PATCH keeps the other grants").contains("CAN_MANAGE");
    assertThat(permissions.get(id)).contains(updated);

    assertThat(permissions.permissionLevels(id))
        .extracting(PermissionLevel::permissionLevel)
        .containsExactly("CAN_VIEW", "CAN_QUERY", "CAN_MANAGE");

    GatehouseApiException admin =
        apiError(() -> permissions.set(id, List.of(AccessControl.group("admins", "CAN_MANAGE"))));
    assertThat(admin.status()).isEqualTo(400);
    assertThat(admin.getMessage())
        .isEqualTo(
            "access_control_list[0]: group 'admins' has CAN_MANAGE on every serving endpoint and"
                + " cannot be granted a level; leave it out.");

    Permissions cleared = permissions.set(id, List.of());
    assertThat(cleared.accessControlList())
        .singleElement()
        .satisfies(e -> assertThat(e.groupName()).isEqualTo("admins"));

    assertThat(permissions.get("nope")).isEmpty();
    endpoints().delete("client-perms");
    assertThat(permissions.get(id)).isEmpty();
  }

  private static Optional<String> level(Permissions permissions, String principal) {
    return permissions.accessControlList().stream()
        .filter(
            e ->
                principal.equals(e.userName())
                    || principal.equals(e.groupName())
                    || principal.equals(e.servicePrincipalName()))
        .findFirst()
        .flatMap(AccessControlEntry::directLevel);
  }

  // ---------------------------------------------------------------------------------------------
  // Secrets

  @Test
  void secretsAndTheirAcls() {
    SecretsApi secrets = client.secrets();
    String scope = "client-llm";
    secrets.createScope(scope);
    assertThat(secrets.findScope(scope)).isPresent();

    long before = System.currentTimeMillis() - 60_000;
    secrets.putSecret(scope, "openai", "sk-client-1");
    secrets.putSecretBytes(
        scope, "vertex-sa", "{\"type\":\"sa\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(secrets.listSecrets(scope))
        .extracting(SecretMetadata::key)
        .containsExactly("openai", "vertex-sa");
    assertThat(secrets.findSecret(scope, "openai"))
        .hasValueSatisfying(s -> assertThat(s.lastUpdatedTimestamp()).isGreaterThan(before));
    assertThat(secrets.findSecret(scope, "missing")).isEmpty();
    assertThat(secrets.findSecret("no-such-scope", "openai")).isEmpty();

    GatehouseApiException noScope = apiError(() -> secrets.putSecret("no-such-scope", "k", "v"));
    assertThat(noScope.notFound()).isTrue();
    assertThat(noScope.getMessage()).isEqualTo("Secret scope 'no-such-scope' does not exist.");

    secrets.putAcl(scope, "data-scientists", "READ");
    assertThat(secrets.getAcl(scope, "data-scientists"))
        .contains(new Acl("data-scientists", "READ"));
    assertThat(secrets.listAcls(scope))
        .contains(new Acl("admin", "MANAGE"), new Acl("data-scientists", "READ"));
    assertThat(secrets.getAcl(scope, "nobody")).isEmpty();
    assertThat(apiError(() -> secrets.putAcl(scope, "x", "OWN")).getMessage())
        .contains("$.permission");

    secrets.deleteAcl(scope, "data-scientists");
    assertThat(secrets.getAcl(scope, "data-scientists")).isEmpty();
    secrets.deleteSecret(scope, "openai");
    assertThat(secrets.findSecret(scope, "openai")).isEmpty();
    secrets.deleteScope(scope);
    assertThat(secrets.findScope(scope)).isEmpty();
    assertThat(secrets.getAcl(scope, "admin")).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Identities

  @Test
  void scimServicePrincipalsGroupsMembersAndMe() {
    IdentitiesApi identities = client.identities();
    IdentitiesApi.Me me = identities.me();
    assertThat(me.userName()).isEqualTo("admin");
    assertThat(me.id()).isNotBlank();

    ServicePrincipal sp = identities.createServicePrincipal(null, "client-etl-bot", true);
    assertThat(sp.applicationId()).as("made up by the server").isNotBlank();
    assertThat(sp.active()).isTrue();
    assertThat(identities.getServicePrincipal(sp.id())).contains(sp);
    assertThat(identities.findServicePrincipalByApplicationId(sp.applicationId().toUpperCase()))
        .contains(sp);
    assertThat(identities.findServicePrincipalsByDisplayName("client-etl-bot")).containsExactly(sp);

    ServicePrincipal renamed =
        identities.updateServicePrincipal(sp.id(), sp.applicationId(), "client-etl-bot-2", true);
    assertThat(renamed.displayName()).isEqualTo("client-etl-bot-2");
    assertThat(identities.setServicePrincipalActive(sp.id(), false).active()).isFalse();
    assertThat(identities.setServicePrincipalActive(sp.id(), true).active()).isTrue();

    Group team = identities.createGroup("client-data-team", List.of());
    assertThat(team.members()).isEmpty();
    Group withMember = identities.addMember(team.id(), sp.id());
    assertThat(withMember.members())
        .containsExactly(new Member(sp.id(), "client-etl-bot-2", "ServicePrincipal"));
    assertThat(identities.getGroup(team.id())).contains(withMember);
    assertThat(identities.findGroupByDisplayName("CLIENT-DATA-TEAM")).contains(withMember);

    Group platform = identities.createGroup("client-platform", List.of(team.id()));
    assertThat(platform.members()).extracting(Member::type).containsExactly("Group");

    assertThat(identities.removeMember(team.id(), sp.id()).members()).isEmpty();
    assertThat(identities.removeMember(team.id(), sp.id()).members())
        .as("retry is harmless")
        .isEmpty();
    assertThat(identities.renameGroup(team.id(), "client-data-team-2").displayName())
        .isEqualTo("client-data-team-2");

    GatehouseApiException duplicate =
        apiError(() -> identities.createGroup("Client-Platform", List.of()));
    assertThat(duplicate.alreadyExists()).isTrue();
    assertThat(duplicate.getMessage()).contains("already exists");
    GatehouseApiException noSuchMember = apiError(() -> identities.addMember(team.id(), "999999"));
    assertThat(noSuchMember.status()).isEqualTo(400);
    assertThat(noSuchMember.getMessage()).contains("999999");

    identities.deleteGroup(platform.id());
    identities.deleteGroup(team.id());
    assertThat(identities.getGroup(team.id())).isEmpty();
    assertThat(identities.findGroupByDisplayName("client-data-team-2")).isEmpty();
    identities.deleteServicePrincipal(sp.id());
    assertThat(identities.getServicePrincipal(sp.id())).isEmpty();
    assertThat(identities.findServicePrincipalByApplicationId(sp.applicationId())).isEmpty();
  }
}
