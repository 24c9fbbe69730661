package org.triangulate.extract.html;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * A pure function of a class or id string, remembered per string: pages repeat a few class strings thousands of
 * times, and matching each against long regex alternations was a large share of extraction time. Shared by all
 * threads; bounded (cleared when full) so a crawl of many sites cannot grow it without end.
 */
final class ClassNameMemo {
    private static final int MAX_ENTRIES = 20_000;
    private final ConcurrentHashMap<String, Integer> values = new ConcurrentHashMap<>();
    private final ToIntFunction<String> function;

    ClassNameMemo(ToIntFunction<String> function) {
        this.function = function;
    }

    int get(String name) {
        Integer v = values.get(name);
        if (v != null) return v;
        int computed = function.applyAsInt(name);
        if (values.size() > MAX_ENTRIES) values.clear();
        values.put(name, computed);
        return computed;
    }
}
