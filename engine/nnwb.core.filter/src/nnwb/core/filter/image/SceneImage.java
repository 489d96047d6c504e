package nnwb.core.filter.image;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;

/**
 * A photo-like RGB test scene drawn in code, so no image file or licence is needed: a sky getting lighter
 * towards the horizon, a sun, rolling hills with grass texture, a house with a roof, a door and windows, and a
 * tree. It has smooth gradients, hard edges at many angles, fine texture and flat areas, which is what blur,
 * sharpen and edge kernels need to show their effect. Deterministic; values in 0..1; any size.
 */
public final class SceneImage {

    private SceneImage() {
    }

    /** The scene at {@code rows x cols}. */
    public static Image of(int rows, int cols) {
        Matrix.checkShape(rows, cols);
        double[][] rgb = new double[3][rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double[] p = pixel(r / (double) rows, c / (double) cols);
                for (int k = 0; k < 3; k++) {
                    rgb[k][r * cols + c] = Math.max(0, Math.min(1, p[k]));
                }
            }
        }
        return Image.rgb(Matrix.ofRowMajor(rows, cols, rgb[0]), Matrix.ofRowMajor(rows, cols, rgb[1]),
                Matrix.ofRowMajor(rows, cols, rgb[2]));
    }

    /** The colour at relative position {@code y} (0 top) and {@code x} (0 left). */
    static double[] pixel(double y, double x) {
        double horizon = 0.58 + 0.05 * Math.sin(6.0 * x) + 0.03 * Math.sin(17.0 * x + 1.0);
        if (inTree(y, x)) {
            return treeColour(y, x);
        }
        if (inHouse(y, x)) {
            return houseColour(y, x);
        }
        if (y < horizon) {
            double sun = Math.hypot(y - 0.18, x - 0.8);
            if (sun < 0.07) {
                return new double[] {1.0, 0.9, 0.45};
            }
            double t = y / horizon;
            double glow = Math.max(0, 0.25 - sun) * 1.2;
            return new double[] {0.35 + 0.5 * t + glow, 0.55 + 0.35 * t + glow, 0.95 - 0.1 * t};
        }
        double depth = (y - horizon) / (1 - horizon + 1e-9);
        double grass = 0.08 * ValueNoise.at(y * 90, x * 30) + 0.05 * Math.sin(140 * x + 25 * y);
        return new double[] {0.2 + 0.15 * depth + grass, 0.5 - 0.15 * depth + grass, 0.15 + grass * 0.5};
    }

    private static boolean inHouse(double y, double x) {
        boolean walls = x >= 0.22 && x <= 0.48 && y >= 0.45 && y <= 0.72;
        boolean roof = y >= 0.3 && y < 0.45 && Math.abs(x - 0.35) <= (y - 0.3) / 0.15 * 0.16;
        return walls || roof;
    }

    private static double[] houseColour(double y, double x) {
        if (y < 0.45) {
            double tiles = 0.06 * ((int) (y * 120) % 2);
            return new double[] {0.55 - tiles, 0.12, 0.1};
        }
        boolean door = x >= 0.32 && x <= 0.38 && y >= 0.58;
        boolean window = (x >= 0.25 && x <= 0.3 || x >= 0.41 && x <= 0.46) && y >= 0.5 && y <= 0.57;
        if (door) {
            return new double[] {0.3, 0.18, 0.08};
        }
        if (window) {
            boolean bar = Math.abs(x - 0.275) < 0.004 || Math.abs(x - 0.435) < 0.004 || Math.abs(y - 0.535) < 0.004;
            return bar ? new double[] {0.95, 0.95, 0.9} : new double[] {0.45, 0.65, 0.85};
        }
        double brick = 0.05 * ValueNoise.at(y * 60, x * 40);
        return new double[] {0.85 + brick, 0.78 + brick, 0.62 + brick};
    }

    private static boolean inTree(double y, double x) {
        boolean trunk = x >= 0.69 && x <= 0.73 && y >= 0.5 && y <= 0.78;
        boolean crown = Math.hypot((y - 0.43) / 1.2, x - 0.71) < 0.1;
        return trunk || crown;
    }

    private static double[] treeColour(double y, double x) {
        if (Math.hypot((y - 0.43) / 1.2, x - 0.71) < 0.1) {
            double leaves = 0.12 * ValueNoise.at(y * 70, x * 70);
            return new double[] {0.1 + leaves, 0.35 + leaves, 0.1};
        }
        return new double[] {0.35, 0.22, 0.1};
    }
}
