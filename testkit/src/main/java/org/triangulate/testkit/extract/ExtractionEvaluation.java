package org.triangulate.testkit.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.html.HtmlExtractor;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

/**
 * Runs the HTML extractor over a dev set and scores it: bag-of-tokens and 4-gram-shingle precision/recall/F1
 * per page and as macro means, plus title, date (day) and byline accuracy where the gold has them.
 * Title: equal after the README's tokenisation. Date: the gold day equals the page's own published day
 * ({@code publishedLocal}, else UTC); "published or modified" also accepts the modified day, because wcxb-dev's
 * gold is the date shown on the page, which is often the last update. Byline: equal or contained either way, "and" between names ignored.
 * Titles and bylines are compared after NFKC folding and the README's tokenisation.
 */
public final class ExtractionEvaluation {
    /** One page's outcome; boolean checks are null when the gold lacks the field. */
    public record PageResult(String id, double precision, double recall, double f1, double shinglePrecision,
                             double shingleRecall, Boolean titleOk, Boolean dateOk, Boolean dateAnyOk, Boolean bylineOk,
                             String title, String goldTitle, String date, String goldDate, String byline,
                             String goldByline, String error, String modifiedDate, SnippetCheck snippets) {
    }

    /**
     * Means over a set. Shingle F1 is the F1 of mean precision (non-empty outputs) and mean recall. Date misses
     * (pages with a gold date whose published day differs) are split three ways: the gold is our modified day
     * ({@code dateMissGoldIsModified}: the page shows its last update, we give the first publication), we give no
     * published date ({@code dateMissNone}), we give another date ({@code dateMissOther}). {@code datePrecision}
     * is the share of right published days among the {@code dateGiven} pages with a gold date where we give one.
     * Snippets (wcxb-dev): {@code withFound} is the share of all {@code with} snippets found, {@code withoutAbsent}
     * the share of all {@code without} snippets kept out, over the {@code snippetPages} pages that list any (NaN
     * when none do).
     */
    public record Summary(String set, int pages, int failures, double precision, double recall, double f1,
                          double shinglePrecision, double shingleRecall, double shingleF1, double titleAccuracy,
                          int titlePages, double dateAccuracy, int datePages, double dateAnyAccuracy, double bylineAccuracy,
                          int bylinePages, List<PageResult> results, double datePrecision, int dateGiven,
                          int dateMissGoldIsModified, int dateMissNone, int dateMissOther, double withFound,
                          double withoutAbsent, int snippetPages) {
    }

    private final Extractor extractor;
    private Path dumpDir;

    /** Also writes each page's extracted text to {@code dir/<id>.txt} (for inspecting misses). */
    public ExtractionEvaluation dumpTo(Path dir) {
        this.dumpDir = dir;
        return this;
    }

    public ExtractionEvaluation() {
        this(new HtmlExtractor());
    }

    public ExtractionEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    public Summary evaluate(Path dir) throws IOException {
        return evaluate(dir, Integer.MAX_VALUE);
    }

    /** The first {@code limit} pages (by id) of the set. */
    public Summary evaluate(Path dir, int limit) throws IOException {
        List<DevPage> pages = DevPage.loadAll(dir);
        return evaluate(dir.getFileName().toString(), pages.subList(0, Math.min(limit, pages.size())));
    }

    public Summary evaluate(String set, List<DevPage> pages) {
        List<PageResult> results = new ArrayList<>();
        for (DevPage page : pages) {
            results.add(evaluate(page));
        }
        return summarise(set, results);
    }

    PageResult evaluate(DevPage page) {
        RawDocument doc = new RawDocument(page.id() + "/source.html", Format.HTML, page.html(), null, page.url(),
                null, Map.of());
        Article a;
        try {
            a = extractor.extract(page.id(), doc);
        } catch (ExtractionException | RuntimeException e) {
            TokenScores.Prf bag = TokenScores.bag("", page.expected());
            return new PageResult(page.id(), bag.precision(), bag.recall(), bag.f1(), 0, 0,
                    page.goldTitle() == null ? null : false, page.goldDate() == null ? null : false,
                    page.goldDate() == null ? null : false, page.goldByline() == null ? null : false, null, page.goldTitle(), null, page.goldDate(), null,
                    page.goldByline(), e.getClass().getSimpleName() + ": " + e.getMessage(), null,
                    SnippetCheck.of("", page.with(), page.without()));
        }
        String text = a.text();
        if (dumpDir != null) {
            try {
                Files.createDirectories(dumpDir);
                Files.writeString(dumpDir.resolve(page.id() + ".txt"), text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        TokenScores.Prf bag = TokenScores.bag(text, page.expected());
        TokenScores.Prf sh = TokenScores.shingles(text, page.expected());
        String date = day(a);
        Boolean titleOk = page.goldTitle() == null ? null : norm(page.goldTitle()).equals(norm(a.title()));
        Boolean dateOk = page.goldDate() == null ? null : page.goldDate().length() >= 10 && date != null
                && page.goldDate().substring(0, 10).equals(date);
        String modDay = a.modified() == null ? null : a.modified().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        Boolean dateAnyOk = page.goldDate() == null ? null : dateOk
                || page.goldDate().length() >= 10 && page.goldDate().substring(0, 10).equals(modDay);
        Boolean bylineOk = page.goldByline() == null ? null : bylineMatches(a.byline(), page.goldByline());
        return new PageResult(page.id(), bag.precision(), bag.recall(), bag.f1(), text.isEmpty() ? -1 : sh.precision(),
                sh.recall(), titleOk, dateOk, dateAnyOk, bylineOk, a.title(), page.goldTitle(), date, page.goldDate(),
                a.byline(), page.goldByline(), null, modDay, SnippetCheck.of(text, page.with(), page.without()));
    }

    /** The publication day as the page states it (its local date when known, else the UTC date). */
    static String day(Article a) {
        if (a.publishedLocal() != null && a.publishedLocal().length() >= 10) return a.publishedLocal().substring(0, 10);
        return a.published() == null ? null : a.published().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static boolean bylineMatches(String ours, String gold) {
        if (ours == null) return false;
        String o = names(ours);
        String g = names(gold);
        return !o.isEmpty() && (o.equals(g) || o.contains(g) || g.contains(o));
    }

    /**
     * Title/byline normal form: Unicode compatibility forms folded (full-width letters and ideographic spaces),
     * then the README's tokens (lower case, punctuation removed).
     */
    static String norm(String s) {
        if (s == null) return "";
        return String.join(" ", TokenScores.tokens(Normalizer.normalize(s, Normalizer.Form.NFKC)));
    }

    /** A name list's normal form: "A, B and C" (or "et", "und") equals "A, B, C" (list conjunctions are not part of a name). */
    static String names(String s) {
        return (" " + norm(s) + " ").replaceAll(" (and|et|und)(?= )", "").trim();
    }

    static Summary summarise(String set, List<PageResult> results) {
        int n = results.size();
        double p = 0, r = 0, f = 0, sp = 0, sr = 0;
        int spN = 0, failures = 0;
        int[] title = new int[2], date = new int[2], dateAny = new int[2], byline = new int[2], given = new int[2];
        int missModified = 0, missNone = 0, missOther = 0;
        int[] with = new int[2], without = new int[2];
        int snippetPages = 0;
        for (PageResult x : results) {
            p += x.precision();
            r += x.recall();
            f += x.f1();
            sr += x.shingleRecall();
            if (x.shinglePrecision() >= 0 && x.error() == null) {
                sp += x.shinglePrecision();
                spN++;
            }
            if (x.error() != null) failures++;
            count(title, x.titleOk());
            count(date, x.dateOk());
            count(dateAny, x.dateAnyOk());
            count(byline, x.bylineOk());
            if (x.dateOk() != null && x.date() != null) count(given, x.dateOk());
            if (x.snippets() != null) {
                snippetPages++;
                with[0] += x.snippets().withFound();
                with[1] += x.snippets().withCount();
                without[0] += x.snippets().withoutCount() - x.snippets().withoutLeaked();
                without[1] += x.snippets().withoutCount();
            }
            if (Boolean.FALSE.equals(x.dateOk())) {
                if (Boolean.TRUE.equals(x.dateAnyOk())) missModified++;
                else if (x.date() == null) missNone++;
                else missOther++;
            }
        }
        double msp = spN == 0 ? 0 : sp / spN;
        double msr = n == 0 ? 0 : sr / n;
        return new Summary(set, n, failures, mean(p, n), mean(r, n), mean(f, n), msp, msr,
                msp + msr == 0 ? 0 : 2 * msp * msr / (msp + msr), ratio(title), title[1], ratio(date), date[1],
                ratio(dateAny), ratio(byline), byline[1], List.copyOf(results), ratio(given), given[1], missModified,
                missNone, missOther, ratio(with), ratio(without), snippetPages);
    }

    private static void count(int[] c, Boolean ok) {
        if (ok == null) return;
        c[1]++;
        if (ok) c[0]++;
    }

    private static double ratio(int[] c) {
        return c[1] == 0 ? Double.NaN : c[0] / (double) c[1];
    }

    private static double mean(double sum, int n) {
        return n == 0 ? 0 : sum / n;
    }

    /** Per-page lines (when {@code perPage}) and the summary. */
    public static void print(Summary s, PrintStream out, boolean perPage) {
        if (perPage) {
            out.println("page\tP\tR\tF1\ttitle\tdate\tbyline\twith\tleaked\terror");
            for (PageResult x : s.results()) {
                SnippetCheck c = x.snippets();
                out.printf(Locale.ROOT, "%s\t%.3f\t%.3f\t%.3f\t%s\t%s\t%s\t%s\t%s\t%s%n", x.id(), x.precision(),
                        x.recall(), x.f1(), mark(x.titleOk()), mark(x.dateOk()), mark(x.bylineOk()),
                        c == null ? "-" : c.withFound() + "/" + c.withCount(), c == null ? "-" : c.withoutLeaked(),
                        x.error() == null ? "" : x.error());
            }
        }
        out.printf(Locale.ROOT, "%s: %d pages, %d failed%n", s.set(), s.pages(), s.failures());
        out.printf(Locale.ROOT, "  bag F1 %.4f (P %.4f / R %.4f)   shingle F1 %.4f (P %.4f / R %.4f)%n", s.f1(),
                s.precision(), s.recall(), s.shingleF1(), s.shinglePrecision(), s.shingleRecall());
        out.printf(Locale.ROOT, "  title %.3f (%d pages)   published day %.3f (%d pages with gold date; "
                        + "published or modified day %.3f)   byline %.3f (%d)%n",
                s.titleAccuracy(), s.titlePages(), s.dateAccuracy(), s.datePages(), s.dateAnyAccuracy(),
                s.bylineAccuracy(), s.bylinePages());
        out.printf(Locale.ROOT, "  published precision %.3f (%d pages given a date); date misses: %d gold = our modified, "
                        + "%d no published date, %d other date%n", s.datePrecision(), s.dateGiven(),
                s.dateMissGoldIsModified(), s.dateMissNone(), s.dateMissOther());
        if (s.snippetPages() > 0) {
            out.printf(Locale.ROOT, "  snippets (%d pages): with found %.3f   without kept out %.3f%n", s.snippetPages(),
                    s.withFound(), s.withoutAbsent());
        }
    }

    private static String mark(Boolean b) {
        return b == null ? "-" : b ? "ok" : "MISS";
    }

    /** Writes the summaries (with per-page results) as JSON. */
    public static void writeJson(List<Summary> summaries, Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sets", summaries);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false).writeValue(file.toFile(), root);
    }
}
