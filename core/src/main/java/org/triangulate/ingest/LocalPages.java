package org.triangulate.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one batch by file name, so that a feed item can use a saved page given anywhere in the batch
 * (another folder, another argument), not only one next to the feed.
 */
record LocalPages(Map<String, List<Path>> byName) {
    static final LocalPages NONE = new LocalPages(Map.of());

    LocalPages {
        byName = Map.copyOf(byName);
    }

    static LocalPages of(List<Path> files) {
        Map<String, List<Path>> byName = new HashMap<>();
        for (Path f : files) {
            Path name = f.getFileName();
            if (name != null) {
                byName.computeIfAbsent(name.toString(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        Map<String, List<Path>> frozen = new HashMap<>();
        byName.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new LocalPages(frozen);
    }

    /** The batch's files with this exact name, in batch order. */
    List<Path> named(String fileName) {
        return byName.getOrDefault(fileName, List.of());
    }
}
