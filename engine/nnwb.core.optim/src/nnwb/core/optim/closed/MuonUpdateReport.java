package nnwb.core.optim.closed;

import nnwb.core.optim.linalg.Svd;
import nnwb.core.optim.update.NewtonSchulz;
import nnwb.core.optim.update.NewtonSchulz.Polynomial;

/**
 * What SignSGD and Muon do to one matrix gradient G ({@code rows×cols}) under a spectral-norm budget
 * (Berkeley sheet): G's singular values before and after Newton–Schulz, the spectral norms of
 * {@code sign(G)} and of the orthogonalised update, the learning rates that put each update exactly
 * on the budget, and the multiplications of one Newton–Schulz iteration in the outer form
 * ({@code W·Wᵀ}) against the Gram form ({@code Wᵀ·W}), counted while computing it.
 *
 * @param rows                        d_out
 * @param cols                        d_in
 * @param budget                      the largest allowed spectral norm of the update
 * @param singularValues              of G, largest first
 * @param orthogonalisedValues        of NewtonSchulz(G)
 * @param signSpectralNorm            ‖sign(G)‖₂
 * @param signRank                    rank of sign(G) (1 when G is an outer product)
 * @param orthogonalisedSpectralNorm  ‖NewtonSchulz(G)‖₂
 * @param signSgdLr                   {@code budget/‖sign(G)‖₂}
 * @param signSgdRankOneLr            {@code budget/√(d_out·d_in)}, the same for a rank-1 G with no zero entries
 * @param muonLr                      {@code budget/‖NewtonSchulz(G)‖₂}
 * @param exactMuonLr                 {@code budget}, since ‖U·Vᵀ‖₂ = 1
 * @param outerMultiplications        one iteration with W·Wᵀ
 * @param gramMultiplications         one iteration with Wᵀ·W
 */
public record MuonUpdateReport(int rows, int cols, double budget, double[] singularValues, double[] orthogonalisedValues,
        double signSpectralNorm, int signRank, double orthogonalisedSpectralNorm, double signSgdLr, double signSgdRankOneLr,
        double muonLr, double exactMuonLr, long outerMultiplications, long gramMultiplications) {

    /** Analyses G with {@code steps} iterations of {@code poly} (normalisation ε {@code nsEps}). */
    public static MuonUpdateReport of(double[] g, int rows, int cols, double budget, Polynomial poly, int steps, double nsEps) {
        if (g.length != rows * cols) {
            throw new IllegalArgumentException("gradient has " + g.length + " entries, not " + rows + "×" + cols);
        }
        if (!(budget > 0) || !Double.isFinite(budget)) {
            throw new IllegalArgumentException("the spectral-norm budget must be positive, got " + budget);
        }
        double[] o = new double[g.length];
        NewtonSchulz.orthogonalise(g, 0, rows, cols, poly, steps, nsEps, NewtonSchulz.Form.AUTO, o);
        double[] sign = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            sign[i] = Math.signum(g[i]);
        }
        double[] scratch = new double[g.length];
        long outer = NewtonSchulz.orthogonalise(g, 0, rows, cols, poly, 1, nsEps, NewtonSchulz.Form.OUTER, scratch);
        long gram = NewtonSchulz.orthogonalise(g, 0, rows, cols, poly, 1, nsEps, NewtonSchulz.Form.GRAM, scratch);
        double[] sv = Svd.singularValues(g, rows, cols);
        double[] ov = Svd.singularValues(o, rows, cols);
        double signNorm = Svd.spectralNorm(sign, rows, cols);
        return new MuonUpdateReport(rows, cols, budget, sv, ov, signNorm, Svd.rank(sign, rows, cols, 1e-6), ov[0],
                budget / signNorm, budget / Math.sqrt((double) rows * cols), budget / ov[0], budget, outer, gram);
    }

    /** The outer form's cost in symbols: {@code 2·d_out²·d_in}, plus {@code d_out³} for degree 5. */
    public static String outerFormula(Polynomial poly) {
        return poly.degree() == 5 ? "2·d_out²·d_in + d_out³" : "2·d_out²·d_in";
    }

    /** The Gram form's cost in symbols: {@code 2·d_out·d_in²}, plus {@code d_in³} for degree 5. */
    public static String gramFormula(Polynomial poly) {
        return poly.degree() == 5 ? "2·d_out·d_in² + d_in³" : "2·d_out·d_in²";
    }
}
