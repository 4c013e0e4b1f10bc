package org.dropinkiosk.speech;

/** Published when a feature's phrases changed (content reloaded, questions edited): speech warms them again. */
public record PhrasesChanged(String source) {}
