package dev.gatehouse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssetPathTest {
  @Test
  void theConsoleFolderMeansItsIndexPage() {
    assertThat(AssetPath.of("/console/"))
        .isEqualTo(new AssetPath("/console/index.html", "text/html;charset=UTF-8", false));
  }

  @Test
  void modulesAreJavaScriptAndWebJarsAreVersionedForCaching() {
    assertThat(AssetPath.of("/console/js/app.js").contentType()).startsWith("text/javascript");
    assertThat(AssetPath.of("/webjars/uplot/1.6.30/dist/uPlot.esm.js").versioned()).isTrue();
    assertThat(AssetPath.of("/console/css/console.css").versioned()).isFalse();
  }

  @Test
  void nothingOutsideTheTwoFoldersNorAnUnknownTypeIsAnAsset() {
    assertThat(AssetPath.of("/console/../WEB-INF/web.xml")).isNull();
    assertThat(AssetPath.of("/console/%2e%2e/WEB-INF/beans.xml")).isNull();
    assertThat(AssetPath.of("/console//etc/passwd.html")).isNull();
    assertThat(AssetPath.of("/WEB-INF/beans.xml")).isNull();
    assertThat(AssetPath.of("/api/2.0/serving-endpoints")).isNull();
    assertThat(AssetPath.of("/console/js/")).isNull();
    assertThat(AssetPath.of("/console/WEB-INF/classes/X.class")).isNull();
  }
}
