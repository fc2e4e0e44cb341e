package dev.gatehouse.access.api.scim;

import dev.gatehouse.access.domain.NewPrincipal;
import dev.gatehouse.access.domain.PrincipalChange;
import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * SCIM create and replace bodies as domain requests. Read-only attributes ({@code id}, {@code
 * meta}, a user's {@code groups}) are ignored as RFC 7643 requires; group membership changes
 * through the group.
 */
final class ScimRequests {
  private ScimRequests() {}

  record NewGroup(String displayName, List<Long> members) {}

  static NewPrincipal newUser(JsonNode body) {
    ScimAttributes user = new ScimAttributes(body, "");
    return new NewPrincipal(
        user.requiredString("userName"),
        user.string("displayName"),
        user.primaryValue("emails"),
        !Boolean.FALSE.equals(user.bool("active")));
  }

  /** Without an {@code applicationId}, Gatehouse makes one up (a random UUID). */
  static NewPrincipal newServicePrincipal(JsonNode body) {
    ScimAttributes sp = new ScimAttributes(body, "");
    String applicationId = sp.string("applicationId");
    return new NewPrincipal(
        applicationId == null ? UUID.randomUUID().toString() : applicationId,
        sp.string("displayName"),
        null,
        !Boolean.FALSE.equals(sp.bool("active")));
  }

  static NewGroup newGroup(JsonNode body) {
    ScimAttributes group = new ScimAttributes(body, "");
    return new NewGroup(group.requiredString("displayName"), group.ids("members"));
  }

  /** PUT: every attribute Gatehouse keeps is replaced; absent ones take their defaults. */
  static List<PrincipalChange> replaceUser(JsonNode body) {
    ScimAttributes user = new ScimAttributes(body, "");
    String userName = user.requiredString("userName");
    List<PrincipalChange> changes = new ArrayList<>();
    changes.add(new PrincipalChange.ConfirmName(userName));
    changes.add(new PrincipalChange.Rename(orElse(user.string("displayName"), userName)));
    changes.add(new PrincipalChange.Activate(!Boolean.FALSE.equals(user.bool("active"))));
    changes.add(new PrincipalChange.ChangeEmail(user.primaryValue("emails")));
    return changes;
  }

  static List<PrincipalChange> replaceServicePrincipal(JsonNode body) {
    ScimAttributes sp = new ScimAttributes(body, "");
    String applicationId = sp.string("applicationId");
    List<PrincipalChange> changes = new ArrayList<>();
    if (applicationId != null) {
      changes.add(new PrincipalChange.ConfirmName(applicationId));
    }
    String displayName = sp.string("displayName");
    if (displayName == null && applicationId == null) {
      throw new InvalidParameterException("displayName or applicationId is required.");
    }
    changes.add(new PrincipalChange.Rename(orElse(displayName, applicationId)));
    changes.add(new PrincipalChange.Activate(!Boolean.FALSE.equals(sp.bool("active"))));
    return changes;
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
