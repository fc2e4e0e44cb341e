package dev.gatehouse.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves {@code /console/**} and {@code /webjars/**} from the WAR and from the {@code
 * META-INF/resources} of its library jars. The JAX-RS application is mapped to {@code /*}, so
 * without this filter Jersey would answer these paths with 404; the filter answers them before the
 * request reaches Jersey, with a Content-Security-Policy that lets the page talk to this origin
 * alone.
 */
@WebFilter(urlPatterns = {"/console", "/console/*", "/webjars/*"})
public class StaticAssetsFilter extends HttpFilter {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
          + "frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/console")) {
      response.sendRedirect(request.getContextPath() + "/console/");
      return;
    }
    AssetPath asset = AssetPath.of(path);
    if (asset == null
        || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = request.getServletContext().getResourceAsStream(asset.resource())) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(asset.contentType());
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Referrer-Policy", "no-referrer");
      // The console's own files change with every build; the versioned WebJars never do.
      response.setHeader(
          "Cache-Control", asset.versioned() ? "public, max-age=31536000, immutable" : "no-cache");
      if ("GET".equals(request.getMethod())) {
        in.transferTo(response.getOutputStream());
      }
    }
  }
}
