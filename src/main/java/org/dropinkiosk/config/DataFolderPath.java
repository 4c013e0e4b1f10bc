package org.dropinkiosk.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Offers {@code kiosk.data-path}: the data folder as an absolute path, so that the H2 URL works
 * whether staff write {@code data}, {@code ./data} or {@code /srv/kiosk/data} (H2 refuses
 * "implicitly relative" paths).
 */
class DataFolderPath implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty("kiosk.data-dir", "./data");
        String absolute = Path.of(dir).toAbsolutePath().normalize().toString().replace('\\', '/');
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("kioskDataPath", Map.of("kiosk.data-path", absolute)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
