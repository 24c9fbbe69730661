package org.triangulate.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.testkit.extract.RobustnessBenchmark;
import org.triangulate.testkit.extract.StressInputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "robust", mixinStandardHelpOptions = true,
        description = "Read and extract generated hostile inputs (huge article page, page without prose, one huge "
                + "text node, 100k nested divs, 1M tiny elements, text dump, empty file, random bytes, gzip bomb); "
                + "print seconds, peak heap and the result or error of each.")
final class BenchRobustCommand implements Callable<Integer> {
    @Option(names = "--size-mb", defaultValue = "20", description = "size of the huge inputs (default ${DEFAULT-VALUE})")
    int sizeMb;

    @Option(names = "--runs", defaultValue = "3", description = "timed runs after the first (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--only", paramLabel = "TEXT", description = "only inputs whose name contains TEXT")
    String only;

    @Option(names = "--write", paramLabel = "DIR",
            description = "write the inputs as files into DIR (to try them with extract or analyze) and exit")
    java.nio.file.Path write;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (sizeMb < 1 || runs < 1) {
            spec.commandLine().getErr().println("triangulate: --size-mb and --runs must be >= 1, got "
                    + sizeMb + " and " + runs);
            return Main.EXIT_USAGE;
        }
        List<StressInputs.Input> inputs = StressInputs.standard(sizeMb).stream()
                .filter(i -> only == null || i.name().contains(only)).toList();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (write != null) {
            java.nio.file.Files.createDirectories(write);
            for (StressInputs.Input i : inputs) {
                java.nio.file.Files.write(write.resolve(i.name()), i.bytes().get());
                out.println(write.resolve(i.name()));
            }
            return 0;
        }
        RobustnessBenchmark.printHeader(out, runs);
        new RobustnessBenchmark().run(inputs, runs, out);
        return 0;
    }
}
