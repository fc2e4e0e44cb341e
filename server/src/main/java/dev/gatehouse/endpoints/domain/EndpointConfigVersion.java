package dev.gatehouse.endpoints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One numbered config of an endpoint, kept after it is replaced: the version history. */
@Entity
@Table(name = "endpoint_config_versions")
public class EndpointConfigVersion {
  @Id
  @SequenceGenerator(
      name = "config_version_seq",
      sequenceName = "config_version_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "config_version_seq")
  private long id;

  @Column(name = "endpoint_id")
  private String endpointId;

  private int version;

  /** The normalized config as JSON, in the wire shape of {@code EndpointCoreConfigInput}. */
  private String config;

  @Enumerated(EnumType.STRING)
  private VersionStatus status;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "start_time")
  private long startTime;

  @Column(name = "finished_at")
  private Long finishedAt;

  private String message;

  protected EndpointConfigVersion() {}

  public EndpointConfigVersion(
      String endpointId, int version, String config, String createdBy, long now) {
    this.endpointId = endpointId;
    this.version = version;
    this.config = config;
    this.createdBy = createdBy;
    this.startTime = now;
    this.status = VersionStatus.PENDING;
  }

  public void finish(VersionStatus outcome, String reason, long now) {
    this.status = outcome;
    this.message = reason;
    this.finishedAt = now;
  }

  public void retire() {
    this.status = VersionStatus.RETIRED;
  }

  public String endpointId() {
    return endpointId;
  }

  public int version() {
    return version;
  }

  public String config() {
    return config;
  }

  public VersionStatus status() {
    return status;
  }

  public long startTime() {
    return startTime;
  }

  public String createdBy() {
    return createdBy;
  }

  /** When its update ended: it began serving, failed or was canceled; null while pending. */
  public Long finishedAt() {
    return finishedAt;
  }

  /** Why it failed, or who canceled it; null otherwise. */
  public String message() {
    return message;
  }
}
