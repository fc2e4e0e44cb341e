package dev.gatehouse.terraform.client;

/** No HTTP answer from Gatehouse at all: wrong host, server down, or a broken connection. */
public class GatehouseUnreachableException extends RuntimeException {
  public GatehouseUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
