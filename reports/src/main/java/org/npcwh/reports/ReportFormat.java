package org.npcwh.reports;

/** The file formats a report is exported to. */
public enum ReportFormat {
  PDF("pdf"),
  XLSX("xlsx"),
  HTML("html");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }
}
