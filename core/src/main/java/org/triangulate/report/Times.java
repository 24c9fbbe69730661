package org.triangulate.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.triangulate.extract.Article;

/**
 * Publication times as the briefings print them: minutes in UTC, or the day alone when the page gave only a day
 * (its {@code published} instant is then midnight UTC by convention, which is no time of day).
 */
final class Times {
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern PLAIN_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Oldest first, undated last, ties by id. A page that gave only a day sorts after the timed pages of that day:
     * its midnight is a convention, not a time it was seen at.
     */
    static final Comparator<Article> ORDER = Comparator.comparing(Times::sortTime, Comparator.nullsLast(Instant::compareTo))
            .thenComparing(Article::id);

    private Times() {
    }

    private static Instant sortTime(Article a) {
        if (!dayOnly(a)) return a.published();
        return a.published().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS).minusNanos(1);
    }

    /** The article's publication time, "2024-11-20 09:01 UTC" or "2024-11-20 (day only)"; null when unknown. */
    static String published(Article a) {
        if (a.published() == null) return null;
        return dayOnly(a) ? DAY.format(a.published()) + " (day only)" : MINUTE.format(a.published());
    }

    /** An instant that some of {@code articles} were published at: as a day when all of those gave only a day. */
    static String at(Instant t, Collection<Article> articles) {
        boolean any = false;
        for (Article a : articles) {
            if (!t.equals(a.published())) continue;
            if (!dayOnly(a)) return MINUTE.format(t);
            any = true;
        }
        return any ? DAY.format(t) + " (day only)" : MINUTE.format(t);
    }

    /** Whether the page gave only a day: its local value is a plain date, or the provenance says so. */
    static boolean dayOnly(Article a) {
        if (a.published() == null) return false;
        String local = a.publishedLocal();
        if (local != null) return PLAIN_DAY.matcher(local).matches();
        String how = a.provenance().get("published");
        return how != null && how.contains("date only") && a.published().equals(a.published().truncatedTo(ChronoUnit.DAYS));
    }
}
