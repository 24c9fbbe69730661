package org.triangulate.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and datelines in text: English month names ("November 20, 2024 11:01 AM", "Nov. 20, 2024",
 * "20 November 2024", "Dec. 8"), Ukrainian and Russian month names in nominative and genitive ("20 листопада 2024",
 * "20 ноября 2024 г."), French, German, Spanish, Italian, Portuguese, Dutch and Polish month names in day-first
 * forms ("1er janvier 2024", "20. November 2024", "20 de noviembre de 2024"), numeric day-first forms
 * ("12:20 20.11.2024", "20.11.2024 12:20", "20/11/2024") and ISO-8601.
 * A zone or offset is recorded only when the text states it next to the time ("11:01 AM EET", "GMT+2", "UTC",
 * "(Kyiv time)"); this class never supplies one. Each rule has a name, recorded in {@link DateMatch#rule()}.
 *
 * <p>Numeric dates are read day-first (the convention of the dotted and slashed forms outside North America); a
 * slashed date that is impossible day-first but valid month-first ("11/20/2024") is read month-first under rule
 * {@code numeric-mdy}. Two-digit years are not read: they are too ambiguous to be worth the risk.
 */
public final class DateParser {

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    /**
     * French, German, Spanish, Italian, Portuguese, Dutch and Polish month names (day-first forms only), with the
     * English spellings they share ("20. November 2024").
     */
    private static final Map<String, Integer> EUROPEAN = new LinkedHashMap<>();
    private static final Map<String, ZoneId> ZONE_WORDS = new LinkedHashMap<>();
    private static final Map<String, ZoneId> CITY_TIME = new LinkedHashMap<>();

    static {
        String[][] english = {
                {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
                {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
                {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        // Ukrainian and Russian: nominative, genitive (the form used in dates) and common abbreviations.
        String[][] cyrillic = {
                {"січень", "січня", "січ", "январь", "января", "янв"},
                {"лютий", "лютого", "лют", "февраль", "февраля", "фев", "февр"},
                {"березень", "березня", "бер", "март", "марта", "мар"},
                {"квітень", "квітня", "квіт", "апрель", "апреля", "апр"},
                {"травень", "травня", "трав", "май", "мая"},
                {"червень", "червня", "черв", "июнь", "июня", "июн"},
                {"липень", "липня", "лип", "июль", "июля", "июл"},
                {"серпень", "серпня", "серп", "август", "августа", "авг"},
                {"вересень", "вересня", "вер", "сентябрь", "сентября", "сен", "сент"},
                {"жовтень", "жовтня", "жовт", "октябрь", "октября", "окт"},
                {"листопад", "листопада", "лист", "ноябрь", "ноября", "ноя", "нояб"},
                {"грудень", "грудня", "груд", "декабрь", "декабря", "дек"}};
        for (int m = 0; m < 12; m++) {
            for (String s : english[m]) {
                MONTHS.put(s, m + 1);
            }
            for (String s : cyrillic[m]) {
                MONTHS.put(s, m + 1);
            }
        }
        String[][] european = {
                {"janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari", "stycznia"},
                {"février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "lutego"},
                {"mars", "märz", "marzo", "março", "marco", "maart", "marca"},
                {"avril", "abril", "aprile", "kwietnia", "april"},
                {"mai", "mayo", "maggio", "maio", "mei", "maja"},
                {"juin", "juni", "junio", "giugno", "junho", "czerwca"},
                {"juillet", "juli", "julio", "luglio", "julho", "lipca"},
                {"août", "aout", "agosto", "augustus", "sierpnia", "august"},
                {"septembre", "septiembre", "setiembre", "settembre", "setembro", "września", "september"},
                {"octobre", "oktober", "octubre", "ottobre", "outubro", "października"},
                {"novembre", "noviembre", "novembro", "listopada", "november"},
                {"décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "grudnia", "december"}};
        for (int m = 0; m < 12; m++) {
            for (String s : european[m]) {
                EUROPEAN.put(s, m + 1);
            }
        }
        // Abbreviations with one meaning only; ambiguous ones (IST, CST, AST) are deliberately absent.
        Object[][] zones = {
                {"UTC", 0}, {"GMT", 0}, {"Z", 0}, {"WET", 0}, {"WEST", 1}, {"BST", 1}, {"CET", 1}, {"CEST", 2},
                {"EET", 2}, {"EEST", 3}, {"MSK", 3}, {"AZT", 4}, {"ICT", 7}, {"HKT", 8}, {"SGT", 8}, {"JST", 9},
                {"KST", 9}, {"AEST", 10}, {"AEDT", 11}, {"EST", -5}, {"EDT", -4}, {"CDT", -5}, {"MST", -7},
                {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
        for (Object[] z : zones) {
            ZONE_WORDS.put((String) z[0], ZoneOffset.ofHours((Integer) z[1]));
        }
        // US news write the region's time without saying standard or daylight ("5:12 p.m. ET"): the region's rules
        // give the offset on that day
        ZONE_WORDS.put("ET", ZoneId.of("America/New_York"));
        ZONE_WORDS.put("CT", ZoneId.of("America/Chicago"));
        ZONE_WORDS.put("MT", ZoneId.of("America/Denver"));
        ZONE_WORDS.put("PT", ZoneId.of("America/Los_Angeles"));
        CITY_TIME.put("kyiv", ZoneId.of("Europe/Kyiv"));
        CITY_TIME.put("kiev", ZoneId.of("Europe/Kyiv"));
        CITY_TIME.put("київським", ZoneId.of("Europe/Kyiv"));
        CITY_TIME.put("киевскому", ZoneId.of("Europe/Kyiv"));
        CITY_TIME.put("moscow", ZoneId.of("Europe/Moscow"));
        CITY_TIME.put("московскому", ZoneId.of("Europe/Moscow"));
        CITY_TIME.put("london", ZoneId.of("Europe/London"));
        CITY_TIME.put("baku", ZoneId.of("Asia/Baku"));
        CITY_TIME.put("bangkok", ZoneId.of("Asia/Bangkok"));
    }

    /**
     * A named rule, with a cheap guard that must find something in the text before the full pattern is tried
     * (most lines hold no date; the full patterns are long alternations with optional times and zones).
     */
    private record Rule(String name, Pattern guard, Pattern pattern) {
    }

    private static final Pattern NEEDS_ISO = Pattern.compile("\\d{4}-\\d\\d-\\d");
    private static final Pattern NEEDS_CJK = Pattern.compile("\\d\\s*[年년]");
    /** A French or Spanish hour mark, "14h00", "9h30": read as "14:00" (same length, so offsets hold). */
    private static final Pattern H_TIME = Pattern.compile("(?<=(?<![\\d:])[0-2]?\\d)h(?=[0-5]\\d(?!\\d))");
    private static final Pattern NEEDS_NUMERIC = Pattern.compile("\\d[./]\\d{1,2}[./]\\d{4}");

    private static final List<Rule> RULES = buildRules();

    private static List<Rule> buildRules() {
        String en = alternation(MONTHS.keySet().stream().filter(s -> s.matches("[a-z]+")).toList());
        String cy = alternation(MONTHS.keySet().stream().filter(s -> !s.matches("[a-z]+")).toList());
        String day = "(?<d>[0-3]?\\d)";
        String year = "(?<y>(?:1[89]|2\\d)\\d\\d)(?!\\d)";
        String ord = "(?:st|nd|rd|th)?";
        List<Rule> rules = new ArrayList<>();
        Pattern needsEnglish = Pattern.compile("(?<![\\p{L}])(?:" + en + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        Pattern needsCyrillic = Pattern.compile("(?:" + cy + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        rules.add(new Rule("iso-8601", NEEDS_ISO, Pattern.compile(
                "(?<![\\d.])(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})"
                        + "(?:[T ](?<h1>\\d{2}):(?<mi1>\\d{2})(?::(?<s1>\\d{2})(?:[.,](?<f1>\\d{1,9}))?)?"
                        + "(?:\\s?(?<z1>Z|[+-]\\d{2}(?::?\\d{2})?))?)?(?![\\d:])")));
        rules.add(new Rule("english-mdy", needsEnglish, Pattern.compile(
                prefixTime() + "(?<mon>\\b(?:" + en + "))\\.?\\s+" + day + ord + ",?\\s+" + year + suffixTime(""),
                Pattern.CASE_INSENSITIVE)));
        rules.add(new Rule("english-dmy", needsEnglish, Pattern.compile(
                prefixTime() + "(?<!\\d)" + day + ord + "\\s+(?:of\\s+)?(?<mon>(?:" + en + "))\\b\\.?,?\\s+" + year
                        + suffixTime(""), Pattern.CASE_INSENSITIVE)));
        rules.add(new Rule("cyrillic-dmy", needsCyrillic, Pattern.compile(
                prefixTime() + "(?<!\\d)" + day + "\\s+(?<mon>(?:" + cy + "))\\.?\\s+" + year
                        + "(?:\\s*(?:г\\.|года|р\\.|року))?" + suffixTime("(?:(?:в|о|об)\\s+)?"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        // "2021年3月3日 14:00" (Chinese, Japanese), "2021년 3월 3일" (Korean)
        rules.add(new Rule("cjk-ymd", NEEDS_CJK, Pattern.compile(
                "(?<!\\d)" + year + "\\s*[年년]\\s*(?<mo>[01]?\\d)\\s*[月월]\\s*" + day + "\\s*[日일]?"
                        + "(?:\\s*(?:[（(][^)）]{1,4}[)）]|[星期周週][一二三四五六日天])?" + suffixTime("") + ")?")));
        String eu = alternation(EUROPEAN.keySet().stream().toList());
        Pattern needsEuropean = Pattern.compile("(?<![\\p{L}])(?:" + eu + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // "20 novembre 2024", "1er janvier 2024", "20. November 2024", "20 de noviembre de 2024", "3 de março de 2025"
        rules.add(new Rule("european-dmy", needsEuropean, Pattern.compile(
                "(?<![\\d.])" + day + "(?:\\.|er|º|°)?\\s+(?:de\\s+)?(?<mon>(?:" + eu + "))(?![\\p{L}])\\.?,?\\s+"
                        + "(?:del?\\s+)?" + year + suffixTime("(?:(?:à|um|a\\s+las|alle|às|om|o)\\s+)?"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        rules.add(new Rule("numeric-time-dmy", NEEDS_NUMERIC, Pattern.compile(
                timeGroup("0") + zoneGroup("0") + ",?\\s+(?<!\\d)" + day + "(?<sep>[./])(?<mo>\\d{1,2})\\k<sep>" + year)));
        rules.add(new Rule("numeric-dmy", NEEDS_NUMERIC, Pattern.compile(
                "(?<![\\d.:/])" + day + "(?<sep>[./])(?<mo>\\d{1,2})\\k<sep>" + year + "(?![.:/]?\\d)" + suffixTime(""))));
        rules.add(new Rule("english-md", needsEnglish, Pattern.compile(
                "(?<mon>\\b(?:" + en + "))\\.?\\s+" + day + ord + "(?![\\d:])(?!,?\\s+\\d{4})",
                Pattern.CASE_INSENSITIVE)));
        rules.add(new Rule("english-dm", needsEnglish, Pattern.compile(
                "(?<![\\d.:/])" + day + ord + "\\s+(?<mon>(?:" + en + "))\\b(?!\\.?,?\\s+\\d{4})",
                Pattern.CASE_INSENSITIVE)));
        rules.add(new Rule("cyrillic-dm", needsCyrillic, Pattern.compile(
                "(?<![\\d.:/])" + day + "\\s+(?<mon>(?:" + cy + "))(?![\\p{L}])(?!\\.?\\s+\\d{4})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return List.copyOf(rules);
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static String timeGroup(String n) {
        return "(?<![\\d:])(?<h" + n + ">[0-2]?\\d):(?<mi" + n + ">\\d{2})(?::(?<s" + n + ">\\d{2}))?"
                + "(?:\\s*(?<ap" + n + ">[AaPp]\\.?\\s?[Mm]\\.?)(?![\\p{L}]))?";
    }

    private static String zoneGroup(String n) {
        String words = alternation(ZONE_WORDS.keySet().stream().toList());
        String cities = alternation(CITY_TIME.keySet().stream().toList());
        return "(?:\\s*\\(?(?<z" + n + ">\\b(?:" + words + ")\\b(?:\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?"
                + "|[+\\-−]\\d{2}:?\\d{2}"
                + "|(?:" + cities + ")\\s+time|(?:по|за)\\s+(?:" + cities + ")\\s+(?:времени|часом))\\)?)?";
    }

    private static String prefixTime() {
        return "(?:" + timeGroup("0") + zoneGroup("0") + ",?\\s+(?:on\\s+)?)?";
    }

    private static String suffixTime(String connector) {
        return "(?:,?\\s*(?:at\\s+|[-–—|]\\s*)?" + connector + "(?:" + timeGroup("1") + zoneGroup("1") + "|" + dotTime()
                + "))?";
    }

    /**
     * A time written with a dot, "14.00 GMT" in "Wed 3 Mar 2021 14.00 GMT": only with a zone word after it, since
     * "2021 14.00" alone could be an amount.
     */
    private static String dotTime() {
        String words = alternation(ZONE_WORDS.keySet().stream().toList());
        return "(?<![\\d:.])(?<h2>[0-2]?\\d)\\.(?<mi2>[0-5]\\d)(?:\\s*(?<ap2>[AaPp]\\.?\\s?[Mm]\\.?)(?![\\p{L}]))?"
                + "\\s*\\(?(?<z2>\\b(?:" + words + ")\\b)\\)?";
    }

    private DateParser() {
    }

    /** Every date in the text, in order, plus rejected date-like strings. Never throws on any input. */
    public static DateScan scan(String text) {
        if (text == null || text.isEmpty() || text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return new DateScan(List.of(), List.of()); // every rule needs a digit (the day)
        }
        if (text.indexOf('h') >= 0) text = H_TIME.matcher(text).replaceAll(":");
        record Hit(Rule rule, MatchResult m, int start, int end) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.guard.matcher(text).find()) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    hits.add(new Hit(rule, m.toMatchResult(), m.start(), m.end()));
                }
            }
        }
        // Longest match wins; on equal length the earlier rule (more specific) wins.
        hits.sort(Comparator.comparingInt((Hit h) -> h.end - h.start).reversed()
                .thenComparingInt(h -> RULES.indexOf(h.rule)));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (kept.stream().noneMatch(k -> h.start < k.end && k.start < h.end)) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        List<DateMatch> found = new ArrayList<>();
        List<InvalidDateException> rejected = new ArrayList<>();
        for (Hit h : kept) {
            String matched = text.substring(h.start, h.end);
            try {
                DateMatch dm = build(h.rule.name, h.m, matched.strip(), h.start, h.end);
                if (dm != null) {
                    found.add(dm);
                }
            } catch (InvalidDateException e) {
                rejected.add(e);
            }
        }
        return new DateScan(found, rejected);
    }

    /**
     * Parses a string that should be exactly one date (e.g. a meta tag value or front matter field).
     *
     * @throws InvalidDateException when no rule matches the whole string or the date is impossible
     */
    public static DateMatch parse(String value) {
        String v = value == null ? "" : value.strip();
        DateScan scan = scan(v);
        for (InvalidDateException e : scan.rejected()) {
            throw e;
        }
        if (scan.found().size() == 1) {
            DateMatch m = scan.found().get(0);
            String rest = (v.substring(0, m.start()) + v.substring(m.end())).replaceAll("[\\s,.;()\\[\\]|–—-]", "");
            if (rest.isEmpty()) {
                return m;
            }
        }
        throw new InvalidDateException(v, "parse", "not a single date in a known form");
    }

    private static DateMatch build(String rule, MatchResult m, String matched, int start, int end) {
        Integer year = group(m, "y") == null ? null : Integer.parseInt(group(m, "y"));
        int day = Integer.parseInt(group(m, "d"));
        int month;
        String mon = group(m, "mon");
        if (mon != null) {
            Integer mm = MONTHS.get(mon.toLowerCase(Locale.ROOT));
            if (mm == null) {
                mm = EUROPEAN.get(mon.toLowerCase(Locale.ROOT));
            }
            if (mm == null) {
                return null;
            }
            // "may 5" in running text is usually the verb: year-less English matches need a capital month.
            if (year == null && rule.startsWith("english") && !Character.isUpperCase(mon.charAt(0))) {
                return null;
            }
            month = mm;
        } else {
            month = Integer.parseInt(group(m, "mo"));
        }
        if ("/".equals(group(m, "sep")) && month > 12 && day <= 12 && valid(year, day, month)) {
            int t = day;
            day = month;
            month = t;
            rule = "numeric-mdy";
        }
        if (month < 1 || month > 12) {
            throw new InvalidDateException(matched, rule, "month " + month + " is not 1-12");
        }
        if (!valid(year, month, day)) {
            throw new InvalidDateException(matched, rule, "day " + day + " does not exist in month " + month
                    + (year == null ? "" : " of " + year));
        }
        String n = group(m, "h1") != null ? "1" : group(m, "h2") != null ? "2" : group(m, "h0") != null ? "0" : null;
        LocalTime time = null;
        ZoneId zone = null;
        String zoneText = null;
        if (n != null) {
            time = time(matched, rule, group(m, "h" + n), group(m, "mi" + n), group(m, "s" + n), group(m, "ap" + n),
                    "1".equals(n) ? group(m, "f1") : null);
            zoneText = group(m, "z" + n);
            if (zoneText != null) {
                zone = zone(matched, rule, zoneText);
            }
        }
        return new DateMatch(year, month, day, time, zone, zoneText, matched, rule, start, end);
    }

    private static boolean valid(Integer year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        try {
            LocalDate.of(year == null ? 2000 : year, month, day); // 2000 is a leap year: Feb 29 allowed when unknown
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static LocalTime time(String matched, String rule, String h, String mi, String s, String ap, String frac) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(mi);
        int second = s == null ? 0 : Integer.parseInt(s);
        if (ap != null) {
            if (hour < 1 || hour > 12) {
                throw new InvalidDateException(matched, rule, "hour " + hour + " is not 1-12 with AM/PM");
            }
            boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23) {
            throw new InvalidDateException(matched, rule, "hour " + hour + " is not 0-23");
        }
        if (minute > 59 || second > 59) {
            throw new InvalidDateException(matched, rule, "minute/second out of range");
        }
        int nanos = frac == null ? 0 : Integer.parseInt((frac + "000000000").substring(0, 9));
        return LocalTime.of(hour, minute, second, nanos);
    }

    /** Reads a zone as stated in text: "UTC", "GMT+2", "EET", "+02:00", "Z", "Kyiv time". */
    static ZoneId zone(String matched, String rule, String text) {
        String t = text.strip().replace('−', '-');
        for (Map.Entry<String, ZoneId> city : CITY_TIME.entrySet()) {
            if (t.toLowerCase(Locale.ROOT).contains(city.getKey())) {
                return city.getValue();
            }
        }
        Matcher m = Pattern.compile("^([A-Za-z]*)\\s*(?:([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?$").matcher(t);
        if (!m.matches()) {
            throw new InvalidDateException(matched, rule, "unreadable zone '" + text + "'");
        }
        ZoneOffset base = ZoneOffset.UTC;
        if (!m.group(1).isEmpty()) {
            ZoneId word = ZONE_WORDS.get(m.group(1).toUpperCase(Locale.ROOT));
            if (word == null) {
                throw new InvalidDateException(matched, rule, "unknown zone '" + text + "'");
            }
            if (!(word instanceof ZoneOffset offset)) {
                if (m.group(2) == null) return word;
                throw new InvalidDateException(matched, rule, "offset added to a region's time in '" + text + "'");
            }
            base = offset;
        }
        if (m.group(2) == null) {
            return base;
        }
        int sign = m.group(2).equals("-") ? -1 : 1;
        int hours = Integer.parseInt(m.group(3));
        int minutes = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        try {
            return ZoneOffset.ofTotalSeconds(base.getTotalSeconds() + sign * (hours * 3600 + minutes * 60));
        } catch (DateTimeException e) {
            throw new InvalidDateException(matched, rule, "offset out of range in '" + text + "'");
        }
    }

    private static String group(MatchResult m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // this rule has no such group
        }
    }
}
