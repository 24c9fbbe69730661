package org.triangulate.extract.meta;

import java.util.Objects;

/**
 * The zone chosen for a page's local times, or none, and why.
 *
 * @param zone        the zone, or null when no signal was good enough (the time then stays unconverted)
 * @param signal      the deciding signal: {@code stated}, {@code outlet-host}, {@code outlet-name}, {@code language},
 *                    {@code dateline-locale+headline-country}, or {@code none}
 * @param explanation human-readable reason, suitable for an Article's provenance
 */
public record ZoneResolution(java.time.ZoneId zone, String signal, String explanation) {
    public ZoneResolution {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean resolved() {
        return zone != null;
    }
}
