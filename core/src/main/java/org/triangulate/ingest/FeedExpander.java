package org.triangulate.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Expands an RSS or Atom feed (ROME) into one {@link RawDocument} per item, named {@code source#n} (n 1-based).
 * The item's body is its full content ({@code content:encoded}, Atom {@code content}), else its description or
 * summary, as HTML. When the item's link names a page saved next to the feed (a relative path, or a URL whose
 * last path segment is a local file name), that page is used instead: it is the full article. Item metadata goes
 * into {@link RawDocument#fields()}: title, url, published, modified, author, outlet (feed title), language,
 * description, with {@code provenance.<field>} naming its origin.
 */
final class FeedExpander {
    /** Last path segments too generic to identify a local copy of one article. */
    private static final Set<String> GENERIC_NAMES = Set.of("index", "default", "home", "main", "article", "story");

    private static final java.util.regex.Pattern RSS_AUTHOR = java.util.regex.Pattern.compile(
            "[^\\s@()]+@[^\\s@()]+\\s*\\(([^()]+)\\)");

    /** A saved page's own address is declared in its head, well within this many bytes. */
    private static final int HEAD_BYTES = 64 * 1024;

    private final long maxPageBytes;

    FeedExpander(long maxPageBytes) {
        this.maxPageBytes = maxPageBytes;
    }

    /**
     * @param feedFile the feed's file, or null when read from stdin (local pages are then not looked up)
     */
    void expand(String source, byte[] bytes, Path feedFile, Batch batch, Consumer<RawDocument> documents,
                Consumer<InputError> errors) {
        SyndFeed feed;
        try {
            feed = parse(bytes);
        } catch (FeedException | IOException | RuntimeException e) {
            String why = FileIngester.reason(e);
            errors.accept(new InputError(source, "ingest", why.contains("DOCTYPE is disallowed")
                    ? "feed refused: its DOCTYPE declares entities (expansion bombs, external files)"
                    : "malformed feed: " + why));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            errors.accept(new InputError(source, "ingest", "feed has no items"));
            return;
        }
        String kind = kind(feed);
        List<ZoneOffset[]> offsets = writtenOffsets(bytes, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String name = source + "#" + (i + 1);
            if (batch.taken(absolute(link(entries.get(i)), feed.getLink()))) {
                continue; // the full page came in another input of the batch, with this item's metadata
            }
            try {
                RawDocument doc = toDocument(name, kind, feed, entries.get(i), offsets.get(i), feedFile, batch);
                if (doc == null) {
                    errors.accept(new InputError(name, "ingest", "feed item has no content, description or local page"));
                } else {
                    documents.accept(doc);
                }
            } catch (IOException | RuntimeException e) {
                errors.accept(new InputError(name, "ingest", "unreadable feed item: " + FileIngester.reason(e)));
            }
        }
    }

    /** A feed item's name ({@code source#n}) and metadata fields, as its document would carry them. */
    record Item(String name, Map<String, String> fields) {
        Item {
            fields = Map.copyOf(fields);
        }
    }

    /** The feed's items without their bodies, for the batch to match pages against their links. */
    List<Item> items(String source, byte[] bytes) throws IOException, FeedException {
        SyndFeed feed = parse(bytes);
        String kind = kind(feed);
        List<Item> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        List<ZoneOffset[]> offsets = writtenOffsets(bytes, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            items.add(new Item(source + "#" + (i + 1), fields(kind, feed, entries.get(i), offsets.get(i))));
        }
        return items;
    }

    private static String kind(SyndFeed feed) {
        return feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
    }

    /**
     * The feed without a DOCTYPE that only names an external DTD (RSS 0.91's Netscape DTD, never loaded): the XML
     * parser refuses every DOCTYPE, which stops entity expansion and external entities, and would refuse these
     * old feeds with it. A DOCTYPE with an internal subset ({@code [...]}, where entities are declared) stays and
     * is refused.
     */
    static byte[] withoutExternalDoctype(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        int start = head.toLowerCase(Locale.ROOT).indexOf("<!doctype");
        if (start < 0) {
            return bytes;
        }
        int end = head.indexOf('>', start);
        int bracket = head.indexOf('[', start);
        if (end < 0 || bracket >= 0 && bracket < end) {
            return bytes;
        }
        byte[] out = new byte[bytes.length - (end + 1 - start)];
        System.arraycopy(bytes, 0, out, 0, start);
        System.arraycopy(bytes, end + 1, out, start, bytes.length - end - 1);
        return out;
    }

    /** The local pages (absolute, normalized) the feed's items link to. */
    Set<Path> localPages(byte[] bytes, Path feedFile, Batch batch) throws IOException, FeedException {
        Set<Path> pages = new LinkedHashSet<>();
        for (SyndEntry e : parse(bytes).getEntries()) {
            Path p = localPage(feedFile, link(e), batch);
            if (p != null) {
                pages.add(p);
            }
        }
        return pages;
    }

    private static SyndFeed parse(byte[] bytes) throws IOException, FeedException {
        SyndFeedInput input = new SyndFeedInput();
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(withoutExternalDoctype(bytes)), true)) {
            return input.build(reader);
        }
    }

    private RawDocument toDocument(String name, String kind, SyndFeed feed, SyndEntry entry, ZoneOffset[] offsets,
                                   Path feedFile, Batch batch) throws IOException {
        Map<String, String> fields = fields(kind, feed, entry, offsets);
        String link = link(entry);

        String body = null;
        String contentField = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                body = asHtml(c);
                contentField = kind.equals("atom") ? "atom content" : "rss content:encoded";
                break;
            }
        }
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null && !description.getValue().isBlank()) {
            if (body == null) {
                body = asHtml(description);
                contentField = kind.equals("atom") ? "atom summary" : "rss description";
            } else {
                put(fields, "description", text(Jsoup.parse(description.getValue()).text()), kind + " description");
            }
        }
        Path page = feedFile == null ? null : localPage(feedFile, link, batch);
        if (page != null) {
            byte[] bytes;
            try (var in = Files.newInputStream(page)) {
                bytes = FileIngester.readAtMost(in, maxPageBytes);
            }
            if (bytes != null && bytes.length > 0 && !FormatSniffer.looksBinary(bytes)) {
                Format f = FormatSniffer.sniff(bytes, page.getFileName().toString());
                if (f == Format.HTML || f == Format.TEXT || f == Format.MARKDOWN) {
                    fields.put("content", "local page " + page.getFileName());
                    return new RawDocument(name, f, bytes, null, fields.get("url"), null, fields);
                }
            }
        }
        if (body == null) {
            return null;
        }
        fields.put("content", contentField);
        return new RawDocument(name, Format.HTML, body.getBytes(StandardCharsets.UTF_8), "UTF-8", fields.get("url"),
                null, fields);
    }

    private static Map<String, String> fields(String kind, SyndFeed feed, SyndEntry entry, ZoneOffset[] offsets) {
        Map<String, String> fields = new HashMap<>();
        fields.put("container", kind);
        put(fields, "title", text(entry.getTitle()), kind + " item title");
        // a relative link names a page next to the feed; as the article's URL it needs the feed's own address
        put(fields, "url", absolute(link(entry), feed.getLink()), kind + " item link");
        if (entry.getPublishedDate() != null) {
            put(fields, "published", withOffset(entry.getPublishedDate().toInstant(), offsets[0]),
                    kind.equals("atom") ? "atom published" : "rss pubDate");
        }
        if (entry.getUpdatedDate() != null) {
            put(fields, "modified", withOffset(entry.getUpdatedDate().toInstant(), offsets[1]), kind + " updated");
        }
        put(fields, "author", author(entry), kind + " item author");
        put(fields, "outlet", text(feed.getTitle()), kind + " channel title");
        put(fields, "language", feed.getLanguage(), kind + " channel language");
        return fields;
    }

    /** The instant as the feed wrote it: at its own offset when the feed gave one, so the local time survives. */
    private static String withOffset(Instant instant, ZoneOffset offset) {
        return offset == null ? instant.toString() : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(offset));
    }

    private static final Pattern WRITTEN_ZONE = Pattern.compile("(?:([+-])(\\d{2}):?(\\d{2})|\\b(Z|GMT|UTC?|[ECMP][SD]T))$");
    private static final Evaluator PUBLISHED_TAGS = QueryParser.parse("pubDate, published, dc|date, issued");
    private static final Evaluator UPDATED_TAGS = QueryParser.parse(
            "updated, modified, dcterms|modified, atom|updated, a10|updated");

    /**
     * Each item's zone offsets as written, {published, updated}, in document order. ROME turns an item's date
     * into an instant and drops the offset ("Thu, 21 Nov 2024 10:00:00 +0200" and "08:00Z" become the same), but
     * {@code publishedLocal} keeps the page's own local time. When the items cannot be lined up with ROME's
     * entries (a count that differs), every offset is unknown.
     */
    static List<ZoneOffset[]> writtenOffsets(byte[] bytes, int entries) {
        List<ZoneOffset[]> none = new ArrayList<>();
        for (int i = 0; i < entries; i++) none.add(new ZoneOffset[2]);
        Document xml;
        try {
            xml = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
        } catch (IOException | RuntimeException e) {
            return none;
        }
        Elements items = xml.select("item, entry");
        if (items.size() != entries) return none;
        List<ZoneOffset[]> out = new ArrayList<>();
        for (Element item : items) {
            out.add(new ZoneOffset[] {offset(item, PUBLISHED_TAGS), offset(item, UPDATED_TAGS)});
        }
        return out;
    }

    private static ZoneOffset offset(Element item, Evaluator tags) {
        for (Element e : item.children()) {
            if (!e.is(tags)) continue;
            Matcher m = WRITTEN_ZONE.matcher(e.text().strip());
            if (!m.find()) return null;
            try {
                if (m.group(4) != null) return Rfc822Zones.offset(m.group(4));
                int sign = m.group(1).equals("-") ? -1 : 1;
                return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException ex) {
                return null; // "+2500": no offset
            }
        }
        return null;
    }

    /**
     * The page a link names, if it is a readable regular file next to (or under) the feed's folder, or a file of the
     * same batch named like the link's last path segment.
     */
    static Path localPage(Path feedFile, String link, Batch batch) {
        if (link == null || link.isBlank() || feedFile == null) {
            return null;
        }
        Path dir = feedFile.toAbsolutePath().normalize().getParent();
        if (dir == null) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        String path = link;
        try {
            URI uri = new URI(link.trim());
            if (uri.getScheme() == null) {
                if (uri.getPath() != null && !uri.getPath().isEmpty()) {
                    candidates.add(dir.resolve(uri.getPath()));
                }
            } else if (uri.getScheme().equalsIgnoreCase("file")) {
                candidates.add(Path.of(uri));
            }
            path = uri.getPath() == null ? "" : uri.getPath();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // not a URI (spaces, backslashes): perhaps a plain relative file name
            try {
                candidates.add(dir.resolve(link.trim()));
            } catch (RuntimeException invalid) {
                return null;
            }
        }
        // a URL's last path segment as a saved file name: ".../putin-open-to-talks" → putin-open-to-talks(.html)
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        String stem = last.contains(".") ? last.substring(0, last.lastIndexOf('.')) : last;
        if (!last.isEmpty() && !GENERIC_NAMES.contains(stem.toLowerCase(Locale.ROOT)) && isFileName(last)) {
            candidates.add(dir.resolve(last));
            if (!last.contains(".")) {
                candidates.add(dir.resolve(last + ".html"));
                candidates.add(dir.resolve(last + ".htm"));
            }
            candidates.addAll(batch.named(last));
            if (!last.contains(".")) {
                candidates.addAll(batch.named(last + ".html"));
                candidates.addAll(batch.named(last + ".htm"));
            }
        }
        Path self = feedFile.toAbsolutePath().normalize();
        String host = host(link);
        for (Path c : candidates) {
            Path p = c.toAbsolutePath().normalize();
            if (!p.equals(self) && Files.isRegularFile(p) && Files.isReadable(p) && sameSite(p, host)) {
                return p;
            }
        }
        return null;
    }

    /**
     * False when the saved page names its own address on another site than the link (two outlets' stories can
     * share a slug such as "live-updates"); a page that names none is taken at its name.
     */
    private static boolean sameSite(Path page, String linkHost) {
        if (linkHost == null) {
            return true;
        }
        try (var in = Files.newInputStream(page)) {
            org.jsoup.nodes.Document head = Jsoup.parse(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
            org.jsoup.nodes.Element own = head.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
            if (own == null) {
                return true;
            }
            String pageHost = host(own.hasAttr("href") ? own.attr("href") : own.attr("content"));
            return pageHost == null || pageHost.equals(linkHost);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** The host of an absolute http(s) URL without "www.", lower case; else null. */
    private static String host(String url) {
        try {
            URI uri = new URI(url.trim());
            String h = uri.getHost();
            if (h == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The link as an absolute http(s) URL, resolved against the feed's address when relative; else null. */
    static String absolute(String link, String feedLink) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link.trim());
            if (!uri.isAbsolute() && feedLink != null) {
                URI base = new URI(feedLink.trim());
                uri = base.isAbsolute() ? base.resolve(uri) : uri;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isFileName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == ':' || c == '\0') {
                return false;
            }
        }
        return !s.equals(".") && !s.equals("..");
    }

    private static String link(SyndEntry e) {
        if (e.getLink() != null && !e.getLink().isBlank()) {
            return e.getLink().trim();
        }
        String uri = e.getUri();
        return uri != null && (uri.startsWith("http:") || uri.startsWith("https:")) ? uri.trim() : null;
    }

    private static String author(SyndEntry e) {
        if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
            String a = e.getAuthor().trim();
            // RSS 2.0 <author> is an address with the name in parentheses: "desk@example.com (Tom Balmforth)"
            java.util.regex.Matcher m = RSS_AUTHOR.matcher(a);
            return m.matches() ? m.group(1).strip() : a;
        }
        List<String> names = new ArrayList<>();
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                names.add(p.getName().trim());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Content as HTML: plain-text content is escaped, its blank-line paragraphs become {@code <p>}. */
    private static String asHtml(SyndContent c) {
        String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            StringBuilder sb = new StringBuilder();
            for (String para : c.getValue().split("\\n\\s*\\n")) {
                if (!para.isBlank()) {
                    sb.append("<p>").append(Entities.escape(para.strip())).append("</p>\n");
                }
            }
            return sb.toString();
        }
        return c.getValue();
    }

    private static String text(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static void put(Map<String, String> fields, String key, String value, String origin) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value);
            fields.put("provenance." + key, origin);
        }
    }
}
