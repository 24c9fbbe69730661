package org.triangulate.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The byline of a page. Metadata first, in order: JSON-LD {@code author} of the main object (of any object when
 * there is no article object), then author meta tags. The first value that names a person wins. A weak value —
 * an organisation as JSON-LD author, the site's own name, a user name ("jdoe42") — yields to the visible byline
 * ({@link Bylines}) and is kept only when the page shows none. Placeholders ("admin", unfilled templates) and
 * credit lists ("content: X, design: Y") are never taken. Provenance names the source and what it was preferred over.
 */
final class Authors {
    /**
     * A chosen byline and its source for provenance.
     *
     * @param visible  the visible byline when it was looked for and found (it anchors a date search later), else null
     * @param searched whether the page was searched for a visible byline (so a null {@code visible} means none)
     */
    record Choice(String name, String source, Bylines.Found visible, boolean searched) {
    }

    /** A metadata value and why it may be weak (null when it names a person). */
    private record Candidate(String name, String source, String weakness) {
    }

    /**
     * Author meta tags in order. Dublin Core comes before {@code author}, as in Readability.js: a page that fills
     * in Dublin Core does so on purpose, while {@code author} is often a theme's default.
     */
    private static final String[] AUTHOR_META = {"dc.creator", "dc:creator", "dcterms.creator", "dcterms:creator",
            "author", "article:author", "og:article:author", "article:author_name", "parsely-author", "sailthru.author",
            "byl", "citation_author", "twitter:creator"};
    /** Tags that a page repeats once per author. */
    private static final Set<String> MULTI_VALUED = Set.of("author", "article:author", "citation_author", "dc.creator",
            "dc:creator");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?iu)(by|von|par|por|di|door|автор|автори|від)[:\\s]+");
    /** "content: MarketingSherpa, design: Scott McDaniel": a credits line, not a byline. */
    private static final Pattern CREDITS = Pattern.compile("(?i)(^|,\\s*)\\p{L}+:\\s+\\S.*,\\s*\\p{L}+:\\s");
    /**
     * A publishing company's name as author: a corporate word before or after the name ("Ediciones El País",
     * "Acme Media Group", "Example Publishing Ltd"). Weak: a person named in the visible byline wins.
     */
    private static final Pattern ORGANISATION = Pattern.compile("(?u)^(Ediciones|Éditions|Editions|Edições|Edizioni|Grupo|Groupe"
            + "|Gruppo|Verlagsgruppe)\\s|\\s(Verlag|Media Group|Group|Publishing|Publications|Publishers|Inc\\.?|Ltd\\.?|LLC"
            + "|GmbH|S\\.A\\.|AG|Corp\\.?|Corporation|Holdings)$");
    /** A profile URL's last path segment ("https://example.com/author/jane-doe/"). */
    private static final Pattern AUTHOR_URL = Pattern.compile("(?i)/(?:author|authors|writers?|people|profile|staff)/([\\p{L}]+(?:-[\\p{L}]+){1,3})/?$");

    private Authors() {
    }

    /** The byline, or a choice with a null name when the page names nobody. */
    static Choice choose(Document doc, Map<String, String> meta, List<JsonNode> ld, JsonNode main, JsonNode article) {
        Set<String> sites = siteNames(meta, main, ld);
        Candidate weak = null;
        for (Candidate c : candidates(doc, meta, ld, main, article)) {
            String name = tidy(c.name());
            if (name.isEmpty() || BylineText.isPlaceholder(name) || CREDITS.matcher(name).find()) continue;
            String weakness = c.weakness() != null ? c.weakness()
                    : sites.contains(TextNormalizer.forCompare(name)) ? "the site's name"
                    : isDomain(name) ? "a domain name"
                    : isUserName(name) ? "a user name"
                    : ORGANISATION.matcher(name).find() ? "a company's name" : null;
            if (weakness == null) return new Choice(name, c.source(), null, false);
            if (weak == null) weak = new Candidate(name, c.source(), weakness);
        }
        Bylines.Found visible = Bylines.find(doc);
        if (visible != null && (weak == null || !same(visible.name(), weak.name()))) {
            String over = weak == null ? "" : " (over " + weak.weakness() + " in " + weak.source() + ")";
            return new Choice(withoutSite(tidy(visible.name()), sites), visible.source() + over, visible, true);
        }
        if (weak != null) {
            String why = visible == null ? "; no other byline" : "; the visible byline agrees";
            return new Choice(weak.name(), weak.source() + " (" + weak.weakness() + why + ")", visible, true);
        }
        Candidate slug = urlSlug(meta);
        if (slug != null) return new Choice(slug.name(), slug.source(), null, true);
        return new Choice(null, null, null, true);
    }

    /** Metadata values in order: JSON-LD author, then the author meta tags. */
    private static List<Candidate> candidates(Document doc, Map<String, String> meta, List<JsonNode> ld, JsonNode main,
                                              JsonNode article) {
        List<Candidate> out = new ArrayList<>();
        List<String> authors = main == null ? List.of() : JsonLd.names(main, "author", ld);
        JsonNode authorNode = main;
        if (authors.isEmpty() && article == null) {
            for (JsonNode n : ld) {
                authors = JsonLd.names(n, "author", ld);
                authorNode = n;
                if (!authors.isEmpty()) break;
            }
        }
        if (!authors.isEmpty()) {
            // a company given as author ("@type": "Organization") yields to a person named in the page's byline
            out.add(new Candidate(String.join(", ", dedupe(authors)), "json-ld author",
                    JsonLd.onlyOrganisations(authorNode, "author", ld) ? "an organisation" : null));
        }
        for (String key : AUTHOR_META) {
            // the page's meta tags are read again for every value only when it has the tag at all
            String v = MULTI_VALUED.contains(key) && meta.containsKey(key) ? allValues(doc, key) : null;
            if (v == null) v = meta.get(key);
            if (v != null && !v.startsWith("http") && !v.startsWith("@") && v.length() < 200) {
                out.add(new Candidate(v, "meta " + key, null));
            }
        }
        // Yoast's reading aids: twitter:label1 "Written by", twitter:data1 the author's display name
        for (int i = 1; i <= 3; i++) {
            String label = meta.get("twitter:label" + i);
            String data = meta.get("twitter:data" + i);
            if (label != null && data != null && label.toLowerCase(Locale.ROOT).startsWith("written by")) {
                out.add(new Candidate(data, "meta twitter:data" + i + " (\"" + label + "\")", null));
            }
        }
        return out;
    }

    /**
     * Every value of a meta tag the page repeats per author, joined: "Roy, Aniruddha" and "Patel, Jyoti" as
     * citation_author (Highwire's "Last, First") give "Aniruddha Roy, Jyoti Patel"; other names with a comma
     * inside are joined with "; ".
     */
    private static String allValues(Document doc, String key) {
        Set<String> values = new LinkedHashSet<>();
        for (Element m : doc.select("meta[content]")) {
            for (String attr : new String[] {"name", "property"}) {
                for (String k : m.attr(attr).toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                    if (!k.equals(key)) continue;
                    String v = TextNormalizer.collapse(m.attr("content"));
                    if (key.equals("citation_author")) v = firstLast(v);
                    if (!v.isEmpty() && !v.startsWith("http") && !v.startsWith("@")) values.add(v);
                }
            }
        }
        if (values.isEmpty()) return null;
        boolean commas = values.stream().anyMatch(v -> v.contains(","));
        return String.join(commas ? "; " : ", ", values);
    }

    /** "Roy, Aniruddha" → "Aniruddha Roy"; other forms as they are. */
    static String firstLast(String v) {
        int comma = v.indexOf(',');
        if (comma < 0 || v.indexOf(',', comma + 1) >= 0) return v;
        String last = v.substring(0, comma).trim();
        String first = v.substring(comma + 1).trim();
        return first.isEmpty() || last.isEmpty() ? v : first + " " + last;
    }

    /** The site's own names: og:site_name, application-name, the publisher, the twitter:site handle. */
    private static Set<String> siteNames(Map<String, String> meta, JsonNode main, List<JsonNode> ld) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : new String[] {"og:site_name", "application-name", "twitter:site"}) {
            String v = meta.get(key);
            if (v != null) out.add(TextNormalizer.forCompare(v.startsWith("@") ? v.substring(1) : v));
        }
        for (String p : JsonLd.names(main, "publisher", ld)) out.add(TextNormalizer.forCompare(p));
        out.remove("");
        return out;
    }

    /** A user name ("jdoe42", "andrew.keaveney") rather than a person's name. */
    private static boolean isUserName(String v) {
        return BylineText.looksLikeHandle(v);
    }

    /**
     * A bare domain ("paperium.net", "AccountingDepartment.com"): the site or a company, kept only when the page
     * names no one (the wcxb-dev gold takes such a brand as the byline then).
     */
    private static boolean isDomain(String v) {
        return v.matches("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|net|org|info|biz|co|io|news|[a-z]{2})");
    }

    /**
     * The author's name spelt in a profile URL ({@code article:author} "https://example.com/author/jane-doe/" →
     * "Jane Doe"), only when nothing better exists; the provenance says so.
     */
    private static Candidate urlSlug(Map<String, String> meta) {
        for (String key : new String[] {"article:author", "author"}) {
            String v = meta.get(key);
            if (v == null || !v.startsWith("http")) continue;
            var m = AUTHOR_URL.matcher(v.split("[?#]")[0]);
            if (!m.find()) continue;
            StringBuilder sb = new StringBuilder();
            for (String w : m.group(1).split("-")) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            return new Candidate(sb.toString(), "meta " + key + " (the name in a profile URL; no other byline)", null);
        }
        return null;
    }

    /** Entities, "By", stray leading punctuation (", USA TODAY" where a name was missing) and spacing go. */
    private static String tidy(String name) {
        String s = TextNormalizer.collapse(Parser.unescapeEntities(name, false));
        s = s.replaceFirst("^[\\s,;:|·•–—-]+", "");
        return BY_PREFIX.matcher(s).replaceFirst("").trim();
    }

    /** "Brian Truitt USA TODAY", "Jane Doe | Example News": the person, without the site credited after them. */
    static String withoutSite(String name, Set<String> sites) {
        String key = TextNormalizer.forCompare(name);
        for (String site : sites) {
            if (key.length() > site.length() + 2 && key.endsWith(" " + site)) {
                String[] words = name.split("\\s+");
                int drop = site.split(" ").length;
                if (words.length <= drop) continue;
                String before = String.join(" ", java.util.Arrays.copyOf(words, words.length - drop));
                String rest = before.replaceAll("[\\s,|·•–—-]+$", "");
                // after a separator or a capitalised name; not "CEO of CaseBasix" or "Laura / House Plant House"
                String last = rest.isEmpty() ? "" : rest.substring(rest.lastIndexOf(' ') + 1);
                boolean apart = rest.length() < before.length()
                        || BylineText.looksLikeNames(rest) && !last.isEmpty() && Character.isUpperCase(last.codePointAt(0));
                if (apart && TextNormalizer.forCompare(rest).split(" ").length + drop == key.split(" ").length) return rest;
            }
        }
        return name;
    }

    private static boolean same(String a, String b) {
        return TextNormalizer.forCompare(a).equals(TextNormalizer.forCompare(b));
    }

    private static List<String> dedupe(List<String> names) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            String c = BY_PREFIX.matcher(n.trim()).replaceFirst("").trim();
            if (!c.isEmpty() && seen.add(TextNormalizer.forCompare(c))) out.add(c);
        }
        return out;
    }
}
