package dev.gatehouse.schema;

/**
 * Access to the sanctioned-model catalog shipped with Gatehouse.
 *
 * <p>The catalog is data, not code, so operators can read and extend it without a rebuild; it lives
 * next to the schema that describes its format so that both change together.
 */
public final class CatalogDocuments {
  static final String BUILT_IN_PATH = "dev/gatehouse/catalog/models.json";

  private CatalogDocuments() {}

  /**
   * The raw JSON text of the built-in catalog, in the format of the {@link Schemas#MODEL_CATALOG}
   * schema.
   */
  public static String builtInCatalog() {
    return Resources.require(BUILT_IN_PATH);
  }
}
