package dev.gatehouse.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored audit event. No setters: a record, once written, is never changed. */
@Entity
@Table(name = "audit_events")
public class AuditRecord {
  /**
   * Column sizes of {@code V2__audit.sql}. A refused attempt's message may quote an input of any
   * length (a 100,000-character model name), and recording the refusal must not fail on it.
   */
  static final int MESSAGE_MAX = 2000;

  static final int TARGET_NAME_MAX = 512;
  static final int PRINCIPAL_MAX = 255;

  @Id
  @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private long id;

  @Column(name = "event_time")
  private long eventTime;

  private String principal;
  private String action;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_name")
  private String targetName;

  @Enumerated(EnumType.STRING)
  private AuditOutcome outcome;

  private String message;

  @Column(name = "before_json")
  private String beforeJson;

  @Column(name = "after_json")
  private String afterJson;

  protected AuditRecord() {}

  public AuditRecord(AuditEvent event, String before, String after, long now) {
    this.eventTime = now;
    this.principal = fit(event.principal(), PRINCIPAL_MAX);
    this.action = event.action();
    this.targetType = event.targetType();
    this.targetName = fit(event.targetName(), TARGET_NAME_MAX);
    this.outcome = event.outcome();
    this.message = fit(event.message(), MESSAGE_MAX);
    this.beforeJson = before;
    this.afterJson = after;
  }

  /** The text cut to {@code max} characters, the last one an ellipsis, never half a pair. */
  static String fit(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  public long id() {
    return id;
  }

  public long eventTime() {
    return eventTime;
  }

  public String principal() {
    return principal;
  }

  public String action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public String targetName() {
    return targetName;
  }

  public AuditOutcome outcome() {
    return outcome;
  }

  public String message() {
    return message;
  }

  public String beforeJson() {
    return beforeJson;
  }

  public String afterJson() {
    return afterJson;
  }
}
