package dev.gatehouse.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Serves every route at the origin root: the Databricks SDKs strip any path from the host, so
 * {@code /api/2.0/...} and {@code /serving-endpoints/...} must live directly under it.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Gatehouse",
            version = "v1",
            description = "Governed serving endpoints for external LLM models."))
public class GatehouseApplication extends Application {}
