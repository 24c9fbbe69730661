package org.triangulate.extract.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.triangulate.extract.meta.DateMatch;
import org.triangulate.extract.meta.DateParser;
import org.triangulate.extract.meta.DateScan;

/**
 * Lines that are page metadata, not body text: bylines and date lines. Shared by the text-dump classifier and
 * the HTML extractor's edge trimming.
 */
public final class MetaLines {
    // "By Naila Huseynova", "by The Kyiv Independent news desk November 20, 2024 11:01 AM 2 min read", "Автор: ...",
    // "Posted by David at December 16, 2025 11:15 AM", "On Behalf of Smith & Jones PLLC | Apr 21, 2017"
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|posted by|on behalf of|par|von|por|di|door|автор(?:ка)?:?|author:?|авторы?:?|автори:?)\\s+(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern READ_TIME = Pattern.compile("\\s*\\d+\\s*(?:min|mins|minutes?|хв|мин)\\.?(?:\\s*(?:read|читання|чтения))?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}_])(?:published|updated|posted|last updated|on|at|опубліковано|оновлено|опубликовано|обновлено)"
                    + "(?![\\p{L}\\p{N}_])");
    private static final Set<String> NAME_JOINERS = Set.of("and", "&", "of", "the", "de", "van", "von", "der", "al",
            "bin", "news", "desk", "staff", "team", "editorial", "board", "newsroom", "reporter", "reporters", "і", "и", "та");

    private MetaLines() {
    }

    /**
     * The name part when the line is a byline ("By Naila Huseynova", "by X news desk November 20, 2024 11:01 AM
     * 2 min read", "Автор: ..."), else null: every word a capitalised name or a joiner, no sentence.
     */
    public static String byline(String t) {
        var m = BYLINE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String rest = READ_TIME.matcher(m.group(1)).replaceAll("").strip();
        DateScan scan = DateParser.scan(rest);
        if (!scan.found().isEmpty()) {
            DateMatch first = scan.found().get(0);
            rest = rest.substring(0, first.start()).strip();
            // "David at December 16, 2025": the word that joins the name to its date
            rest = rest.replaceAll("(?i)\\s+(?:at|on)$", "");
        }
        rest = rest.replaceAll("[\\s,|·•—–-]+$", "").strip();
        if (rest.isEmpty() || rest.length() > 100 || rest.matches(".*[!?;:](\\s.*|$)") || rest.matches(".*\\p{Ll}{2,}\\.(\\s.*|$)")) {
            return null;
        }
        String[] words = rest.split("[\\s,]+");
        if (words.length > 10) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || NAME_JOINERS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return null;
            }
        }
        return Character.isUpperCase(rest.codePointAt(0)) ? rest : null;
    }

    /** The date when the line is essentially only a date ("12:20 20.11.2024", "Published: Nov. 20, 2024"), else null. */
    public static DateMatch dateOnly(String t) {
        if (Inline.words(t) > 12 || t.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        DateMatch best = DateParser.scan(t).best();
        if (best == null) {
            return null;
        }
        String rest = (t.substring(0, best.start()) + " " + t.substring(best.end()));
        rest = DATE_WORDS.matcher(rest).replaceAll(" ");
        rest = READ_TIME.matcher(rest.strip()).replaceAll("");
        return Inline.words(rest) <= 1 ? best : null;
    }
}
