package org.dropinkiosk.content;

/** The News editor changed a page: {@code action} e.g. "news-saved", {@code detail} the audit trail's words. */
public record NewsSaved(String action, String detail) {}
