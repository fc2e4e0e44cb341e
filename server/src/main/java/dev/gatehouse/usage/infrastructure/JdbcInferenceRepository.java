package dev.gatehouse.usage.infrastructure;

import dev.gatehouse.platform.persistence.Database;
import dev.gatehouse.usage.domain.CappedPayload;
import dev.gatehouse.usage.domain.InferenceQuery;
import dev.gatehouse.usage.domain.InferenceRecord;
import dev.gatehouse.usage.domain.InferenceRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Inference records over plain JDBC, for the same reasons as {@link JdbcUsageRepository}. */
@ApplicationScoped
public class JdbcInferenceRepository implements InferenceRepository {
  private static final String COLUMNS =
      "id, call_time, endpoint_id, endpoint_name, served_entity_name, principal_id,"
          + " principal_kind, principal_name, client_request_id, stream, status, error_code,"
          + " request_payload, request_bytes, request_truncated, response_payload, response_bytes,"
          + " response_truncated";

  private static final String INSERT =
      "INSERT INTO inference_records ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** For CDI. */
  public JdbcInferenceRepository() {}

  /** For the writer, which must not depend on CDI still running while it drains at shutdown. */
  public JdbcInferenceRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void insert(List<InferenceRecord> records) {
    JdbcBatches.insert(dataSource, INSERT, records, JdbcInferenceRepository::bind);
  }

  private static void bind(PreparedStatement s, InferenceRecord r) throws SQLException {
    s.setString(1, r.id());
    s.setLong(2, r.callTime());
    s.setString(3, r.endpointId());
    s.setString(4, r.endpointName());
    s.setString(5, r.servedEntityName());
    s.setLong(6, r.principalId());
    s.setString(7, r.principalKind());
    s.setString(8, r.principalName());
    s.setString(9, r.clientRequestId());
    s.setBoolean(10, r.stream());
    s.setInt(11, r.status());
    s.setString(12, r.errorCode());
    bind(s, 13, r.request());
    bind(s, 16, r.response());
  }

  private static void bind(PreparedStatement s, int first, CappedPayload p) throws SQLException {
    s.setString(first, p.text());
    s.setLong(first + 1, p.bytes());
    s.setBoolean(first + 2, p.truncated());
  }

  @Override
  public List<InferenceRecord> page(InferenceQuery query) {
    InferenceQuery.Cursor after = query.after();
    // FETCH FIRST with a literal, as in the purge: the page size is a validated int.
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM inference_records WHERE endpoint_id = ? AND call_time >= ? AND call_time < ?"
            + (after == null ? "" : " AND (call_time < ? OR (call_time = ? AND id < ?))")
            + " ORDER BY call_time DESC, id DESC FETCH FIRST "
            + query.maxResults()
            + " ROWS ONLY";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, query.endpointId());
      select.setLong(2, query.startTime());
      select.setLong(3, query.endTime());
      if (after != null) {
        select.setLong(4, after.callTime());
        select.setLong(5, after.callTime());
        select.setString(6, after.id());
      }
      List<InferenceRecord> records = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          records.add(record(rs));
        }
      }
      return records;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading inference records failed", e);
    }
  }

  private static InferenceRecord record(ResultSet rs) throws SQLException {
    return new InferenceRecord(
        rs.getString(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getBoolean(10),
        rs.getInt(11),
        rs.getString(12),
        new CappedPayload(rs.getString(13), rs.getLong(14), rs.getBoolean(15)),
        new CappedPayload(rs.getString(16), rs.getLong(17), rs.getBoolean(18)));
  }

  @Override
  public int purgeOlderThan(long cutoff, int limit) {
    return JdbcBatches.purge(dataSource, "inference_records", cutoff, limit);
  }
}
