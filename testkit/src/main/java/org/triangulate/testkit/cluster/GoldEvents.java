package org.triangulate.testkit.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A gold event map in the format of ECB+'s {@code gold.json}: {@code {"events": {"1_ecb": ["doc-1.txt", ...]}}}.
 * Document names are reduced to ids (file name without extension) to match {@link PlainTextCorpus}.
 */
public record GoldEvents(Map<String, String> eventOf) {
    public GoldEvents {
        eventOf = Map.copyOf(eventOf);
    }

    public static GoldEvents read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode events = root.get("events");
        if (events == null || !events.isObject()) {
            throw new IOException(json + ": no \"events\" object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = events.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode doc : e.getValue()) {
                String name = doc.asText();
                int dot = name.lastIndexOf('.');
                out.put(dot > 0 ? name.substring(0, dot) : name, e.getKey());
            }
        }
        return new GoldEvents(out);
    }
}
