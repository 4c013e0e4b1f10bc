package org.dropinkiosk.speech;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Rewrites written text the way a person would read it aloud: times, dates, money, numbers,
 * abbreviations, links and symbols, then the staff's own pronunciations. FreeTTS reads the result.
 */
@Component
public class SpeechNormaliser {

    static final String LINK = "the link on the screen";
    static final String EMAIL = "the email address on the screen";

    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final Map<String, String> MONTH_NAMES = Map.ofEntries(
            Map.entry("jan", "January"),
            Map.entry("feb", "February"),
            Map.entry("mar", "March"),
            Map.entry("apr", "April"),
            Map.entry("jun", "June"),
            Map.entry("jul", "July"),
            Map.entry("aug", "August"),
            Map.entry("sep", "September"),
            Map.entry("sept", "September"),
            Map.entry("oct", "October"),
            Map.entry("nov", "November"),
            Map.entry("dec", "December"));

    private static final Pattern LINE_BROKEN_WORD = Pattern.compile("(\\p{L})-[ \\t]*\\R[ \\t]*(\\p{L})");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern WEB_LINK = Pattern.compile(
            "(?i)\\b(https?://|www\\.)[^\\s<>\"]+|\\b[\\w-]+(\\.[\\w-]+)*\\.(co\\.uk|org\\.uk|com|org|net|uk|gov\\.uk|nhs\\.uk)(/[^\\s<>\"]*)?\\b");
    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m|p\\.m|am|pm)(?:\\.(?=\\s+\\p{Ll}))?(?![\\p{L}\\d])|\\b(\\d{1,2}):(\\d{2})\\b");
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\b\\.?");
    private static final Pattern MONTH_DAY =
            Pattern.compile("(?i)\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(\\d+)(st|nd|rd|th)\\b");
    private static final Pattern MONEY = Pattern.compile("£\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{2}))?");
    private static final Pattern PENCE = Pattern.compile("\\b(\\d{1,2})p\\b");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?%");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d,.])(0\\d{2,4}[ -]?\\d{3,4}[ -]?\\d{3,4})(?![\\d,])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.£])\\b(19\\d\\d|20\\d\\d)\\b(?![\\d,]|\\.\\d)");
    private static final Pattern DECIMAL = Pattern.compile("\\b(\\d+)\\.(\\d+)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+\\b");
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L})-(?=\\p{L})");
    private static final Pattern ACRONYM = Pattern.compile("\\b([A-Z]{2,4})s?\\b");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n]+");

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("e.g.", "for example"),
            Map.entry("eg.", "for example"),
            Map.entry("i.e.", "that is"),
            Map.entry("etc.", "and so on"),
            Map.entry("approx.", "about"),
            Map.entry("Dr", "Doctor"),
            Map.entry("Dr.", "Doctor"),
            Map.entry("Mr", "Mister"),
            Map.entry("Mr.", "Mister"),
            Map.entry("Mrs", "Missus"),
            Map.entry("Mrs.", "Missus"),
            Map.entry("Tel:", "phone:"),
            Map.entry("Tel.", "phone"));
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?<![\\w.])(e\\.g\\.|eg\\.|i\\.e\\.|etc\\.|approx\\.|Dr\\.?|Mr\\.?|Mrs\\.?|Tel[:.])(?![\\w])");
    /** Capital words that are said as words, not letters. */
    private static final Set<String> SAID_AS_WORDS = Set.of("OK", "UK", "AM", "PM", "A", "I", "AIDS", "NATO");

    private final Lexicon lexicon;

    public SpeechNormaliser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public String normalise(String written) {
        if (written == null) {
            return "";
        }
        String s = written.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace('\u00A0', ' ');
        s = LINE_BROKEN_WORD.matcher(s).replaceAll("$1-$2");
        s = replace(EMAIL_ADDRESS, s, m -> " " + EMAIL + " ");
        s = replace(WEB_LINK, s, m -> " " + LINK + " ");
        s = symbols(s);
        s = lexicon.apply(s);
        s = replace(ABBREVIATION, s, m -> ABBREVIATIONS.get(m.group(1)));
        s = HYPHENATED.matcher(s).replaceAll("$1 ");
        s = replace(MONEY, s, SpeechNormaliser::money);
        s = replace(
                PENCE,
                s,
                m -> NumberWords.cardinal(Long.parseLong(m.group(1)))
                        + (m.group(1).equals("1") ? " penny" : " pence"));
        s = replace(PERCENT, s, m -> m.group(1) + " percent");
        s = replace(TIME, s, SpeechNormaliser::time);
        s = replace(
                DAY_MONTH,
                s,
                m -> "the " + NumberWords.ordinal(Long.parseLong(m.group(1))) + " of " + month(m.group(2)));
        s = replace(MONTH_DAY, s, m -> month(m.group(1)) + " the " + NumberWords.ordinal(Long.parseLong(m.group(2))));
        s = replace(ORDINAL, s, m -> NumberWords.ordinal(Long.parseLong(m.group(1))));
        s = replace(PHONE, s, m -> NumberWords.digits(m.group(1)));
        s = replace(YEAR, s, m -> NumberWords.year(Integer.parseInt(m.group(1))));
        s = replace(
                DECIMAL,
                s,
                m -> NumberWords.cardinal(Long.parseLong(m.group(1))) + " point "
                        + NumberWords.digits(m.group(2)).replace("oh", "zero"));
        s = replace(NUMBER, s, m -> number(m.group()));
        s = replace(ACRONYM, s, SpeechNormaliser::acronym);
        return SPACES.matcher(s).replaceAll(" ").replaceAll(" ([,.!?;:])", "$1").strip();
    }

    private static String symbols(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append(" and ");
                case '+' -> out.append(" plus ");
                case '=' -> out.append(" equals ");
                case '@' -> out.append(" at ");
                case '#' -> out.append(" number ");
                case '/' -> out.append(" or ");
                case '\u2013', '\u2014' -> out.append(", ");
                case '\u2026' -> out.append(". ");
                case '*', '_', '|', '~', '^', '<', '>', '[', ']', '{', '}', '\\', '\u2022', '"', '`' -> out.append(' ');
                default -> {
                    int type = Character.getType(c);
                    boolean emoji = type == Character.OTHER_SYMBOL
                            || type == Character.SURROGATE
                            || type == Character.PRIVATE_USE
                            || c == 0x200D
                            || (c >= 0xFE00 && c <= 0xFE0F)
                            || (c >= 0x1F3FB && c <= 0x1F3FF)
                            || type == Character.UNASSIGNED
                            || type == Character.CONTROL && c != '\n' && c != '\t';
                    if (emoji) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String money(Matcher m) {
        long pounds = Long.parseLong(m.group(1).replace(",", ""));
        int pence = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String p = NumberWords.cardinal(pounds) + (pounds == 1 ? " pound" : " pounds");
        if (pence == 0) {
            return p;
        }
        String pp = NumberWords.cardinal(pence) + (pence == 1 ? " penny" : " pence");
        return pounds == 0 ? pp : p + " and " + pp;
    }

    private static String time(Matcher m) {
        boolean twelveHour = m.group(1) != null;
        int hour = Integer.parseInt(twelveHour ? m.group(1) : m.group(4));
        String minuteText = twelveHour ? m.group(2) : m.group(5);
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        if (hour > 23 || minute > 59 || twelveHour && (hour > 12 || hour == 0)) {
            return m.group();
        }
        String half = twelveHour ? m.group(3).replace(".", "").toLowerCase(Locale.ROOT) : null;
        int hour24 = half == null ? hour : half.equals("am") ? hour % 12 : hour % 12 + 12;
        String part = hour24 < 12 ? "in the morning" : hour24 < 18 ? "in the afternoon" : "in the evening";
        if (half == null && hour >= 1 && hour <= 12) {
            part = ""; // "3:30" alone could be either: say only what is written
        }
        if (hour24 == 12 && minute == 0) {
            return "twelve o'clock midday";
        }
        if (hour24 == 0 && minute == 0) {
            return "midnight";
        }
        int h12 = hour24 % 12 == 0 ? 12 : hour24 % 12;
        int next = h12 % 12 + 1;
        String clock = switch (minute) {
            case 0 -> NumberWords.cardinal(h12) + " o'clock";
            case 15 -> "quarter past " + NumberWords.cardinal(h12);
            case 30 -> "half past " + NumberWords.cardinal(h12);
            case 45 -> "quarter to " + NumberWords.cardinal(next);
            case 5, 10, 20, 25 -> NumberWords.cardinal(minute) + " past " + NumberWords.cardinal(h12);
            case 35, 40, 50, 55 -> NumberWords.cardinal(60 - minute) + " to " + NumberWords.cardinal(next);
            default -> NumberWords.cardinal(h12) + (minute < 10 ? " oh " : " ") + NumberWords.cardinal(minute);
        };
        return (clock + " " + part).strip();
    }

    private static String month(String written) {
        String key = written.toLowerCase(Locale.ROOT);
        String full = MONTH_NAMES.get(key);
        return full != null ? full : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static String number(String written) {
        String digits = written.replace(",", "");
        if (digits.length() > 15) {
            return NumberWords.digits(digits);
        }
        if (digits.length() > 1 && digits.startsWith("0")) {
            return NumberWords.digits(digits);
        }
        return NumberWords.cardinal(Long.parseLong(digits));
    }

    private static String acronym(Matcher m) {
        String word = m.group(1);
        if (SAID_AS_WORDS.contains(word)) {
            return m.group();
        }
        String letters = String.join(" ", word.split(""));
        return m.group().endsWith("s") ? letters + "'s" : letters;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
