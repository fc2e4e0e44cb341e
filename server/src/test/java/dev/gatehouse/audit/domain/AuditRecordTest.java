package dev.gatehouse.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditRecordTest {

  private static AuditRecord refused(String targetName, String message) {
    AuditEvent event =
        AuditEvent.success("admin", "endpoint.config.update", "serving-endpoint", targetName)
            .refused(AuditOutcome.INVALID, message);
    return new AuditRecord(event, null, null, 1L);
  }

  @Test
  void aMessageQuotingAHugeInputIsCutToTheColumn() {
    AuditRecord record = refused("chat", "model '" + "g".repeat(100_000) + "' is not sanctioned");

    assertThat(record.message())
        .hasSize(AuditRecord.MESSAGE_MAX)
        .startsWith("model 'ggg")
        .endsWith("…");
  }

  @Test
  void aLongTargetNameIsCutToTheColumn() {
    assertThat(refused("n".repeat(600), "x").targetName()).hasSize(AuditRecord.TARGET_NAME_MAX);
  }

  @Test
  void shortTextIsKeptAndPairsAreNotSplit() {
    assertThat(refused("chat", "short").message()).isEqualTo("short");
    String emoji = "\ud83d\ude00";
    String cut = AuditRecord.fit("a".repeat(8) + emoji + "tail", 10);
    assertThat(cut).isEqualTo("a".repeat(8) + "…");
  }
}
