package dev.gatehouse.schema;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates documents against Gatehouse's schemas and reports {@link Violation}s.
 *
 * <p>Loading and compiling the schemas is the expensive part, so build one instance and share it:
 * after construction the instance is immutable and safe to use from many threads. All schemas are
 * compiled eagerly, so a broken schema or an unresolvable {@code $ref} fails at start-up rather
 * than on the first request that happens to reach it.
 *
 * <p>{@code $ref}s between schemas use the public {@code https://gatehouse.dev/schema/v1/} IRIs;
 * the schema loader maps that prefix onto the bundled {@code dev/gatehouse/schema/v1/} folder, and
 * remote fetching is switched off, so validation never touches the network.
 */
public final class SchemaValidator {
  /** Lets a schema replace the generic message for a keyword, e.g. for a hard-to-read pattern. */
  static final String ERROR_MESSAGE_KEYWORD = "errorMessage";

  private final Map<String, Schema> schemas;
  private final ViolationTranslator translator;

  /** Loads and compiles every schema listed in {@link Schemas#names()}. */
  public SchemaValidator() {
    SchemaRegistry registry = newRegistry();
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Schema> compiled = new LinkedHashMap<>();
    Map<String, JsonNode> trees = new HashMap<>();
    for (String name : Schemas.names()) {
      Schema schema = registry.getSchema(SchemaLocation.of(Schemas.iri(name)));
      schema.initializeValidators();
      compiled.put(name, schema);
      trees.put(Schemas.iri(name), mapper.readTree(Schemas.document(name).orElseThrow()));
    }
    this.schemas = Map.copyOf(compiled);
    this.translator = new ViolationTranslator(Map.copyOf(trees));
  }

  /**
   * Checks a document against one schema.
   *
   * @param schemaName one of {@link Schemas#names()}, e.g. {@link Schemas#CREATE_ENDPOINT}
   * @param document the parsed request or response body
   * @return the violations, sorted by path and without duplicates; empty when the document is valid
   * @throws IllegalArgumentException if no schema has that name
   */
  public List<Violation> validate(String schemaName, JsonNode document) {
    Schema schema = schemas.get(schemaName);
    if (schema == null) {
      throw new IllegalArgumentException(
          "Unknown schema '"
              + schemaName
              + "'; known schemas: "
              + String.join(", ", Schemas.names()));
    }
    List<Violation> outOfRange = OutOfRangeNumbers.find(document);
    if (!outOfRange.isEmpty()) {
      return List.copyOf(new TreeSet<>(outOfRange));
    }
    TreeSet<Violation> violations = new TreeSet<>();
    for (Error error : schema.validate(document)) {
      violations.add(translator.translate(error));
    }
    return List.copyOf(violations);
  }

  private static SchemaRegistry newRegistry() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_PATH)
            .errorMessageKeyword(ERROR_MESSAGE_KEYWORD)
            .build();
    return SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        builder ->
            builder
                .schemaRegistryConfig(config)
                .schemaLoader(
                    loader ->
                        loader
                            .fetchRemoteResources(false)
                            .resourceLoaders(
                                resources -> resources.add(SchemaValidator::bundledSchema))));
  }

  /**
   * Serves {@code https://gatehouse.dev/schema/v1/<name>.schema.json} from this jar.
   *
   * <p>networknt's own {@code classpath:} mapping reads through the thread's context class loader
   * (falling back to networknt's loader), which in an application server need not be the loader
   * that holds this jar; going through {@link Schemas#document} always uses the right one. Only
   * listed schemas are served, so a {@code $ref} to an unlisted file fails at construction.
   */
  private static InputStreamSource bundledSchema(AbsoluteIri iri) {
    String text = iri.toString();
    if (!text.startsWith(Schemas.BASE_IRI) || !text.endsWith(Schemas.SUFFIX)) {
      return null;
    }
    String name =
        text.substring(Schemas.BASE_IRI.length(), text.length() - Schemas.SUFFIX.length());
    return Schemas.document(name)
        .<InputStreamSource>map(
            json -> () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
        .orElse(null);
  }
}
