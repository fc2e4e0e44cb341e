package dev.gatehouse.metrics.domain;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One time series: a meter and its labels. Labels are sorted, so the same labels given in any order
 * are the same series, and rendering is stable.
 */
public record Series(Meter meter, SortedMap<String, String> labels) {
  public Series {
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  /** A series from alternating label names and values. */
  public static Series of(Meter meter, String... namesAndValues) {
    SortedMap<String, String> labels = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      labels.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Series(meter, labels);
  }
}
