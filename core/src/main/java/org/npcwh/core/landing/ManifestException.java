package org.npcwh.core.landing;

/**
 * A delivered manifest that cannot be trusted, with a message starting "the manifest …" that says
 * what is wrong with it. Ingest turns it into the rejection of the batch; it carries no stack trace
 * because the message is the whole story.
 */
public final class ManifestException extends Exception {
  private static final long serialVersionUID = 1L;

  ManifestException(String problem) {
    super("the manifest " + problem, null, false, false);
  }
}
