package gapwatch.article;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a bundled model file from the class path and checks its SHA-256 before use: OpenNLP treats
 * models as trusted code, so a model that is not the one we pinned is refused.
 */
public final class ModelResource {

  private ModelResource() {}

  /**
   * The bytes of the class-path resource {@code name}.
   *
   * @param sha256 the expected digest, lower-case hex
   * @throws IllegalStateException when the resource is missing or its digest differs
   */
  public static byte[] read(String name, String sha256) {
    byte[] bytes;
    try (InputStream in = ModelResource.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "model " + name + " is not on the class path; rebuild with 'mvn package'");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("model " + name + " could not be read: " + e, e);
    }
    String actual = HexFormat.of().formatHex(sha256(bytes));
    if (!actual.equals(sha256)) {
      throw new IllegalStateException(
          "model " + name + " has SHA-256 " + actual + ", expected " + sha256 + "; refusing it");
    }
    return bytes;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
