package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nnwb.compute.ConvSpec;
import nnwb.compute.ConvSpec.Border;
import nnwb.compute.ConvSpec.Kind;
import nnwb.compute.Tensor;
import nnwb.test.harness.ComputeServices;

/** The service's convolutions against {@link ReferenceConvolution} on random inputs. */
class ConvolutionTest {

    static Stream<Arguments> cases2d() {
        ConvSpec v = ConvSpec.valid2d();
        return Stream.of(
                Arguments.of("valid correlation", v),
                Arguments.of("convolution flips", v.withKind(Kind.CONVOLUTION)),
                Arguments.of("stride 2", v.withStride(2)),
                Arguments.of("stride 2x1, dilation 2", v.withStride(2, 1).withDilation(2)),
                Arguments.of("zero padding 1", v.withPadding(1)),
                Arguments.of("zero padding 2/0, 1/2", v.withPadding(new int[] {2, 1}, new int[] {0, 2})),
                Arguments.of("circular padding 2", v.withPadding(2).withBorder(Border.CIRCULAR)),
                Arguments.of("reflect padding 1, stride 2", v.withPadding(1).withStride(2).withBorder(Border.REFLECT)),
                Arguments.of("same, stride 1", v.withSame()),
                Arguments.of("same, stride 2, dilation 2", v.withSame().withStride(2).withDilation(2)),
                Arguments.of("same circular convolution", v.withSame().withBorder(Border.CIRCULAR)
                        .withKind(Kind.CONVOLUTION)),
                Arguments.of("same reflect", v.withSame().withBorder(Border.REFLECT)));
    }

    @ParameterizedTest(name = "2D {0}")
    @MethodSource("cases2d")
    void convolve2dMatchesDefinition(String name, ConvSpec spec) throws Exception {
        Random r = new Random(name.hashCode());
        Tensor x = random(r, 2, 3, 7, 8);
        Tensor k = random(r, 4, 3, 3, 2);
        Tensor expected = ReferenceConvolution.conv2d(x, k, spec);
        Tensor actual = ComputeServices.started().convolve(x, k, spec);
        assertArrayEquals(expected.shape(), actual.shape(), name);
        assertArrayEquals(expected.data(), actual.data(), 1e-9, name);
    }

    static Stream<Arguments> cases1d() {
        ConvSpec v = ConvSpec.valid1d();
        return Stream.of(
                Arguments.of("valid", v),
                Arguments.of("convolution, stride 3", v.withKind(Kind.CONVOLUTION).withStride(3)),
                Arguments.of("dilation 2, zero padding 2", v.withDilation(2).withPadding(2)),
                Arguments.of("circular padding 1/2", v.withPadding(new int[] {1}, new int[] {2})
                        .withBorder(Border.CIRCULAR)),
                Arguments.of("same reflect, stride 2", v.withSame().withStride(2).withBorder(Border.REFLECT)));
    }

    @ParameterizedTest(name = "1D {0}")
    @MethodSource("cases1d")
    void convolve1dMatchesDefinition(String name, ConvSpec spec) throws Exception {
        Random r = new Random(name.hashCode());
        Tensor x = random(r, 2, 2, 11);
        Tensor k = random(r, 3, 2, 3);
        Tensor expected = ReferenceConvolution.conv1d(x, k, spec);
        Tensor actual = ComputeServices.started().convolve(x, k, spec);
        assertArrayEquals(expected.shape(), actual.shape(), name);
        assertArrayEquals(expected.data(), actual.data(), 1e-9, name);
    }

    @org.junit.jupiter.api.Test
    void knownEdgeFilterResult() throws Exception {
        // a vertical ramp has horizontal gradient 1 everywhere: [1, -1] correlation gives -1
        double[] ramp = new double[16];
        for (int i = 0; i < 16; i++) {
            ramp[i] = i % 4;
        }
        Tensor out = ComputeServices.started().convolve(Tensor.of(ramp, 1, 1, 4, 4), Tensor.of(new double[] {1, -1}, 1, 1, 1, 2),
                ConvSpec.valid2d());
        assertArrayEquals(new int[] {1, 1, 4, 3}, out.shape());
        for (double v : out.data()) {
            assertEquals(-1.0, v, 0.0);
        }
    }

    @org.junit.jupiter.api.Test
    void matrixProductMatchesDefinition() throws Exception {
        Random r = new Random(3);
        Tensor a = random(r, 7, 5);
        Tensor b = random(r, 5, 3);
        double[] expected = new double[21];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 5; k++) {
                    expected[i * 3 + j] += a.get(i, k) * b.get(k, j);
                }
            }
        }
        Tensor c = ComputeServices.started().matmul(a, b);
        assertArrayEquals(new int[] {7, 3}, c.shape());
        assertArrayEquals(expected, c.data(), 1e-12);
    }

    static Tensor random(Random r, int... shape) {
        Tensor t = Tensor.zeros(shape);
        double[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = r.nextGaussian();
        }
        return new Tensor(shape, d);
    }
}
