package nnwb.sample.tool;

import org.osgi.service.component.annotations.Component;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import picocli.CommandLine;

/** A headless command contributed by this test-only bundle (not in any feature): it must reach {@code nnwb --help} by itself. */
@Component(service = Command.class)
@CommandLine.Command(name = "sample-hello", description = "a command contributed by a test-only bundle")
public final class SampleHelloCommand extends CommandBase {

    @Override
    public Integer call() {
        out().println(json() ? "{\"hello\": \"world\"}" : "hello");
        return 0;
    }
}
