package dev.gatehouse.it;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.platform.persistence.Database;
import dev.gatehouse.usage.domain.RetentionPurge;
import dev.gatehouse.usage.infrastructure.JdbcUsageRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Test-only, deployed only in the IT archive: the stored usage rows of an endpoint, which the API
 * only ever shows as totals, and the retention purge run on demand against rows from 1970.
 */
@Path("it/usage")
@RequestScoped
public class UsageProbeResource {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** Every row of the endpoint, as a JSON array of column → value, oldest first. */
  @GET
  @Path("records")
  @Produces(MediaType.TEXT_PLAIN)
  public String records(@QueryParam("endpoint") String endpoint) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT * FROM usage_records WHERE endpoint_name = ? ORDER BY call_time, id")) {
      select.setString(1, endpoint);
      try (ResultSet rs = select.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.put(meta.getColumnLabel(i).toLowerCase(), value == null ? null : value.toString());
          }
          rows.add(row);
        }
      }
    }
    return Json.MAPPER.writeValueAsString(rows);
  }

  /** Adds {@code count} rows for endpoint {@code endpoint}, made in the first second of 1970. */
  @POST
  @Path("ancient")
  @Produces(MediaType.TEXT_PLAIN)
  public String ancient(@QueryParam("endpoint") String endpoint, @QueryParam("count") int count)
      throws SQLException {
    for (int i = 0; i < count; i++) {
      insert("old", endpoint, 1000 + i, 1, 200, null);
    }
    return Integer.toString(count);
  }

  /**
   * Adds one row per latency in {@code latencies} (comma-separated ms) to the endpoint with id
   * {@code endpoint_id}, the i-th made at {@code call_time} + i ms, with the given status and error
   * code: a window whose percentiles and buckets a test knows exactly.
   */
  @POST
  @Path("synthetic")
  @Produces(MediaType.TEXT_PLAIN)
  public String synthetic(
      @QueryParam("endpoint_id") String endpointId,
      @QueryParam("call_time") long callTime,
      @QueryParam("latencies") String latencies,
      @QueryParam("status") int status,
      @QueryParam("error_code") String errorCode)
      throws SQLException {
    String[] values = latencies.split(",");
    for (int i = 0; i < values.length; i++) {
      insert(endpointId, "synthetic", callTime + i, Long.parseLong(values[i]), status, errorCode);
    }
    return Integer.toString(values.length);
  }

  private void insert(
      String endpointId, String endpoint, long callTime, long latency, int status, String error)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO usage_records (id, call_time, endpoint_id, endpoint_name,"
                    + " principal_id, principal_kind, principal_name, stream, status, error_code,"
                    + " prompt_tokens, completion_tokens, total_tokens, tokens_estimated,"
                    + " latency_ms, usage_tracked) VALUES (?, ?, ?, ?, 1, 'USER', 'old',"
                    + " FALSE, ?, ?, 0, 0, 0, FALSE, ?, TRUE)")) {
      insert.setString(1, java.util.UUID.randomUUID().toString());
      insert.setLong(2, callTime);
      insert.setString(3, endpointId);
      insert.setString(4, endpoint);
      insert.setInt(5, status);
      insert.setString(6, error);
      insert.setLong(7, latency);
      insert.executeUpdate();
    }
  }

  /**
   * The purge with 1 day of retention on 2 January 1970, 00:00:02 (so everything before 2 s after
   * the epoch goes), {@code batch} rows per transaction; how many rows it deleted.
   */
  @POST
  @Path("purge")
  @Produces(MediaType.TEXT_PLAIN)
  public String purge(@QueryParam("batch") int batch) {
    Clock secondDay = Clock.fixed(Instant.ofEpochMilli(86_400_000L + 2000), ZoneOffset.UTC);
    return Long.toString(
        new RetentionPurge(new JdbcUsageRepository(dataSource), secondDay, 1, batch).run());
  }
}
