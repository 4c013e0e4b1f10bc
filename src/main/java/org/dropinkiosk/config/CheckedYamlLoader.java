package org.dropinkiosk.config;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Spring's YAML loader for settings files (kiosk.yml comes in through {@code spring.config.import}),
 * with {@link SafeYaml#check} first: Spring's own loader allows any number of '*' shortcuts and
 * copies them all out, so a hostile kiosk.yml would stall start-up or overflow the stack. A file that
 * fails the check stops start-up like any other broken kiosk.yml: {@link YamlMistakeAnalyzer} names
 * the file, the line and what to do. Ordered first, so Spring picks it for .yml and .yaml.
 */
class CheckedYamlLoader implements PropertySourceLoader, Ordered {

    private final YamlPropertySourceLoader spring = new YamlPropertySourceLoader();

    @Override
    public String[] getFileExtensions() {
        return spring.getFileExtensions();
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
        try (Reader text = new UnicodeReader(resource.getInputStream())) {
            SafeYaml.check(text);
        }
        return spring.load(name, resource);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
