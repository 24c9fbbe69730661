package org.triangulate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "cluster", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class BenchClusterCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("triangulate: not implemented yet");
        return 3;
    }
}
