package org.dropinkiosk.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dropinkiosk.config.KioskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Audio already made: a memory cache bounded in bytes over a disk cache under
 * {@code <data-dir>/speech-cache} bounded by {@code kiosk.speech.cache-max-size}; in both the least
 * recently used goes first. A {@code .timings} file holds numbers only: the words come from the request.
 */
@Component
public class SpeechCache {

    private static final Logger log = LoggerFactory.getLogger(SpeechCache.class);
    /** First line of a timings file in the numbers-only format; older files held the words and are deleted. */
    private static final String FORMAT = "v2";

    private final Path folder;
    private final long maxMemoryBytes;
    private final long maxDiskBytes;
    private final LinkedHashMap<String, Speech> memory = new LinkedHashMap<>(256, 0.75f, true);
    private final LinkedHashMap<String, Long> disk = new LinkedHashMap<>(256, 0.75f, true);
    private long memoryBytes;
    private long diskBytes;
    private boolean diskScanned;

    @Autowired
    public SpeechCache(KioskSettings settings, SpeechSettings speech) {
        this(
                settings.dataDir().resolve("speech-cache"),
                speech.memoryCacheMb() * 1024L * 1024L,
                speech.cacheMaxSize().toBytes());
    }

    SpeechCache(Path folder, long maxMemoryBytes, long maxDiskBytes) {
        this.folder = folder;
        this.maxMemoryBytes = maxMemoryBytes;
        this.maxDiskBytes = maxDiskBytes;
    }

    /** The key of a phrase: a hash of everything that changes its sound. */
    public static String key(String engine, String voice, int wordsPerMinute, String normalisedText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((engine + '\n' + voice + '\n' + wordsPerMinute + '\n' + normalisedText)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The phrase of {@code key}; {@code normalisedText} gives the words their text when read from disk. */
    public Optional<Speech> get(String key, String normalisedText) {
        synchronized (this) {
            Speech speech = memory.get(key);
            if (speech != null) {
                return Optional.of(speech);
            }
        }
        Optional<Speech> fromDisk = read(key, normalisedText);
        fromDisk.ifPresent(s -> remember(key, s));
        return fromDisk;
    }

    public void put(String key, Speech speech) {
        remember(key, speech);
        write(key, speech);
    }

    /** Forgets one phrase in memory and on disk. */
    public void remove(String key) {
        synchronized (this) {
            Speech old = memory.remove(key);
            if (old != null) {
                memoryBytes -= old.size();
            }
            scanDisk();
            if (!disk.containsKey(key)) {
                return;
            }
        }
        forgetOnDisk(key);
    }

    synchronized int memoryEntries() {
        return memory.size();
    }

    synchronized void clearMemory() {
        memory.clear();
        memoryBytes = 0;
    }

    /** Bytes on disk as the cache counts them (audio and timings). */
    synchronized long diskBytes() {
        scanDisk();
        return diskBytes;
    }

    private synchronized void remember(String key, Speech speech) {
        Speech old = memory.put(key, speech);
        memoryBytes += speech.size() - (old == null ? 0 : old.size());
        var eldest = memory.entrySet().iterator();
        while (memoryBytes > maxMemoryBytes && eldest.hasNext()) {
            Map.Entry<String, Speech> e = eldest.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            memoryBytes -= e.getValue().size();
            eldest.remove();
        }
    }

    private Path wavFile(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".wav");
    }

    private Path timingFile(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".timings");
    }

    private Optional<Speech> read(String key, String normalisedText) {
        synchronized (this) {
            scanDisk();
            if (disk.get(key) == null) { // get() also marks it recently used
                return Optional.empty();
            }
        }
        Path wav = wavFile(key);
        try {
            byte[] audio = Files.readAllBytes(wav);
            List<String> lines = Files.readAllLines(timingFile(key), StandardCharsets.US_ASCII);
            List<int[]> wordTimes = new ArrayList<>();
            List<Speech.Timing> sentences = new ArrayList<>();
            int millis = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "m" -> millis = Integer.parseInt(f[1]);
                    case "w" -> wordTimes.add(new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
                    case "s" -> sentences.add(new Speech.Timing("", Integer.parseInt(f[1]), Integer.parseInt(f[2])));
                    default -> {}
                }
            }
            List<String> texts = SpokenWords.of(normalisedText);
            List<Speech.Timing> words = new ArrayList<>();
            for (int i = 0; i < wordTimes.size(); i++) {
                String text = texts.size() == wordTimes.size() ? texts.get(i) : "";
                words.add(new Speech.Timing(text, wordTimes.get(i)[0], wordTimes.get(i)[1]));
            }
            touch(wav);
            return Optional.of(new Speech(audio, millis, List.copyOf(words), List.copyOf(sentences)));
        } catch (IOException | RuntimeException e) {
            log.warn("Speech cache file {} could not be read; it will be made again ({})", wav, e.toString());
            forgetOnDisk(key);
            return Optional.empty();
        }
    }

    private void write(String key, Speech speech) {
        StringBuilder t = new StringBuilder(FORMAT)
                .append("\nm\t")
                .append(speech.millis())
                .append('\n');
        speech.words()
                .forEach(w -> t.append("w\t")
                        .append(w.start())
                        .append('\t')
                        .append(w.end())
                        .append('\n'));
        speech.sentences()
                .forEach(s -> t.append("s\t")
                        .append(s.start())
                        .append('\t')
                        .append(s.end())
                        .append('\n'));
        byte[] timings = t.toString().getBytes(StandardCharsets.US_ASCII);
        long size = speech.size() + timings.length;
        if (size > maxDiskBytes) {
            return; // one phrase larger than the whole cache is served from memory only
        }
        synchronized (this) {
            scanDisk();
            makeRoom(size);
        }
        try {
            Path wav = wavFile(key);
            Files.createDirectories(wav.getParent());
            // Written to a temporary name first: a half-written file is never read as a phrase.
            Path tmp = Files.createTempFile(wav.getParent(), key, ".tmp");
            Files.write(tmp, timings);
            Files.move(tmp, timingFile(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = Files.createTempFile(wav.getParent(), key, ".tmp");
            Files.write(tmp, speech.wav());
            Files.move(tmp, wav, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            synchronized (this) {
                Long old = disk.put(key, size);
                diskBytes += size - (old == null ? 0 : old);
                makeRoom(0);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Speech cache could not write to {}; speech still works from memory ({})", folder, e.toString());
        }
    }

    /** Deletes the least recently used phrases until {@code size} more bytes fit. */
    private void makeRoom(long size) {
        var eldest = disk.entrySet().iterator();
        while (diskBytes + size > maxDiskBytes && eldest.hasNext()) {
            Map.Entry<String, Long> e = eldest.next();
            deleteFiles(e.getKey());
            diskBytes -= e.getValue();
            eldest.remove();
        }
    }

    private synchronized void forgetOnDisk(String key) {
        Long size = disk.remove(key);
        if (size != null) {
            diskBytes -= size;
        }
        deleteFiles(key);
    }

    private void deleteFiles(String key) {
        try {
            Files.deleteIfExists(wavFile(key));
            Files.deleteIfExists(timingFile(key));
        } catch (IOException e) {
            log.warn("Speech cache could not delete {} ({})", wavFile(key), e.toString());
        }
    }

    /** Once per start: learns what is on disk, oldest use first; deletes old-format and half-made files. */
    private void scanDisk() {
        if (diskScanned) {
            return;
        }
        diskScanned = true;
        if (!Files.isDirectory(folder)) {
            return;
        }
        record Found(String key, long size, FileTime used) {}
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder, 2)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".wav")) {
                    if (!name.endsWith(".timings")
                            || !Files.isRegularFile(file.resolveSibling(name.replace(".timings", ".wav")))) {
                        Files.deleteIfExists(file); // temporary files of a stop mid-write, timings without sound
                    }
                    continue;
                }
                String key = name.substring(0, name.length() - 4);
                Path timings = file.resolveSibling(key + ".timings");
                if (!Files.isRegularFile(timings) || !FORMAT.equals(firstLine(timings))) {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(timings);
                    continue;
                }
                found.add(new Found(key, Files.size(file) + Files.size(timings), Files.getLastModifiedTime(file)));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Speech cache could not look through {} ({})", folder, e.toString());
        }
        found.sort(Comparator.comparing(Found::used));
        found.forEach(f -> {
            disk.put(f.key(), f.size());
            diskBytes += f.size();
        });
        makeRoom(0);
    }

    private static String firstLine(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            return lines.findFirst().orElse("");
        } catch (UncheckedIOException e) {
            return "";
        }
    }

    /** The file's time is its last use, so the order survives a restart. */
    private static void touch(Path wav) {
        try {
            Files.setLastModifiedTime(wav, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // the order is a little off after a restart; nothing else depends on it
        }
    }
}
