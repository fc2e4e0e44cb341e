package dev.gatehouse.it;

import dev.gatehouse.access.domain.TokenStore;
import dev.gatehouse.endpoints.domain.SecretReference;
import dev.gatehouse.platform.persistence.Database;
import dev.gatehouse.secrets.domain.SecretResolver;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.sql.DataSource;

/**
 * Test-only, deployed only in the IT archive: looks where the API never lets anyone look (the
 * resolver's answer, every text column of the database) and makes non-admin users, which the API
 * cannot make yet.
 */
@Path("it/secrets")
@RequestScoped
public class SecretsProbeResource {
  @Inject SecretResolver resolver;
  @Inject TokenStore tokens;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** What Gatehouse itself resolves a reference to. */
  @GET
  @Path("resolve")
  @Produces(MediaType.TEXT_PLAIN)
  public String resolve(@QueryParam("scope") String scope, @QueryParam("key") String key) {
    return resolver.resolve(new SecretReference(scope, key)).asString();
  }

  /** Every {@code table.column} of text type holding {@code text} anywhere in some row. */
  @GET
  @Path("columns-containing")
  @Produces(MediaType.TEXT_PLAIN)
  public String columnsContaining(@QueryParam("text") String text) throws SQLException {
    List<String> hits = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      List<String[]> columns = new ArrayList<>();
      try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE"
                      + " TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE LIKE 'CHARACTER%'");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
      for (String[] column : columns) {
        String sql =
            "SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE \"" + column[1] + "\" LIKE ?";
        try (PreparedStatement count = connection.prepareStatement(sql)) {
          count.setString(1, "%" + text + "%");
          try (ResultSet rows = count.executeQuery()) {
            rows.next();
            if (rows.getLong(1) > 0) {
              hits.add(column[0] + "." + column[1]);
            }
          }
        }
      }
      if (columns.isEmpty()) {
        throw new IllegalStateException("no text columns found: the scan would prove nothing");
      }
    }
    return String.join(",", hits);
  }

  /** {@code key master_key_id} of every stored secret of a scope, one per line. */
  @GET
  @Path("rows")
  @Produces(MediaType.TEXT_PLAIN)
  public String rows(@QueryParam("scope") String scope) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT s.secret_key, s.master_key_id, s.ciphertext FROM secrets s JOIN"
                    + " secret_scopes c ON c.id = s.scope_id WHERE c.name = ? ORDER BY"
                    + " s.secret_key")) {
      query.setString(1, scope);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          out.append(rows.getString(1)).append(' ').append(rows.getString(2)).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** Every log record of the server since the first call to {@link #captureLog}. */
  private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

  private static final Handler CAPTURE =
      new Handler() {
        private final Formatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          LOG.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** Starts capturing the server log (the root logger, so every logger that propagates). */
  @POST
  @Path("log/capture")
  @Produces(MediaType.TEXT_PLAIN)
  public String captureLog() {
    Logger root = Logger.getLogger("");
    if (!Arrays.asList(root.getHandlers()).contains(CAPTURE)) {
      CAPTURE.setLevel(Level.ALL);
      root.addHandler(CAPTURE);
    }
    return "capturing";
  }

  /** How many captured log records contain {@code text}. */
  @GET
  @Path("log/count")
  @Produces(MediaType.TEXT_PLAIN)
  public String logCount(@QueryParam("text") String text) {
    synchronized (LOG) {
      return String.valueOf(LOG.stream().filter(line -> line.contains(text)).count());
    }
  }
}
