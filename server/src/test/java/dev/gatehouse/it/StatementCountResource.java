package dev.gatehouse.it;

import dev.gatehouse.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Test-only, deployed only in the IT archive: counts the SQL statements the database executed, from
 * H2's own query statistics, so a test can show what a burst of calls cost the database whichever
 * code ran them. The statistics queries themselves are left out.
 */
@Path("it/statements")
@RequestScoped
public class StatementCountResource {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @POST
  @Path("start")
  @Produces(MediaType.TEXT_PLAIN)
  public String start() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
      s.execute("SET QUERY_STATISTICS TRUE");
    }
    return "on";
  }

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String count() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                    + " WHERE UPPER(SQL_STATEMENT) NOT LIKE '%QUERY_STATISTICS%'")) {
      rs.next();
      return Long.toString(rs.getLong(1));
    }
  }
}
