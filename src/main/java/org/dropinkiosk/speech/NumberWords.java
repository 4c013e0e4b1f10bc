package org.dropinkiosk.speech;

/** Numbers in British English words: "one hundred and five", "twenty-second", "twenty twenty-three". */
final class NumberWords {

    private static final String[] ONES = {
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen"
    };
    private static final String[] TENS = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };
    private static final String[][] ORDINAL_ENDINGS = {
        {"one", "first"},
        {"two", "second"},
        {"three", "third"},
        {"five", "fifth"},
        {"eight", "eighth"},
        {"nine", "ninth"},
        {"twelve", "twelfth"}
    };

    private NumberWords() {}

    static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(-n);
        }
        if (n < 20) {
            return ONES[(int) n];
        }
        if (n < 100) {
            return TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + ONES[(int) (n % 10)]);
        }
        if (n < 1000) {
            return ONES[(int) (n / 100)] + " hundred" + (n % 100 == 0 ? "" : " and " + cardinal(n % 100));
        }
        long[] scales = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1000L};
        String[] names = {"trillion", "billion", "million", "thousand"};
        for (int i = 0; i < scales.length; i++) {
            if (n >= scales[i]) {
                long rest = n % scales[i];
                String head = cardinal(n / scales[i]) + " " + names[i];
                if (rest == 0) {
                    return head;
                }
                return head + (rest < 100 ? " and " : " ") + cardinal(rest);
            }
        }
        throw new IllegalArgumentException(Long.toString(n));
    }

    static String ordinal(long n) {
        String words = cardinal(n);
        int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
        String last = words.substring(cut);
        for (String[] e : ORDINAL_ENDINGS) {
            if (last.equals(e[0])) {
                return words.substring(0, cut) + e[1];
            }
        }
        if (last.endsWith("y")) {
            return words.substring(0, words.length() - 1) + "ieth";
        }
        return words + "th";
    }

    /** A year as people say it: 2023 "twenty twenty-three", 2005 "two thousand and five", 1990 "nineteen ninety". */
    static String year(int year) {
        if (year >= 2000 && year < 2010) {
            return cardinal(year);
        }
        int high = year / 100;
        int low = year % 100;
        if (low == 0) {
            return cardinal(high) + " hundred";
        }
        return cardinal(high) + " " + (low < 10 ? "oh " : "") + cardinal(low);
    }

    /** Each digit on its own, for phone numbers and long codes. */
    static String digits(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (Character.isDigit(c)) {
                s.append(s.isEmpty() ? "" : " ").append(c == '0' ? "oh" : ONES[c - '0']);
            }
        }
        return s.toString();
    }
}
