package dev.gatehouse.terraform.resources.modelserving;

import dev.gatehouse.terraform.client.EndpointsApi.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code PATCH .../tags} that turns one tag set into another: keys that went away are deleted,
 * new or changed tags added (adding an existing key replaces its value in place).
 */
record TagDiff(List<Tag> add, List<String> delete) {

  static TagDiff between(List<Tag> before, List<Tag> after) {
    Set<String> kept = after.stream().map(Tag::key).collect(Collectors.toSet());
    List<String> delete = new ArrayList<>();
    for (Tag tag : before) {
      if (!kept.contains(tag.key())) {
        delete.add(tag.key());
      }
    }
    List<Tag> add = after.stream().filter(tag -> !before.contains(tag)).toList();
    return new TagDiff(add, delete);
  }
}
