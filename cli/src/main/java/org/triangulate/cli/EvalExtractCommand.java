package org.triangulate.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.testkit.extract.ExtractionEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Score the HTML extractor on dev sets laid out as <id>/source.html[.gz] + expected.txt "
                + "(+ metadata.json): bag-of-tokens and 4-gram-shingle P/R/F1, title/date/byline accuracy.")
final class EvalExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "dev set folder(s)")
    List<Path> dirs;

    @Option(names = "--json-report", paramLabel = "FILE", description = "write the full report (per page) as JSON")
    Path jsonReport;

    @Option(names = "--dump", paramLabel = "DIR", description = "write each page's extracted text to DIR/<id>.txt")
    Path dump;

    @Option(names = "--limit", paramLabel = "N", description = "only the first N pages (by id) of each set")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--quiet", description = "print only the summaries, not one line per page")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ExtractionEvaluation.Summary> summaries = new ArrayList<>();
        PrintStream out = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("triangulate: " + dir + ": not a directory");
                return Main.EXIT_USAGE;
            }
            ExtractionEvaluation.Summary s = new ExtractionEvaluation().dumpTo(dump).evaluate(dir, limit);
            ExtractionEvaluation.print(s, out, !quiet);
            summaries.add(s);
        }
        if (jsonReport != null) {
            ExtractionEvaluation.writeJson(summaries, jsonReport);
            out.println("report: " + jsonReport);
        }
        return 0;
    }
}
