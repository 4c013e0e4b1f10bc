package org.dropinkiosk.config;

import jakarta.validation.Payload;

/** A rule of a config record that is advice: staff are told, but the item is still used. */
public interface Advice extends Payload {}
