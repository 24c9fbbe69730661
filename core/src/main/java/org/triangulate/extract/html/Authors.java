package org.triangulate.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The byline of a page, first source wins: JSON-LD {@code author} of the main object (of any object when there
 * is no article object), author meta tags, then the visible byline ({@link Bylines}). Organisations named as
 * JSON-LD author and user names in meta yield to a visible byline.
 */
final class Authors {
    /**
     * A chosen byline and its source for provenance.
     *
     * @param visible the visible byline when it was looked for and found (it anchors a date search later), else null
     */
    record Choice(String name, String source, Bylines.Found visible) {
    }

    private static final String[] AUTHOR_META = {"author", "article:author", "article:author_name", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl", "citation_author", "twitter:creator"};
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(by|von|par|por|di|door|автор|автори|від)[:\\s]+");

    private Authors() {
    }

    /** The byline, or a choice with a null name when the page names nobody. */
    static Choice choose(Document doc, Map<String, String> meta, List<JsonNode> ld, JsonNode main, JsonNode article) {
        String byline = null;
        String source = null;
        Bylines.Found visibleByline = null;
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
            byline = String.join(", ", dedupe(authors));
            source = "json-ld author";
            // a company given as author ("@type": "Organization") yields to a person named in the page's byline
            if (JsonLd.onlyOrganisations(authorNode, "author", ld)) {
                Bylines.Found f = Bylines.find(doc);
                if (f != null && !TextNormalizer.forCompare(f.name()).equals(TextNormalizer.forCompare(byline))) {
                    visibleByline = f;
                    byline = f.name();
                    source = f.source() + " (over an organisation as json-ld author)";
                }
            }
        } else {
            String handle = null;
            for (String key : AUTHOR_META) {
                String v = meta.get(key);
                // a user name ("jdoe42", "andrew.keaveney") is not a byline: the visible one is tried instead
                if (v != null && !v.startsWith("http") && !v.startsWith("@") && v.length() < 120) {
                    if (BylineText.looksLikeHandle(v)) {
                        if (handle == null) handle = v;
                        continue;
                    }
                    byline = v;
                    source = "meta " + key;
                    break;
                }
            }
            // a user name ("jdoe42", "andrew.keaveney") yields to a visible byline, but beats having none
            if (byline == null && handle != null) {
                Bylines.Found f = Bylines.find(doc);
                visibleByline = f;
                byline = f == null ? handle : f.name();
                source = f == null ? "meta author (a user name; no visible byline)" : f.source() + " (over a user name in meta)";
            }
        }
        if (byline == null) {
            Bylines.Found f = Bylines.find(doc);
            visibleByline = f;
            if (f != null) {
                byline = f.name();
                source = f.source();
            }
        }
        if (byline != null) {
            byline = BY_PREFIX.matcher(TextNormalizer.collapse(Parser.unescapeEntities(byline, false))).replaceFirst("").trim();
            if (byline.isEmpty()) {
                byline = null;
                source = null;
            }
        }
        return new Choice(byline, source, visibleByline);
    }

    private static List<String> dedupe(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String c = BY_PREFIX.matcher(n.trim()).replaceFirst("").trim();
            if (!c.isEmpty() && !out.contains(c)) out.add(c);
        }
        return out;
    }
}
