package org.triangulate.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.testkit.extract.ExtractionBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Time the HTML extractor on dev pages (<id>/source.html[.gz]): one warm-up pass, then timed "
                + "passes; prints pages/second and peak heap.")
final class BenchExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "dev set folder(s)")
    List<Path> dirs;

    @Option(names = "--passes", defaultValue = "3", description = "timed passes over the pages (default 3)")
    int passes;

    @Option(names = "--limit", paramLabel = "N", description = "only the first N pages (by id) of each folder")
    int limit = Integer.MAX_VALUE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                spec.commandLine().getErr().println("triangulate: " + d + ": not a directory");
                return Main.EXIT_USAGE;
            }
        }
        if (passes < 1) {
            spec.commandLine().getErr().println("triangulate: --passes must be >= 1, got " + passes);
            return Main.EXIT_USAGE;
        }
        ExtractionBenchmark.Result r = new ExtractionBenchmark().run(dirs, passes, limit);
        ExtractionBenchmark.print(r, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        return 0;
    }
}
