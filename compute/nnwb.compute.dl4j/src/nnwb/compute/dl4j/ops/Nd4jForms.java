package nnwb.compute.dl4j.ops;

import java.util.Map;

import nnwb.compute.OptimizerSettings;
import nnwb.compute.UpdaterMatch;
import nnwb.compute.UpdaterSpec;
import nnwb.core.optim.update.EpsPlacement;

/**
 * How ND4J 1.0.0-M2.1 writes each of the engine's optimizers, and which ND4J updater (configured how)
 * steps an optimizer's settings exactly: the service's answers to {@code OptimizerSteps.match} and
 * {@code backendNote}. The differences below were measured step for step against the engine in
 * {@code nnwb.compute.dl4j.tests} ({@code Nd4jFormsTest}). The settings use the engine's words; its
 * {@link EpsPlacement} reads the ε placements.
 */
public final class Nd4jForms {

    private static final Map<String, String> NOTES = Map.of(
            "sgd", "Engine: p ← p − η·(g + l2·p), then decoupled decay p ← (1 − wd)·p. "
                    + "ND4J Sgd: update = η·g; its L2Regularization adds l2·p to the gradient before the updater and its "
                    + "WeightDecay adds wd·p (η·wd·p with applyLR, the engine's wd-lr) to the update after it. Same form.",
            "momentum", "Engine (EPFL sheet, PyTorch): m ← β·m + g; p ← p − η·m. ND4J has no heavy-ball updater: the "
                    + "service writes it on ND4J arrays in DL4J's velocity form v ← β·v − η·g; p ← p + v, so v = −η·m "
                    + "(the state plot shows v). Equal for a constant η.",
            "ema-momentum", "m ← β·m + (1 − β)·g; p ← p − η·m: PyTorch's dampening = β, Adam's first moment without bias "
                    + "correction; equals momentum with η·(1 − β). ND4J has none: ours on ND4J arrays.",
            "nesterov", "Engine (PyTorch SGD nesterov=True): m ← β·m + g; p ← p − η·(g + β·m). ND4J Nesterovs (cs231n): "
                    + "v' = β·v − η·g; p ← p + (1 + β)·v' − β·v. With v = −η·m both are p − η·(g + β·m'): the same "
                    + "numbers up to rounding for a constant η; ND4J keeps the velocity v (the state plot shows v).",
            "adam", "Engine default (PyTorch, the Adam paper's Algorithm 1): p ← p − η·m̂/(√v̂ + ε), m̂ = m/(1 − β₁ᵗ), "
                    + "v̂ = v/(1 − β₂ᵗ). ND4J Adam: p ← p − η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε): ε on the uncorrected √v "
                    + "(the paper's 'efficient' form, TensorFlow) = engine eps-at=outside-uncorrected. The two differ "
                    + "most in the first steps and for small gradients and agree for ε = 0. The service steps "
                    + "PyTorch's form with ND4J's kernel by passing ε·√(1 − β₂ᵗ) each step. ε under the root and Adam "
                    + "without bias correction have no ND4J form (the engine steps them). AMSGrad: ND4J AMSGrad keeps "
                    + "max(v̂, v) of the uncorrected v, as the engine does.",
            "adamw", "M2.1 has no AdamW updater: the service uses ND4J Adam plus ND4J's WeightDecay(wd, applyLR = true), "
                    + "p ← (1 − η·wd)·p − η·u, PyTorch's AdamW (engine adamw: wd 0.01, wd-lr on). ε as for adam.",
            "rmsprop", "Engine (Toronto sheet, PyTorch): v ← β·v + (1 − β)·g²; p ← p − η·g/(√v + ε). ND4J RmsProp: the "
                    + "same (rmsDecay = β, ε outside the root). DL4J networks start v at ε, not 0 (the updater's "
                    + "initialised state); the service starts at 0 like the textbook. Centered RMSProp, its momentum "
                    + "buffer and ε under the root have no ND4J form (the engine steps them).",
            "adagrad", "s ← s + g²; p ← p − η·g/(√s + ε) in both, ε outside the root. DL4J networks start s at ε "
                    + "(engine init = ε reproduces that); ND4J's default ε is 1e-6, PyTorch's 1e-10. lr-decay and ε "
                    + "under the root have no ND4J form (the engine steps them).",
            "signsgd", "p ← p − η·sign(g) (sign(0) = 0); with momentum β (Signum) the sign of m ← β·m + (1 − β)·g. "
                    + "ND4J has none: ours on ND4J arrays.",
            "muon", "m ← β·m + g; u = g + β·m (Nesterov) or m; O = NewtonSchulz(u/(‖u‖_F + ε)); p ← p − η·scale·O. "
                    + "ND4J has none: ours, with ND4J's matrix products in the outer (X·Xᵀ) or Gram (Xᵀ·X) form.");

    private Nd4jForms() {
    }

    /** How this optimizer is written in the engine and in ND4J, and where the two differ. */
    public static String note(String optimizer) {
        String n = NOTES.get(optimizer);
        if (n == null) {
            throw new IllegalArgumentException("unknown optimizer '" + optimizer + "'");
        }
        return n;
    }

    /** Which ND4J updater, configured how, steps {@code c} exactly; or why ours or the engine's step does. */
    public static UpdaterMatch match(OptimizerSettings c) {
        String name = c.name();
        double lr = c.lr();
        double l2 = c.number("l2");
        double wd = c.number("wd");
        boolean wdLr = c.flag("wd-lr");
        String reg = (l2 > 0 ? " + L2Regularization" : "") + (wd > 0 ? " + WeightDecay" : "");
        switch (name) {
            case "sgd":
                return nd4j(name, UpdaterSpec.sgd(lr), "ND4J Sgd" + reg, "ND4J's Sgd has the engine's form", l2, wd, wdLr);
            case "momentum":
                return new UpdaterMatch(name, UpdaterMatch.Route.ND4J_ARRAYS,
                        UpdaterSpec.momentum(lr, c.number("momentum")).withL2(l2).withWeightDecay(wd, wdLr),
                        "ours on ND4J arrays (velocity form)" + reg, "ND4J has no heavy-ball momentum updater", false, 0);
            case "nesterov":
                return nd4j(name, UpdaterSpec.nesterov(lr, c.number("momentum")), "ND4J Nesterovs" + reg,
                        "ND4J's Nesterovs is PyTorch's Nesterov rewritten with the velocity v = −η·m", l2, wd, wdLr);
            case "adam":
            case "adamw":
                return adam(c, reg);
            case "rmsprop": {
                if (c.number("momentum") > 0 || c.flag("centered")) {
                    return engine(name, "ND4J's RmsProp has no momentum buffer and no centered form");
                }
                if (epsInside(c)) {
                    return engine(name, "ND4J's RmsProp adds ε outside the square root");
                }
                return nd4j(name, UpdaterSpec.rmsProp(lr, c.number("beta"), c.number("eps")), "ND4J RmsProp" + reg,
                        "ND4J's RmsProp has the engine's form", l2, wd, wdLr);
            }
            case "adagrad": {
                if (c.number("lr-decay") > 0) {
                    return engine(name, "ND4J's AdaGrad has no learning-rate decay of PyTorch's form");
                }
                if (epsInside(c)) {
                    return engine(name, "ND4J's AdaGrad adds ε outside the square root");
                }
                UpdaterMatch m = nd4j(name, UpdaterSpec.adaGrad(lr, c.number("eps")), "ND4J AdaGrad" + reg,
                        c.number("init") > 0 ? "ND4J's AdaGrad with its state started at init" : "ND4J's AdaGrad has the engine's form",
                        l2, wd, wdLr);
                return new UpdaterMatch(name, m.route(), m.spec(), m.stepper(), m.reason(), false, c.number("init"));
            }
            case "ema-momentum":
                return ours(name, "ND4J has no exponential-moving-average momentum");
            case "signsgd":
                return ours(name, "ND4J has no SignSGD");
            case "muon":
                return ours(name, "ND4J has no Muon (Newton–Schulz orthogonalisation)");
            default:
                throw new IllegalArgumentException("unknown optimizer '" + name + "'");
        }
    }

    private static UpdaterMatch adam(OptimizerSettings c, String reg) {
        String name = c.name();
        if (!c.flag("bias-correction")) {
            return engine(name, "ND4J's Adam always corrects the bias");
        }
        double eps = c.number("eps");
        EpsPlacement at = EpsPlacement.of(c.choice("eps-at"));
        if (at.inside() && eps > 0) {
            return engine(name, "ND4J's Adam adds ε outside the square root");
        }
        boolean ams = c.flag("amsgrad");
        double lr = c.lr();
        UpdaterSpec spec = ams ? UpdaterSpec.amsGrad(lr, c.number("beta1"), c.number("beta2"), eps)
                : UpdaterSpec.adam(lr, c.number("beta1"), c.number("beta2"), eps);
        spec = spec.withL2(c.number("l2")).withWeightDecay(c.number("wd"), c.flag("wd-lr"));
        boolean rescale = at == EpsPlacement.OUTSIDE && eps > 0;
        String updater = ams ? "ND4J AMSGrad" : "ND4J Adam";
        return new UpdaterMatch(name, UpdaterMatch.Route.ND4J_UPDATER, spec,
                updater + (rescale ? " (ε rescaled each step)" : "") + reg,
                rescale ? "ND4J adds ε to the uncorrected √v; passing ε·√(1 − β₂ᵗ) gives ε on the corrected √v̂"
                        : "ND4J's form: ε on the uncorrected √v",
                rescale, 0);
    }

    private static boolean epsInside(OptimizerSettings c) {
        return EpsPlacement.of(c.choice("eps-at")).inside() && c.number("eps") > 0;
    }

    private static UpdaterMatch nd4j(String name, UpdaterSpec spec, String stepper, String reason, double l2, double wd,
            boolean wdLr) {
        return new UpdaterMatch(name, UpdaterMatch.Route.ND4J_UPDATER, spec.withL2(l2).withWeightDecay(wd, wdLr), stepper,
                reason, false, 0);
    }

    private static UpdaterMatch ours(String name, String reason) {
        return new UpdaterMatch(name, UpdaterMatch.Route.ND4J_ARRAYS, null, "ours on ND4J arrays", reason, false, 0);
    }

    private static UpdaterMatch engine(String name, String reason) {
        return new UpdaterMatch(name, UpdaterMatch.Route.ENGINE, null, "engine", reason, false, 0);
    }
}
