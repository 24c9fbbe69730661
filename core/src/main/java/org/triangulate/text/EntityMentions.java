package org.triangulate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Named-entity mentions found by capitalisation: maximal runs of capitalised words inside a sentence
 * ("Russian President Vladimir Putin", "Kyiv", "NATO"), with lower-case connectors allowed inside a run
 * ("Bank of England"). No model: a sentence-initial single word counts only when the same word is also
 * capitalised inside a sentence somewhere in the text (else it is capitalised by position); month and weekday
 * names are dropped, and lines that are set in Title Case (headlines) are skipped because every
 * word there is capitalised. Good enough as a similarity feature, not as an NER system.
 */
public final class EntityMentions {
    /** One mention: the text as written (folded) and its position in the folded input. */
    public record Mention(String text, int start, int end) {
        /** Lower-case key for matching. */
        public String key() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "da", "di", "la", "le", "van", "von",
            "der", "den", "al", "bin", "ibn", "el", "du", "and");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    private EntityMentions() {
    }

    /** Mentions in {@code text}, in order. */
    public static List<Mention> find(String text) {
        String folded = TextFolding.fold(text);
        List<Mention> out = new ArrayList<>();
        List<Mention> initial = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= folded.length()) {
            int nl = folded.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? folded.length() : nl;
            scanLine(folded, lineStart, lineEnd, out, initial);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (!initial.isEmpty()) {
            java.util.Set<String> known = new java.util.HashSet<>();
            for (Mention m : out) {
                known.addAll(List.of(m.text().split(" ")));
            }
            for (Mention m : initial) {
                if (known.contains(m.text())) {
                    out.add(m);
                }
            }
            out.sort(java.util.Comparator.comparingInt(Mention::start));
        }
        return out;
    }

    private static void scanLine(String s, int from, int to, List<Mention> out, List<Mention> initial) {
        String line = s.substring(from, to);
        List<int[]> spans = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        Tokenizer.forEachWord(line, (a, b, t) -> {
            spans.add(new int[] {a, b});
            toks.add(t);
        });
        if (toks.isEmpty() || isTitleCase(toks)) {
            return;
        }
        int i = 0;
        while (i < toks.size()) {
            if (!isCapitalised(toks.get(i)) || isCalendar(toks.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            int lastCap = i;
            while (j < toks.size()) {
                String t = toks.get(j);
                if (isCapitalised(t) && !isCalendar(t) && !sentenceBreakBefore(line, spans.get(j)[0])) {
                    lastCap = j;
                    j++;
                } else if (CONNECTORS.contains(t) && j + 1 < toks.size() && isCapitalised(toks.get(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            boolean sentenceStart = i == 0 || sentenceBreakBefore(line, spans.get(i)[0]);
            int start = i;
            if (sentenceStart && StopWords.isStopWord(toks.get(i).toLowerCase(Locale.ROOT))) {
                start = i + 1; // "The Kremlin" -> "Kremlin"; "He" -> nothing
            }
            boolean single = start == lastCap;
            boolean acronym = isAcronym(toks.get(start > lastCap ? i : start));
            if (start <= lastCap) {
                int a = spans.get(start)[0];
                int b = spans.get(lastCap)[1];
                Mention m = new Mention(line.substring(a, b), from + a, from + b);
                (sentenceStart && start == i && single && !acronym ? initial : out).add(m);
            }
            i = lastCap + 1;
        }
    }

    private static boolean sentenceBreakBefore(String line, int pos) {
        for (int k = pos - 1; k >= 0; k--) {
            char c = line.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' && k > 0 && line.charAt(k - 1) == '.') {
                return true;
            }
            if (c == '"' || c == '(' || c == '\'') {
                // an opening quote or bracket starts a clause whose first word is capitalised by position
                return k == 0 || Character.isWhitespace(line.charAt(k - 1)) && quoteOpensSentence(line, k);
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean quoteOpensSentence(String line, int k) {
        for (int m = k - 1; m >= 0; m--) {
            char c = line.charAt(m);
            if (!Character.isWhitespace(c)) {
                return c == '.' || c == ':' || c == ',' || c == '!' || c == '?';
            }
        }
        return true;
    }

    static boolean isCapitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    private static boolean isAcronym(String t) {
        if (t.length() < 2) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCalendar(String t) {
        return CALENDAR.contains(t.toLowerCase(Locale.ROOT));
    }

    // A headline in Title Case capitalises nearly every content word; its capitals say nothing about entities.
    private static boolean isTitleCase(List<String> toks) {
        if (toks.size() < 4) {
            return false;
        }
        int caps = 0;
        int content = 0;
        for (String t : toks) {
            if (StopWords.isStopWord(t.toLowerCase(Locale.ROOT)) || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            content++;
            if (isCapitalised(t)) {
                caps++;
            }
        }
        return content >= 3 && caps >= 0.8 * content;
    }
}
