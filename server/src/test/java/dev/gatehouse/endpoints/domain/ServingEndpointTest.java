package dev.gatehouse.endpoints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.ErrorCode;
import org.junit.jupiter.api.Test;

class ServingEndpointTest {
  private final ServingEndpoint endpoint =
      new ServingEndpoint("id", new EndpointName("ep"), "admin", 1L, null, false, 0L);

  /** Brings the endpoint to serving version 1, a chat endpoint with an external model. */
  private void serveVersion1() {
    int v1 = endpoint.beginUpdate(Task.CHAT, true, 10L);
    endpoint.completeUpdate(v1, 20L);
  }

  @Test
  void aNewEndpointIsNotUpdatingAndNotReady() {
    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.NOT_UPDATING);
    assertThat(endpoint.ready()).isFalse();
    assertThat(endpoint.servingVersion()).isNull();
    assertThat(endpoint.pendingVersion()).isNull();
    assertThat(endpoint.configUpdateMessage()).isNull();
    assertThat(endpoint.kind()).isEqualTo(EndpointKind.NEW);
    assertThat(endpoint.name()).isEqualTo("ep");
    assertThat(endpoint.creator()).isEqualTo("admin");
    assertThat(endpoint.description()).isEmpty();
    assertThat(endpoint.createdAt()).isZero();
    assertThat(endpoint.updatedAt()).isZero();
  }

  @Test
  void beginUpdatePutsVersion1InProgress() {
    int version = endpoint.beginUpdate(Task.CHAT, true, 10L);

    assertThat(version).isEqualTo(1);
    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.IN_PROGRESS);
    assertThat(endpoint.pendingVersion()).isEqualTo(1);
    assertThat(endpoint.isPending(1)).isTrue();
    assertThat(endpoint.isPending(2)).isFalse();
    assertThat(endpoint.servingVersion()).isNull();
    assertThat(endpoint.ready()).isFalse();
    assertThat(endpoint.kind()).isEqualTo(new EndpointKind(Task.CHAT, true));
    assertThat(endpoint.updatedAt()).isEqualTo(10L);
  }

  @Test
  void aSecondUpdateWhileOneIsInProgressIsRefusedNamingTheEndpointAndVersion() {
    endpoint.beginUpdate(Task.CHAT, true, 10L);

    assertThatThrownBy(() -> endpoint.beginUpdate(Task.CHAT, true, 11L))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessage(
            "Serving endpoint 'ep' is currently updating to config version 1; wait until it"
                + " finishes or cancel it (DELETE /api/2.0/serving-endpoints/ep/pending-config),"
                + " then try again.")
        .satisfies(
            e ->
                assertThat(((ConcurrentUpdateException) e).code())
                    .isEqualTo(ErrorCode.RESOURCE_CONFLICT));
    assertThat(endpoint.pendingVersion()).isEqualTo(1);
    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.IN_PROGRESS);
  }

  @Test
  void completeUpdateMakesThePendingVersionServe() {
    int v1 = endpoint.beginUpdate(Task.CHAT, true, 10L);

    Integer previous = endpoint.completeUpdate(v1, 20L);

    assertThat(previous).isNull();
    assertThat(endpoint.servingVersion()).isEqualTo(1);
    assertThat(endpoint.pendingVersion()).isNull();
    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.NOT_UPDATING);
    assertThat(endpoint.configUpdateMessage()).isNull();
    assertThat(endpoint.ready()).isTrue();
    assertThat(endpoint.isPending(1)).isFalse();
    assertThat(endpoint.updatedAt()).isEqualTo(20L);
  }

  @Test
  void completingASecondVersionReturnsTheOneItReplaced() {
    serveVersion1();
    int v2 = endpoint.beginUpdate(Task.CHAT, true, 30L);

    assertThat(endpoint.servingVersion()).isEqualTo(1);
    assertThat(endpoint.ready()).isTrue();
    assertThat(endpoint.completeUpdate(v2, 40L)).isEqualTo(1);
    assertThat(endpoint.servingVersion()).isEqualTo(2);
  }

  @Test
  void aFailedUpdateKeepsTheServingVersionAndSaysWhy() {
    serveVersion1();
    int v2 = endpoint.beginUpdate(Task.CHAT, true, 30L);

    endpoint.failUpdate(v2, "the provider refused the API key", 40L);

    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.UPDATE_FAILED);
    assertThat(endpoint.servingVersion()).isEqualTo(1);
    assertThat(endpoint.pendingVersion()).isNull();
    assertThat(endpoint.ready()).isTrue();
    assertThat(endpoint.configUpdateMessage())
        .isEqualTo("Update to config version 2 failed: the provider refused the API key");
    assertThat(endpoint.kind()).isEqualTo(new EndpointKind(Task.CHAT, true));
    assertThat(endpoint.updatedAt()).isEqualTo(40L);
  }

  @Test
  void cancelUpdateKeepsTheServingVersion() {
    serveVersion1();
    int v2 = endpoint.beginUpdate(Task.CHAT, true, 30L);

    int canceled = endpoint.cancelUpdate("alice@example.com", 40L);

    assertThat(canceled).isEqualTo(v2);
    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.UPDATE_CANCELED);
    assertThat(endpoint.servingVersion()).isEqualTo(1);
    assertThat(endpoint.pendingVersion()).isNull();
    assertThat(endpoint.ready()).isTrue();
    assertThat(endpoint.isPending(v2)).isFalse();
    assertThat(endpoint.configUpdateMessage())
        .isEqualTo("Update to config version 2 was canceled by alice@example.com.");
    assertThat(endpoint.kind()).isEqualTo(new EndpointKind(Task.CHAT, true));
  }

  @Test
  void cancelWithNothingInProgressIsRefused() {
    assertThatThrownBy(() -> endpoint.cancelUpdate("admin", 10L))
        .isInstanceOf(NoUpdateInProgressException.class)
        .hasMessage(
            "Serving endpoint 'ep' has no config update in progress to cancel (config_update is"
                + " NOT_UPDATING).");
  }

  @Test
  void cancelAfterAFailedUpdateIsRefused() {
    int v1 = endpoint.beginUpdate(Task.CHAT, true, 10L);
    endpoint.failUpdate(v1, "boom", 20L);

    assertThatThrownBy(() -> endpoint.cancelUpdate("admin", 30L))
        .isInstanceOf(NoUpdateInProgressException.class)
        .hasMessage(
            "Serving endpoint 'ep' has no config update in progress to cancel (config_update is"
                + " UPDATE_FAILED).");
    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.UPDATE_FAILED);
  }

  @Test
  void completingAVersionThatIsNotPendingThrows() {
    int v1 = endpoint.beginUpdate(Task.CHAT, true, 10L);

    assertThatThrownBy(() -> endpoint.completeUpdate(v1 + 1, 20L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("config version 2 of ep is not the pending one");
    assertThat(endpoint.isPending(v1)).isTrue();
  }

  @Test
  void completingAVersionTwiceThrows() {
    serveVersion1();

    assertThatThrownBy(() -> endpoint.completeUpdate(1, 30L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("config version 1 of ep is not the pending one");
  }

  @Test
  void completingACanceledVersionThrows() {
    int v1 = endpoint.beginUpdate(Task.CHAT, true, 10L);
    endpoint.cancelUpdate("admin", 20L);

    assertThatThrownBy(() -> endpoint.completeUpdate(v1, 30L))
        .isInstanceOf(IllegalStateException.class);
    assertThat(endpoint.servingVersion()).isNull();
    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.UPDATE_CANCELED);
  }

  @Test
  void failingAVersionThatIsNotPendingThrows() {
    assertThatThrownBy(() -> endpoint.failUpdate(1, "boom", 10L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("config version 1 of ep is not the pending one");
    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.NOT_UPDATING);
  }

  @Test
  void aFirstConfigThatFailsResetsTheKind() {
    int v1 = endpoint.beginUpdate(Task.CHAT, true, 10L);

    endpoint.failUpdate(v1, "boom", 20L);

    assertThat(endpoint.kind()).isEqualTo(new EndpointKind(null, null));
    assertThat(endpoint.task()).isNull();
    assertThat(endpoint.ready()).isFalse();
  }

  @Test
  void aFirstConfigThatIsCanceledResetsTheKind() {
    endpoint.beginUpdate(Task.CHAT, true, 10L);

    endpoint.cancelUpdate("admin", 20L);

    assertThat(endpoint.kind()).isEqualTo(EndpointKind.NEW);
  }

  @Test
  void aLaterUpdateAfterAFailureIsAccepted() {
    serveVersion1();
    endpoint.failUpdate(endpoint.beginUpdate(Task.CHAT, true, 30L), "boom", 40L);

    int v3 = endpoint.beginUpdate(Task.CHAT, true, 50L);

    assertThat(v3).isEqualTo(3);
    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.IN_PROGRESS);
    assertThat(endpoint.configUpdateMessage()).isNull();
    assertThat(endpoint.servingVersion()).isEqualTo(1);
    endpoint.completeUpdate(v3, 60L);
    assertThat(endpoint.servingVersion()).isEqualTo(3);
    assertThat(endpoint.configUpdate()).isEqualTo(ConfigUpdateState.NOT_UPDATING);
  }

  @Test
  void anUpdateAfterAFailedFirstConfigMayChooseANewKind() {
    endpoint.failUpdate(endpoint.beginUpdate(Task.CHAT, true, 10L), "boom", 20L);

    int v2 = endpoint.beginUpdate(Task.EMBEDDINGS, true, 30L);

    assertThat(v2).isEqualTo(2);
    assertThat(endpoint.kind()).isEqualTo(new EndpointKind(Task.EMBEDDINGS, true));
    endpoint.completeUpdate(v2, 40L);
    assertThat(endpoint.ready()).isTrue();
  }

  @Test
  void anUpdateAfterACancelIsAccepted() {
    serveVersion1();
    endpoint.beginUpdate(Task.CHAT, true, 30L);
    endpoint.cancelUpdate("admin", 40L);

    assertThat(endpoint.beginUpdate(Task.CHAT, true, 50L)).isEqualTo(3);
    assertThat(endpoint.configUpdateMessage()).isNull();
  }

  @Test
  void theKindIsFixedByTheFirstServedConfig() {
    serveVersion1();

    endpoint.beginUpdate(Task.EMBEDDINGS, false, 30L);

    assertThat(endpoint.kind()).isEqualTo(new EndpointKind(Task.CHAT, true));
  }
}
