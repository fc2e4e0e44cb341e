package dev.gatehouse.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build made, deployed as the root context, for each IT's static {@code @Deployment}
 * (Arquillian needs that method on the test class, so it delegates here).
 */
final class GatehouseWar {
  private GatehouseWar() {}

  /** The built WAR, plus the test-only classes (probe resources) an IT reads the server through. */
  static WebArchive withClasses(Class<?>... testOnly) {
    File war = new File(System.getProperty("gatehouse.war", "target/gatehouse.war"));
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    return testOnly.length == 0 ? archive : archive.addClasses(testOnly);
  }
}
