package dev.gatehouse.terraform.framework;

import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.client.GatehouseUnreachableException;

/**
 * Turns what went wrong in a resource call into a diagnostic that carries the server's own message
 * and says what the user can do about it.
 */
final class ApiErrors {
  private ApiErrors() {}

  static Diagnostic toDiagnostic(String action, RuntimeException failure) {
    if (failure instanceof GatehouseApiException api) {
      return Diagnostic.error(
          "Gatehouse refused to " + action,
          api.status() + " " + api.errorCode() + ": " + api.getMessage() + hint(api.status()));
    }
    if (failure instanceof GatehouseUnreachableException) {
      return Diagnostic.error(
          "Cannot reach Gatehouse to " + action,
          failure.getMessage() + " Check the provider's host (or GATEHOUSE_HOST).");
    }
    if (failure instanceof ResourceContext.ProviderNotConfiguredException) {
      return Diagnostic.error(
          "The gatehouse provider is not configured",
          "Cannot " + action + " before the provider is configured with a host and a token.");
    }
    return Diagnostic.error(
        "Unexpected error while trying to " + action,
        failure.getClass().getSimpleName()
            + ": "
            + failure.getMessage()
            + " This is a bug in the gatehouse provider; please report it.");
  }

  private static String hint(int status) {
    return switch (status) {
      case 401 -> " Check the provider's token (or GATEHOUSE_TOKEN).";
      case 403 -> " The token's principal lacks the permission for this.";
      default -> "";
    };
  }
}
