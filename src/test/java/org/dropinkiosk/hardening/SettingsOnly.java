package org.dropinkiosk.hardening;

import org.dropinkiosk.config.KioskSettings;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/**
 * Only the kiosk.yml binding, as the app does it at start. Deliberately not a {@code @Configuration}:
 * it is a source for a small SpringApplication and must not be found by the app's component scan.
 */
@EnableConfigurationProperties(KioskSettings.class)
@ImportAutoConfiguration({ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class})
class SettingsOnly {}
