package dev.gatehouse.endpoints.domain;

import java.util.List;

/** How requests are split between an endpoint's served entities. */
public record TrafficConfig(List<Route> routes) {

  /**
   * One route. Databricks echoes both name fields with the same value, and Terraform relies on that
   * to suppress a diff, so normalized routes carry both.
   */
  public record Route(String servedEntityName, String servedModelName, Integer trafficPercentage) {
    public String target() {
      return servedEntityName != null ? servedEntityName : servedModelName;
    }
  }
}
