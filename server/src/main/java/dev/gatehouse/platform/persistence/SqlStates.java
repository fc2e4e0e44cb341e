package dev.gatehouse.platform.persistence;

import java.sql.SQLException;

/**
 * Reads why the database refused a write from the SQLSTATE in an exception's causes. The codes are
 * standard, so they mean the same on H2 and PostgreSQL, unlike messages and vendor codes.
 */
public final class SqlStates {
  private static final String INTEGRITY_CONSTRAINT_CLASS = "23";
  private static final String UNIQUE_VIOLATION = "23505";

  private SqlStates() {}

  /** Any integrity constraint: unique, foreign key, not null, check. */
  public static boolean isConstraintViolation(Throwable e) {
    String state = sqlState(e);
    return state != null && state.startsWith(INTEGRITY_CONSTRAINT_CLASS);
  }

  /** A duplicate key: another writer created the same thing first. */
  public static boolean isUniqueViolation(Throwable e) {
    return UNIQUE_VIOLATION.equals(sqlState(e));
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
