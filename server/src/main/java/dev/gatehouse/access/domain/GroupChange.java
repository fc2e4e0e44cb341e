package dev.gatehouse.access.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One change to a group, as a PATCH asks for it; a PATCH applies its changes in order. */
public sealed interface GroupChange {
  record Rename(String displayName) implements GroupChange {
    public Rename {
      displayName = IdentityNames.require("displayName", displayName);
    }
  }

  record AddMembers(List<Long> ids) implements GroupChange {
    public AddMembers {
      ids = List.copyOf(ids);
    }
  }

  /** Removing an identity that is not a member changes nothing (so retries are harmless). */
  record RemoveMembers(List<Long> ids) implements GroupChange {
    public RemoveMembers {
      ids = List.copyOf(ids);
    }
  }

  record ReplaceMembers(List<Long> ids) implements GroupChange {
    public ReplaceMembers {
      ids = List.copyOf(ids);
    }
  }

  /** The members after applying {@code changes}, in order, to {@code current}. */
  static Set<Long> members(Collection<Long> current, List<GroupChange> changes) {
    Set<Long> members = new LinkedHashSet<>(current);
    for (GroupChange change : changes) {
      if (change instanceof AddMembers add) {
        members.addAll(add.ids());
      } else if (change instanceof RemoveMembers remove) {
        remove.ids().forEach(members::remove);
      } else if (change instanceof ReplaceMembers replace) {
        members.clear();
        members.addAll(replace.ids());
      }
    }
    return members;
  }

  /** The display name after {@code changes}: the last rename's, if any. */
  static Optional<String> newName(List<GroupChange> changes) {
    Optional<String> name = Optional.empty();
    for (GroupChange change : changes) {
      if (change instanceof Rename rename) {
        name = Optional.of(rename.displayName());
      }
    }
    return name;
  }

  /** Whether the changes touch membership (and not only the name). */
  static boolean touchesMembers(List<GroupChange> changes) {
    return changes.stream().anyMatch(c -> !(c instanceof Rename));
  }
}
