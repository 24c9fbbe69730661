package org.triangulate.extract.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Known outlets: name and host to display name and time zone. The standard table is the documented resource
 * {@code outlets.tsv} in this package (one line per outlet, each with the source of its zone). Load it once and pass it
 * on; lookups are read-only.
 */
public final class OutletTable {
    private final List<Outlet> outlets;

    private OutletTable(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
    }

    /** The bundled table. */
    public static OutletTable standard() {
        try (InputStream in = OutletTable.class.getResourceAsStream("outlets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource outlets.tsv missing from org.triangulate.extract.meta");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table in the {@code outlets.tsv} format: {@code name | aliases | hosts | zone or - | source}, '#' comments.
     *
     * @throws IllegalArgumentException naming the line when a row is malformed or its zone unknown
     */
    public static OutletTable parse(String table) {
        List<Outlet> rows = new ArrayList<>();
        String[] lines = table.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\\s*\\|\\s*", -1);
            if (cols.length != 5 || cols[0].isBlank()) {
                throw new IllegalArgumentException("outlet table line " + (i + 1) + ": expected 5 columns, got '" + line + "'");
            }
            ZoneId zone = null;
            if (!cols[3].equals("-")) {
                try {
                    zone = ZoneId.of(cols[3]);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("outlet table line " + (i + 1) + ": unknown zone '" + cols[3] + "'", e);
                }
            }
            rows.add(new Outlet(cols[0], list(cols[1]), list(cols[2]).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList(),
                    zone, cols[4]));
        }
        return new OutletTable(rows);
    }

    private static List<String> list(String col) {
        return col.isBlank() ? List.of() : Arrays.stream(col.split("\\s*,\\s*")).filter(s -> !s.isBlank()).toList();
    }

    public List<Outlet> outlets() {
        return outlets;
    }

    /** The outlet owning a host or URL ("www.bangkokpost.com", "https://news.bbc.co.uk/x"), if known. */
    public Optional<Outlet> byHost(String hostOrUrl) {
        String host = host(hostOrUrl);
        if (host == null) {
            return Optional.empty();
        }
        for (Outlet o : outlets) {
            for (String h : o.hosts()) {
                if (host.equals(h) || host.endsWith("." + h)) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** The outlet with this name or alias (case, a leading "The", and spacing ignored), if known. */
    public Optional<Outlet> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = normalise(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Outlet o : outlets) {
            if (normalise(o.name()).equals(key) || o.aliases().stream().anyMatch(a -> normalise(a).equals(key))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** Lower-case host of a URL or bare host, without "www.", or null when there is none. */
    public static String host(String hostOrUrl) {
        if (hostOrUrl == null || hostOrUrl.isBlank()) {
            return null;
        }
        String s = hostOrUrl.strip();
        String host;
        if (s.contains("://")) {
            try {
                host = URI.create(s.replace(" ", "%20")).getHost();
            } catch (IllegalArgumentException e) {
                return null;
            }
        } else {
            host = s.split("[/?#:]", 2)[0];
        }
        if (host == null || host.isBlank() || !host.contains(".")) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    static String normalise(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
        s = s.replaceAll("^(the|a) ", "");
        return s.replaceAll("[\"'“”‘’«»]", "");
    }
}
