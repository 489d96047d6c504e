package nnwb.assignment.ui.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets TeX with JLaTeXMath into SWT image data (with alpha), off the UI thread and without a
 * display: AWT draws into a memory image only. Results are cached (bounded); a formula that does
 * not typeset becomes a {@link Typeset} with the reason, so the viewer can show its source.
 */
public final class MathImages {

    /** Most typeset formulas kept. */
    static final int CACHE = 512;
    private static final Map<String, Typeset> CACHE_MAP = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Typeset> eldest) {
            return size() > CACHE;
        }
    };

    private MathImages() {
    }

    /**
     * A typeset formula: image data and the pixels below its baseline, or the reason it failed.
     *
     * @param data    the image (null when it failed)
     * @param descent pixels below the baseline
     * @param error   why it failed; empty when it did not
     */
    public record Typeset(ImageData data, int descent, String error) {
        public boolean ok() {
            return data != null;
        }
    }

    /** Loads the fonts once (about two seconds the first time); call from a background job. */
    public static void warmUp() {
        typeset("x^2", false, 16, new RGB(0, 0, 0));
    }

    /** {@code latex} typeset at {@code pixels} (the font size), in {@code colour}; inline or display style. */
    public static Typeset typeset(String latex, boolean display, float pixels, RGB colour) {
        String key = (display ? "D" : "T") + pixels + "/" + colour + "/" + latex;
        synchronized (CACHE_MAP) {
            Typeset t = CACHE_MAP.get(key);
            if (t != null) {
                return t;
            }
        }
        Typeset t = render(latex, display, pixels, colour);
        synchronized (CACHE_MAP) {
            CACHE_MAP.put(key, t);
        }
        return t;
    }

    private static Typeset render(String latex, boolean display, float pixels, RGB colour) {
        try {
            TeXFormula formula = new TeXFormula(latex);
            TeXIcon icon = formula.createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, pixels);
            icon.setInsets(new Insets(1, 1, 1, 1));
            int w = Math.max(1, icon.getIconWidth());
            int h = Math.max(1, icon.getIconHeight());
            if ((long) w * h > 4_000_000L) {
                return new Typeset(null, 0, "the formula is too large to typeset");
            }
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                icon.setForeground(new Color(colour.red, colour.green, colour.blue));
                icon.paintIcon(null, g, 0, 0);
            } finally {
                g.dispose();
            }
            return new Typeset(imageData(image, colour), icon.getIconDepth(), "");
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw (VirtualMachineError) e;
            }
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new Typeset(null, 0, m);
        }
    }

    /** ARGB pixels as SWT image data: the colour everywhere, the coverage as alpha. */
    private static ImageData imageData(BufferedImage image, RGB colour) {
        int w = image.getWidth();
        int h = image.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int pixel = data.palette.getPixel(colour);
        byte[] alpha = new byte[w * h];
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                data.setPixel(x, y, pixel);
                alpha[y * w + x] = (byte) (argb[y * w + x] >>> 24);
            }
        }
        data.alphaData = alpha;
        return data;
    }
}
