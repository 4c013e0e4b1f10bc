package org.dropinkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kiosk.yml's values are changed line by line: nothing else in the file moves. */
class KioskYmlLinesTest {

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    @Test
    void a_setting_nested_deeper_with_the_same_name_is_not_touched_and_a_missing_one_is_added_under_kiosk() {
        String text = """
                kiosk:
                    venue-name: "Hall # 1" # the quoted hash is the value's
                    access:
                        speech-rate: 99
                other:
                  speech-rate: 98
                """;
        assertThat(KioskYmlLines.set(text, values("venue-name", "\"Hall 2\"", "speech-rate", "150")))
                .isEqualTo(KioskYmlLines.STAFF_WRITES + "\n" + """
                        kiosk:
                            speech-rate: 150
                            venue-name: "Hall 2" # the quoted hash is the value's
                            access:
                                speech-rate: 99
                        other:
                          speech-rate: 98
                        """);
    }

    @Test
    void an_empty_file_gets_the_staff_line_and_a_kiosk_block() {
        assertThat(KioskYmlLines.set("", values("idle-timeout", "90s")))
                .isEqualTo(KioskYmlLines.STAFF_WRITES + "\nkiosk:\n  idle-timeout: 90s\n");
    }

    @Test
    void a_name_is_quoted_so_yaml_reads_it_back_as_the_same_words() {
        assertThat(KioskYmlEditor.yaml("No")).isEqualTo("\"No\"");
        assertThat(KioskYmlEditor.yaml("Hill \"Top\" \\ Hall")).isEqualTo("\"Hill \\\"Top\\\" \\\\ Hall\"");
        assertThat(KioskYmlEditor.yaml("Europe/London")).isEqualTo("Europe/London");
        assertThat(KioskYmlEditor.yaml("11:00")).isEqualTo("\"11:00\"");
    }
}
