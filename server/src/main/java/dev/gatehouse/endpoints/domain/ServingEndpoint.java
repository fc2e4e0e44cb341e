package dev.gatehouse.endpoints.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A serving endpoint and its update state machine. The serving version and the pending version are
 * separate, so the old config keeps serving until the new one is ready: every transition below
 * leaves {@code servingVersion} untouched except a successful completion.
 */
@Entity
@Table(name = "serving_endpoints")
public class ServingEndpoint {
  @Id private String id;
  private String name;
  private String creator;

  @Column(name = "creator_id")
  private long creatorId;

  @Column(name = "created_at")
  private long createdAt;

  @Column(name = "updated_at")
  private long updatedAt;

  private String task;

  @Column(name = "external_model")
  private Boolean externalModel;

  private String description;

  @Column(name = "route_optimized")
  private boolean routeOptimized;

  @Column(name = "ai_gateway")
  private String aiGateway;

  @Column(name = "legacy_rate_limits")
  private String legacyRateLimits;

  @Enumerated(EnumType.STRING)
  @Column(name = "config_update")
  private ConfigUpdateState configUpdate;

  @Column(name = "config_update_message")
  private String configUpdateMessage;

  @Column(name = "serving_version")
  private Integer servingVersion;

  @Column(name = "pending_version")
  private Integer pendingVersion;

  @Column(name = "latest_version")
  private int latestVersion;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "endpoint_tags", joinColumns = @JoinColumn(name = "endpoint_id"))
  @OrderColumn(name = "position")
  private List<EndpointTag> tags = new ArrayList<>();

  protected ServingEndpoint() {}

  public ServingEndpoint(
      String id,
      EndpointName name,
      String creator,
      long creatorId,
      String description,
      boolean routeOptimized,
      long now) {
    this.id = id;
    this.name = name.value();
    this.creator = creator;
    this.creatorId = creatorId;
    this.description = description == null ? "" : description;
    this.routeOptimized = routeOptimized;
    this.createdAt = now;
    this.updatedAt = now;
    this.configUpdate = ConfigUpdateState.NOT_UPDATING;
  }

  /**
   * Starts an update to a new version and returns its number. Refused while another is in progress:
   * updates are strictly one at a time per endpoint.
   */
  public int beginUpdate(Task newTask, boolean external, long now) {
    if (configUpdate == ConfigUpdateState.IN_PROGRESS) {
      throw new ConcurrentUpdateException(name, pendingVersion);
    }
    latestVersion++;
    pendingVersion = latestVersion;
    configUpdate = ConfigUpdateState.IN_PROGRESS;
    configUpdateMessage = null;
    if (task == null) {
      task = newTask.wire();
      externalModel = external;
    }
    updatedAt = now;
    return pendingVersion;
  }

  /** The pending version becomes the serving one; returns the version it replaced, if any. */
  public Integer completeUpdate(int version, long now) {
    requirePending(version);
    Integer previous = servingVersion;
    servingVersion = version;
    pendingVersion = null;
    configUpdate = ConfigUpdateState.NOT_UPDATING;
    configUpdateMessage = null;
    updatedAt = now;
    return previous;
  }

  public void failUpdate(int version, String reason, long now) {
    requirePending(version);
    pendingVersion = null;
    configUpdate = ConfigUpdateState.UPDATE_FAILED;
    configUpdateMessage = "Update to config version " + version + " failed: " + reason;
    forgetKindIfNeverServed();
    updatedAt = now;
  }

  public int cancelUpdate(String by, long now) {
    if (configUpdate != ConfigUpdateState.IN_PROGRESS) {
      throw new NoUpdateInProgressException(name, configUpdate);
    }
    int version = pendingVersion;
    pendingVersion = null;
    configUpdate = ConfigUpdateState.UPDATE_CANCELED;
    configUpdateMessage = "Update to config version " + version + " was canceled by " + by + ".";
    forgetKindIfNeverServed();
    updatedAt = now;
    return version;
  }

  public boolean isPending(int version) {
    return configUpdate == ConfigUpdateState.IN_PROGRESS
        && pendingVersion != null
        && pendingVersion == version;
  }

  private void requirePending(int version) {
    if (!isPending(version)) {
      throw new IllegalStateException(
          "config version " + version + " of " + name + " is not the pending one");
    }
  }

  /**
   * An endpoint whose first config never became ready has not yet committed to a task: its creator
   * may still fix the model and its task with the next update.
   */
  private void forgetKindIfNeverServed() {
    if (servingVersion == null) {
      task = null;
      externalModel = null;
    }
  }

  public EndpointKind kind() {
    return new EndpointKind(task == null ? null : Task.fromWire(task), externalModel);
  }

  public List<Tag> tags() {
    return tags.stream().map(EndpointTag::toTag).toList();
  }

  public void replaceTags(List<Tag> newTags, long now) {
    tags.clear();
    newTags.forEach(t -> tags.add(new EndpointTag(t)));
    updatedAt = now;
  }

  public void setAiGateway(String json, long now) {
    this.aiGateway = json;
    this.updatedAt = now;
  }

  public void setLegacyRateLimits(String json, long now) {
    this.legacyRateLimits = json;
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String creator() {
    return creator;
  }

  public long creatorId() {
    return creatorId;
  }

  public long createdAt() {
    return createdAt;
  }

  public long updatedAt() {
    return updatedAt;
  }

  public String task() {
    return task;
  }

  public String description() {
    return description;
  }

  public boolean routeOptimized() {
    return routeOptimized;
  }

  public String aiGateway() {
    return aiGateway;
  }

  public String legacyRateLimits() {
    return legacyRateLimits;
  }

  public ConfigUpdateState configUpdate() {
    return configUpdate;
  }

  public String configUpdateMessage() {
    return configUpdateMessage;
  }

  public Integer servingVersion() {
    return servingVersion;
  }

  public Integer pendingVersion() {
    return pendingVersion;
  }

  public boolean ready() {
    return servingVersion != null;
  }
}
