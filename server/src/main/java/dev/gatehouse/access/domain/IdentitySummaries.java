package dev.gatehouse.access.domain;

import dev.gatehouse.platform.json.Json;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the audit trail keeps of an identity before and after a change. */
public final class IdentitySummaries {
  private IdentitySummaries() {}

  record PrincipalSummary(
      long id,
      String kind,
      String name,
      String displayName,
      String email,
      boolean active,
      List<String> groups) {}

  record GroupSummary(long id, String displayName, List<String> members) {}

  public static JsonNode of(PrincipalDetails details) {
    Principal p = details.principal();
    return Json.MAPPER.valueToTree(
        new PrincipalSummary(
            p.id(),
            p.kind().name(),
            p.userName(),
            p.displayName(),
            p.email(),
            p.active(),
            details.directGroups().stream().map(IdentityRef::name).toList()));
  }

  public static JsonNode of(GroupDetails details) {
    return Json.MAPPER.valueToTree(
        new GroupSummary(
            details.group().id(),
            details.group().displayName(),
            details.members().stream().map(IdentityRef::name).toList()));
  }
}
