package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The sanctioned models: an endpoint may only point at a model listed for its provider and task,
 * except on open providers (any OpenAI-compatible server, another Databricks endpoint), whose model
 * names the platform team cannot know in advance.
 */
public final class ModelCatalog {
  private final List<CatalogModel> models;
  private final Set<String> openProviders;

  public ModelCatalog(Collection<CatalogModel> models, Collection<String> openProviders) {
    Set<String> seen = new LinkedHashSet<>();
    List<CatalogModel> unique = new ArrayList<>();
    for (CatalogModel m : models) {
      if (seen.add(m.provider() + "\n" + m.task() + "\n" + m.name())) {
        unique.add(m);
      }
    }
    unique.sort(
        Comparator.comparing(CatalogModel::provider)
            .thenComparing(CatalogModel::task)
            .thenComparing(CatalogModel::name));
    this.models = List.copyOf(unique);
    this.openProviders = Collections.unmodifiableSortedSet(new TreeSet<>(openProviders));
  }

  /** A catalog with the operator's additions on top of this one. */
  public ModelCatalog plus(ModelCatalog extra) {
    List<CatalogModel> all = new ArrayList<>(models);
    all.addAll(extra.models);
    Set<String> open = new LinkedHashSet<>(openProviders);
    open.addAll(extra.openProviders);
    return new ModelCatalog(all, open);
  }

  public boolean isOpen(ProviderKind provider) {
    return openProviders.contains(provider.wire());
  }

  public List<CatalogModel> list(Task task, ProviderKind provider) {
    return models.stream()
        .filter(m -> task == null || m.task().equals(task.wire()))
        .filter(m -> provider == null || m.provider().equals(provider.wire()))
        .toList();
  }

  public Set<String> openProviders() {
    return openProviders;
  }

  public void requireSanctioned(ProviderKind provider, Task task, String model, String path) {
    if (isOpen(provider)) {
      return;
    }
    List<CatalogModel> allowed = list(task, provider);
    if (allowed.stream().anyMatch(m -> m.name().equals(model))) {
      return;
    }
    String names =
        allowed.isEmpty()
            ? "none: provider '" + provider.wire() + "' offers no sanctioned model for this task"
            : allowed.stream().map(CatalogModel::name).collect(Collectors.joining(", "));
    throw new InvalidParameterException(
        path
            + ": model '"
            + model
            + "' is not sanctioned for provider '"
            + provider.wire()
            + "' and task '"
            + task.wire()
            + "'. Allowed: "
            + names
            + ".");
  }
}
