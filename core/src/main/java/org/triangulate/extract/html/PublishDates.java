package org.triangulate.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's first publication and last modification dates, each with its source: JSON-LD, meta tags, microdata,
 * labelled and textual datelines, {@code <time>} elements, the URL path, page-state JSON.
 */
final class PublishDates {
    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
            "og:published_time", "published_time", "article:published", "datepublished", "pubdate", "publishdate",
            "publish-date", "publish_date", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
            "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "date", "article.published",
            "citation_publication_date", "citation_date", "uploaddate", "originalpublicationdate", "displaydate",
            "published", "date_published", "publication-date"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time",
            "og:article:modified_time", "modified_time", "datemodified", "last-modified", "dcterms.modified",
            "article.updated", "lastmod"};
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "\\\\?[\"'](datePublished|publishedDate|published_at|publishedAt|publishDate|publish_date|pubDate"
                    + "|first_publication_date|date_posted|published|dateCreated)\\\\?[\"']\\s*:\\s*\\\\?[\"']"
                    + "(\\d{4}-\\d{2}-\\d{2}[^\"'\\\\]{0,30})");
    private static final org.jsoup.select.Evaluator FOREIGN_TIME = Signals.css("aside, footer, nav, li, "
            + "[class*=related], [class*=comment], [class*=sidebar], [class*=widget], [class*=recommend]");

    /**
     * What the dates are read from.
     *
     * @param meta        meta tags by lower-cased name/property/itemprop (first occurrence)
     * @param jsonLd      the page's JSON-LD objects, flattened
     * @param main        the JSON-LD article object, else the page object, or null
     * @param url         the page URL (canonical when declared), or null
     * @param documentUrl the URL the page was fetched from, or null
     * @param title       the page's title as chosen by the metadata extractor, or null
     * @param byline      the visible byline when one was already found, or null
     */
    record Page(Document doc, Map<String, String> meta, List<JsonNode> jsonLd, JsonNode main, String url,
                String documentUrl, String title, Bylines.Found byline) {
        /** A page read on its own (tests, callers without the metadata extractor's context). */
        static Page of(Document doc, String url, String title) {
            List<JsonNode> ld = JsonLd.objects(doc);
            JsonNode main = ld.stream().filter(JsonLd::isArticle).findFirst()
                    .or(() -> ld.stream().filter(JsonLd::isPage).findFirst()).orElse(null);
            return new Page(doc, MetadataExtractor.metaTags(doc), ld, main, url, url, title, null);
        }
    }

    /** The dates found; a source names where each came from (for provenance), null with its date. */
    record Found(IsoDates.ParsedDate published, String publishedSource, IsoDates.ParsedDate modified,
                 String modifiedSource) {
    }

    private PublishDates() {
    }

    static Found find(Page page) {
        Document doc = page.doc();
        Map<String, String> meta = page.meta();
        JsonNode main = page.main();
        IsoDates.ParsedDate published = null;
        String pubSource = null;
        if (main != null) {
            published = IsoDates.parse(JsonLd.text(main, "datePublished"));
            if (published != null) pubSource = "json-ld datePublished";
        }
        if (published == null) {
            for (JsonNode n : page.jsonLd()) {
                if (n == main || !(JsonLd.isArticle(n) || JsonLd.isPage(n))) continue;
                published = IsoDates.parse(JsonLd.text(n, "datePublished"));
                if (published != null) {
                    pubSource = "json-ld datePublished (" + String.join(",", JsonLd.types(n)) + ")";
                    break;
                }
            }
        }
        if (published == null) {
            for (String key : PUBLISHED_META) {
                IsoDates.ParsedDate d = IsoDates.parse(meta.get(key));
                if (d == null) d = TextDates.parseText(meta.get(key));
                if (d != null) {
                    published = d;
                    pubSource = "meta " + key;
                    break;
                }
            }
        }
        if (published == null) {
            for (Element t : doc.select("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished][content]")) {
                String v = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
                IsoDates.ParsedDate d = IsoDates.parse(v);
                if (d != null) {
                    published = d;
                    pubSource = "microdata datePublished";
                    break;
                }
            }
        }
        if (published == null) {
            TextDates labelled = TextDates.labelled(doc);
            if (labelled.published() != null) {
                published = labelled.published();
                pubSource = "labelled date '" + labelled.publishedText() + "'";
            }
        }
        if (published == null) {
            Element t = firstArticleTime(doc);
            if (t != null) {
                published = IsoDates.parse(t.attr("datetime"));
                if (published != null) pubSource = "<time datetime> in article";
            }
        }
        if (published == null) {
            published = IsoDates.fromUrl(page.url());
            if (published == null && page.documentUrl() != null) published = IsoDates.fromUrl(page.documentUrl());
            if (published != null) pubSource = "url path";
        }
        TextDates textDates = null;
        if (published == null) {
            textDates = TextDates.find(doc);
            if (textDates.published() != null) {
                published = textDates.published();
                pubSource = "text dateline '" + textDates.publishedText() + "'";
            }
        }
        if (published == null) {
            TextDates near = TextDates.nearHeadline(doc, page.title());
            if (near.published() != null) {
                published = near.published();
                pubSource = "text near headline '" + near.publishedText() + "'";
            }
        }
        Bylines.Found byline = page.byline();
        if (published == null && byline == null) byline = Bylines.find(doc);
        if (published == null && byline != null && byline.element() != null) {
            TextDates near = TextDates.nearByline(byline.element());
            if (near.published() != null) {
                published = near.published();
                pubSource = "text beside byline '" + near.publishedText() + "'";
            }
        }
        if (published == null) {
            Matcher m = scriptDate(doc);
            if (m != null) {
                published = IsoDates.parse(m.group(2));
                pubSource = "script json " + m.group(1);
            }
        }
        if (published == null && main != null) {
            published = IsoDates.parse(JsonLd.text(main, "dateCreated"));
            if (published != null) pubSource = "json-ld dateCreated";
        }

        IsoDates.ParsedDate modified = null;
        String modSource = null;
        if (main != null) {
            modified = IsoDates.parse(JsonLd.text(main, "dateModified"));
            if (modified != null) modSource = "json-ld dateModified";
        }
        if (modified == null) {
            for (String key : MODIFIED_META) {
                IsoDates.ParsedDate d = IsoDates.parse(meta.get(key));
                if (d != null) {
                    modified = d;
                    modSource = "meta " + key;
                    break;
                }
            }
        }
        if (modified == null) {
            if (textDates == null) textDates = TextDates.find(doc);
            if (textDates.modified() != null) {
                modified = textDates.modified();
                modSource = "text '" + textDates.modifiedText() + "'";
            }
        }
        return new Found(published, published == null ? null : pubSource, modified, modified == null ? null : modSource);
    }

    /**
     * A publication date in a page's embedded state JSON (Next.js, Nuxt, Prismic...): the first
     * {@code "publishedDate": "2024-..."}-like key in a script whose value parses. The first occurrence is the
     * page's own record far more often than a listed story's.
     */
    private static Matcher scriptDate(Document doc) {
        for (Element s : doc.select("script")) {
            String data = s.data();
            if (data.length() < 20) continue;
            Matcher m = SCRIPT_DATE.matcher(data);
            if (m.find() && IsoDates.parse(m.group(2)) != null) return m;
        }
        return null;
    }

    private static Element firstArticleTime(Document doc) {
        for (Element t : doc.select("article time[datetime], main time[datetime], header time[datetime], time[datetime]")) {
            // a date inside a list of other stories, a comment or a sidebar belongs to something else
            if (TextDates.inForeignBlock(t, FOREIGN_TIME)) {
                continue;
            }
            return t;
        }
        return null;
    }
}
