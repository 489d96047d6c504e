package nnwb.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The registry of headless commands, in the order {@code --help} lists them. */
public final class Commands {

    private final List<Command> all = new ArrayList<>();

    public Commands add(Command c) {
        all.add(c);
        return this;
    }

    public List<Command> all() {
        return Collections.unmodifiableList(all);
    }

    public Optional<Command> find(String name) {
        return all.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
