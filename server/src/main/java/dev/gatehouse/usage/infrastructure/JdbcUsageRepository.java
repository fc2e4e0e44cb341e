package dev.gatehouse.usage.infrastructure;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.persistence.Database;
import dev.gatehouse.usage.domain.GroupBy;
import dev.gatehouse.usage.domain.LatencyHistogram;
import dev.gatehouse.usage.domain.RecordingMode;
import dev.gatehouse.usage.domain.UsageGroup;
import dev.gatehouse.usage.domain.UsageQuery;
import dev.gatehouse.usage.domain.UsageRecord;
import dev.gatehouse.usage.domain.UsageRepository;
import dev.gatehouse.usage.domain.UsageTotals;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Usage records over plain JDBC rather than JPA: a batch is one JDBC batch of inserts in one local
 * transaction, and the aggregates are one GROUP BY, neither of which an entity manager helps with.
 * The SQL is portable between H2 and PostgreSQL.
 */
@ApplicationScoped
public class JdbcUsageRepository implements UsageRepository {
  private static final String INSERT =
      "INSERT INTO usage_records (id, call_time, endpoint_id, endpoint_name, served_entity_name,"
          + " provider, model, principal_id, principal_kind, principal_name, client_request_id,"
          + " usage_context, stream, status, error_code, prompt_tokens, completion_tokens,"
          + " total_tokens, tokens_estimated, latency_ms, time_to_first_token_ms, cost_usd,"
          + " usage_tracked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?)";

  private static final String TOTALS =
      "COUNT(*), SUM(CASE WHEN error_code IS NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN status = 429 AND error_code = '"
          + ErrorCode.REQUEST_LIMIT_EXCEEDED.name()
          + "' THEN 1 ELSE 0 END), SUM(prompt_tokens),"
          + " SUM(completion_tokens), SUM(total_tokens),"
          + " SUM(CASE WHEN tokens_estimated THEN 1 ELSE 0 END), SUM(cost_usd),"
          + " SUM(CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 END)";

  private static final String WINDOW =
      " FROM usage_records WHERE endpoint_id = ? AND call_time >= ? AND call_time < ?";

  private static final String LATENCY_BUCKET = latencyBucket();

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** For CDI. */
  public JdbcUsageRepository() {}

  /** For the writer, which must not depend on CDI still running while it drains at shutdown. */
  public JdbcUsageRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void insert(List<UsageRecord> records) {
    JdbcBatches.insert(dataSource, INSERT, records, JdbcUsageRepository::bind);
  }

  private static void bind(PreparedStatement s, UsageRecord r) throws SQLException {
    s.setString(1, r.id());
    s.setLong(2, r.callTime());
    s.setString(3, r.endpointId());
    s.setString(4, r.endpointName());
    s.setString(5, r.servedEntityName());
    s.setString(6, r.provider());
    s.setString(7, r.model());
    s.setLong(8, r.principalId());
    s.setString(9, r.principalKind());
    s.setString(10, r.principalName());
    s.setString(11, r.clientRequestId());
    s.setString(12, r.usageContext());
    s.setBoolean(13, r.stream());
    s.setInt(14, r.status());
    s.setString(15, r.errorCode());
    s.setLong(16, r.promptTokens());
    s.setLong(17, r.completionTokens());
    s.setLong(18, r.totalTokens());
    s.setBoolean(19, r.tokensEstimated());
    s.setLong(20, r.latencyMs());
    if (r.timeToFirstTokenMs() == null) {
      s.setNull(21, Types.BIGINT);
    } else {
      s.setLong(21, r.timeToFirstTokenMs());
    }
    s.setBigDecimal(22, r.costUsd());
    s.setBoolean(23, r.mode() == RecordingMode.FULL);
  }

  @Override
  public List<UsageGroup> aggregate(UsageQuery query) {
    String key = keyExpression(query.groupBy());
    String sql =
        "SELECT "
            + (key == null ? "" : key + ", ")
            + TOTALS
            + WINDOW
            + (key == null ? "" : " GROUP BY " + key + " ORDER BY " + key);
    List<UsageGroup> groups = new ArrayList<>();
    select(
        sql,
        query,
        rs -> {
          UsageTotals totals = totals(rs, key == null ? 1 : 2);
          if (totals.calls() > 0) {
            groups.add(new UsageGroup(key == null ? null : rs.getString(1), totals));
          }
        });
    return groups;
  }

  @Override
  public LatencyHistogram latencies(UsageQuery query) {
    LatencyHistogram histogram = new LatencyHistogram();
    select(
        "SELECT "
            + LATENCY_BUCKET
            + ", COUNT(*)"
            + WINDOW
            + " AND error_code IS NULL GROUP BY "
            + LATENCY_BUCKET,
        query,
        rs -> histogram.add(rs.getLong(1), rs.getLong(2)));
    return histogram;
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  /** Runs a query over the window, which the {@code (endpoint_id, call_time)} index serves. */
  private void select(String sql, UsageQuery query, RowReader reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, query.endpointId());
      select.setLong(2, query.startTime());
      select.setLong(3, query.endTime());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading usage failed", e);
    }
  }

  /**
   * {@link LatencyHistogram#bucketOf} in SQL: integer arithmetic only, so H2 and PostgreSQL agree.
   */
  private static String latencyBucket() {
    StringBuilder sql = new StringBuilder("CASE");
    List<LatencyHistogram.Tier> tiers = LatencyHistogram.TIERS;
    for (int i = 0; i < tiers.size(); i++) {
      LatencyHistogram.Tier tier = tiers.get(i);
      String bucket = "(latency_ms / " + tier.width() + ") * " + tier.width();
      sql.append(
          i < tiers.size() - 1
              ? " WHEN latency_ms < " + tier.below() + " THEN " + bucket
              : " ELSE " + bucket);
    }
    return sql.append(" END").toString();
  }

  /** Column expressions are constants chosen by the enum, never text from the request. */
  private static String keyExpression(GroupBy groupBy) {
    if (groupBy == null) {
      return null;
    }
    return switch (groupBy) {
      case PRINCIPAL -> "principal_name";
      case SERVED_ENTITY -> "served_entity_name";
      case DAY, HOUR, MINUTE -> {
        // Integer division rather than date functions: portable, and a bucket's first millisecond.
        long ms = groupBy.bucket().toMillis();
        yield "(call_time / " + ms + ") * " + ms;
      }
    };
  }

  private static UsageTotals totals(ResultSet rs, int first) throws SQLException {
    long calls = rs.getLong(first);
    long succeeded = rs.getLong(first + 1);
    return new UsageTotals(
        calls,
        succeeded,
        calls - succeeded,
        rs.getLong(first + 2),
        rs.getLong(first + 3),
        rs.getLong(first + 4),
        rs.getLong(first + 5),
        rs.getLong(first + 6),
        rs.getBigDecimal(first + 7),
        rs.getLong(first + 8));
  }

  @Override
  public int purgeOlderThan(long cutoff, int limit) {
    return JdbcBatches.purge(dataSource, "usage_records", cutoff, limit);
  }
}
