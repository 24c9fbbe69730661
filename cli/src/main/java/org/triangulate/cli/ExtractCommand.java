package org.triangulate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.triangulate.Triangulate;
import org.triangulate.extract.Article;
import org.triangulate.report.ArticleJson;
import org.triangulate.report.ArticleMarkdown;
import org.triangulate.report.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract main text and metadata: one JSON object per input document, or the article as "
                + "Markdown (front matter, headings, lists, quotes, tables) or as plain text.",
                "With --out each article goes to its own file, named by its id."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs extracted", "1:some inputs failed (the rest was printed)", "2:usage error"})
final class ExtractCommand implements Callable<Integer> {
    enum OutFormat { jsonl, json, markdown, text }

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default: one object per line), json (an "
            + "array), markdown (one document per article, each opening with front matter) or text (title and main "
            + "text; articles separated by a form-feed line)")
    OutFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "write each article to DIR/<id>.json|.md|.txt and print "
            + "one line per file written")
    Path outDir;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories (recursive) or - for stdin")
    List<String> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ErrorPrinter errors = new ErrorPrinter(spec.commandLine().getErr());
        ObjectMapper m = Json.mapper();
        Triangulate t = Triangulate.standard();
        if (outDir != null) {
            Files.createDirectories(outDir);
            Set<String> taken = new HashSet<>();
            t.extract(inputs, a -> {
                Path file = outDir.resolve(fileName(a.id(), taken));
                try {
                    Files.writeString(file, render(m, a));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + file, e);
                }
                out.println(a.source() + "\t" + file);
                out.flush();
            }, errors);
        } else if (format == OutFormat.json) {
            ArrayNode arr = m.createArrayNode();
            t.extract(inputs, a -> arr.add(ArticleJson.of(m, a)), errors);
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        } else {
            boolean[] first = {true};
            t.extract(inputs, a -> {
                if (format == OutFormat.text && !first[0]) out.println("\f");
                if (format == OutFormat.markdown && !first[0]) out.println();
                first[0] = false;
                out.print(render(m, a));
                out.flush();
            }, errors);
        }
        out.flush();
        return errors.count() > 0 ? Main.EXIT_PARTIAL : 0;
    }

    /** One article in the chosen format; json is pretty-printed (it is reached only with --out, one file each). */
    private String render(ObjectMapper m, Article a) {
        try {
            return switch (format) {
                case jsonl -> m.writeValueAsString(ArticleJson.of(m, a)) + "\n";
                case json -> m.writerWithDefaultPrettyPrinter().writeValueAsString(ArticleJson.of(m, a)) + "\n";
                case markdown -> ArticleMarkdown.of(a);
                case text -> (a.title() == null || a.title().isBlank() ? "" : a.title() + "\n\n") + a.text() + "\n";
            };
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The article's file name: its id made safe for any file system, unique within this run. */
    private String fileName(String id, Set<String> taken) {
        String ext = switch (format) {
            case jsonl, json -> ".json";
            case markdown -> ".md";
            case text -> ".txt";
        };
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) base = "article" + base;
        if (base.length() > 120) base = base.substring(0, 120);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) name = base + "-" + n;
        return name + ext;
    }
}
