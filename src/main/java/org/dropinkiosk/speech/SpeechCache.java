package org.dropinkiosk.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dropinkiosk.config.KioskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Audio already made: a memory cache bounded in bytes (least recently used goes first) over a disk
 * cache under {@code <data-dir>/speech-cache}, so a phrase is synthesised once, even across restarts.
 */
@Component
public class SpeechCache {

    private static final Logger log = LoggerFactory.getLogger(SpeechCache.class);

    private final Path folder;
    private final long maxBytes;
    private final LinkedHashMap<String, Speech> memory = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    @org.springframework.beans.factory.annotation.Autowired
    public SpeechCache(KioskSettings settings, @Value("${kiosk.speech.memory-cache-mb:32}") int memoryMegabytes) {
        this(settings.dataDir().resolve("speech-cache"), memoryMegabytes * 1024L * 1024L);
    }

    SpeechCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** The key of a phrase: a hash of everything that changes its sound. */
    public static String key(String engine, String voice, int wordsPerMinute, String normalisedText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((engine + '\n' + voice + '\n' + wordsPerMinute + '\n' + normalisedText).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Speech> get(String key) {
        synchronized (this) {
            Speech speech = memory.get(key);
            if (speech != null) {
                return Optional.of(speech);
            }
        }
        Optional<Speech> fromDisk = read(key);
        fromDisk.ifPresent(s -> remember(key, s));
        return fromDisk;
    }

    public void put(String key, Speech speech) {
        remember(key, speech);
        write(key, speech);
    }

    synchronized int memoryEntries() {
        return memory.size();
    }

    synchronized void clearMemory() {
        memory.clear();
        bytes = 0;
    }

    private synchronized void remember(String key, Speech speech) {
        Speech old = memory.put(key, speech);
        bytes += speech.size() - (old == null ? 0 : old.size());
        var eldest = memory.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Speech> e = eldest.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            bytes -= e.getValue().size();
            eldest.remove();
        }
    }

    private Path wavFile(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".wav");
    }

    private Path timingFile(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".timings");
    }

    private Optional<Speech> read(String key) {
        Path wav = wavFile(key);
        Path timings = timingFile(key);
        if (!Files.isRegularFile(wav) || !Files.isRegularFile(timings)) {
            return Optional.empty();
        }
        try {
            byte[] audio = Files.readAllBytes(wav);
            List<Speech.Timing> words = new ArrayList<>();
            List<Speech.Timing> sentences = new ArrayList<>();
            int millis = 0;
            for (String line : Files.readAllLines(timings, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "m" -> millis = Integer.parseInt(f[1]);
                    case "w" -> words.add(new Speech.Timing(f[3], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
                    case "s" -> sentences.add(new Speech.Timing("", Integer.parseInt(f[1]), Integer.parseInt(f[2])));
                    default -> { }
                }
            }
            return Optional.of(new Speech(audio, millis, List.copyOf(words), List.copyOf(sentences)));
        } catch (IOException | RuntimeException e) {
            log.warn("Speech cache file {} could not be read; it will be made again ({})", wav, e.toString());
            return Optional.empty();
        }
    }

    private void write(String key, Speech speech) {
        try {
            Path wav = wavFile(key);
            Files.createDirectories(wav.getParent());
            StringBuilder t = new StringBuilder("m\t").append(speech.millis()).append('\n');
            speech.words().forEach(w -> t.append("w\t").append(w.start()).append('\t').append(w.end()).append('\t')
                    .append(w.text().replace('\t', ' ').replace('\n', ' ')).append('\n'));
            speech.sentences().forEach(s -> t.append("s\t").append(s.start()).append('\t').append(s.end()).append('\n'));
            // Written to a temporary name first: a half-written file is never read as a phrase.
            Path tmp = Files.createTempFile(wav.getParent(), key, ".tmp");
            Files.writeString(tmp, t, StandardCharsets.UTF_8);
            Files.move(tmp, timingFile(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = Files.createTempFile(wav.getParent(), key, ".tmp");
            Files.write(tmp, speech.wav());
            Files.move(tmp, wav, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.warn("Speech cache could not write to {}; speech still works from memory ({})", folder, e.toString());
        }
    }
}
