package org.triangulate.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one batch knows across its inputs, so that a feed item can use the full page given anywhere in it: the
 * batch's files by name (a saved page in another folder) and the feed items by link (a page captured in a WARC or
 * listed in JSONL). A page that takes an item's place is remembered, and that item then stays out.
 */
final class Batch {
    private final Map<String, List<Path>> filesByName = new HashMap<>();
    private final Map<String, FeedExpander.Item> itemsByLink = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** A batch of these files; feed items are added as the feeds are scanned. */
    Batch(List<Path> files) {
        for (Path f : files) {
            Path name = f.getFileName();
            if (name != null) {
                filesByName.computeIfAbsent(name.toString(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** A batch of one stream: nothing to look up. */
    static Batch none() {
        return new Batch(List.of());
    }

    /** Remembers a feed item by its link; the first item with a link wins. */
    void addItem(FeedExpander.Item item) {
        String key = key(item.fields().get("url"));
        if (key != null) {
            itemsByLink.putIfAbsent(key, item);
        }
    }

    /** The batch's files with this exact name, in batch order. */
    List<Path> named(String fileName) {
        return filesByName.getOrDefault(fileName, List.of());
    }

    /**
     * The document with the metadata of the feed item linking to its URL added where it has none (title, date,
     * author, outlet...); the item is then taken. Other documents come back unchanged.
     */
    RawDocument adopt(RawDocument doc) {
        String key = key(doc.url());
        FeedExpander.Item item = key == null || isFeedItem(doc) ? null : itemsByLink.get(key);
        if (item == null || taken.contains(key)) {
            return doc;
        }
        taken.add(key);
        Map<String, String> fields = new HashMap<>(doc.fields());
        item.fields().forEach((k, v) -> {
            if (!k.startsWith("provenance.") && !k.equals("container") && !k.equals("url")) {
                if (fields.putIfAbsent(k, v) == null && item.fields().containsKey("provenance." + k)) {
                    fields.put("provenance." + k, item.fields().get("provenance." + k) + " (" + item.name() + ")");
                }
            }
        });
        fields.put("feed item", item.name());
        return new RawDocument(doc.source(), doc.format(), doc.content(), doc.declaredCharset(), doc.url(),
                doc.fetched(), fields);
    }

    private static boolean isFeedItem(RawDocument doc) {
        String c = doc.fields().get("container");
        return "rss".equals(c) || "atom".equals(c);
    }

    /** True when a page of the batch already took the place of the item with this link. */
    boolean taken(String link) {
        String key = key(link);
        return key != null && taken.contains(key);
    }

    /** A URL for comparison: scheme and host in lower case without "www.", no fragment, no trailing slash. */
    static String key(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.trim());
            if (u.getHost() == null || u.getScheme() == null) {
                return null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String scheme = u.getScheme().toLowerCase(Locale.ROOT).replace("https", "http");
            return scheme + "://" + host + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
