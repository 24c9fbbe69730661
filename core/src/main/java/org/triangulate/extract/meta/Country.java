package org.triangulate.extract.meta;

import java.time.ZoneId;
import java.util.List;

/**
 * A country as the page-signal zone rule knows it.
 *
 * @param code  ISO 3166-1 alpha-2
 * @param zone  its single zone, or null when it spans several UTC offsets
 * @param names names and capital as they appear in text
 */
record Country(String code, ZoneId zone, List<String> names) {
    Country {
        names = List.copyOf(names);
    }
}
