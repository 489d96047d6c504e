package nnwb.core.model;

import java.util.List;

/**
 * The {@code input} line. Positional sizes follow the coursework notation,
 * channels last ({@code input 28x28x1} is 28×28 with 1 channel; {@code input 784}
 * is a vector); the explicit form is channels first:
 * {@code input channels=3 size=224x224}, {@code length=100} (1D) or {@code features=K}.
 */
public record InputDecl(List<Arg> args, Pos pos) {

    public InputDecl {
        args = List.copyOf(args);
    }
}
