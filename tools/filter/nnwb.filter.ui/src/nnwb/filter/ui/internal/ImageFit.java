package nnwb.filter.ui.internal;

/**
 * Where an {@link ImageView} draws a {@code cols×rows} image in its area: left and top, the scale (whole pixels per
 * image pixel when it is enlarged) and the drawn size; maps a pointer position to the image pixel under it and an
 * image rectangle to the screen. Display-free.
 *
 * @param left   the image's left edge in the canvas
 * @param top    the image's top edge (below the caption)
 * @param width  the drawn width
 * @param height the drawn height
 * @param cols   image columns
 * @param rows   image rows
 */
public record ImageFit(int left, int top, int width, int height, int cols, int rows) {

    /**
     * How a {@code cols×rows} image fits an {@code areaWidth×areaHeight} canvas with text lines {@code textHeight} high
     * (a caption above, a legend below), or null when there is no room.
     */
    public static ImageFit of(int areaWidth, int areaHeight, int textHeight, int cols, int rows) {
        int top = textHeight + 2;
        int availW = areaWidth - 4;
        int availH = areaHeight - top - textHeight - 4;
        if (availW < 4 || availH < 4 || cols <= 0 || rows <= 0) {
            return null;
        }
        double scale = Math.min(availW / (double) cols, availH / (double) rows);
        if (scale >= 1) {
            scale = Math.floor(scale);
        }
        return new ImageFit(2, top, Math.max(1, (int) Math.round(cols * scale)), Math.max(1, (int) Math.round(rows * scale)), cols, rows);
    }

    /** The image pixel {row, col} under canvas point ({@code x}, {@code y}), or null outside the image. */
    public int[] cellAt(int x, int y) {
        if (x < left || y < top || x >= left + width || y >= top + height) {
            return null;
        }
        int c = (int) Math.min(cols - 1, Math.floor((x - left) * (double) cols / width));
        int r = (int) Math.min(rows - 1, Math.floor((y - top) * (double) rows / height));
        return new int[] {r, c};
    }

    /** The canvas point at the centre of image pixel ({@code row}, {@code col}). */
    public int[] centre(int row, int col) {
        return new int[] {left + (int) ((col + 0.5) * width / cols), top + (int) ((row + 0.5) * height / rows)};
    }

    /** The canvas rectangle {x, y, w, h} of image rows {@code r0..r1} and columns {@code c0..c1} (held inside the image). */
    public int[] rect(int r0, int c0, int r1, int c1) {
        int a0 = Math.max(0, Math.min(r0, rows - 1));
        int a1 = Math.max(0, Math.min(r1, rows - 1));
        int b0 = Math.max(0, Math.min(c0, cols - 1));
        int b1 = Math.max(0, Math.min(c1, cols - 1));
        int x0 = left + (int) Math.floor(b0 * (double) width / cols);
        int x1 = left + (int) Math.ceil((b1 + 1) * (double) width / cols);
        int y0 = top + (int) Math.floor(a0 * (double) height / rows);
        int y1 = top + (int) Math.ceil((a1 + 1) * (double) height / rows);
        return new int[] {x0, y0, x1 - x0, y1 - y0};
    }
}
