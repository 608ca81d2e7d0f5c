package org.npcwh.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code npcwh --version}: the version Maven built, read from {@code npcwh-version.properties}, the
 * one resource the build filters with {@code ${project.version}}. A literal in the code would drift
 * from the POM at the first release; the resource is on the class path whether npcwh runs from the
 * jar, the launcher's {@code target/classes} or the tests.
 */
final class PomVersion implements IVersionProvider {
  static final String RESOURCE = "/npcwh-version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"npcwh " + version()};
  }

  static String version() {
    try (InputStream in = PomVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path: rebuild with Maven");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
