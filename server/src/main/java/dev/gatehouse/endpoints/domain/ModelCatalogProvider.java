package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.schema.CatalogDocuments;
import dev.gatehouse.schema.SchemaValidator;
import dev.gatehouse.schema.Schemas;
import dev.gatehouse.schema.Violation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loads the sanctioned-model catalog once: the one shipped in the schema jar, plus the operator's
 * additions from {@code gatehouse.catalog.extra-file}, so a new model can be allowed without a
 * rebuild. A broken extra file stops start-up with a message naming the file and the field, rather
 * than silently allowing less or more than intended.
 */
@ApplicationScoped
public class ModelCatalogProvider {
  private static final Logger LOG = Logger.getLogger(ModelCatalogProvider.class.getName());

  @Inject
  @ConfigProperty(name = "gatehouse.catalog.extra-file")
  Optional<String> extraFile;

  private ModelCatalog catalog;

  @PostConstruct
  void load() {
    ModelCatalog builtIn = parse(CatalogDocuments.builtInCatalog(), "the built-in catalog");
    catalog =
        extraFile.filter(f -> !f.isBlank()).map(this::readExtra).map(builtIn::plus).orElse(builtIn);
  }

  public ModelCatalog get() {
    return catalog;
  }

  private ModelCatalog readExtra(String file) {
    try {
      ModelCatalog extra = parse(Files.readString(Path.of(file)), file);
      LOG.info("Model catalog extended by " + file);
      return extra;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gatehouse.catalog.extra-file " + file, e);
    }
  }

  static ModelCatalog parse(String text, String source) {
    JsonNode document;
    try {
      document = Json.MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw new IllegalStateException(
          "Invalid model catalog " + source + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    List<Violation> violations = new SchemaValidator().validate(Schemas.MODEL_CATALOG, document);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("Invalid model catalog " + source + ": " + violations);
    }
    CatalogFile file = Json.MAPPER.treeToValue(document, CatalogFile.class);
    return new ModelCatalog(
        file.models(), file.openProviders() == null ? List.of() : file.openProviders());
  }

  record CatalogFile(List<String> openProviders, List<CatalogModel> models) {}
}
