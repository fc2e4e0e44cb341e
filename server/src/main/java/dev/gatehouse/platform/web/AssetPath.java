package dev.gatehouse.platform.web;

import java.util.Map;

/**
 * A request path that may name a static asset: under {@code /console/} or {@code /webjars/}, with
 * no {@code ..}, backslash or empty segment, and a known file type. Anything else is no asset, so
 * nothing outside those two folders (WEB-INF, classes) can be read through the filter.
 */
record AssetPath(String resource, String contentType, boolean versioned) {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "css", "text/css;charset=UTF-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "json", "application/json");

  /** The asset {@code path} names ({@code /console/} means its index page), or null. */
  static AssetPath of(String path) {
    if (!(path.startsWith("/console/") || path.startsWith("/webjars/"))
        || path.contains("..")
        || path.contains("//")
        || path.contains("\\")
        || path.contains("%")) {
      return null;
    }
    String resource = path.equals("/console/") ? "/console/index.html" : path;
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
    if (type == null) {
      return null;
    }
    // A WebJar's files are found by ServletContext.getResource in the META-INF/resources of the
    // jars in WEB-INF/lib (Servlet 3.0), under the same path.
    return new AssetPath(resource, type, path.startsWith("/webjars/"));
  }
}
