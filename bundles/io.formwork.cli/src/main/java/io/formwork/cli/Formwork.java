package io.formwork.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The formwork command. Exit codes: 0 no errors, 1 errors found, 2 unreadable input or bad usage.
 */
@Command(name = "formwork", mixinStandardHelpOptions = true, version = "formwork 0.1.0",
		description = "Report templates and indicators: check templates, validate filings, make forms, generate code, compare templates and migrate filings.",
		subcommands = { CheckCommand.class, ValidateCommand.class, ExplainCommand.class, FormCommand.class,
				GenerateCommand.class, DiffCommand.class, MigrateCommand.class })
public final class Formwork implements Runnable {

	public static final int OK = 0;
	public static final int FINDINGS = 1;
	public static final int UNUSABLE = 2;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: check, validate, explain, diff or migrate");
	}

	public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new Formwork());
		cli.setOut(out);
		cli.setErr(err);
		cli.setExitCodeExceptionMapper(e -> UNUSABLE);
		cli.setExecutionExceptionHandler(Doors::failed);
		cli.setParameterExceptionHandler((e, args) -> {
			e.getCommandLine().getErr().println(e.getMessage());
			e.getCommandLine().usage(e.getCommandLine().getErr());
			return UNUSABLE;
		});
		return cli;
	}

	/**
	 * Runs the command: picocli expands {@code @FILE} arguments for every command but {@code validate}, whose
	 * {@code @LIST} is read line by line as the filings are validated ({@link FileArguments}), never held whole.
	 * (picocli expands argument files once, for the whole command line, before it knows the subcommand.)
	 */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine cli = commandLine(out, err);
		if (args.length > 0 && "validate".equals(args[0])) {
			cli.setExpandAtFiles(false);
		}
		return cli.execute(args);
	}

	public static void main(String[] args) {
		System.exit(Doors.main(args, new FileOutputStream(FileDescriptor.out),
				new FileOutputStream(FileDescriptor.err)));
	}
}
