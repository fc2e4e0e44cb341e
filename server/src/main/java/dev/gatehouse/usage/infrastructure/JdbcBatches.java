package dev.gatehouse.usage.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the append-only record tables have in common: a batch of rows inserted as one JDBC batch in
 * one local transaction, and the purge of their oldest rows a bounded number at a time. The SQL is
 * portable between H2 and PostgreSQL.
 */
final class JdbcBatches {
  private JdbcBatches() {}

  /** Sets one row's parameters. */
  interface Binder<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  /** Inserts all the rows or, on failure, none. */
  static <T> void insert(DataSource dataSource, String sql, List<T> rows, Binder<T> binder) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (T row : rows) {
          binder.bind(insert, row);
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Writing " + rows.size() + " rows failed: " + sql, e);
    }
  }

  /**
   * Deletes at most {@code limit} rows of {@code table} (a constant of the caller's) whose {@code
   * call_time} is before {@code cutoff}, oldest first; how many it deleted.
   */
  static int purge(DataSource dataSource, String table, long cutoff, int limit) {
    // FETCH FIRST with a literal: both H2 and PostgreSQL accept it; the limit is an int from
    // config.
    String sql =
        "DELETE FROM "
            + table
            + " WHERE id IN (SELECT id FROM "
            + table
            + " WHERE call_time < ? ORDER BY call_time FETCH FIRST "
            + limit
            + " ROWS ONLY)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(sql)) {
      delete.setLong(1, cutoff);
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Purging " + table + " failed", e);
    }
  }
}
