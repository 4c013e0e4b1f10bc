package org.dropinkiosk.staff;

/** Staff saved the pronunciations list; {@code changes} holds counts only, never the words (they can be names). */
public record PronunciationsSaved(String changes) {}
