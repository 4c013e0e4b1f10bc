package org.dropinkiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code asks for exists, so no visitor ever sees a key instead of a word. */
class MessagesCompletenessTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:kiosk|config|speech|content|visits|meetings|ratings|staff)\\.[a-z0-9.-]+)\"");

    @Test
    void every_message_key_used_in_the_code_is_defined() throws IOException {
        Set<String> defined = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                defined.addAll(p.stringPropertyNames());
            }
        }
        Set<String> missing = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                // Settings names (kiosk.data-dir, @ConfigurationProperties prefixes) are not message keys.
                String code = Files.readString(source).lines()
                        .filter(line -> !line.contains("Property") && !line.contains("ConfigurationProperties"))
                        .collect(java.util.stream.Collectors.joining("\n"));
                Matcher m = KEY_IN_CODE.matcher(code);
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !defined.contains(key) && defined.stream().noneMatch(d -> d.startsWith(key + "."))) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in code but missing from messages/*.properties").isEmpty();
    }
}
