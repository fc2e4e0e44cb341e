package dev.gatehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * In an application server the thread's context class loader may not see this jar (for example when
 * the validator is first built on a container thread). Schemas must still load.
 */
class ForeignContextClassLoaderTest {
  @Test
  void schemasLoadWhenTheContextClassLoaderCannotSeeThem() {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(empty);
      SchemaValidator validator = new SchemaValidator();
      assertThat(validator.validate(Schemas.CREATE_ENDPOINT, TestFiles.JSON.readTree("{}")))
          .extracting(Violation::toString)
          .containsExactly("$.name: is required");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    } finally {
      thread.setContextClassLoader(original);
    }
  }
}
