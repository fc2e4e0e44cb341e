package dev.gatehouse.terraform.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resources and data sources by type name; a duplicate name fails at start-up. */
public final class Registry {
  private final Map<String, Resource> resources = new LinkedHashMap<>();
  private final Map<String, DataSource> dataSources = new LinkedHashMap<>();

  public Registry(List<Resource> resources, List<DataSource> dataSources) {
    resources.forEach(r -> add(this.resources, r.typeName(), r));
    dataSources.forEach(d -> add(this.dataSources, d.typeName(), d));
  }

  private static <T> void add(Map<String, T> map, String name, T item) {
    if (map.putIfAbsent(name, item) != null) {
      throw new IllegalStateException("Type " + name + " is registered twice");
    }
  }

  public Map<String, Resource> resources() {
    return Collections.unmodifiableMap(resources);
  }

  public Map<String, DataSource> dataSources() {
    return Collections.unmodifiableMap(dataSources);
  }

  public Optional<Resource> resource(String typeName) {
    return Optional.ofNullable(resources.get(typeName));
  }

  public Optional<DataSource> dataSource(String typeName) {
    return Optional.ofNullable(dataSources.get(typeName));
  }
}
