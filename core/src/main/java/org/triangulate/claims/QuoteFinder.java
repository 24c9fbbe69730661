package org.triangulate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.extract.Article;

/**
 * Direct quotes and who said them, per article.
 *
 * <p>Quote marks: curly quotes pair directly; a straight quote opens when it follows a space and precedes a word,
 * and closes when it follows a word and precedes a space or punctuation. A quote left open at the end of a
 * paragraph runs to its end (news style continues it in the next paragraph); a closing mark with no opening one
 * (a copy error) quotes from the sentence after the previous quote's attribution.
 *
 * <p>Speaker, first rule that applies: after the quote ({@code ," X said} / {@code ," said X} /
 * {@code ," X told Reuters}); before it in the same sentence ({@code X said: "..."}, {@code X, the Kremlin's
 * spokesman, said ... "..."}, the subject of a sentence introducing the quote with a colon); the quote before it in
 * the paragraph; the previous paragraph's quote or speech clause ("..., he added."). Pronouns resolve to the last
 * person named before; surnames to the full name of the one person who bears it.
 */
final class QuoteFinder {
    /** A quote as found in one article. */
    record Found(String article, int paragraph, int offset, String text, String speaker, String attribution,
                 String rule) {
    }

    private record Span(int open, int from, int to, int markEnd, boolean orphan) {
    }

    private record Who(String speaker, String attribution, String rule) {
    }

    private static final String VERBS = "said|says|say|told|tells|added|adds|stated|wrote|writes|noted|explained|"
            + "argued|warned|insisted|asked|continued|claimed|replied|remarked|reads|recalled|stressed|"
            + "emphasi[sz]ed|declared|announced|called|calls|described|adding|saying";
    private static final Pattern TAIL_WHO_VERB = Pattern.compile("^[\\s,]*(?<who>[^,.;:“”\"]{1,80}?)\\s+(?<verb>"
            + VERBS + ")\\b(?<rest>[^.;:“”\"]*)");
    private static final Pattern TAIL_VERB_WHO = Pattern.compile("^[\\s,]*(?<verb>said|says|added|asked|wrote)\\s+"
            + "(?<who>[^,.;:“”\"]{1,80})");
    private static final Pattern HEAD_VERB = Pattern.compile("\\b(?<verb>" + VERBS + ")\\b");
    private static final Pattern APPOSITIVE = Pattern.compile("(?<name>\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+)*)"
            + ",\\s+[^,]{1,60},\\s+(?:" + VERBS + ")\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they");
    private static final Pattern CAP_RUN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}’'.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}’'.-]*)*");
    private static final Pattern OBJECT = Pattern.compile("^\\s+((?:the\\s+|The\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}"
            + "[\\p{L}.’'-]*)*|reporters|journalists|the [a-z]+)");

    private QuoteFinder() {
    }

    static List<Found> find(Article a, EntityFinder.Result entities) {
        List<Found> out = new ArrayList<>();
        List<Found> previousParagraph = List.of();
        for (int pi = 0; pi < a.paragraphs().size(); pi++) {
            String p = a.paragraphs().get(pi);
            List<Found> here = new ArrayList<>();
            int prevEnd = 0;
            for (Span s : spans(p)) {
                String text = trimQuote(p.substring(s.from(), s.to()));
                int words = text.isBlank() ? 0 : text.split("\\s+").length;
                Who who = tail(p, s, a.id(), pi, entities);
                if (who == null) {
                    who = head(p, s.orphan() ? s.from() : s.open(), Math.max(prevEnd, 0), a.id(), pi, entities);
                }
                if (who == null && !here.isEmpty() && here.get(here.size() - 1).speaker() != null) {
                    Found prev = here.get(here.size() - 1);
                    who = new Who(prev.speaker(), prev.attribution(), "continues the quote before it");
                }
                if (who == null && here.isEmpty() && s.from() <= 1) {
                    who = previousParagraph(a, pi, previousParagraph, entities);
                }
                prevEnd = s.markEnd();
                if (who != null && who.speaker() != null) {
                    String earlier = antecedent(who.speaker(), out, here);
                    if (earlier != null) {
                        who = new Who(earlier, who.attribution(), who.rule() + "; \"" + who.speaker()
                                + "\" refers back to \"" + earlier + "\"");
                    }
                }
                if (words >= 2 && !titleLike(text, words)) {
                    here.add(new Found(a.id(), pi, s.from(), text, who == null ? null : who.speaker(),
                            who == null ? null : who.attribution(), who == null ? "no speaker found" : who.rule()));
                }
            }
            out.addAll(here);
            previousParagraph = here;
        }
        return out;
    }

    /**
     * "the former official" refers back to the last anonymous speaker introduced as "a former senior Russian
     * official": same head noun, introduced with an indefinite article.
     */
    private static String antecedent(String speaker, List<Found> earlier, List<Found> here) {
        if (!speaker.startsWith("the ")) {
            return null;
        }
        String head = speaker.substring(speaker.lastIndexOf(' ') + 1);
        List<Found> all = new ArrayList<>(earlier);
        all.addAll(here);
        for (int i = all.size() - 1; i >= 0; i--) {
            String s = all.get(i).speaker();
            if (s != null && (s.startsWith("a ") || s.startsWith("an ")) && s.endsWith(" " + head)) {
                return s;
            }
        }
        return null;
    }

    /** A short quoted span whose words are all capitalised is a title or a name ("The Big Lebowski"), not speech. */
    static boolean titleLike(String text, int words) {
        if (words > 8) {
            return false;
        }
        for (String w : text.split("\\s+")) {
            if (w.length() >= 4 && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String trimQuote(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Quote spans in a paragraph. */
    static List<Span> spans(String p) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        int lastMarkEnd = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            Boolean opening = null;
            if (c == '“' || c == '„' || c == '«') {
                opening = true;
            } else if (c == '”' || c == '»') {
                opening = false;
            } else if (c == '"') {
                char prev = i == 0 ? ' ' : p.charAt(i - 1);
                char next = i + 1 >= p.length() ? ' ' : p.charAt(i + 1);
                boolean openish = (Character.isWhitespace(prev) || "([—–-".indexOf(prev) >= 0)
                        && !Character.isWhitespace(next);
                boolean closeish = !Character.isWhitespace(prev)
                        && (Character.isWhitespace(next) || ",.;:)!?".indexOf(next) >= 0);
                opening = openish && !closeish ? Boolean.TRUE : closeish && !openish ? Boolean.FALSE : open < 0;
            }
            if (opening == null) {
                continue;
            }
            if (opening) {
                open = i;
            } else if (open >= 0) {
                out.add(new Span(open, open + 1, i, i + 1, false));
                open = -1;
                lastMarkEnd = i + 1;
            } else {
                // a closing mark without an opening one: quote from the sentence after the previous attribution
                int from = out.isEmpty() ? 0 : ClaimText.sentenceEnd(p, lastMarkEnd);
                if (from < i) {
                    out.add(new Span(-1, from, i, i + 1, true));
                }
                lastMarkEnd = i + 1;
            }
        }
        if (open >= 0 && open + 1 < p.length()) {
            out.add(new Span(open, open + 1, p.length(), p.length(), false));
        }
        return out;
    }

    private static Who tail(String p, Span s, String article, int pi, EntityFinder.Result entities) {
        if (s.markEnd() >= p.length()) {
            return null;
        }
        int end = ClaimText.sentenceEnd(p, s.markEnd());
        String tail = p.substring(s.markEnd(), end);
        if (tail.isBlank()) {
            if (end >= p.length()) {
                return null;
            }
            // the quote ended its sentence: only a short next sentence ("Peskov said.") can attribute it
            tail = p.substring(end, ClaimText.sentenceEnd(p, end));
            if (tail.strip().split("\\s+").length > 6) {
                return null;
            }
        }
        Matcher m = TAIL_VERB_WHO.matcher(tail);
        if (m.find() && m.group("who").strip().split("\\s+").length <= 8
                && Character.isUpperCase(m.group("who").strip().charAt(0))) {
            String whoText = m.group("who").strip();
            String speaker = resolve(whoText, article, pi, s.markEnd(), entities);
            return new Who(speaker, m.group("verb") + " " + whoText, "\"" + m.group("verb") + " X\" after the quote");
        }
        m = TAIL_WHO_VERB.matcher(tail);
        if (m.find() && m.group("who").strip().split("\\s+").length <= 8) {
            String whoText = m.group("who").strip();
            String speaker = resolve(whoText, article, pi, s.markEnd(), entities);
            return new Who(speaker, attribution(whoText, m.group("verb"), m.group("rest")),
                    "\"X " + m.group("verb") + "\" after the quote");
        }
        return null;
    }

    private static Who head(String p, int quoteStart, int floor, String article, int pi,
                            EntityFinder.Result entities) {
        if (quoteStart <= 0) {
            return null;
        }
        int start = Math.max(ClaimText.sentenceStart(p, quoteStart), Math.min(floor, quoteStart));
        String head = p.substring(start, quoteStart);
        Matcher ap = APPOSITIVE.matcher(head);
        if (ap.find()) {
            String name = ap.group("name");
            return new Who(resolve(name, article, pi, start + ap.start(), entities),
                    head.substring(ap.start(), ap.end()).strip(), "\"X, apposition, said\" before the quote");
        }
        List<int[]> verbs = new ArrayList<>();
        Matcher m = HEAD_VERB.matcher(head);
        while (m.find()) {
            verbs.add(new int[] {m.start(), m.end()});
        }
        for (int k = verbs.size() - 1; k >= 0; k--) {
            int vs = verbs.get(k)[0];
            String before = head.substring(0, vs);
            int boundary = Math.max(Math.max(before.lastIndexOf(", "), before.lastIndexOf(" that ")),
                    Math.max(before.lastIndexOf(": "), before.lastIndexOf("; ")));
            String phrase = (boundary < 0 ? before : before.substring(boundary + (before.startsWith(" that ",
                    boundary) ? 6 : 2))).strip();
            int words = phrase.isEmpty() ? 0 : phrase.split("\\s+").length;
            if (words >= 1 && words <= 10) {
                String verb = head.substring(vs, verbs.get(k)[1]);
                String rest = head.substring(verbs.get(k)[1]);
                return new Who(resolve(phrase, article, pi, start + vs, entities), attribution(phrase, verb, rest),
                        "\"X " + verb + "\" before the quote");
            }
        }
        if (head.strip().endsWith(":")) {
            for (EntityFinder.Mention mention : entities.mentions(article)) {
                if (mention.paragraph() == pi && mention.offset() >= start && mention.offset() < quoteStart) {
                    Entity e = entities.entityOf(mention);
                    if (e != null && e.type().equals(EntityFinder.PERSON)) {
                        return new Who(e.name(), head.strip(), "colon-introduced: the person the sentence names");
                    }
                }
            }
        }
        return null;
    }

    private static Who previousParagraph(Article a, int pi, List<Found> previous, EntityFinder.Result entities) {
        if (pi == 0) {
            return null;
        }
        if (!previous.isEmpty()) {
            Found last = previous.get(previous.size() - 1);
            return last.speaker() == null ? null
                    : new Who(last.speaker(), last.attribution(), "continues the previous paragraph's quote");
        }
        String prev = a.paragraphs().get(pi - 1);
        Who w = head(prev, prev.length(), ClaimText.sentenceStart(prev, Math.max(0, prev.length() - 2)), a.id(),
                pi - 1, entities);
        return w == null ? null : new Who(w.speaker(), w.attribution(),
                "speaker of the previous paragraph (" + w.rule() + ")");
    }

    private static String attribution(String who, String verb, String rest) {
        String a = who + " " + verb;
        if (verb.startsWith("told") || verb.startsWith("tells")) {
            Matcher o = OBJECT.matcher(rest);
            if (o.find()) {
                a += " " + o.group(1);
            }
        }
        return a.strip();
    }

    /** A speaker phrase to a name: a known person, a pronoun's antecedent, a capitalised name, or the phrase. */
    static String resolve(String phrase, String article, int pi, int offset, EntityFinder.Result entities) {
        String ph = phrase.strip();
        if (PRONOUN.matcher(ph).matches()) {
            List<Entity> before = entities.personsBefore(article, pi, offset);
            return before.isEmpty() ? null : before.get(0).name();
        }
        List<String> runs = new ArrayList<>();
        Matcher m = CAP_RUN.matcher(ph);
        while (m.find()) {
            runs.add(m.group());
        }
        for (int i = runs.size() - 1; i >= 0; i--) {
            String run = runs.get(i);
            if (run.endsWith("’s") || run.endsWith("'s")) {
                continue; // "Trump’s communications director Steven Cheung": the possessor is not the speaker
            }
            Entity e = entities.person(run);
            if (e == null) {
                String[] parts = run.split("\\s+");
                e = entities.person(parts[parts.length - 1]);
            }
            if (e != null) {
                return e.name();
            }
        }
        String lower = ph.toLowerCase(Locale.ROOT);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).contains(" ") && Character.isUpperCase(ph.charAt(0))
                && !lower.startsWith("the ")) {
            return runs.get(runs.size() - 1);
        }
        return ph;
    }
}
