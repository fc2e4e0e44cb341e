package dev.gatehouse.endpoints.domain;

/**
 * One condition a new config must meet before it serves traffic (its secrets resolve, its provider
 * answers, ...). Implementations are CDI beans; the coordinator runs all of them in the background
 * while the old config keeps serving.
 */
public interface ReadinessCheck {
  /**
   * Returns normally when the config is ready in this respect, or throws {@link NotReadyException}
   * with a reason the endpoint's owner can act on (never a secret value).
   *
   * @throws InterruptedException when the update is canceled while the check waits
   */
  void check(PendingUpdate update) throws InterruptedException;
}
