package org.triangulate.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.triangulate.extract.meta.DateMatch;
import org.triangulate.extract.meta.DateParser;

/**
 * The text of a byline made into a name list: "By", "Written by" and labels go, so do dates before or after the
 * names, "Updated …", reading times and trailing roles ("Jane Doe, Staff Writer"). What is left must look like
 * names: labels, dates, numbers, e-mail addresses, URLs and placeholders ("admin", "The Author") are not.
 */
final class BylineText {
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(written|posted|published|authored|story|words|text|articles|posts|recipe|article|reported|guide|review)?\\s*"
                    + "(by|von|par|por|di|door|author|authors|author\\(s\\)|contributors?|автор|автори|від)\\s*[:\\-–]?\\s+");
    /**
     * A date, time or "Updated ..." tail after the name ("Jane Doe  March 3, 2024", "Jane Doe | Updated ...",
     * "David at December 16, 2025 11:15 AM").
     */
    private static final Pattern TAIL = Pattern.compile(
            "(?i)(^|\\s+|\\s*[|•·—–,]\\s*)((monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri"
                    + "|sat|sun),|(updated|published|posted|last updated|(medically |expert )?reviewed by|edited by|fact[- ]checked by)\\b|(on|at)\\s+(behalf|\\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b)|on$|\\d{1,2}[/.]\\d{1,2}|\\d{4}-\\d{2}|"
                    + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|"
                    + "\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d+\\s+(min|minute)s?\\b).*$");
    /** The last word of a job title printed after a byline's name ("Staff Writer", "Tech Reporter"). */
    static final String ROLE_NOUNS = "writer|editor|reporter|contributor|correspondent|reviewer|columnist|journalist";
    /** A job title printed after the name ("HomeAdvisor Staff Writer", "Jane Doe, Senior Editor"). */
    private static final Pattern ROLE = Pattern.compile("(?i)(?<=\\p{L})[\\s,]+((senior|special|staff|contributing|managing|deputy|"
            + "associate|executive|chief|lead|freelance|guest|expert|news|features?|science|health|tech(nology)?"
            + "|political|politics|foreign|business|economics?|sports?|arts?|culture|environment(al)?|climate"
            + "|education|legal|crime|security|defen[cs]e|diplomatic|media|world|national|international|investigative"
            + "|affairs|data|transport|energy|markets?|finance|financial|consumer|property|travel|food|fashion|music|film)\\s+)*"
            // after a modifier, one more word may name a beat or a place: "Senior Washington Correspondent"
            + "(?:(?<=(?i:senior|chief|deputy|associate|special|staff|lead|contributing)\\s)(?-i:\\p{Lu})\\p{L}+\\s+)?"
            + "(" + ROLE_NOUNS + ")(\\s+(in|at)\\s+(?-i:\\p{Lu})[\\p{L}\\s.-]*)?$");
    /**
     * A job title set off by a comma or a dash, with up to three words of desk or outlet before the role noun:
     * "Jordan Robertson and Rachel Metz - AP Technology Writers", "Jane Doe, Reuters Energy Correspondent".
     */
    private static final Pattern ROLE_AFTER_SEPARATOR = Pattern.compile("(?i)(?<=\\p{L})\\s*(,|\\s[-–—|])\\s*"
            + "((?-i:\\p{Lu})[\\p{L}.&]*\\s+){0,3}(" + ROLE_NOUNS + ")s?(\\s+(in|at)\\s+(?-i:\\p{Lu})[\\p{L}\\s.-]*)?$");
    /** Degrees and licences printed after a name ("Brenda Goodman, MA"): they stay with it. */
    private static final String CREDENTIALS = "MA|MS|MSC|MD|DO|RN|NP|PA|MBA|MPH|MFA|PHD|DDS|DVM|CPA|CFA|CFP|ESQ|LCSW|BSN|RD|PE";
    /**
     * An outlet's acronym after a name in mixed case: "Patti Domm CNBC", "Ed Hornick, CNN". Roman numerals belong
     * to the name ("John Smith III").
     */
    private static final Pattern OUTLET_ACRONYM = Pattern.compile(
            "(?<=\\p{Ll})[\\s,]+(?!(?:II|III|IV|VI|VII|VIII|JR|SR|" + CREDENTIALS + ")$)\\p{Lu}{2,6}$");
    /**
     * A job title in another language after the names: "Par Lilian Alemagna, Laure Bretton Envoyés spéciaux à
     * Toulouse", "Ana Ruiz, corresponsal en Lima", "Von Jana Roth, Korrespondentin".
     */
    private static final Pattern FOREIGN_ROLE = Pattern.compile("(?iu)[\\s,]+(envoyée?s? spéciale?s?|envoyés spéciaux"
            + "|correspondante?s?|journaliste|rédaction|enviad[oa]s? especial(es)?|corresponsal(es)?|redacción"
            + "|inviat[oa] speciale|corrispondente|korrespondent(in)?|redakteur(in)?|кореспондент(ка)?|корреспондент"
            + "|журналіст(ка)?|журналист(ка)?)(?![\\p{L}]).*$");
    /** Page tools printed beside the name in a byline block ("Marguerite Reardon Print E-mail"). */
    private static final Pattern TOOLS_TAIL = Pattern.compile("(\\s+(Print|PRINT|E-mail|E-Mail|Email|EMAIL|Share|SHARE|Tweet|Comments?))+$");
    /** What a name never holds: a clock time or a "Label: value" pair ("Current DateTime: 08:51:09"). */
    private static final Pattern NOT_A_NAME = Pattern.compile("\\d{1,2}:\\d{2}|^[\\p{L} ]+:\\s");
    /**
     * The outlet a byline's writer filed for, in the capitalised form of agency and tabloid bylines: "Ana Ruiz For
     * Dailymail.com", "JANE DOE FOR MAILONLINE". A lower-case "for" belongs to a name ("Center for Drug Evaluation").
     */
    private static final Pattern FOR_OUTLET = Pattern.compile(
            "(?<=\\p{L})\\s+(?:For|FOR)\\s+(?:The\\s+|THE\\s+)?[\\p{Lu}\\d][\\p{L}\\d.&'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.&'’-]*){0,3}$");
    /** What may stand between a leading date and the name ("Dec 17, 2025 · Jane Doe"). */
    private static final Pattern LEAD_SEPARATOR = Pattern.compile("^[\\s,|•·—–\\-/]+");
    private static final List<String> NOT_NAMES = List.of("by", "author", "authors", "posted by", "written by",
            "follow", "follow author", "share", "view all posts", "more", "read more", "about the author", "contributor",
            "contributors", "writer", "writers", "reporter", "reporters", "authored by", "reported by");
    /** Stand-ins a CMS prints when no real name was set. */
    private static final Set<String> PLACEHOLDERS = Set.of("admin", "administrator", "webmaster", "the author",
            "author name", "undefined", "null", "none", "unknown", "user", "guest", "default", "editor");
    /** A placeholder word in a display name ("NOC Admin"); a user name like "q_admin" is someone's handle. */
    private static final Pattern ADMIN_WORD = Pattern.compile("(?i)(^|\\s)(admin|administrator|webmaster)($|\\s)");
    /** A template variable that was never filled in ("page.head.extra.author", "{{ author }}"). */
    private static final Pattern TEMPLATE = Pattern.compile(
            "\\{\\{|\\$\\{|%[a-z_]+%|^[a-z]+(\\.[a-z_]+)+\\.(author|authors|name|byline|creator|writer)$");

    /** Lower-case words inside names and name lists. */
    private static final Set<String> PARTICLES = Set.of("and", "&", "of", "the", "de", "del", "della", "der", "den",
            "van", "von", "du", "da", "di", "dos", "das", "la", "le", "al", "el", "bin", "ibn", "y", "e", "et",
            "und", "i", "и", "і", "та", "/", "|", "-", "–");

    private BylineText() {
    }

    /** The name list in a byline text, or null when it does not look like one. */
    static String clean(String raw) {
        String s = TextNormalizer.collapse(raw);
        s = stripPrefix(s);
        s = stripLeadingDate(s);
        s = TAIL.matcher(s).replaceFirst("").trim();
        s = s.replaceAll("[\\s,|:•·\\-–—]+$", "").trim();
        s = TOOLS_TAIL.matcher(s).replaceFirst("").trim();
        s = FOREIGN_ROLE.matcher(s).replaceFirst("").trim();
        s = ROLE_AFTER_SEPARATOR.matcher(s).replaceFirst("").trim();
        s = ROLE.matcher(s).replaceFirst("").trim();
        String withoutAcronym = OUTLET_ACRONYM.matcher(s).replaceFirst("").trim();
        // after a full name only: "FlowGuard EMEA" is one company's name
        if (withoutAcronym.contains(" ")) s = withoutAcronym;
        s = FOR_OUTLET.matcher(s).replaceFirst("").trim();
        // "Posted by Alon Zakai." ends a sentence; "John A." ends with an initial
        if (s.matches(".*\\p{L}{2}\\.")) s = s.substring(0, s.length() - 1);
        s = unrepeated(s);
        if (s.isEmpty() || s.length() > 80) return null;
        String lower = s.toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lower) || isPlaceholder(s)) return null;
        String[] words = s.split("\\s+");
        if (words.length > 10) return null;
        // a name starts with a letter; handles, numbers and e-mail addresses are not bylines
        if (!Character.isLetter(s.codePointAt(0)) || s.contains("@") || s.matches(".*\\d{3,}.*")
                || NOT_A_NAME.matcher(s).find()) return null;
        // "Laura / House Plant House" names a person and a site; "/path" or a URL does not
        if (s.contains("http") || s.matches(".*\\S/\\S.*")) return null;
        return s;
    }

    private static String stripPrefix(String s) {
        for (int i = 0; i < 2; i++) {
            s = PREFIX.matcher(s).replaceFirst("").trim();
        }
        return s;
    }

    /** "Jane Doe Jane Doe": one name printed twice (mobile and desktop copies of the same byline) is one name. */
    static String unrepeated(String s) {
        String[] w = s.split(" ");
        for (int n = 1; n <= w.length / 2; n++) {
            if (w.length % n != 0) continue;
            boolean repeats = true;
            for (int i = n; i < w.length && repeats; i++) repeats = w[i].equals(w[i % n]);
            if (repeats) return String.join(" ", java.util.Arrays.copyOf(w, n));
        }
        return s;
    }

    /** "Dec 17, 2025 Jane Doe", "03/01/2017 by Jane Doe": the date before the name goes, with its separator. */
    private static String stripLeadingDate(String s) {
        List<DateMatch> found = DateParser.scan(s).found();
        if (found.isEmpty() || !s.substring(0, found.get(0).start()).isBlank()) return s;
        String rest = LEAD_SEPARATOR.matcher(s.substring(found.get(0).end())).replaceFirst("");
        return stripPrefix(rest);
    }

    /** A CMS stand-in rather than a person: "admin", "NOC Admin", "The Author", an unfilled template variable. */
    static boolean isPlaceholder(String v) {
        String s = TextNormalizer.collapse(v);
        return PLACEHOLDERS.contains(s.toLowerCase(Locale.ROOT)) || ADMIN_WORD.matcher(s).find()
                || TEMPLATE.matcher(s).find();
    }

    /**
     * Whether a cleaned byline reads as names: every word capitalised ("Jane Doe", "CNN Staff", "A. J. Neal") or a
     * particle or conjunction between names ("Nick van Mead", "Jane Doe and John Roe"). "By contrast the army grew"
     * and "by default" do not.
     */
    static boolean looksLikeNames(String s) {
        for (String w : s.split("[\\s,;]+")) {
            if (w.isEmpty() || PARTICLES.contains(w.toLowerCase(Locale.ROOT))) continue;
            int c = w.codePointAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '(' && c != '"' && c != '“') return false;
        }
        return Character.isUpperCase(s.codePointAt(0));
    }

    /** A user name or handle ("kffnirmitap", "andrew.keaveney") rather than a person's name. */
    static boolean looksLikeHandle(String v) {
        String s = v.trim();
        if (s.contains(" ")) return false;
        return s.matches(".*\\d.*") || s.contains(".") || s.contains("_") || s.equals(s.toLowerCase(Locale.ROOT))
                && s.codePoints().allMatch(c -> c < 128);
    }
}
