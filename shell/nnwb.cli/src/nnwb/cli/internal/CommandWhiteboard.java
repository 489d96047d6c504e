package nnwb.cli.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import nnwb.cli.Command;

/**
 * The whiteboard of headless commands: every {@link Command} any installed bundle registers
 * arrives here, and leaves when its bundle goes.
 */
@Component(service = CommandWhiteboard.class)
public final class CommandWhiteboard {

    private final List<Command> commands = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(Command command) {
        commands.add(command);
    }

    void removeCommand(Command command) {
        commands.remove(command);
    }

    /** The commands registered now. */
    public List<Command> commands() {
        return List.copyOf(commands);
    }
}
