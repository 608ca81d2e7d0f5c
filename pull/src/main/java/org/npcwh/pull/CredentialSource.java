package org.npcwh.pull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.npcwh.core.error.PullErrors;

/**
 * Where a source's user name and password come from. The definition file names them, it never holds
 * a password: either environment variables or a secrets file (Java properties {@code user=} and
 * {@code password=}, kept outside the repository, readable only by the account that pulls).
 *
 * @param user a user name written in the definition (not a secret), or null
 * @param userEnv the environment variable holding the user name, or null
 * @param passwordEnv the environment variable holding the password, or null
 * @param secretsFile the secrets file, or null
 */
public record CredentialSource(String user, String userEnv, String passwordEnv, Path secretsFile) {

  /** A resolved login. {@link #toString()} never shows the password. */
  public record Credentials(String user, String password) {
    @Override
    public String toString() {
      return "Credentials[user=" + user + ", password=****]";
    }
  }

  public Credentials resolve(String source, Map<String, String> env) {
    Properties secrets = secretsFile == null ? new Properties() : readSecrets(source);
    String resolvedUser = user != null ? user
        : userEnv != null ? env.get(userEnv)
        : secrets.getProperty("user");
    if (isBlank(resolvedUser)) {
      throw PullErrors.credentialsMissing(source, userEnv != null
              ? "the environment variable " + userEnv + " that should hold the user name is unset or empty"
              : "the definition gives no user name (user, user_env, or user= in the secrets file)",
          userEnv != null ? "Set " + userEnv : "Add \"user\" or \"user_env\" to the source definition");
    }
    String password = passwordEnv != null ? env.get(passwordEnv) : secrets.getProperty("password");
    if (password == null) {
      throw PullErrors.credentialsMissing(source, passwordEnv != null
              ? "the environment variable " + passwordEnv + " that should hold the password is unset"
              : secretsFile != null ? "the secrets file " + secretsFile + " has no password= line"
              : "the definition names neither password_env nor secrets_file",
          passwordEnv != null ? "Set " + passwordEnv : secretsFile != null ? "Add password=... to " + secretsFile
              : "Add \"password_env\" or \"secrets_file\" to the source definition");
    }
    return new Credentials(resolvedUser, password);
  }

  private Properties readSecrets(String source) {
    Properties secrets = new Properties();
    try (Reader in = Files.newBufferedReader(secretsFile, StandardCharsets.UTF_8)) {
      secrets.load(in);
    } catch (IOException e) {
      throw PullErrors.credentialsMissing(source, "the secrets file " + secretsFile + " cannot be read ("
          + e.getClass().getSimpleName() + ")", "Check the path in secrets_file and that this user may read it");
    }
    return secrets;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
