package dev.gatehouse.usage.infrastructure;

import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.platform.persistence.Database;
import dev.gatehouse.usage.domain.BatchWriter;
import dev.gatehouse.usage.domain.InferenceRecord;
import dev.gatehouse.usage.domain.InferenceTableSettings;
import dev.gatehouse.usage.domain.Pending;
import dev.gatehouse.usage.domain.PriceTables;
import dev.gatehouse.usage.domain.RecordingMode;
import dev.gatehouse.usage.domain.RetentionPurge;
import dev.gatehouse.usage.domain.ThrottledWarning;
import dev.gatehouse.usage.domain.UsageBatchWriter;
import dev.gatehouse.usage.domain.UsageBuffer;
import dev.gatehouse.usage.domain.UsageRecords;
import dev.gatehouse.usage.domain.UsageSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Owns the usage buffer and empties it into the database on the managed scheduler, every {@code
 * gatehouse.usage.flush-interval-ms}, in batches of {@code gatehouse.usage.batch-size}; purges
 * records past retention on the same scheduler. Inference records have a buffer of their own (their
 * payloads make them far larger, so they get a smaller bound) on the same schedule, drain and
 * purge. An EJB singleton because the container then orders its life: it starts after the schema is
 * migrated ({@code @DependsOn("Database")}) and at a clean shutdown drains the buffer in
 * {@code @PreDestroy} while the datasource still works. Bean concurrency: {@link #enqueue} is on
 * every call's path and must never wait for a lock.
 */
@Singleton
@Startup
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class UsageWriter {
  private static final Logger LOG = Logger.getLogger(UsageWriter.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject UsageSettings settings;
  @Inject InferenceTableSettings inference;
  @Inject MetricRegistry metrics;
  @Inject Clock clock;

  private UsageBuffer<Pending> buffer;
  private UsageBatchWriter writer;
  private UsageBuffer<InferenceRecord> inferenceBuffer;
  private BatchWriter<InferenceRecord> inferenceWriter;
  private ScheduledFuture<?> flushing;
  private ScheduledFuture<?> purging;

  @PostConstruct
  void start() {
    Counter dropped =
        metrics.counter(
            metadata(
                "gatehouse.usage.records.dropped",
                "Usage records not written because the queue was full"));
    Counter failed =
        metrics.counter(
            metadata(
                "gatehouse.usage.records.failed",
                "Usage records lost because the database refused their batch"));
    long warnEvery = TimeUnit.SECONDS.toNanos(settings.dropWarningIntervalSeconds());
    ThrottledWarning full = new ThrottledWarning(LOG, warnEvery, System::nanoTime);
    int capacity = settings.queueCapacity();
    buffer =
        new UsageBuffer<>(
            capacity,
            () -> {
              dropped.inc();
              full.warn(
                  "Usage buffer full ("
                      + capacity
                      + " records, gatehouse.usage.queue-capacity): the database is not keeping"
                      + " up, so usage records are being dropped; see metric"
                      + " gatehouse_usage_records_dropped_total");
            });
    metrics.gauge(
        metadata("gatehouse.usage.queue.size", "Usage records waiting to be written"),
        buffer,
        UsageBuffer::size);
    JdbcUsageRepository repository = new JdbcUsageRepository(dataSource);
    UsageRecords records =
        new UsageRecords(PriceTables.load(settings.priceFile()), settings.maxContextChars());
    writer =
        new UsageBatchWriter(
            buffer,
            records,
            repository,
            settings.batchSize(),
            failed::inc,
            new ThrottledWarning(LOG, warnEvery, System::nanoTime));
    JdbcInferenceRepository inferenceRepository = new JdbcInferenceRepository(dataSource);
    startInference(inferenceRepository, warnEvery);
    long interval = settings.flushIntervalMs();
    flushing =
        scheduler.scheduleWithFixedDelay(this::flush, interval, interval, TimeUnit.MILLISECONDS);
    List<RetentionPurge> purges =
        List.of(
            new RetentionPurge(
                repository, clock, settings.retentionDays(), settings.purgeBatchSize()),
            new RetentionPurge(
                inferenceRepository,
                clock,
                inference.retentionDays(),
                settings.purgeBatchSize(),
                "inference records"));
    long purgeEvery = settings.purgeIntervalMinutes();
    purging =
        scheduler.scheduleWithFixedDelay(
            () -> purges.forEach(UsageWriter::purge), 1, purgeEvery * 60, TimeUnit.SECONDS);
  }

  private void startInference(JdbcInferenceRepository repository, long warnEvery) {
    Counter dropped =
        metrics.counter(
            metadata(
                "gatehouse.inference.records.dropped",
                "Inference records not written because their queue was full"));
    Counter failed =
        metrics.counter(
            metadata(
                "gatehouse.inference.records.failed",
                "Inference records lost because the database refused their batch"));
    ThrottledWarning full = new ThrottledWarning(LOG, warnEvery, System::nanoTime);
    int capacity = inference.queueCapacity();
    inferenceBuffer =
        new UsageBuffer<>(
            capacity,
            () -> {
              dropped.inc();
              full.warn(
                  "Inference record buffer full ("
                      + capacity
                      + " records, gatehouse.inference-tables.queue-capacity): payloads are being"
                      + " dropped; see metric gatehouse_inference_records_dropped_total");
            });
    metrics.gauge(
        metadata("gatehouse.inference.queue.size", "Inference records waiting to be written"),
        inferenceBuffer,
        UsageBuffer::size);
    inferenceWriter =
        new BatchWriter<>(
            inferenceBuffer,
            repository::insert,
            inference.batchSize(),
            failed::inc,
            new ThrottledWarning(LOG, warnEvery, System::nanoTime),
            "inference records");
  }

  private void flush() {
    writer.flush();
    inferenceWriter.flush();
  }

  private static Metadata metadata(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }

  /** On the caller's thread: queue the call, never wait. False when it was dropped. */
  public boolean enqueue(CallOutcome call, RecordingMode mode) {
    return buffer.offer(new Pending(call, mode));
  }

  /** On the caller's thread: queue the record, never wait. False when it was dropped. */
  public boolean enqueue(InferenceRecord record) {
    return inferenceBuffer.offer(record);
  }

  private static void purge(RetentionPurge purge) {
    try {
      purge.run();
    } catch (RuntimeException e) {
      // A failed purge is retried at the next interval; it must not cancel the schedule.
      LOG.log(Level.WARNING, "Purging old records failed; retrying later", e);
    }
  }

  /**
   * Stops the schedule and writes what is queued, for at most {@code
   * gatehouse.usage.shutdown-drain-ms}. Called when the application stops ({@link UsageRecorder}),
   * while the datasource still works.
   */
  public void drain() {
    flushing.cancel(false);
    purging.cancel(true);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.shutdownDrainMs());
    drained("usage records", writer, deadline);
    drained("inference records", inferenceWriter, deadline);
  }

  private static void drained(String what, BatchWriter<?> writer, long deadline) {
    long written = writer.flushUntil(deadline, System::nanoTime);
    int left = writer.queued();
    if (left > 0) {
      LOG.warning(
          "Shutting down with "
              + left
              + " "
              + what
              + " not written (gatehouse.usage.shutdown-drain-ms elapsed)");
    } else if (written > 0) {
      LOG.info("Wrote the last " + written + " " + what + " before shutting down");
    }
  }

  /** In case the application is torn down without {@link #drain} (the records are then lost). */
  @PreDestroy
  void stop() {
    flushing.cancel(false);
    purging.cancel(true);
  }
}
