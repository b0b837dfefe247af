package org.sendcpd.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every container test, booted once per {@code mvn verify}.
 *
 * <p>How it works: Payara Micro cannot take a second deployment, so the managed connector starts a
 * new Payara Micro JVM on every deploy and stops it on undeploy; by default Arquillian deploys per
 * test class. The arquillian-suite-extension finds this class by its
 * {@code @ArquillianSuiteDeployment}, generates {@link #war()} once at {@code BeforeSuite}, lets
 * only the first {@code DeployManagedDeployments} through and swallows the per-class (un)deploy
 * events; it undeploys at {@code BeforeStop}. arquillian-junit5 (1.7+) fires BeforeSuite once per
 * test JVM and AfterSuite when the JUnit root context closes, so with failsafe's single forked JVM
 * all ITs share one Payara Micro (check: "Payara Micro ... ready" appears once in the build log).
 * IT classes therefore carry no {@code @Deployment} of their own.
 *
 * <p>The archive is the built WAR, so tests run the real descriptors and libraries, plus the IT
 * classes and this package (taken from the test output folder by path), and a web fragment that
 * lets the Arquillian runner servlet through web.xml's sign-in constraint. Failures in the shared
 * deployment still fail the build: CanaryIT proves it.
 */
@ArquillianSuiteDeployment
public final class TestDeployments {

  /**
   * The first administrator's password, as set by {@code -Dcpd.admin.password} in arquillian.xml.
   */
  public static final String ADMIN_PASSWORD = "it-first-start-secret";

  /**
   * Compiled test classes deployed with the WAR: the ITs (with inner classes) and this package. A
   * merge filter sees the path inside the WAR.
   */
  static final String DEPLOYED_TEST_CLASSES =
      "/WEB-INF/classes/org/sendcpd/(.+IT|testing/[^/]+)(\\$[^/]+)?\\.class";

  private TestDeployments() {}

  @Deployment(testable = true)
  public static WebArchive war() {
    File built = new File(System.getProperty("sendcpd.war", "target/sendcpd.war"));
    if (!built.isFile()) {
      throw new IllegalStateException(built + " is missing: run mvn verify (it packages first)");
    }
    createFolders();
    WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, built);
    war.merge(
        exploded(testClassesFolder()), "/WEB-INF/classes", Filters.include(DEPLOYED_TEST_CLASSES));
    war.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "sendcpd-it-runner-access.jar")
            .addAsManifestResource("test-web-fragment.xml", "web-fragment.xml"));
    return war;
  }

  private static GenericArchive exploded(File folder) {
    return ShrinkWrap.create(GenericArchive.class)
        .as(ExplodedImporter.class)
        .importDirectory(folder)
        .as(GenericArchive.class);
  }

  private static File testClassesFolder() {
    try {
      return new File(
          TestDeployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // The connector exports the archive to java.io.tmpdir (target/tmp), Payara Micro unpacks there.
  private static void createFolders() {
    try {
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
      Files.createDirectories(Path.of("target", "it-data"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
