package org.triangulate.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.extract.Article;

/**
 * Numbers with units, per article: money ("$988 million" → 988000000 USD), percentages and ranges ("70-80%",
 * "70-80 per cent" → 70-80 percent), areas with their printed conversions ("26,000 square kilometres (10,000 square
 * miles)" → 26000 km2 and 10000 mi2), lengths, fractions in words ("a fifth" → 0.2 fraction), and counts of things
 * ("five sources", "85,000 Russian soldiers"). Not figures: years ("1991", "in 2014"), dates ("Nov 7"), times,
 * ordinals ("1,000th") and number-hyphen compounds ("10-point").
 */
final class FigureFinder {
    /** A figure as found in one article. */
    record Found(String article, int paragraph, int offset, String value, String unit, String text, String context) {
    }

    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String QUAL = "(?:(?<q>about|approximately|roughly|around|nearly|almost|over|more than|"
            + "less than|under|just under|just over|some|up to|at least|only)\\s+)?";
    private static final String AREA_UNIT = "(?:(?:square|sq\\.?)\\s*(?:kilomet(?:re|er)s?|km|miles?|mi|"
            + "met(?:re|er)s?)\\b|km2|km²|mi2|mi²)";

    private static final Pattern MONEY = Pattern.compile("(?i)" + "(?<cur>US\\$|\\$|€|£)\\s?(?<n>" + NUM
            + ")(?:\\s*(?<mult>trillion|billion|million|thousand|bn|mn|m|k)\\b)?");
    private static final Pattern MONEY_WORDS = Pattern.compile("(?i)" + "(?<n>" + NUM
            + ")\\s*(?<mult>trillion|billion|million|thousand)?\\s+(?<cur>dollars|euros|pounds|hryvnias?|"
            + "roubles|rubles|yuan)\\b");
    private static final Pattern PERCENT = Pattern.compile("(?i)" + "(?<n>" + NUM
            + ")(?:\\s*%?\\s*(?:-|–|to)\\s*(?<n2>" + NUM + "))?\\s*(?:%|per ?cent\\b|percent\\b)");
    private static final Pattern AREA = Pattern.compile("(?i)" + "(?<n>" + NUM + ")(?:\\s*(?:-|–|to)\\s*(?<n2>"
            + NUM + "))?\\s*(?<u>" + AREA_UNIT + ")(?<conv>\\s*\\((?:about\\s+|approximately\\s+|roughly\\s+)?"
            + "(?<cn>" + NUM + ")\\s*(?<cu>" + AREA_UNIT + ")\\))?");
    private static final Pattern LENGTH = Pattern.compile("(?i)" + "(?<n>" + NUM
            + ")\\s*(?<u>kilomet(?:re|er)s|km|miles|met(?:re|er)s)\\b");
    private static final Pattern FRACTION = Pattern.compile("(?i)" + QUAL
            + "\\b(?<num>a|one|two|three|four)[\\s-](?<den>half|third|thirds|quarter|quarters|fifth|fifths|sixth|"
            + "sixths|tenth|tenths)\\b");
    private static final Pattern COUNT = Pattern.compile("(?<n>" + NUM + ")(?![\\d,.]*(?:%|-|–|:|th\\b|"
            + "st\\b|nd\\b|rd\\b))\\s+(?<mods>(?:[A-Za-z][\\w’'-]*\\s+){0,2}?)(?<noun>[a-z]{3,}s|people|children|men"
            + "|women)\\b");
    private static final Pattern WORD_COUNT = Pattern.compile("(?i)\\b(?<w>two|three|four|five|six|seven|eight|"
            + "nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\\s+(?<mods>(?:[A-Za-z][\\w’'-]*\\s+)"
            + "{0,4}?)(?<noun>[a-z]{3,}s|people|children|men|women)\\b");
    /** A hedge just before a number: "about", "more than", "just under". */
    private static final Pattern QUAL_BEFORE = Pattern.compile("(?i)\\b(?:about|approximately|roughly|around|"
            + "nearly|almost|over|more than|less than|under|just under|just over|some|up to|at least|only)\\s+$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
            + "sept|oct|nov|dec)[a-z]*\\.?\\s*$");

    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("fifty", 50), Map.entry("hundred", 100));
    private static final Map<String, Integer> DENOMINATORS = Map.of("half", 2, "third", 3, "quarter", 4,
            "fifth", 5, "sixth", 6, "tenth", 10);
    /** Plural-looking words that are not things counted. */
    private static final Set<String> NOT_NOUNS = Set.of("does", "was", "has", "this", "its", "his", "hers", "is",
            "as", "us", "thus", "plus", "less", "across", "unless", "always", "perhaps", "towards", "news");

    private FigureFinder() {
    }

    static List<Found> find(Article a) {
        List<Found> out = new ArrayList<>();
        for (int pi = 0; pi < a.paragraphs().size(); pi++) {
            String p = a.paragraphs().get(pi);
            boolean[] used = new boolean[p.length() + 1];
            if (DIGIT.matcher(p).find()) {
                money(a.id(), pi, p, used, out);
                area(a.id(), pi, p, used, out);
                percent(a.id(), pi, p, used, out);
                length(a.id(), pi, p, used, out);
            }
            fraction(a.id(), pi, p, used, out);
            counts(a.id(), pi, p, used, out);
        }
        out.sort((x, y) -> x.paragraph() != y.paragraph() ? Integer.compare(x.paragraph(), y.paragraph())
                : Integer.compare(x.offset(), y.offset()));
        return out;
    }

    /** Where the figure's printed text starts: at a hedge word right before the number, if there is one. */
    private static int hedgeStart(String p, int start) {
        int from = Math.max(0, start - 16);
        Matcher q = QUAL_BEFORE.matcher(p.substring(from, start));
        return q.find() ? from + q.start() : start;
    }

    private static boolean claim(boolean[] used, int s, int e) {
        for (int i = s; i < e; i++) {
            if (used[i]) {
                return false;
            }
        }
        for (int i = s; i < e; i++) {
            used[i] = true;
        }
        return true;
    }

    private static void money(String id, int pi, String p, boolean[] used, List<Found> out) {
        for (Pattern pat : List.of(MONEY, MONEY_WORDS)) {
            Matcher m = pat.matcher(p);
            while (m.find()) {
                if (!claim(used, m.start(), m.end())) {
                    continue;
                }
                BigDecimal v = number(m.group("n")).multiply(multiplier(m.group("mult")));
                int hs = hedgeStart(p, m.start());
                out.add(new Found(id, pi, hs, plain(v), currency(m.group("cur")), p.substring(hs, m.end()).strip(),
                        context(p, hs, m.end())));
            }
        }
    }

    private static void percent(String id, int pi, String p, boolean[] used, List<Found> out) {
        Matcher m = PERCENT.matcher(p);
        while (m.find()) {
            if (!claim(used, m.start(), m.end())) {
                continue;
            }
            String v = plain(number(m.group("n"))) + (m.group("n2") == null ? "" : "-" + plain(number(m.group("n2"))));
            int hs = hedgeStart(p, m.start());
            out.add(new Found(id, pi, hs, v, "percent", p.substring(hs, m.end()).strip(), context(p, hs, m.end())));
        }
    }

    private static void area(String id, int pi, String p, boolean[] used, List<Found> out) {
        Matcher m = AREA.matcher(p);
        while (m.find()) {
            if (!claim(used, m.start(), m.end())) {
                continue;
            }
            String v = plain(number(m.group("n"))) + (m.group("n2") == null ? "" : "-" + plain(number(m.group("n2"))));
            int hs = hedgeStart(p, m.start());
            String ctx = context(p, hs, m.end());
            out.add(new Found(id, pi, hs, v, areaUnit(m.group("u")), p.substring(hs, m.end()).strip(), ctx));
            if (m.group("conv") != null) {
                out.add(new Found(id, pi, m.start("cn"), plain(number(m.group("cn"))), areaUnit(m.group("cu")),
                        m.group("conv").strip(), ctx));
            }
        }
    }

    private static void length(String id, int pi, String p, boolean[] used, List<Found> out) {
        Matcher m = LENGTH.matcher(p);
        while (m.find()) {
            if (!claim(used, m.start(), m.end())) {
                continue;
            }
            String u = m.group("u").toLowerCase(Locale.ROOT);
            String unit = u.startsWith("kilomet") || u.equals("km") ? "km" : u.startsWith("mile") ? "mi" : "m";
            int hs = hedgeStart(p, m.start());
            out.add(new Found(id, pi, hs, plain(number(m.group("n"))), unit, p.substring(hs, m.end()).strip(),
                    context(p, hs, m.end())));
        }
    }

    private static void fraction(String id, int pi, String p, boolean[] used, List<Found> out) {
        Matcher m = FRACTION.matcher(p);
        while (m.find()) {
            if (!claim(used, m.start(), m.end())) {
                continue;
            }
            String den = m.group("den").toLowerCase(Locale.ROOT);
            String singular = den.endsWith("s") ? den.substring(0, den.length() - 1) : den;
            int num = WORD_NUMBERS.get(m.group("num").toLowerCase(Locale.ROOT));
            BigDecimal v = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(DENOMINATORS.get(singular)),
                    new MathContext(3));
            out.add(new Found(id, pi, m.start(), plain(v), "fraction", m.group().strip(),
                    context(p, m.start(), m.end())));
        }
    }

    private static void counts(String id, int pi, String p, boolean[] used, List<Found> out) {
        Matcher m = COUNT.matcher(p);
        while (m.find()) {
            String n = m.group("n");
            String noun = m.group("noun");
            if (NOT_NOUNS.contains(noun) || (n.matches("1[89]\\d\\d|20\\d\\d"))
                    || MONTH_BEFORE.matcher(p.substring(0, m.start("n"))).find()
                    || !claim(used, m.start(), m.end())) {
                continue; // a year, a date, or a verb
            }
            int hs = hedgeStart(p, m.start());
            out.add(new Found(id, pi, hs, plain(number(n)), noun.toLowerCase(Locale.ROOT),
                    p.substring(hs, m.end()).strip(), context(p, hs, m.end())));
        }
        m = WORD_COUNT.matcher(p);
        while (m.find()) {
            String noun = m.group("noun");
            if (NOT_NOUNS.contains(noun) || !claim(used, m.start(), m.end())) {
                continue;
            }
            int v = WORD_NUMBERS.get(m.group("w").toLowerCase(Locale.ROOT));
            out.add(new Found(id, pi, m.start(), Integer.toString(v), noun.toLowerCase(Locale.ROOT),
                    m.group().strip(), context(p, m.start(), m.end())));
        }
    }

    static BigDecimal number(String s) {
        return new BigDecimal(s.replace(",", ""));
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal multiplier(String mult) {
        if (mult == null) {
            return BigDecimal.ONE;
        }
        return switch (mult.toLowerCase(Locale.ROOT)) {
            case "trillion" -> new BigDecimal("1e12");
            case "billion", "bn" -> new BigDecimal("1e9");
            case "million", "mn", "m" -> new BigDecimal("1e6");
            case "thousand", "k" -> new BigDecimal("1e3");
            default -> BigDecimal.ONE;
        };
    }

    private static String currency(String c) {
        String s = c.toLowerCase(Locale.ROOT);
        if (s.contains("$") || s.startsWith("dollar")) {
            return "USD";
        }
        if (s.equals("€") || s.startsWith("euro")) {
            return "EUR";
        }
        if (s.equals("£") || s.startsWith("pound")) {
            return "GBP";
        }
        if (s.startsWith("hryvnia")) {
            return "UAH";
        }
        if (s.startsWith("r")) {
            return "RUB";
        }
        return s.toUpperCase(Locale.ROOT);
    }

    private static String areaUnit(String u) {
        String s = u.toLowerCase(Locale.ROOT);
        if (s.contains("mi")) {
            return "mi2";
        }
        if (s.contains("km") || s.contains("kilomet")) {
            return "km2";
        }
        return "m2";
    }

    /** Up to eight words either side, inside the figure's sentence. */
    static String context(String p, int start, int end) {
        int ss = ClaimText.sentenceStart(p, start);
        int se = ClaimText.sentenceEnd(p, start);
        String[] before = p.substring(ss, start).strip().split("\\s+");
        String[] after = p.substring(Math.min(end, se), se).strip().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, before.length - 8); i < before.length; i++) {
            if (!before[i].isEmpty()) {
                b.append(before[i]).append(' ');
            }
        }
        b.append(p, start, end).append(' ');
        for (int i = 0; i < Math.min(8, after.length); i++) {
            if (!after[i].isEmpty()) {
                b.append(after[i]).append(' ');
            }
        }
        return b.toString().strip();
    }
}
