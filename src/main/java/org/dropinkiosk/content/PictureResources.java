package org.dropinkiosk.content;

import org.dropinkiosk.config.KioskSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the venue's own pictures (kiosk-config/pictures) at /pictures/**, read fresh so new files show at once. */
@Configuration(proxyBeanMethods = false)
class PictureResources implements WebMvcConfigurer {

    private final KioskSettings settings;

    PictureResources(KioskSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String location = settings.configDir().resolve("pictures").toAbsolutePath().normalize().toUri().toString();
        registry.addResourceHandler("/pictures/**")
                .addResourceLocations(location.endsWith("/") ? location : location + "/")
                .setCachePeriod(0);
    }
}
