package org.triangulate.testkit.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.triangulate.extract.Article;

/**
 * A seeded, reproducible news corpus with known events, built from real sentences (ECB+ documents and
 * WCXB-dev article texts). Each event gets a base report: 8-16 sentences drawn from the pool plus made-up
 * names of its own (places, people) woven in, dated somewhere in a two-year window. Articles of an event
 * are the founding report or reuse of an earlier one: verbatim copies, subsets (a lead of 50-90%), light edits
 * (words dropped or changed, numbers altered), and rewrites (sentences shuffled, some dropped, one or two
 * unrelated sentences added). About one article in seven founds a new event; 10% carry no date. The same seed
 * gives the same corpus, article for article.
 */
public final class CorpusGenerator {
    private final List<String> sentences;
    private final Random random;
    /** Pool positions in a shuffled order, consumed without replacement (see {@link #draw()}). */
    private final int[] deck;
    private int dealt;
    private final List<Event> events = new ArrayList<>();
    private int produced;

    private record Event(String id, String title, List<String> sentences, long start) {
    }

    /** One generated article and its true event. */
    public record Generated(Article article, String event) {
    }

    public CorpusGenerator(List<String> sentences, long seed) {
        if (sentences.size() < 100) {
            throw new IllegalArgumentException("sentence pool too small: " + sentences.size());
        }
        this.sentences = List.copyOf(sentences);
        this.random = new Random(seed);
        this.deck = new int[sentences.size()];
        for (int i = 0; i < deck.length; i++) {
            deck[i] = i;
        }
        dealt = deck.length;
    }

    /**
     * The next pool sentence, drawn without replacement: a sentence recurs only once the whole pool has been
     * dealt (then the deck is reshuffled). Drawing with replacement made popular sentences recur in many
     * unrelated events at large N, which real news does only for boilerplate; with a deck every sentence
     * recurs evenly, about (sentences needed / pool size) times.
     */
    private String draw() {
        if (dealt == deck.length) {
            for (int i = deck.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = deck[i];
                deck[i] = deck[j];
                deck[j] = t;
            }
            dealt = 0;
        }
        return sentences.get(deck[dealt++]);
    }

    /** Sentences of 8-60 words from ECB+ {@code ecbplus/docs/*.txt} and {@code wcxb-dev/}{@code *}{@code /expected.txt}. */
    public static List<String> sentencePool(Path dataDir) throws IOException {
        List<Path> files = new ArrayList<>();
        Path ecb = dataDir.resolve("ecbplus/docs");
        Path wcxb = dataDir.resolve("wcxb-dev");
        if (Files.isDirectory(ecb)) {
            try (Stream<Path> s = Files.list(ecb)) {
                s.sorted().forEach(files::add);
            }
        }
        if (Files.isDirectory(wcxb)) {
            try (Stream<Path> s = Files.list(wcxb)) {
                s.sorted().map(p -> p.resolve("expected.txt")).filter(Files::isRegularFile).forEach(files::add);
            }
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            for (String para : Files.readString(f, StandardCharsets.UTF_8).split("\\R")) {
                for (String s : para.split("(?<=[.!?])\\s+(?=[A-Z\"])")) {
                    int words = s.strip().split("\\s+").length;
                    if (words >= 8 && words <= 60) {
                        out.add(s.strip());
                    }
                }
            }
        }
        return out;
    }

    /** The next {@code n} articles. */
    public List<Generated> next(int n) {
        List<Generated> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    private Generated next() {
        String id = "g" + (produced++);
        if (events.isEmpty() || random.nextDouble() < 0.15) {
            Event e = newEvent();
            events.add(e);
            return article(id, e, new ArrayList<>(e.sentences()), 0);
        }
        // recent events are reused more (news cycles): pick among the last 2000 events
        int from = Math.max(0, events.size() - 2000);
        Event e = events.get(from + random.nextInt(events.size() - from));
        List<String> text = new ArrayList<>(e.sentences());
        double kind = random.nextDouble();
        if (kind < 0.3) {
            return article(id, e, text, 1); // verbatim copy
        } else if (kind < 0.5) {
            int keep = Math.max(3, (int) Math.round(text.size() * (0.5 + 0.4 * random.nextDouble())));
            return article(id, e, new ArrayList<>(text.subList(0, Math.min(keep, text.size()))), 2);
        } else if (kind < 0.75) {
            List<String> edited = new ArrayList<>();
            for (String s : text) {
                edited.add(edit(s));
            }
            return article(id, e, edited, 3);
        }
        Collections.shuffle(text, random);
        text = new ArrayList<>(text.subList(0, Math.max(3, (int) (text.size() * 0.8))));
        for (int k = random.nextInt(3); k > 0; k--) {
            text.add(random.nextInt(text.size() + 1), draw());
        }
        return article(id, e, text, 4);
    }

    private Event newEvent() {
        List<String> names = List.of(name(), name() + " " + name(), name());
        int count = 8 + random.nextInt(9);
        List<String> text = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String s = draw();
            if (i < 6) {
                String name = names.get(i % names.size());
                s = i % 2 == 0 ? name + " said: " + s : s.substring(0, s.length() - 1) + ", in " + name + ".";
            }
            text.add(s);
        }
        long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() + (long) (random.nextDouble() * 2 * 365 * 86400);
        return new Event("E" + events.size(), names.get(1) + ": " + text.get(0), text, start);
    }

    private String name() {
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            b.append(consonants.charAt(random.nextInt(consonants.length())));
            b.append(vowels.charAt(random.nextInt(vowels.length())));
        }
        b.append(consonants.charAt(random.nextInt(consonants.length())));
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private String edit(String s) {
        String[] w = s.split(" ");
        StringBuilder b = new StringBuilder();
        for (String x : w) {
            double r = random.nextDouble();
            if (r < 0.04) {
                continue; // dropped word
            }
            if (r < 0.06 && x.chars().anyMatch(Character::isDigit)) {
                x = x.replaceAll("\\d", String.valueOf(random.nextInt(10)));
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(x);
        }
        return b.toString();
    }

    private Generated article(String id, Event e, List<String> text, int kind) {
        Instant published = random.nextDouble() < 0.1 ? null
                : Instant.ofEpochSecond(e.start() + (kind == 0 ? 0 : (long) (random.nextDouble() * 48 * 3600)));
        String title = kind == 1 || random.nextBoolean() ? e.title() : null;
        return new Generated(new Article(id, id, null, title, null, null, published, null, null, "en", null,
                null, null, text, Map.of()), e.id());
    }
}
