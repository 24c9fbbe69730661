package org.triangulate.testkit.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.triangulate.extract.Article;

/**
 * Loads a directory of plain-text documents with no metadata (one sentence or paragraph per line, as in ECB+)
 * as articles: a first line without closing punctuation is the headline, and a short line among the first
 * three that is a date ("Feb 29, 2012 2:31 PM", "Sunday, 9 June 2013", "2013-06-09") becomes the publish
 * date (noon UTC of that day, since the zone is unknown). Ids are the file names without extension.
 */
public final class PlainTextCorpus {
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private PlainTextCorpus() {
    }

    /** All {@code *.txt} files under {@code dir}, sorted by name; unreadable files are skipped. */
    public static List<Article> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.substring(0, name.length() - 4);
            try {
                out.add(parse(id, name, Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                System.err.println(name + ": skipped: " + e.getMessage());
            }
        }
        return out;
    }

    /** One document as an article. */
    public static Article parse(String id, String source, String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\\R")) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        Instant published = null;
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            String l = lines.get(i);
            if (l.split("\\s+").length <= 10) {
                LocalDate d = date(l);
                if (d != null) {
                    published = d.atTime(12, 0).toInstant(ZoneOffset.UTC);
                    lines.remove(i);
                    break;
                }
            }
        }
        String title = null;
        if (lines.size() > 1) {
            String first = lines.get(0);
            char last = first.charAt(first.length() - 1);
            if (".!?\"'".indexOf(last) < 0 && first.split("\\s+").length <= 25) {
                title = first;
                lines.remove(0);
            }
        }
        return new Article(id, source, null, title, null, null, published, null, null, "en", null, null, null,
                lines, Map.of());
    }

    /** A calendar date written in the line, or null. */
    static LocalDate date(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(l);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = DAY_MONTH_YEAR.matcher(l);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(l);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = SLASHED.matcher(l);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int month(String s) {
        return MONTHS.indexOf(s.substring(0, 3)) + 1;
    }
}
