package org.triangulate.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads metadata from markup, first source wins in a fixed order per field: JSON-LD of the main article object,
 * OpenGraph / article / Dublin Core / other meta tags, microdata ({@code itemprop}), {@code <time datetime>} in
 * the article area, the URL path (dates: {@link PublishDates}). Every chosen value's source goes into the provenance
 * map.
 */
final class MetadataExtractor {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»/:]\\s+|\\s*\\|\\s*|\\s+::\\s+");

    private MetadataExtractor() {
    }

    static PageMetadata extract(Document doc, String documentUrl) {
        Map<String, String> prov = new LinkedHashMap<>();
        Map<String, String> meta = metaTags(doc);
        List<JsonNode> ld = JsonLd.objects(doc);
        JsonNode article = null;
        JsonNode page = null;
        for (JsonNode n : ld) {
            if (article == null && JsonLd.isArticle(n)) article = n;
            if (page == null && JsonLd.isPage(n)) page = n;
        }
        JsonNode main = article != null ? article : page;

        // url
        String url = null;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.absUrl("href").isEmpty()) {
            url = canonical.absUrl("href");
            prov.put("url", "link rel=canonical");
        } else if (meta.containsKey("og:url")) {
            url = meta.get("og:url");
            prov.put("url", "og:url");
        } else if (documentUrl != null && !documentUrl.isBlank()) {
            url = documentUrl;
            prov.put("url", "input");
        }

        // outlet
        String outlet = null;
        if (meta.containsKey("og:site_name")) {
            outlet = meta.get("og:site_name");
            prov.put("outlet", "og:site_name");
        } else if (main != null && JsonLd.names(main, "publisher").size() > 0) {
            outlet = JsonLd.names(main, "publisher").get(0);
            prov.put("outlet", "json-ld publisher");
        } else if (meta.containsKey("application-name")) {
            outlet = meta.get("application-name");
            prov.put("outlet", "meta application-name");
        }
        String host = host(url != null ? url : documentUrl);

        // title
        Titles.Title chosen = Titles.choose(doc, meta, main, article, outlet, host);
        String title = chosen == null ? null : chosen.text();
        if (chosen != null) prov.put("title", chosen.source());

        // byline
        Authors.Choice author = Authors.choose(doc, meta, ld, main, article);
        String byline = author.name();
        if (byline != null) prov.put("byline", author.source());
        Bylines.Found visibleByline = author.visible();

        // dates
        PublishDates.Found dates = PublishDates.find(
                new PublishDates.Page(doc, ld, main, url, documentUrl, title, visibleByline, author.searched()));
        if (dates.published() != null) prov.put("published", dates.publishedSource());
        if (dates.modified() != null) prov.put("modified", dates.modifiedSource());
        IsoDates.ParsedDate published = dates.published();
        IsoDates.ParsedDate modified = dates.modified();

        // language
        String language = null;
        Element html = doc.selectFirst("html[lang]");
        if (html != null && Languages.iso639_1(html.attr("lang")) != null) {
            language = Languages.iso639_1(html.attr("lang"));
            prov.put("language", "html lang");
        }
        if (language == null) {
            for (String key : new String[] {"content-language", "og:locale", "language", "dc.language", "inlanguage"}) {
                String l = Languages.iso639_1(meta.get(key));
                if (l != null) {
                    language = l;
                    prov.put("language", "meta " + key);
                    break;
                }
            }
        }
        if (language == null && main != null) {
            language = Languages.iso639_1(JsonLd.text(main, "inLanguage"));
            if (language != null) prov.put("language", "json-ld inLanguage");
        }

        // description, image, body
        String description = firstOf(meta, prov, "description", "og:description", "description", "twitter:description");
        if (description == null && main != null && JsonLd.text(main, "description") != null) {
            description = JsonLd.text(main, "description");
            prov.put("description", "json-ld description");
        }
        String image = firstOf(meta, prov, "image", "og:image", "og:image:url", "og:image:secure_url", "twitter:image",
                "twitter:image:src");
        if (image == null && main != null && JsonLd.imageUrl(main) != null) {
            image = JsonLd.imageUrl(main);
            prov.put("image", "json-ld image");
        }
        if (image != null && url != null) {
            try {
                image = URI.create(url).resolve(image.trim().replace(" ", "%20")).toString();
            } catch (RuntimeException e) {
                // keep the value as the page wrote it
            }
        }
        String body = article == null ? null : JsonLd.text(article, "articleBody");
        // no declared site name: the <title>'s part beside the headline when it names the host, or, with no host,
        // when it is written as a name ("draft-dejong-remotestorage-04" is a document's id)
        String titleSite = outlet == null ? TitleCleaner.siteName(doc.title(), title) : null;
        if (titleSite != null && (host == null ? Character.isUpperCase(titleSite.codePointAt(0))
                : TitleCleaner.namesHost(titleSite, host))) {
            outlet = titleSite;
            prov.put("outlet", "title suffix");
        } else if (outlet == null && host != null) {
            outlet = host;
            prov.put("outlet", "url host");
        }
        return new PageMetadata(title, byline, outlet, url, published, modified, language, description, image, body,
                prov);
    }

    private static String firstOf(Map<String, String> meta, Map<String, String> prov, String field, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                prov.put(field, "meta " + k);
                return v.trim();
            }
        }
        return null;
    }

    private static String describe(Element e) {
        String cls = e.className().isEmpty() ? "" : "." + e.className().split("\\s+")[0];
        return e.normalName() + cls;
    }

    static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.trim()).getHost();
            if (h == null) return null;
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Meta tags by lower-cased property/name/itemprop/http-equiv, each key of a space-separated list on its own; the
     * first non-blank content wins.
     */
    static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta")) {
            String content = m.hasAttr("content") ? m.attr("content") : m.attr("value");
            if (content.isBlank()) continue;
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr);
                if (!key.isEmpty()) {
                    for (String k : key.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                        out.putIfAbsent(k, TextNormalizer.collapse(content));
                    }
                }
            }
        }
        return out;
    }

    static Pattern separator() {
        return SEPARATOR;
    }
}
