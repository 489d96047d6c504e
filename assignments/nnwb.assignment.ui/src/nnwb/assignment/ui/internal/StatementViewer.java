package nnwb.assignment.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.PaintObjectEvent;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

/**
 * Shows a {@link StatementModel} in a read-only {@link StyledText}: headings, emphasis, code and
 * links styled, formulas drawn as typeset images on their object characters (display formulas
 * centred on their own line). Formulas are typeset by a background job and appear when ready; a
 * formula that does not typeset shows its TeX source in the error colour.
 */
public final class StatementViewer {

    private final StyledText text;
    private final Font heading;
    private final List<Image> images = new ArrayList<>();
    private StatementModel model;
    private Job job;
    private boolean applied;

    public StatementViewer(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        text.setCaret(null);
        text.setBackground(parent.getBackground());
        text.setLeftMargin(2);
        text.setRightMargin(8);
        text.setLineSpacing(2);
        FontData[] fd = text.getFont().getFontData();
        for (FontData d : fd) {
            d.setHeight(Math.round(d.getHeight() * 1.3f));
            d.setStyle(SWT.BOLD);
        }
        heading = new Font(text.getDisplay(), fd);
        text.addPaintObjectListener(this::paint);
        text.addDisposeListener(e -> dispose());
    }

    public StyledText control() {
        return text;
    }

    /** Shows {@code m}; its formulas appear when typeset. */
    public void show(StatementModel m) {
        show(m, () -> { });
    }

    /**
     * Shows {@code m}; its formulas appear when typeset, and then (on the UI thread, at once when there are none)
     * {@code typesetDone} runs: the statement has its final height.
     */
    public void show(StatementModel m, Runnable typesetDone) {
        if (job != null) {
            job.cancel();
        }
        disposeImages();
        applied = false;
        model = m;
        text.setText(m.text());
        applyStyles(List.of());
        List<StatementModel.Span> math = m.math();
        if (math.isEmpty()) {
            typesetDone.run();
            return;
        }
        RGB colour = text.getForeground().getRGB();
        float pixels = pixelSize();
        StatementModel shown = m;
        job = Job.create("Typesetting the statement's mathematics", (IProgressMonitor monitor) -> {
            List<MathImages.Typeset> done = new ArrayList<>();
            monitor.beginTask("Typesetting", math.size());
            for (StatementModel.Span s : math) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                done.add(MathImages.typeset(s.latex(), s.style() == StatementModel.Style.DISPLAY_MATH, pixels, colour));
                monitor.worked(1);
            }
            if (!text.isDisposed()) {
                text.getDisplay().asyncExec(() -> {
                    if (!text.isDisposed() && model == shown) {
                        applyStyles(done);
                        applied = true;
                        typesetDone.run();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Whether every formula of the statement shown has been typeset (or failed with its source shown). */
    public boolean typeset() {
        return model != null && (model.math().isEmpty() || applied);
    }

    private float pixelSize() {
        FontData d = text.getFont().getFontData()[0];
        return d.getHeight() * text.getDisplay().getDPI().y / 72f * 1.15f;
    }

    private void applyStyles(List<MathImages.Typeset> typeset) {
        List<StyleRange> ranges = new ArrayList<>();
        int mathIndex = 0;
        List<int[]> centred = new ArrayList<>();
        for (StatementModel.Span s : model.spans()) {
            StyleRange r = new StyleRange();
            r.start = s.start();
            r.length = s.length();
            switch (s.style()) {
                case HEADING -> r.font = heading;
                case BOLD -> r.fontStyle = SWT.BOLD;
                case ITALIC -> r.fontStyle = SWT.ITALIC;
                case CODE -> r.font = JFaceResources.getTextFont();
                case LINK -> {
                    r.underline = true;
                    r.foreground = text.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
                }
                case INLINE_MATH, DISPLAY_MATH -> {
                    MathImages.Typeset t = mathIndex < typeset.size() ? typeset.get(mathIndex) : null;
                    mathIndex++;
                    if (t != null && t.ok()) {
                        Image image = new Image(text.getDisplay(), t.data());
                        images.add(image);
                        int h = t.data().height;
                        r.metrics = new GlyphMetrics(h - t.descent(), t.descent(), t.data().width + 2);
                        r.data = image;
                    } else if (t == null) {
                        r.metrics = new GlyphMetrics(0, 0, 0);
                    } else {
                        String source = "$" + s.latex() + "$ (" + t.error() + ")";
                        GC gc = new GC(text);
                        try {
                            org.eclipse.swt.graphics.Point extent = gc.textExtent(source);
                            r.metrics = new GlyphMetrics(gc.getFontMetrics().getAscent(), gc.getFontMetrics().getDescent(),
                                    extent.x + 4);
                        } finally {
                            gc.dispose();
                        }
                        r.data = source;
                    }
                    if (s.style() == StatementModel.Style.DISPLAY_MATH) {
                        centred.add(new int[] {text.getLineAtOffset(s.start())});
                    }
                }
            }
            ranges.add(r);
        }
        ranges.sort((a, b) -> Integer.compare(a.start, b.start));
        text.setStyleRanges(merge(ranges));
        for (int[] line : centred) {
            text.setLineAlignment(line[0], 1, SWT.CENTER);
        }
        text.redraw();
    }

    /** StyledText needs non-overlapping ranges: a nested range (bold in a heading) keeps its outer font. */
    private static StyleRange[] merge(List<StyleRange> sorted) {
        List<StyleRange> out = new ArrayList<>();
        int end = -1;
        for (StyleRange r : sorted) {
            if (r.start >= end) {
                out.add(r);
                end = r.start + r.length;
            } else if (r.metrics != null) {
                StyleRange outer = out.remove(out.size() - 1);
                int outerEnd = outer.start + outer.length;
                if (r.start > outer.start) {
                    StyleRange before = (StyleRange) outer.clone();
                    before.length = r.start - outer.start;
                    out.add(before);
                }
                out.add(r);
                if (outerEnd > r.start + r.length) {
                    StyleRange after = (StyleRange) outer.clone();
                    after.start = r.start + r.length;
                    after.length = outerEnd - after.start;
                    out.add(after);
                    end = outerEnd;
                } else {
                    end = r.start + r.length;
                }
            }
        }
        return out.toArray(StyleRange[]::new);
    }

    private void paint(PaintObjectEvent e) {
        StyleRange r = e.style;
        if (r.data instanceof Image image && !image.isDisposed()) {
            int y = e.y + e.ascent - r.metrics.ascent;
            e.gc.drawImage(image, e.x + 1, y);
        } else if (r.data instanceof String source) {
            e.gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
            e.gc.drawString(source, e.x, e.y, true);
        }
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }

    private void dispose() {
        if (job != null) {
            job.cancel();
        }
        disposeImages();
        heading.dispose();
    }
}
