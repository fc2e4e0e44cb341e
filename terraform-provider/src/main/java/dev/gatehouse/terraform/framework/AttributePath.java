package dev.gatehouse.terraform.framework;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in a value a diagnostic points, e.g. {@code config[0].name}: Terraform turns it into the
 * HCL file and line of that argument.
 */
public record AttributePath(List<Step> steps) {
  public static final AttributePath ROOT = new AttributePath(List.of());

  public sealed interface Step permits AttributeName, ElementKeyString, ElementKeyInt {}

  public record AttributeName(String name) implements Step {}

  public record ElementKeyString(String key) implements Step {}

  public record ElementKeyInt(long index) implements Step {}

  public static AttributePath of(String attribute) {
    return ROOT.attribute(attribute);
  }

  public AttributePath attribute(String name) {
    return append(new AttributeName(name));
  }

  public AttributePath key(String key) {
    return append(new ElementKeyString(key));
  }

  public AttributePath index(long index) {
    return append(new ElementKeyInt(index));
  }

  private AttributePath append(Step step) {
    List<Step> longer = new ArrayList<>(steps);
    longer.add(step);
    return new AttributePath(List.copyOf(longer));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Step step : steps) {
      if (step instanceof AttributeName a) {
        text.append(text.length() == 0 ? "" : ".").append(a.name());
      } else if (step instanceof ElementKeyString k) {
        text.append("[\"").append(k.key()).append("\"]");
      } else {
        text.append('[').append(((ElementKeyInt) step).index()).append(']');
      }
    }
    return text.toString();
  }
}
