package dev.gatehouse.providers;

import dev.gatehouse.endpoints.domain.ProviderKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@link ProviderAdapter} bean, one per provider. Two adapters for one provider stop the
 * deployment; a provider without one is answered with an explicit "not supported yet".
 */
@ApplicationScoped
public class ProviderRegistry {
  @Inject @Any Instance<ProviderAdapter> beans;

  private Map<ProviderKind, ProviderAdapter> adapters;

  @PostConstruct
  void collect() {
    List<ProviderAdapter> found = new ArrayList<>();
    beans.forEach(found::add);
    adapters = index(found);
  }

  /** A registry of exactly these adapters, for tests and tools without CDI. */
  public static ProviderRegistry of(List<ProviderAdapter> adapters) {
    ProviderRegistry registry = new ProviderRegistry();
    registry.adapters = index(adapters);
    return registry;
  }

  private static Map<ProviderKind, ProviderAdapter> index(List<ProviderAdapter> found) {
    Map<ProviderKind, ProviderAdapter> byKind = new EnumMap<>(ProviderKind.class);
    for (ProviderAdapter adapter : found) {
      ProviderAdapter previous = byKind.putIfAbsent(adapter.provider(), adapter);
      if (previous != null) {
        throw new IllegalStateException(
            "Two adapters for provider "
                + adapter.provider().wire()
                + ": "
                + previous.getClass().getName()
                + " and "
                + adapter.getClass().getName());
      }
    }
    return byKind;
  }

  /** The adapter of a provider; throws {@link ProviderNotSupportedException} (400) if none. */
  public ProviderAdapter adapterFor(ProviderKind provider) {
    ProviderAdapter adapter = adapters.get(provider);
    if (adapter == null) {
      throw new ProviderNotSupportedException(provider);
    }
    return adapter;
  }

  public boolean supports(ProviderKind provider) {
    return adapters.containsKey(provider);
  }
}
