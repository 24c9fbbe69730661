package org.triangulate.extract.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Countries named in a short text (a headline), from the bundled {@code countries.tsv}. */
final class CountryGazetteer {
    private record Entry(Country country, Pattern pattern) {
    }

    private final List<Entry> entries;

    private CountryGazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static CountryGazetteer standard() {
        try (InputStream in = CountryGazetteer.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource countries.tsv missing from org.triangulate.extract.meta");
            }
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\\s*\\|\\s*");
                List<String> names = Arrays.stream(cols[2].split("\\s*,\\s*")).toList();
                Country c = new Country(cols[0].strip(), cols[1].equals("-") ? null : ZoneId.of(cols[1]), names);
                String alt = String.join("|", names.stream().map(Pattern::quote).toList());
                entries.add(new Entry(c, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])")));
            }
            return new CountryGazetteer(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Countries named in the text, in table order. */
    Set<Country> named(String text) {
        Set<Country> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (Entry e : entries) {
            if (e.pattern.matcher(text).find()) {
                out.add(e.country);
            }
        }
        return out;
    }
}
