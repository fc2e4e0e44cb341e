package dev.gatehouse.access.domain;

import jakarta.enterprise.context.RequestScoped;

/** Holds the caller the authentication filter found, for services further down the request. */
@RequestScoped
public class CallerContext {
  private Caller caller;

  public void set(Caller caller) {
    this.caller = caller;
  }

  /** The caller; authentication runs before every protected route, so absence is a bug. */
  public Caller get() {
    if (caller == null) {
      throw new UnauthenticatedException("This request carries no authenticated caller.");
    }
    return caller;
  }
}
