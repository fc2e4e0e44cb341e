package dev.gatehouse.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Serves every route at the origin root: the Databricks SDKs strip any path from the host, so
 * {@code /api/2.0/...} and {@code /serving-endpoints/...} must live directly under it.
 *
 * <p>Jersey holds back the first 8 KiB of every response to compute its Content-Length, and a flush
 * does not release them: a streamed answer reached the caller only after some thirty chunks or at
 * its end. With no such buffer every response is sent as it is written (chunked when its length is
 * not known up front), and each relayed chunk reaches the caller when it arrives.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Gatehouse",
            version = "v1",
            description = "Governed serving endpoints for external LLM models."))
public class GatehouseApplication extends Application {
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.contentLength.buffer", 0);
  }
}
