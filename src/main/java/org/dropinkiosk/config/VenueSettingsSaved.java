package org.dropinkiosk.config;

/** Staff saved venue settings in kiosk.yml; {@code changes} says each setting's old and new value (none is personal). */
public record VenueSettingsSaved(String changes) {}
