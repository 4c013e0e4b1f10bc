package org.dropinkiosk.exports;

/** The two file kinds staff can take away. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public static ExportFormat ofExtension(String extension) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown export format " + extension);
    }
}
