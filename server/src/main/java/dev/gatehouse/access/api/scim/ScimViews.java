package dev.gatehouse.access.api.scim;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.access.domain.GroupDetails;
import dev.gatehouse.access.domain.IdentityGroup;
import dev.gatehouse.access.domain.IdentityKind;
import dev.gatehouse.access.domain.IdentityRef;
import dev.gatehouse.access.domain.Principal;
import dev.gatehouse.access.domain.PrincipalDetails;
import dev.gatehouse.platform.json.JsonBody;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Users, service principals and groups in RFC 7643 shapes: camelCase attributes (unlike the rest of
 * the API), timestamps as xsd:dateTime, {@code meta.location} absolute, {@code $ref} relative as
 * Databricks sends it.
 */
final class ScimViews {
  private ScimViews() {}

  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  record Meta(String resourceType, String created, String lastModified, String location) {}

  /** A multi-valued reference: a user's group, or a group's member. */
  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  record Ref(String value, String display, String type, @JsonProperty("$ref") String ref) {}

  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  record Email(String value, String type, boolean primary) {}

  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  record User(
      List<String> schemas,
      String id,
      String userName,
      String displayName,
      boolean active,
      List<Email> emails,
      List<Ref> groups,
      Meta meta)
      implements JsonBody {}

  /** {@code userName} (the application id) is set only when {@code Me} answers with one. */
  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  record ServicePrincipal(
      List<String> schemas,
      String id,
      String applicationId,
      String displayName,
      boolean active,
      List<Ref> groups,
      Meta meta,
      String userName)
      implements JsonBody {}

  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  record Group(List<String> schemas, String id, String displayName, List<Ref> members, Meta meta)
      implements JsonBody {}

  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  record ListResponse(
      List<String> schemas,
      long totalResults,
      int itemsPerPage,
      int startIndex,
      @JsonProperty("Resources") List<JsonBody> resources)
      implements JsonBody {
    static ListResponse of(long total, int startIndex, List<? extends JsonBody> resources) {
      return new ListResponse(
          List.of(Scim.LIST_RESPONSE), total, resources.size(), startIndex, List.copyOf(resources));
    }
  }

  static User user(PrincipalDetails details, URI scimBase) {
    Principal p = details.principal();
    return new User(
        List.of(Scim.USER),
        Long.toString(p.id()),
        p.userName(),
        p.displayName(),
        p.active(),
        p.email() == null ? List.of() : List.of(new Email(p.email(), "work", true)),
        groups(details),
        meta("User", p.createdAt(), p.updatedAt(), scimBase, "Users/" + p.id()));
  }

  static ServicePrincipal servicePrincipal(PrincipalDetails details, URI scimBase) {
    return servicePrincipal(details, scimBase, false);
  }

  static ServicePrincipal servicePrincipal(PrincipalDetails details, URI scimBase, boolean me) {
    Principal p = details.principal();
    return new ServicePrincipal(
        List.of(Scim.SERVICE_PRINCIPAL),
        Long.toString(p.id()),
        p.userName(),
        p.displayName(),
        p.active(),
        groups(details),
        meta(
            "ServicePrincipal",
            p.createdAt(),
            p.updatedAt(),
            scimBase,
            "ServicePrincipals/" + p.id()),
        me ? p.userName() : null);
  }

  static Group group(GroupDetails details, URI scimBase) {
    IdentityGroup g = details.group();
    List<Ref> members = new ArrayList<>();
    for (IdentityRef m : details.members()) {
      members.add(new Ref(Long.toString(m.id()), m.displayName(), type(m.kind()), path(m)));
    }
    return new Group(
        List.of(Scim.GROUP),
        Long.toString(g.id()),
        g.displayName(),
        members,
        meta("Group", g.createdAt(), g.updatedAt(), scimBase, "Groups/" + g.id()));
  }

  /** Direct groups first ({@code type: direct}), then those inherited through nesting. */
  private static List<Ref> groups(PrincipalDetails details) {
    List<Ref> groups = new ArrayList<>();
    for (IdentityRef g : details.directGroups()) {
      groups.add(new Ref(Long.toString(g.id()), g.name(), "direct", path(g)));
    }
    for (IdentityRef g : details.inheritedGroups()) {
      groups.add(new Ref(Long.toString(g.id()), g.name(), "indirect", path(g)));
    }
    return groups;
  }

  private static String type(IdentityKind kind) {
    return switch (kind) {
      case USER -> "User";
      case SERVICE_PRINCIPAL -> "ServicePrincipal";
      case GROUP -> "Group";
    };
  }

  private static String path(IdentityRef ref) {
    return switch (ref.kind()) {
          case USER -> "Users/";
          case SERVICE_PRINCIPAL -> "ServicePrincipals/";
          case GROUP -> "Groups/";
        }
        + ref.id();
  }

  private static Meta meta(String type, long created, long modified, URI scimBase, String path) {
    return new Meta(
        type,
        Instant.ofEpochMilli(created).toString(),
        Instant.ofEpochMilli(modified).toString(),
        scimBase.resolve(path).toString());
  }
}
