package org.triangulate.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The page's JSON-LD objects (flattened through arrays and {@code @graph}), read leniently. */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    /** XHTML-era wrappers around script data ("<![CDATA[ {...} ]]>", "//<![CDATA[" ... "//]]>"). */
    private static final Pattern CDATA = Pattern.compile("^\\s*(//|/\\*)?\\s*<!\\[CDATA\\[(\\s*\\*/)?|(//|/\\*)?\\s*\\]\\]>(\\s*\\*/)?\\s*$");

    private JsonLd() {
    }

    /**
     * The page's JSON-LD objects, flattened: {@code <script type="application/ld+json">} blocks, and
     * {@code <meta name="script:ld+json" content="{...}">}, the form some React frameworks' meta descriptors
     * render when the script form is not used.
     */
    static List<JsonNode> objects(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        // one pass over the page for both forms; the scripts are read before the meta copies
        Elements found = doc.select("script[type=application/ld+json], meta[name=script:ld+json][content]");
        for (Element s : found) {
            if (!s.normalName().equals("script")) continue;
            String data = s.data();
            // the CDATA pattern is tried only on the scripts that have a CDATA marker
            read(data.contains("<![CDATA[") || data.contains("]]>") ? CDATA.matcher(data).replaceAll("") : data, out);
        }
        for (Element m : found) {
            if (m.normalName().equals("meta")) read(m.attr("content"), out);
        }
        return out;
    }

    private static void read(String data, List<JsonNode> out) {
        String json = data.trim();
        if (json.isEmpty()) return;
        try {
            flatten(MAPPER.readTree(json), out, 0);
        } catch (Exception e) {
            // broken JSON-LD is common; the page's other signals still apply
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) return;
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out, depth + 1));
        } else if (node.isObject()) {
            if (node.has("@type")) out.add(node);
            if (node.has("@graph")) flatten(node.get("@graph"), out, depth + 1);
            if (node.has("mainEntity") && node.get("mainEntity").isContainerNode()) flatten(node.get("mainEntity"), out, depth + 1);
        }
    }

    static boolean isArticle(JsonNode n) {
        for (String t : types(n)) {
            if (t.endsWith("article") || t.contains("posting") || t.equals("report") || t.equals("review")
                    || t.equals("recipe") || t.equals("howto") || t.equals("liveblogposting")) {
                return true;
            }
        }
        return false;
    }

    static boolean isPage(JsonNode n) {
        for (String t : types(n)) {
            if (t.endsWith("webpage") || t.equals("aboutpage") || t.equals("qapage")) return true;
        }
        return false;
    }

    static List<String> types(JsonNode n) {
        List<String> out = new ArrayList<>();
        JsonNode t = n.get("@type");
        if (t == null) return out;
        if (t.isArray()) t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        else out.add(t.asText().toLowerCase(Locale.ROOT));
        return out;
    }

    static String text(JsonNode n, String field) {
        if (n == null) return null;
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isArray()) v = v.size() > 0 ? v.get(0) : null;
        if (v == null) return null;
        if (v.isObject()) {
            JsonNode inner = v.has("name") ? v.get("name") : v.has("url") ? v.get("url") : v.get("@id");
            return inner == null || !inner.isValueNode() ? null : blankToNull(inner.asText());
        }
        return v.isValueNode() ? blankToNull(v.asText()) : null;
    }

    /** Names of a person/organisation field that may be a string, an object or an array of either. */
    static List<String> names(JsonNode n, String field) {
        return names(n, field, List.of());
    }

    /**
     * Names of a person/organisation field; an object that only points elsewhere ({@code {"@id": "#author"}},
     * as Yoast's {@code @graph} does) takes the name of the object in {@code all} with that {@code @id}.
     */
    static List<String> names(JsonNode n, String field, List<JsonNode> all) {
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        JsonNode v = n.get(field);
        if (v == null) return out;
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) v.forEach(items::add);
        else items.add(v);
        for (JsonNode i : items) {
            if (i.isObject() && !i.has("name")) i = byId(all, i.path("@id").asText(""));
            String name = i.isObject() ? (i.has("name") && i.get("name").isValueNode() ? i.get("name").asText() : null)
                    : i.isValueNode() ? i.asText() : null;
            if (name != null && !name.isBlank() && !name.startsWith("http")) out.add(name.trim());
        }
        return out;
    }

    /** The object with this {@code @id}, or a missing node. */
    private static JsonNode byId(List<JsonNode> all, String id) {
        if (!id.isEmpty()) {
            for (JsonNode o : all) {
                if (id.equals(o.path("@id").asText(null))) return o;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Whether every {@code field} entry is an organisation object (a company named as author, not a person). */
    static boolean onlyOrganisations(JsonNode n, String field) {
        return onlyOrganisations(n, field, List.of());
    }

    /** Whether every {@code field} entry is an organisation object, {@code @id} references looked up in {@code all}. */
    static boolean onlyOrganisations(JsonNode n, String field, List<JsonNode> all) {
        return allTyped(n, field, all, t -> t.contains("organization") || t.equals("corporation") || t.equals("localbusiness"));
    }

    private static boolean allTyped(JsonNode n, String field, List<JsonNode> all, java.util.function.Predicate<String> type) {
        if (n == null || n.get(field) == null) return false;
        JsonNode v = n.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) v.forEach(items::add);
        else items.add(v);
        for (JsonNode i : items) {
            if (i.isObject() && !i.has("@type")) i = byId(all, i.path("@id").asText(""));
            if (!i.isObject() || types(i).stream().noneMatch(type)) return false;
        }
        return !items.isEmpty();
    }

    static String imageUrl(JsonNode n) {
        if (n == null) return null;
        JsonNode v = n.get("image");
        if (v == null) v = n.get("thumbnailUrl");
        if (v == null) return null;
        if (v.isArray()) v = v.size() > 0 ? v.get(0) : null;
        if (v == null) return null;
        if (v.isObject()) {
            JsonNode u = v.has("url") ? v.get("url") : v.get("contentUrl");
            return u == null ? null : blankToNull(u.asText());
        }
        return blankToNull(v.asText());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
