package org.triangulate.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.extract.Article;
import org.triangulate.provenance.Outlets;

/**
 * Named entities from capitalised phrases, typed by simple cues and merged across spellings.
 *
 * <p>Mentions: maximal runs of capitalised words (joined by "of" at most), without sentence-initial function words,
 * months, weekdays and demonym adjectives; a title inside a run ("Russian President Vladimir Putin") splits off the
 * person's name. Types, by votes over all mentions: PERSON (title before, "X said/told", "X, who"),
 * ORGANIZATION (organisation words such as Council/Ministry/Agency, known news outlets, acronyms, "X spokesman"),
 * PLACE (place words such as Oblast/Region, "X region(s)", "in/from/near X"), else OTHER.
 *
 * <p>Merging: equal after transliteration folding ({@link ClaimText#foldName}); person names when the surnames fold
 * equal and the given names are compatible (equal, an initial, or close); a lone surname into the one person who
 * bears it; other names of 8+ letters within 12% edit distance. Different surnames never merge.
 */
final class EntityFinder {
    static final String PERSON = "PERSON";
    static final String PLACE = "PLACE";
    static final String ORGANIZATION = "ORGANIZATION";
    static final String OTHER = "OTHER";

    /** One mention of a name in an article. */
    record Mention(String article, int paragraph, int offset, String surface, Map<String, Double> votes) {
    }

    /** The entities and a way back from every mention to its entity. */
    static final class Result {
        private final List<Entity> entities;
        private final Map<String, List<Mention>> byArticle = new HashMap<>();
        private final Map<Mention, Entity> entityOf;
        private final Map<String, Entity> personByVariant = new HashMap<>();

        Result(List<Entity> entities, List<Mention> mentions, Map<Mention, Entity> entityOf) {
            this.entities = List.copyOf(entities);
            this.entityOf = entityOf;
            for (Mention m : mentions) {
                byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
            }
            for (Entity e : entities) {
                if (e.type().equals(PERSON)) {
                    for (String v : e.variants()) {
                        personByVariant.putIfAbsent(ClaimText.foldName(v), e);
                    }
                }
            }
        }

        List<Entity> entities() {
            return entities;
        }

        /** Mentions in one article, in text order. */
        List<Mention> mentions(String article) {
            return byArticle.getOrDefault(article, List.of());
        }

        Entity entityOf(Mention m) {
            return entityOf.get(m);
        }

        /** Person entities mentioned in an article before a position, latest first. */
        List<Entity> personsBefore(String article, int paragraph, int offset) {
            List<Mention> ms = mentions(article);
            List<Entity> out = new ArrayList<>();
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                if (m.paragraph() > paragraph || (m.paragraph() == paragraph && m.offset() >= offset)) {
                    continue;
                }
                Entity e = entityOf.get(m);
                if (e != null && e.type().equals(PERSON) && !out.contains(e)) {
                    out.add(e);
                }
            }
            return out;
        }

        /** The person entity a name refers to (full name or surname), or null. */
        Entity person(String name) {
            String f = ClaimText.foldName(name);
            return f.isEmpty() ? null : personByVariant.get(f);
        }
    }

    private static final Pattern DEMONYM = Pattern.compile(".*(?:ian|ean|ese|ish|can|ern|ians|eans|cans)");
    private static final Pattern CONTRACTION = Pattern.compile("['’](?:m|ll|ve|d|re|t)$");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern NAME_LIKE = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}’'-]+(?: \\p{Lu}[\\p{Ll}\\p{M}’'-]+){1,2}");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}’'.\\-]*");
    private static final Set<String> COMMON = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "If", "When",
            "While", "Without", "With", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
            "There", "Under", "After", "Before", "During", "According", "Other", "One", "Two", "Three", "Some",
            "Many", "Most", "All", "Also", "Earlier", "Later", "His", "Her", "Their", "Its", "Our", "As", "For",
            "From", "To", "Of", "By", "Why", "What", "How", "Where", "Who", "Because", "So", "Yet", "Still",
            "However", "Publicly", "Domestically", "Meanwhile", "Both", "Each", "Any", "No", "Not", "Such",
            "Unofficial", "Additional", "Officials", "Editors", "Please", "Thank", "Let", "Over");
    private static final Set<String> TIME_WORDS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "AM", "PM");
    private static final Set<String> TITLES = Set.of("President", "President-elect", "Prime", "Minister",
            "Governor", "Director", "Chancellor", "Senator", "Sen.", "General", "Gen.", "King", "Queen", "Pope",
            "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Secretary", "Ambassador", "Mayor", "Commander",
            "Lieutenant", "Colonel", "Spokesman", "Spokeswoman", "Spokesperson", "Deputy", "Vice", "Chairman",
            "Chairwoman", "CEO", "Judge", "Justice", "Rep.", "Representative", "Premier", "Emperor", "Prince",
            "Princess", "Sheikh", "Patriarch");
    private static final Pattern ORG_WORDS = Pattern.compile("\\b(?:Council|Ministry|Agency|Party|Union|"
            + "Organi[sz]ation|Committee|Bank|Fund|Group|Institute|University|Army|Forces|Parliament|Senate|"
            + "Congress|Commission|Court|Office|Department|Company|Corporation|Inc|Ltd|Association|Federation|"
            + "Alliance|Foundation|Initiative|Service|Guard|Navy|Police|Assembly|Cabinet|Regiment|Facility|"
            + "Times|Post|News|Journal|Press|Telegraph|Guardian|Independent)\\b");
    private static final Pattern PLACE_WORDS = Pattern.compile("\\b(?:Oblast|Region|Province|City|Island|Islands|"
            + "Peninsula|Sea|River|Mountains|Bay|Gulf|Strait|County|District|Krai|Republic|Valley|Coast)\\b");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^\\s*(?:said|says|told|added|stated|wrote|noted)\\b");
    private static final Pattern ROLE_AFTER = Pattern.compile("^\\s*(?:spokesman|spokeswoman|spokesperson|"
            + "chief|officials?|sources|leadership)\\b");
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s*(?:region|regions|oblast|oblasts|province|"
            + "city|border|peninsula)\\b");
    /** "Zaporizhzhia and Kherson regions": a name coordinated with another before a place noun. */
    private static final Pattern COORDINATED_PLACE = Pattern.compile("^(?:\\s+and|,)\\s+\\p{Lu}[\\p{L}’'-]+\\s+"
            + "(?:regions|oblasts|provinces)\\b");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|from|near|into|across|to|toward|towards)"
            + "\\s+(?:the\\s+)?$");
    private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("US", "U.S.", "UK", "U.K.", "USA", "UAE");

    private EntityFinder() {
    }

    static Result find(List<Article> articles) {
        Set<String> midSentence = new HashSet<>();
        for (Article a : articles) {
            for (String p : a.paragraphs()) {
                List<Integer> starts = ClaimText.sentenceStarts(p);
                Matcher m = TOKEN.matcher(p);
                while (m.find()) {
                    if (!starts.contains(m.start()) && Character.isUpperCase(m.group().charAt(0))) {
                        midSentence.add(clean(m.group()));
                    }
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Article a : articles) {
            for (int pi = 0; pi < a.paragraphs().size(); pi++) {
                if (titleCase(a.paragraphs().get(pi))) {
                    continue; // a headline in title case capitalises every word: no evidence of names
                }
                mentions(a.id(), pi, a.paragraphs().get(pi), midSentence, mentions);
            }
        }
        return merge(mentions);
    }

    /**
     * A headline in title case: no closing full stop, four or more words of four letters or more, at least 85% of
     * them capitalised ("Putin Open To Discussing Ukraine Ceasefire").
     */
    static boolean titleCase(String p) {
        String t = p.strip();
        if (t.endsWith(".") || t.endsWith("”") || t.endsWith("\"")) {
            return false;
        }
        int counted = 0;
        int caps = 0;
        for (String w : t.split("\\s+")) {
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(w.charAt(0))) {
                caps++;
            }
        }
        return counted >= 4 && caps >= 0.85 * counted;
    }

    private static String clean(String token) {
        String t = token;
        if (t.endsWith("’s") || t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.endsWith("’") || t.endsWith("'") || t.endsWith("-")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("..")) {
            t = t.replaceAll("\\.+$", "");
        }
        if (t.endsWith(".") && !(t.length() <= 4 && t.indexOf('.') < t.length() - 1)) {
            t = t.substring(0, t.length() - 1); // keep "U.S." but not the full stop after "Ukraine."
        }
        return t;
    }

    private static void mentions(String article, int pi, String p, Set<String> midSentence, List<Mention> out) {
        List<Integer> starts = ClaimText.sentenceStarts(p);
        Matcher m = TOKEN.matcher(p);
        List<int[]> run = new ArrayList<>(); // [start, end] of tokens
        int lastEnd = -1;
        boolean pendingOf = false;
        while (m.find()) {
            String tok = m.group();
            boolean cap = Character.isUpperCase(tok.charAt(0));
            String gap = lastEnd < 0 ? "" : p.substring(lastEnd, m.start());
            boolean joined = !run.isEmpty() && gap.equals(" ");
            if (cap && joined && !TIME_WORDS.contains(clean(tok)) && !endsRun(p, run)) {
                run.add(new int[] {m.start(), m.end()});
                pendingOf = false;
            } else if (!cap && joined && tok.equals("of") && !pendingOf && !endsRun(p, run)) {
                run.add(new int[] {m.start(), m.end()});
                pendingOf = true;
            } else {
                flush(article, pi, p, run, pendingOf, starts, midSentence, out);
                run = new ArrayList<>();
                pendingOf = false;
                if (cap && !TIME_WORDS.contains(clean(tok))) {
                    run.add(new int[] {m.start(), m.end()});
                }
            }
            lastEnd = m.end();
        }
        flush(article, pi, p, run, pendingOf, starts, midSentence, out);
    }

    /** A possessive or a full stop ends a run: "Trump’s communications director" is not one name. */
    private static boolean endsRun(String p, List<int[]> run) {
        String last = p.substring(run.get(run.size() - 1)[0], run.get(run.size() - 1)[1]);
        return last.endsWith("’s") || last.endsWith("'s") || (last.endsWith(".") && clean(last).equals(
                last.substring(0, last.length() - 1)));
    }

    private static void flush(String article, int pi, String p, List<int[]> run, boolean trailingOf,
                              List<Integer> starts, Set<String> midSentence, List<Mention> out) {
        if (trailingOf) {
            run = run.subList(0, run.size() - 1);
        }
        // drop sentence-initial function words
        while (!run.isEmpty() && starts.contains(run.get(0)[0])
                && COMMON.contains(clean(p.substring(run.get(0)[0], run.get(0)[1])))) {
            run = run.subList(1, run.size());
        }
        if (run.isEmpty()) {
            return;
        }
        // split at the last title word: the name after it is a person
        int title = -1;
        for (int i = 0; i < run.size(); i++) {
            if (TITLES.contains(clean(p.substring(run.get(i)[0], run.get(i)[1])))) {
                title = i;
            }
        }
        if (title >= 0) {
            if (title + 1 < run.size()) {
                emit(article, pi, p, run.subList(title + 1, run.size()), starts, midSentence, true, out);
            }
            int k = 0;
            while (k < title && !TITLES.contains(clean(p.substring(run.get(k)[0], run.get(k)[1])))) {
                k++;
            }
            if (k > 0) {
                emit(article, pi, p, run.subList(0, k), starts, midSentence, false, out);
            }
            return;
        }
        emit(article, pi, p, run, starts, midSentence, false, out);
    }

    private static void emit(String article, int pi, String p, List<int[]> run, List<Integer> starts,
                             Set<String> midSentence, boolean titled, List<Mention> out) {
        int s = run.get(0)[0];
        int e = run.get(run.size() - 1)[1];
        String surface = clean(p.substring(s, e));
        if (surface.length() < 2 || surface.chars().noneMatch(Character::isLetter)) {
            return;
        }
        if (run.size() == 1) {
            if (starts.contains(s) && !midSentence.contains(surface)) {
                return; // a capitalised sentence opener seen nowhere else capitalised
            }
            if (DEMONYM.matcher(surface).matches() && !Outlets.known(surface)) {
                return; // demonym or adjective: "Russian", "American", "Western"
            }
            if (COMMON.contains(surface) || TIME_WORDS.contains(surface) || CONTRACTION.matcher(surface).find()) {
                return;
            }
        }
        String after = p.substring(e);
        String before = p.substring(0, s);
        Map<String, Double> v = new HashMap<>();
        if (titled) {
            v.merge(PERSON, 3.0, Double::sum);
        }
        if (run.size() >= 2 && SPEECH_AFTER.matcher(after).find()) {
            v.merge(PERSON, 2.0, Double::sum);
        }
        if (after.startsWith(", who ")) {
            v.merge(PERSON, 2.0, Double::sum);
        }
        if (ORG_WORDS.matcher(surface).find() || Outlets.known(surface)) {
            v.merge(ORGANIZATION, 3.0, Double::sum);
        }
        if (COUNTRY_ABBREVIATIONS.contains(surface)) {
            v.merge(PLACE, 3.0, Double::sum);
        } else if (ACRONYM.matcher(surface).matches()) {
            v.merge(ORGANIZATION, 2.0, Double::sum);
        }
        if (ROLE_AFTER.matcher(after).find()) {
            v.merge(ORGANIZATION, 1.0, Double::sum);
        }
        if (PLACE_WORDS.matcher(surface).find()) {
            v.merge(PLACE, 3.0, Double::sum);
        }
        if (PLACE_AFTER.matcher(after).find()) {
            v.merge(PLACE, 2.0, Double::sum);
        }
        Matcher pb = PLACE_BEFORE.matcher(before);
        if (pb.find()) {
            // "in/near X" says place; "to/from X" as often names a person or company ("told to", "sold to")
            v.merge(PLACE, pb.group().strip().matches("(?:in|near|across)(?:\\s+the)?") ? 1.0 : 0.5, Double::sum);
        } else if (before.endsWith("of ") || before.endsWith("of the ")) {
            v.merge(PLACE, 0.5, Double::sum);
        }
        if (COORDINATED_PLACE.matcher(after).find()) {
            v.merge(PLACE, 2.0, Double::sum);
        }
        // weak cue, only when nothing else speaks: two or three capitalised words not after "the" look like a name
        boolean allAlpha = NAME_LIKE.matcher(surface).matches();
        if (v.isEmpty() && allAlpha && !before.endsWith("the ")) {
            v.merge(PERSON, 0.5, Double::sum);
        }
        out.add(new Mention(article, pi, s, surface, v));
    }

    /** Groups of mentions that name one entity. */
    private static final class Group {
        final String key;
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Double> votes = new HashMap<>();
        int tokens;
        /** Set when a merge decided the type (a lone surname joined a person). */
        String forced;

        Group(String key) {
            this.key = key;
        }

        void add(Mention m) {
            mentions.add(m);
            m.votes().forEach((k, x) -> votes.merge(k, x, Double::sum));
            tokens = Math.max(tokens, m.surface().split(" ").length);
        }

        void addAll(Group g) {
            g.mentions.forEach(this::add);
        }

        String type() {
            if (forced != null) {
                return forced;
            }
            String best = OTHER;
            double score = 0;
            for (String t : List.of(PERSON, ORGANIZATION, PLACE)) {
                double s = votes.getOrDefault(t, 0.0);
                if (s > score) {
                    best = t;
                    score = s;
                }
            }
            return best;
        }

        int tokens() {
            return tokens;
        }

        String key() {
            return key;
        }
    }

    private static Result merge(List<Mention> mentions) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String surface = Outlets.known(m.surface()) ? Outlets.normalise(m.surface()) : m.surface();
            String key = ClaimText.foldName(surface);
            if (key.isEmpty()) {
                continue;
            }
            byKey.computeIfAbsent(key, Group::new).add(m);
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        // persons: same surname and compatible given names (buckets by folded surname keep this linear)
        Map<String, List<Group>> bySurname = new LinkedHashMap<>();
        for (Group g : groups) {
            if (g.type().equals(PERSON) && g.tokens() >= 2) {
                bySurname.computeIfAbsent(surname(g.key()), k -> new ArrayList<>()).add(g);
            }
        }
        Set<Group> gone = new HashSet<>();
        for (List<Group> bucket : bySurname.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                Group a = bucket.get(i);
                if (gone.contains(a)) {
                    continue;
                }
                for (int j = i + 1; j < bucket.size(); j++) {
                    Group b = bucket.get(j);
                    if (!gone.contains(b) && samePerson(a.key(), b.key())) {
                        a.addAll(b);
                        gone.add(b);
                    }
                }
            }
        }
        groups.removeAll(gone);
        gone.clear();
        // lone surnames into the one person who bears it
        Map<String, List<Group>> owners = new HashMap<>();
        for (Group a : groups) {
            // only a name with real person evidence (a title, "X said") can absorb lone surnames
            if (a.type().equals(PERSON) && a.tokens() >= 2 && a.votes.getOrDefault(PERSON, 0.0) >= 2) {
                owners.computeIfAbsent(surname(a.key()), k -> new ArrayList<>()).add(a);
            }
        }
        for (Group b : groups) {
            List<Group> o = b.tokens() == 1 ? owners.get(b.key()) : null;
            if (o != null && o.size() == 1 && !b.type().equals(ORGANIZATION)) {
                o.get(0).forced = PERSON;
                o.get(0).addAll(b);
                gone.add(b);
            }
        }
        groups.removeAll(gone);
        gone.clear();
        // other names: close spellings, compared within buckets of equal first letter
        Map<Character, List<Group>> byInitial = new HashMap<>();
        for (Group g : groups) {
            if (!g.type().equals(PERSON) && g.key().length() >= 8) {
                byInitial.computeIfAbsent(g.key().charAt(0), k -> new ArrayList<>()).add(g);
            }
        }
        for (List<Group> bucket : byInitial.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                Group a = bucket.get(i);
                if (gone.contains(a)) {
                    continue;
                }
                for (int j = i + 1; j < bucket.size(); j++) {
                    Group b = bucket.get(j);
                    if (!gone.contains(b) && Math.abs(a.key().length() - b.key().length()) <= 2
                            && ClaimText.distance(a.key(), b.key()) <= 0.12) {
                        a.addAll(b);
                        gone.add(b);
                    }
                }
            }
        }
        groups.removeAll(gone);
        List<Entity> entities = new ArrayList<>();
        Map<Mention, Entity> entityOf = new HashMap<>();
        for (Group g : groups) {
            String type = g.type();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Mention m : g.mentions) {
                String s = Outlets.known(m.surface()) ? Outlets.normalise(m.surface()) : m.surface();
                counts.merge(s, 1, Integer::sum);
            }
            Comparator<Map.Entry<String, Integer>> order = Comparator
                    .<Map.Entry<String, Integer>>comparingInt(e -> type.equals(PERSON)
                            ? (e.getKey().contains(" ") ? 1 : 0) : 0)
                    .thenComparingInt(Map.Entry::getValue)
                    .thenComparingInt(e -> e.getKey().length());
            List<String> variants = counts.entrySet().stream().sorted(order.reversed()).map(Map.Entry::getKey)
                    .toList();
            Set<String> arts = new LinkedHashSet<>();
            g.mentions.forEach(m -> arts.add(m.article()));
            Entity e = new Entity(variants.get(0), variants, type, List.copyOf(arts), g.mentions.size());
            entities.add(e);
            g.mentions.forEach(m -> entityOf.put(m, e));
        }
        entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
        return new Result(List.copyOf(entities), List.copyOf(mentions), entityOf);
    }

    private static String surname(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** Same surname (folded) and compatible given names: equal, one an initial of the other, or close. */
    static boolean samePerson(String a, String b) {
        String[] pa = a.split(" ");
        String[] pb = b.split(" ");
        String sa = pa[pa.length - 1];
        String sb = pb[pb.length - 1];
        if (!sa.equals(sb) && ClaimText.distance(sa, sb) > 0.15) {
            return false;
        }
        String ga = pa[0];
        String gb = pb[0];
        if (ga.equals(gb)) {
            return true;
        }
        if (ga.length() == 1 || gb.length() == 1) {
            return ga.charAt(0) == gb.charAt(0);
        }
        return ga.charAt(0) == gb.charAt(0) && ClaimText.distance(ga, gb) <= 0.34;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
