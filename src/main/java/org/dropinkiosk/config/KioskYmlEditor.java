package org.dropinkiosk.config;

import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dropinkiosk.config.KioskFiles.Version;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionException;
import org.springframework.stereotype.Component;

/**
 * The staff Settings page's way into kiosk.yml: each {@link VenueSetting} checked with the rules of
 * {@link KioskSettings} (the ranges written once, on the record), then only the changed values' lines rewritten
 * through {@link KioskFiles} against the version the page opened (decision 1703).
 */
@Component
public class KioskYmlEditor {

    /** What the page shows: each setting's value and the file's version to save against. */
    public record Opened(Map<VenueSetting, String> values, Version version) {}

    /** A plain value needs no quotes; a YAML 1.1 yes/no/null word or anything else is written quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.+-]{0,60}");

    private static final Pattern YAML_WORD = Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null|~");

    private final LiveSettings live;
    private final Path file;
    private final MessageSource words;
    private final Locale locale;
    private final Validator validator;

    public KioskYmlEditor(LiveSettings live, KioskSettings settings, MessageSource words, Validator validator) {
        this.live = live;
        this.validator = validator;
        this.file = settings.configDir().resolve(LiveSettings.FILE);
        this.words = words;
        this.locale = settings.language();
    }

    public Opened open() throws IOException {
        Version version = KioskFiles.read(file).version();
        live.reread(); // what the page shows is what the file says now
        Map<VenueSetting, String> values = new EnumMap<>(VenueSetting.class);
        for (VenueSetting setting : VenueSetting.values()) {
            values.put(setting, live.shown(setting));
        }
        return new Opened(values, version);
    }

    /** What the setting allows, in words: "a time between 20s and 30m, such as 60s or 2m". */
    public String allowed(VenueSetting setting) {
        return SettingsAllowed.of("kiosk." + setting.fileName(), words, locale).orElse("");
    }

    /** A plain sentence for each typed value the kiosk cannot use; empty if all can be saved. */
    public Map<VenueSetting, String> check(Map<VenueSetting, String> typed) {
        Map<VenueSetting, String> mistakes = new EnumMap<>(VenueSetting.class);
        typed.forEach((setting, text) -> {
            RecordComponent part = component(setting);
            Object value;
            try {
                value = ApplicationConversionService.getSharedInstance().convert(text.strip(), part.getType());
            } catch (ConversionException | IllegalArgumentException e) {
                value = null;
            }
            boolean allowed = value != null
                    && !text.isBlank()
                    && validator
                            .validateValue(KioskSettings.class, setting.component(), value)
                            .isEmpty();
            if (!allowed) {
                mistakes.put(
                        setting,
                        words.getMessage(
                                "config.mistake.wrong", new Object[] {Mistakes.shown(text), allowed(setting)}, locale));
            }
        });
        return mistakes;
    }

    /**
     * Writes the values that differ from {@code opened} if the file still is as it was opened, then reads the
     * settings again; returns the values that changed (before → after), for the audit trail. The values must
     * have passed {@link #check}.
     */
    public Map<VenueSetting, String[]> save(Opened opened, Map<VenueSetting, String> typed) throws IOException {
        Map<VenueSetting, String[]> changed = new EnumMap<>(VenueSetting.class);
        Map<String, String> lines = new LinkedHashMap<>();
        typed.forEach((setting, text) -> {
            String was = opened.values().get(setting);
            if (!text.strip().equals(was)) {
                changed.put(setting, new String[] {was, text.strip()});
                lines.put(setting.fileName(), yaml(text.strip()));
            }
        });
        if (changed.isEmpty()) {
            return changed;
        }
        String text = KioskFiles.read(file).text();
        KioskFiles.write(file, KioskYmlLines.set(text, lines), opened.version());
        live.reread();
        return changed;
    }

    static String yaml(String value) {
        return PLAIN.matcher(value).matches() && !YAML_WORD.matcher(value).matches()
                ? value
                : KioskYmlLines.quoted(value);
    }

    private static RecordComponent component(VenueSetting setting) {
        return Arrays.stream(KioskSettings.class.getRecordComponents())
                .filter(c -> c.getName().equals(setting.component()))
                .findFirst()
                .orElseThrow();
    }
}
