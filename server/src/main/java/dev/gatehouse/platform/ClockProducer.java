package dev.gatehouse.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The wall clock beans take by injection rather than calling {@code Instant.now()}, so that tests
 * can move time (rate-limit windows, retention) without sleeping.
 */
@ApplicationScoped
public class ClockProducer {
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
