package dev.gatehouse.it;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Test-only, deployed only in the IT archive: the stored usage rows of an endpoint, which the API
 * only ever shows as totals.
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
}
