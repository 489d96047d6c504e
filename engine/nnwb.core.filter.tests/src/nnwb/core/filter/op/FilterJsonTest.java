package nnwb.core.filter.op;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.image.InputParser;
import nnwb.core.filter.image.TestImages;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;

/** The JSON shape the headless filter command prints: output rows and the output shape. */
class FilterJsonTest {

    @Test
    void grayscaleOutputIsAListOfRowsWithTwoDimensions() {
        Kernel k = KernelParser.parse("sobel-y");
        Image x = InputParser.parse("matrix");
        FilterSpec spec = FilterSpec.valid(FilterMode.CONVOLUTION);
        Map<String, Object> json = FilterJson.of(FilterPlan.of(k, x, spec), ReferenceFilter.apply(k, x, spec));
        assertEquals(List.of(3, 3), json.get("outputShape"));
        assertEquals(List.of(-40.0, -40.0, -40.0), ((List<?>) json.get("output")).get(0));
        assertEquals("convolution", json.get("mode"));
        assertEquals("zero", json.get("padding"));
    }

    @Test
    void rgbOutputHasAChannelDimensionFirst() {
        Kernel k = KernelParser.parse("box-blur");
        Image x = Image.rgb(TestImages.sequence(4, 4).channel(0), TestImages.sequence(4, 4).channel(0),
                TestImages.sequence(4, 4).channel(0));
        FilterSpec spec = FilterSpec.valid(FilterMode.CORRELATION);
        Map<String, Object> json = FilterJson.of(FilterPlan.of(k, x, spec), ReferenceFilter.apply(k, x, spec));
        assertEquals(List.of(3, 2, 2), json.get("outputShape"));
        assertEquals(3, ((List<?>) json.get("output")).size());
    }
}
