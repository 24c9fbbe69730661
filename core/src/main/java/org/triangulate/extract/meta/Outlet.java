package org.triangulate.extract.meta;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One row of the outlet table.
 *
 * @param name    display name ("The Kyiv Independent")
 * @param aliases other names the outlet goes by in text ("Kyiv Independent")
 * @param hosts   web hosts; a page on a subdomain of one of them belongs to the outlet
 * @param zone    the zone its pages print local times in, or null when it publishes from many zones
 * @param source  where the zone comes from (kept so provenance can cite it)
 */
public record Outlet(String name, List<String> aliases, List<String> hosts, ZoneId zone, String source) {
    public Outlet {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        hosts = List.copyOf(hosts);
    }
}
