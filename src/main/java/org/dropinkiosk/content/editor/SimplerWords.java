package org.dropinkiosk.content.editor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Everyday words the editor offers for a long word the easy-read checker found (content-editor/simpler-words.txt). */
public final class SimplerWords {

    static final String RESOURCE = "content-editor/simpler-words.txt";

    private final Map<String, String> simpler;

    SimplerWords(Map<String, String> simpler) {
        this.simpler = Map.copyOf(simpler);
    }

    public static SimplerWords fromClasspath() {
        Map<String, String> words = new TreeMap<>();
        try (InputStream in = SimplerWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new SimplerWords(words);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String pair = line.replaceAll("#.*", "").strip();
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    words.put(
                            pair.substring(0, eq).strip().toLowerCase(Locale.ROOT),
                            pair.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SimplerWords(words);
    }

    /** The simpler words for {@code word}, if the list has some. */
    public Optional<String> forWord(String word) {
        return Optional.ofNullable(simpler.get(word.toLowerCase(Locale.ROOT)));
    }
}
