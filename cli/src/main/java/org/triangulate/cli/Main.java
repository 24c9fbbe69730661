package org.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code triangulate} command. */
@Command(name = "triangulate", mixinStandardHelpOptions = true, version = "triangulate 0.1.0",
        description = "News provenance and corroboration: who reported what first, who copied whom, "
                + "which facts the sources agree on.",
        subcommands = {ExtractCommand.class, AnalyzeCommand.class, DemoCommand.class, EvalCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Some inputs failed; everything that succeeded was still printed. */
    public static final int EXIT_PARTIAL = 1;
    /** Bad usage. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line (shared by {@link #run} and tests that capture output). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("triangulate: " + ex.getMessage());
            return 3;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required");
    }
}
