package dev.gatehouse.platform;

/**
 * Fired once when the application stops taking requests, while the datasource still works: the
 * moment to write out what is held in memory. (By the time EJB singletons' {@code @PreDestroy}
 * runs, Payara has already removed the application's connection pool.)
 */
public record ApplicationStopping() {}
