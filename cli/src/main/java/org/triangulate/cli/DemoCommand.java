package org.triangulate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.triangulate.Analysis;
import org.triangulate.Triangulate;
import org.triangulate.ingest.IngestStage;
import org.triangulate.ingest.Ingester;
import org.triangulate.ingest.RawDocument;
import org.triangulate.report.HtmlReport;
import org.triangulate.report.JsonReport;
import org.triangulate.report.MarkdownReport;
import org.triangulate.report.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the bundled demo corpus (five copies of one Reuters story and an earlier NYT report) "
                + "and write the briefing.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out-dir", defaultValue = "briefings", paramLabel = "DIR",
            description = "where to write demo-briefing.md, .json, .html (default: ${DEFAULT-VALUE})")
    Path outDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<RawDocument> docs = bundledSeeds();
        Analysis a = Triangulate.standard().analyzeDocuments(docs);
        Files.createDirectories(outDir);
        Path md = outDir.resolve("demo-briefing.md");
        Path json = outDir.resolve("demo-briefing.json");
        Files.writeString(md, MarkdownReport.render(a), StandardCharsets.UTF_8);
        Files.writeString(json, JsonReport.toJson(a), StandardCharsets.UTF_8);
        Path html = outDir.resolve("demo-briefing.html");
        Files.writeString(html, HtmlReport.render(a), StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.print(Summary.render(a));
        out.println();
        out.println("Briefing: " + md.toAbsolutePath().normalize());
        out.println("JSON:     " + json.toAbsolutePath().normalize());
        out.println("HTML:     " + html.toAbsolutePath().normalize());
        out.flush();
        ErrorPrinter errors = new ErrorPrinter(spec.commandLine().getErr());
        a.errors().forEach(errors);
        return errors.count() > 0 ? Main.EXIT_PARTIAL : 0;
    }

    /** The seed pages shipped inside the jar (or on the class path in development), sorted by name. */
    static List<RawDocument> bundledSeeds() throws IOException {
        URL url = DemoCommand.class.getClassLoader().getResource("demo/seeds");
        if (url == null) {
            throw new IOException("the demo corpus is missing from the class path (demo/seeds)");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.getPath("demo/seeds"));
                }
            }
            return read(Path.of(uri));
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static List<RawDocument> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        List<RawDocument> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Ingester ingester = IngestStage.standard();
        for (Path p : files) {
            try (InputStream in = Files.newInputStream(p)) {
                ingester.ingestStream("demo/seeds/" + p.getFileName(), in, docs::add, e -> problems.add(e.toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException("the bundled demo corpus is damaged: " + String.join("; ", problems));
        }
        return docs;
    }
}
