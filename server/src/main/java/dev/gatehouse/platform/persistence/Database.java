package dev.gatehouse.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Declares the one datasource from MicroProfile Config, so environment variables alone move the
 * same WAR from the embedded H2 file to PostgreSQL, and brings its schema up to date with Flyway
 * before anything else starts. EclipseLink never generates DDL: migrations are the only way the
 * schema changes, so an upgrade never drops data.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "${MPCONFIG=gatehouse.datasource.class}",
    url = "${MPCONFIG=gatehouse.datasource.url}",
    user = "${MPCONFIG=gatehouse.datasource.user}",
    password = "${MPCONFIG=gatehouse.datasource.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/gatehouse";
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(Database.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        "Database schema at version "
            + (result.targetSchemaVersion == null
                ? result.initialSchemaVersion
                : result.targetSchemaVersion)
            + " ("
            + result.migrationsExecuted
            + " migrations applied now)");
  }

  /**
   * Closes an embedded H2 database, last thing before the application stops (see {@link
   * dev.gatehouse.platform.OrderlyShutdown}). H2 would otherwise close itself from its own JVM
   * shutdown hook, racing the application's shutdown, so writes made while stopping (the usage
   * writer's drain) would fail; the default URL therefore turns that hook off ({@code
   * DB_CLOSE_ON_EXIT=FALSE}) and this closes the database cleanly instead, so nothing written is
   * left unflushed. Other databases are left alone: the pool closes their connections.
   */
  public void closeEmbedded() {
    try (Connection connection = dataSource.getConnection()) {
      String url = connection.getMetaData().getURL();
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())
          || url.startsWith("jdbc:h2:mem:")) {
        return;
      }
      try (Statement shutdown = connection.createStatement()) {
        shutdown.execute("SHUTDOWN");
      }
      LOG.info("Embedded database closed");
    } catch (SQLException e) {
      // Already closed (H2's own hook, when the URL keeps it on): nothing left to do.
      LOG.log(Level.FINE, "Closing the embedded database", e);
    }
  }
}
