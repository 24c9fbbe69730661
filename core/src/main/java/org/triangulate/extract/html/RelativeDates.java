package org.triangulate.extract.html;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Relative datelines ("Published 3 hours ago", "yesterday", "vor 2 Stunden", "2 години тому", "3 часа назад",
 * "il y a 5 minutes", "hace 2 días"), usable only against the time the page was fetched. Minutes and hours give
 * a time; days give the day only (the hour is unknown); weeks, months and years are too coarse to be a date.
 */
final class RelativeDates {
    /** A relative date resolved against the fetch time. */
    record Found(IsoDates.ParsedDate date, String text) {
    }

    private static final String CANDIDATES = "[class*=date], [class*=Date], [class*=time], [class*=Time], "
            + "[class*=publish], [class*=posted], [class*=byline], [class*=meta], time";
    private static final Evaluator CANDIDATE_EVAL = Signals.css(CANDIDATES);
    private static final int MAX_CHARS = 80;
    private static final Pattern AGO = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:"
            // English, German
            + count(1) + "\\s+(?<u1>minutes?|mins?|hours?|hrs?|days?)\\s+ago"
            + "|vor\\s+" + count(2) + "\\s+(?<u2>minuten?|stunden?|tagen?|tag)"
            // French, Spanish
            + "|il\\s+y\\s+a\\s+" + count(3) + "\\s+(?<u3>minutes?|heures?|jours?)"
            + "|hace\\s+" + count(4) + "\\s+(?<u4>minutos?|horas?|días?|dias?)"
            // Ukrainian, Russian
            + "|(?<n5>\\d{1,3})\\s+(?<u5>хвилин[уи]?|годин[уи]?|дн[іяь]в?|день|минут[уы]?|час(?:а|ов)?|дн(?:я|ей))\\s+(?:тому|назад)"
            + "|(?<y>yesterday|gestern|ayer|вчора|вчера))(?![\\p{L}])");
    private static final int MAX_CANDIDATES = 200;

    private RelativeDates() {
    }

    /** A count group: digits or the indefinite article ("an hour ago", "vor einer Stunde"). */
    private static String count(int i) {
        return "(?<n" + i + ">\\d{1,3}|an?|one|ein|eine|einem|einer|un|une)";
    }

    /** The first relative publication dateline of the page, resolved against {@code fetched}; null when none. */
    static Found find(Document doc, Instant fetched) {
        if (fetched == null) return null;
        int seen = 0;
        for (Element e : doc.select(CANDIDATE_EVAL)) {
            if (++seen > MAX_CANDIDATES) break;
            String text = TextNormalizer.collapse(e.text());
            if (text.isEmpty() || text.length() > MAX_CHARS || DateScope.foreign(e, DateScope.FOREIGN)) continue;
            Matcher m = AGO.matcher(text);
            if (!m.find()) continue;
            DateLabels.Kind kind = DateLabels.of(e, m.start());
            if (kind == DateLabels.Kind.UPDATED || kind == DateLabels.Kind.OTHER) continue;
            IsoDates.ParsedDate d = resolve(m, fetched);
            if (d != null) return new Found(d, m.group());
        }
        return null;
    }

    /** {@code text}'s first relative date against {@code fetched}, or null (for tests and plain values). */
    static IsoDates.ParsedDate parse(String text, Instant fetched) {
        Matcher m = AGO.matcher(text == null ? "" : text);
        return m.find() ? resolve(m, fetched) : null;
    }

    private static IsoDates.ParsedDate resolve(Matcher m, Instant fetched) {
        LocalDateTime utc = LocalDateTime.ofInstant(fetched, ZoneOffset.UTC);
        if (m.group("y") != null) return day(utc.minusDays(1));
        String n = first(m.group("n1"), m.group("n2"), m.group("n3"), m.group("n4"), m.group("n5"));
        String unit = first(m.group("u1"), m.group("u2"), m.group("u3"), m.group("u4"), m.group("u5"));
        if (n == null || unit == null) return null;
        long count = n.chars().allMatch(Character::isDigit) ? Long.parseLong(n) : 1;
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("m") || u.startsWith("х")) {
            return minutes(utc.minus(Duration.ofMinutes(count)));
        }
        if (u.startsWith("h") || u.startsWith("st") || u.startsWith("г") || u.startsWith("ч")) {
            return minutes(utc.minus(Duration.ofHours(count)));
        }
        return day(utc.minusDays(count));
    }

    private static IsoDates.ParsedDate minutes(LocalDateTime utc) {
        return new IsoDates.ParsedDate(utc.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC, false);
    }

    private static IsoDates.ParsedDate day(LocalDateTime utc) {
        return new IsoDates.ParsedDate(utc.toLocalDate().atStartOfDay(), null, true);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) return v;
        }
        return null;
    }
}
