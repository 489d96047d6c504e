package nnwb.filter;

import java.util.List;

import nnwb.core.filter.Image;
import nnwb.core.filter.equivariance.FeatureNet;
import nnwb.core.filter.image.TestImages;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterBank;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;

/**
 * The Berkeley convolutions homework's equivariance example: {@code CONV2-3 -> ReLU -> CONV2-3 -> ReLU -> GAP} with
 * circular padding 1 and stride 1, where an image with a horizontal edge gives the features (0.8, 0, 0) and one with
 * a vertical edge (0, 0.8, 0). The sheet gives only those features, not the weights; these weights produce them for
 * 8 x 8 images with a one-pixel line. Layer 1 holds a horizontal-line detector (1,1 over -1,-1), a vertical-line
 * detector (its transpose) and a checker kernel that no straight line excites; layer 2 passes each channel on through
 * its top-left weight 4. A line fires one row (or column) of 9 cells of 2 in the 9 x 9 first map; the 10 x 10 second
 * map reads the first map's last row twice (padding 1 with a 2 x 2 kernel), so the fired line covers 10 cells of 8:
 * 80 / 100 = 0.8.
 */
public final class BerkeleyExample {

    /** The image side of the example. */
    public static final int SIDE = 8;

    private BerkeleyExample() {
    }

    /** The network. */
    public static FeatureNet net() {
        Kernel horizontal = Kernel.of(new double[][] {{1, 1}, {-1, -1}});
        Kernel vertical = Kernel.of(new double[][] {{1, -1}, {1, -1}});
        Kernel checker = Kernel.of(new double[][] {{1, -1}, {-1, 1}});
        FilterBank first = FilterBank.ofSingleInput(List.of(horizontal, vertical, checker));
        Kernel pass = Kernel.zeros(2, 2).with(0, 0, 4);
        Kernel none = Kernel.zeros(2, 2);
        FilterBank second = new FilterBank(List.of(List.of(pass, none, none), List.of(none, pass, none),
                List.of(none, none, pass)), null);
        return new FeatureNet(List.of(first, second), spec(PadMode.CIRCULAR));
    }

    /** The same network with another padding mode (zero padding breaks the equivariance at the border). */
    public static FeatureNet net(PadMode padding) {
        return new FeatureNet(net().layers(), spec(padding));
    }

    private static FilterSpec spec(PadMode padding) {
        return FilterSpec.of(FilterMode.CORRELATION, 1, 1, padding, 1);
    }

    /** The sheet's vertical-edge image: a one-pixel vertical line in column {@code col} of an 8 x 8 image. */
    public static Image verticalLine(int col) {
        return TestImages.verticalLine(SIDE, SIDE, col);
    }

    /** The horizontal-edge image: a one-pixel horizontal line in row {@code row}. */
    public static Image horizontalLine(int row) {
        return TestImages.horizontalLine(SIDE, SIDE, row);
    }
}
