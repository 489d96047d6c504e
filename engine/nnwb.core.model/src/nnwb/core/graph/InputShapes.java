package nnwb.core.graph;

import java.util.ArrayList;
import java.util.List;
import nnwb.core.model.Arg;
import nnwb.core.model.Expr;
import nnwb.core.model.InputDecl;
import nnwb.core.symbolic.Poly;

/** Reads the {@code input} line into a {@link Shape} and its display layout. */
public final class InputShapes {

    /** The shape and whether the file wrote it channels last. */
    record Result(Shape shape, boolean channelsLast) {
    }

    private InputShapes() {
    }

    static Result read(InputDecl decl, Evaluator ev) {
        List<Arg> positional = decl.args().stream().filter(Arg::positional).toList();
        if (positional.size() > 1) {
            throw new ModelError(positional.get(1).pos(), "write the input as one shape, e.g. 28x28x1");
        }
        Poly channels = null;
        List<Poly> spatial = null;
        boolean channelsLast = false;
        if (positional.size() == 1) {
            List<Poly> v = sizes(positional.get(0).values(), ev);
            channels = v.get(v.size() - 1);
            spatial = v.subList(0, v.size() - 1);
            channelsLast = v.size() > 1;
        }
        for (Arg a : decl.args()) {
            if (a.positional()) {
                continue;
            }
            List<Poly> v = sizes(a.values(), ev);
            switch (a.key()) {
                case "channels" -> channels = one(a, v);
                case "features" -> {
                    channels = one(a, v);
                    spatial = List.of();
                }
                case "size" -> spatial = v.size() == 1 ? List.of(v.get(0), v.get(0)) : v;
                case "length" -> spatial = List.of(one(a, v));
                default -> throw new ModelError(a.keyPos(), "unknown input parameter '" + a.key() + "' (known: channels, size, length, features)");
            }
        }
        if (channels == null || spatial == null) {
            throw new ModelError(decl.pos(), "input needs a shape: 'input 28x28x1' (channels last), 'input 784', "
                    + "'input channels=3 size=224x224', 'input channels=1 length=100' or 'input features=K'");
        }
        return new Result(new Shape(channels, spatial), channelsLast);
    }

    private static Poly one(Arg a, List<Poly> v) {
        if (v.size() != 1) {
            throw new ModelError(a.pos(), a.key() + " takes one value");
        }
        return v.get(0);
    }

    private static List<Poly> sizes(List<Expr> values, Evaluator ev) {
        List<Poly> r = new ArrayList<>();
        for (Expr e : values) {
            Poly p = ev.size(ev.eval(e, java.util.Map.of()), e.pos(), "input");
            if (p.isConstant() && (p.constant().signum() <= 0 || !p.constant().isInteger())) {
                throw new ModelError(e.pos(), "input sizes must be positive integers, got " + p);
            }
            r.add(p);
        }
        return r;
    }
}
