package dev.gatehouse.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.providers.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class UsageBatchWriterTest {
  private final UsageBuffer<Pending> buffer = new UsageBuffer<>(100, () -> {});
  private final FakeRepository repository = new FakeRepository();
  private final AtomicInteger failed = new AtomicInteger();
  private final UsageBatchWriter writer =
      new UsageBatchWriter(
          buffer,
          new UsageRecords(PriceTables.builtIn(), 100),
          repository,
          4,
          failed::incrementAndGet,
          new ThrottledWarning(Logger.getLogger("test"), 0, System::nanoTime));

  private void queue(int calls) {
    for (int i = 0; i < calls; i++) {
      buffer.offer(
          new Pending(
              Calls.answered(Calls.endpoint("openai", "gpt-4o", null), Usage.of(1, 1), null),
              RecordingMode.METADATA));
    }
  }

  @Test
  void aFlushWritesEverythingQueuedInBatchesOfTheBatchSize() {
    queue(10);

    assertThat(writer.flush()).isEqualTo(10);

    assertThat(repository.batches).extracting(List::size).containsExactly(4, 4, 2);
    assertThat(buffer.isEmpty()).isTrue();
  }

  @Test
  void aRefusedBatchIsCountedAsFailedAndTheNextOneIsStillWritten() {
    queue(6);
    repository.failNext = true;

    assertThat(writer.flush()).isEqualTo(2);

    assertThat(failed).hasValue(4);
    assertThat(repository.batches).extracting(List::size).containsExactly(2);
  }

  @Test
  void atShutdownNoNewBatchStartsAfterTheDeadline() {
    queue(10);
    AtomicLong now = new AtomicLong(0);
    repository.onInsert = () -> now.addAndGet(100);

    long written = writer.flushUntil(150, now::get);

    assertThat(written).isEqualTo(8);
    assertThat(buffer.size()).isEqualTo(2);
  }

  @Test
  void retentionDeletesInBatchesUntilNothingOldIsLeft() {
    repository.old = 25;
    RetentionPurge purge =
        new RetentionPurge(
            repository, java.time.Clock.fixed(Calls.STARTED, java.time.ZoneOffset.UTC), 90, 10);

    assertThat(purge.run()).isEqualTo(25);
    assertThat(repository.purges).containsExactly(10, 10, 5);
    assertThat(repository.cutoff).isEqualTo(Calls.STARTED.toEpochMilli() - 90L * 86_400_000L);
    assertThat(new RetentionPurge(repository, java.time.Clock.systemUTC(), 0, 10).run())
        .as("0 keeps everything")
        .isZero();
  }

  static final class FakeRepository implements UsageRepository {
    final List<List<UsageRecord>> batches = new ArrayList<>();
    final List<Integer> purges = new ArrayList<>();
    boolean failNext;
    Runnable onInsert = () -> {};
    int old;
    long cutoff;

    @Override
    public void insert(List<UsageRecord> records) {
      onInsert.run();
      if (failNext) {
        failNext = false;
        throw new IllegalStateException("database down");
      }
      batches.add(List.copyOf(records));
    }

    @Override
    public List<UsageGroup> aggregate(UsageQuery query) {
      return List.of();
    }

    @Override
    public LatencyHistogram latencies(UsageQuery query) {
      return new LatencyHistogram();
    }

    @Override
    public int purgeOlderThan(long cutoff, int limit) {
      this.cutoff = cutoff;
      int deleted = Math.min(old, limit);
      old -= deleted;
      purges.add(deleted);
      return deleted;
    }
  }
}
