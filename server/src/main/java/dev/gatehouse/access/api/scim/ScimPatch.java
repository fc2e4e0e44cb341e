package dev.gatehouse.access.api.scim;

import dev.gatehouse.access.domain.GroupChange;
import dev.gatehouse.access.domain.PrincipalChange;
import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns an RFC 7644 PatchOp body into domain changes. Understood: {@code add}, {@code remove} and
 * {@code replace} (any case) of {@code members} and {@code displayName} on groups, including the
 * {@code members[value eq "<id>"]} filter Databricks tools send to remove one member; of {@code
 * active}, {@code displayName} and (users) {@code emails} on users and service principals; and
 * operations without a path whose value holds attributes. Removing a non-member is not an error, so
 * that a retried request is harmless.
 */
final class ScimPatch {
  private static final Pattern MEMBER_FILTER =
      Pattern.compile("(?i)members\\s*\\[\\s*value\\s+eq\\s+\"([^\"]*)\"\\s*]");

  private ScimPatch() {}

  private record Operation(String op, String path, JsonNode value, String where) {
    boolean is(String name) {
      return op.equals(name);
    }

    boolean pathIs(String name) {
      return path != null && path.equalsIgnoreCase(name);
    }

    JsonNode requiredValue() {
      if (ScimAttributes.absent(value)) {
        throw new InvalidParameterException(where + ".value is required for '" + op + "'.");
      }
      return value;
    }

    InvalidParameterException unsupported(String supported) {
      return new InvalidParameterException(
          where
              + ": cannot "
              + op
              + (path == null ? " without a path" : " '" + path + "'")
              + "; supported: "
              + supported
              + ".");
    }
  }

  static List<GroupChange> groupChanges(JsonNode body) {
    List<GroupChange> changes = new ArrayList<>();
    for (Operation o : operations(body)) {
      Matcher one = o.path == null ? null : MEMBER_FILTER.matcher(o.path);
      if (one != null && one.matches() && o.is("remove")) {
        changes.add(
            new GroupChange.RemoveMembers(List.of(ScimAttributes.id(one.group(1), o.where))));
      } else if (o.pathIs("members")) {
        changes.add(members(o, o.value, o.where + ".value"));
      } else if (o.pathIs("displayName") && !o.is("remove")) {
        changes.add(new GroupChange.Rename(string(o.requiredValue(), o.where)));
      } else if (o.path == null && !o.is("remove")) {
        ScimAttributes attributes = new ScimAttributes(o.requiredValue(), o.where + ".value");
        if (attributes.has("displayName")) {
          changes.add(new GroupChange.Rename(attributes.string("displayName")));
        }
        if (attributes.has("members")) {
          changes.add(members(o, attributes.get("members"), attributes.at("members")));
        }
      } else {
        throw o.unsupported(
            "add, replace or remove of 'members', remove of 'members[value eq \"<id>\"]',"
                + " add or replace of 'displayName'");
      }
    }
    return changes;
  }

  private static GroupChange members(Operation o, JsonNode values, String where) {
    if (ScimAttributes.absent(values)) {
      if (o.is("remove")) {
        return new GroupChange.ReplaceMembers(List.of());
      }
      o.requiredValue();
    }
    List<Long> ids = ScimAttributes.ids(values, where);
    if (o.is("add")) {
      return new GroupChange.AddMembers(ids);
    }
    return o.is("remove")
        ? new GroupChange.RemoveMembers(ids)
        : new GroupChange.ReplaceMembers(ids);
  }

  static List<PrincipalChange> principalChanges(JsonNode body, boolean user) {
    List<PrincipalChange> changes = new ArrayList<>();
    String supported = "add or replace of 'active', 'displayName'" + (user ? ", 'emails'" : "");
    for (Operation o : operations(body)) {
      if (o.is("remove")) {
        throw o.unsupported(supported);
      }
      if (o.path == null) {
        ScimAttributes attributes = new ScimAttributes(o.requiredValue(), o.where + ".value");
        if (attributes.has("active")) {
          changes.add(new PrincipalChange.Activate(attributes.bool("active")));
        }
        if (attributes.has("displayName")) {
          changes.add(new PrincipalChange.Rename(attributes.string("displayName")));
        }
        if (user && attributes.has("emails")) {
          changes.add(new PrincipalChange.ChangeEmail(attributes.primaryValue("emails")));
        }
      } else if (o.pathIs("active")) {
        changes.add(new PrincipalChange.Activate(ScimAttributes.bool(o.requiredValue(), o.where)));
      } else if (o.pathIs("displayName")) {
        changes.add(new PrincipalChange.Rename(string(o.requiredValue(), o.where)));
      } else if (user && o.pathIs("emails")) {
        changes.add(
            new PrincipalChange.ChangeEmail(
                ScimAttributes.primaryValue(o.requiredValue(), o.where + ".value")));
      } else {
        throw o.unsupported(supported);
      }
    }
    return changes;
  }

  private static String string(JsonNode value, String where) {
    return ScimAttributes.string(value, where + ".value");
  }

  private static List<Operation> operations(JsonNode body) {
    ScimAttributes request = new ScimAttributes(body, "");
    JsonNode operations = request.get("Operations");
    if (!operations.isArray() || operations.isEmpty()) {
      throw new InvalidParameterException(
          "Operations is required: a non-empty array of {\"op\", \"path\", \"value\"}.");
    }
    List<Operation> parsed = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      String where = "Operations[" + i + "]";
      ScimAttributes operation = new ScimAttributes(operations.get(i), where);
      String op = operation.string("op");
      String normalized = op == null ? "" : op.toLowerCase(Locale.ROOT);
      if (!List.of("add", "remove", "replace").contains(normalized)) {
        throw new InvalidParameterException(
            where
                + ".op must be add, remove or replace"
                + (op == null ? "" : "; got '" + op + "'")
                + ".");
      }
      String path = operation.string("path");
      parsed.add(
          new Operation(
              normalized,
              path == null || path.isBlank() ? null : path.trim(),
              operation.get("value"),
              where));
    }
    return parsed;
  }
}
