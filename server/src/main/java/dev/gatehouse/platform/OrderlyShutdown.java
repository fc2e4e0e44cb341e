package dev.gatehouse.platform;

import dev.gatehouse.platform.persistence.Database;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Stops the application in order: first everyone who holds unwritten data ({@link
 * ApplicationStopping} observers, synchronously), then the embedded database. A servlet listener
 * because the web module is stopped before the application's datasource is taken away, on an
 * undeploy and on SIGTERM alike.
 */
@WebListener
public class OrderlyShutdown implements ServletContextListener {
  @Inject Event<ApplicationStopping> stopping;
  @Inject Database database;

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    try {
      stopping.fire(new ApplicationStopping());
    } finally {
      database.closeEmbedded();
    }
  }
}
