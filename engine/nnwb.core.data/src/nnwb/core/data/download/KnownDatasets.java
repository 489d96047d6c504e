package nnwb.core.data.download;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The public archives of the datasets the readers know, where their publishers serve them, with the SHA-256 digests
 * of the official files (MNIST: the four gzipped IDX files as PyTorch's mirror serves them, md5 as torchvision lists
 * them f68b3c2d…, d53e105e…, 9fb629c4…, ec29112d…; CIFAR-10: the binary version, md5 c32a1d4a…, 170,052,171 bytes).
 */
public final class KnownDatasets {

    /** The dataset names {@code nnwb data get} accepts. */
    public static final List<String> NAMES = List.of("mnist", "cifar10");

    private static final URI MNIST = URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/");
    private static final URI CIFAR = URI.create("https://www.cs.toronto.edu/~kriz/");

    private KnownDatasets() {
    }

    /** {@code mnist} or {@code cifar10} (also {@code cifar-10}); a one-line reason for any other name. */
    public static String canonical(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("cifar-10")) {
            return "cifar10";
        }
        if (!NAMES.contains(n)) {
            throw new IllegalArgumentException("unknown dataset '" + name + "': one of " + String.join(", ", NAMES));
        }
        return n;
    }

    /** The official files of {@code dataset}. */
    public static List<RemoteFile> files(String dataset) {
        return switch (canonical(dataset)) {
            case "mnist" -> List.of(
                    new RemoteFile("train-images-idx3-ubyte.gz", 9_912_422,
                            "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
                    new RemoteFile("train-labels-idx1-ubyte.gz", 28_881,
                            "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
                    new RemoteFile("t10k-images-idx3-ubyte.gz", 1_648_877,
                            "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
                    new RemoteFile("t10k-labels-idx1-ubyte.gz", 4_542,
                            "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"));
            default -> List.of(new RemoteFile("cifar-10-binary.tar.gz", 170_052_171,
                    "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd"));
        };
    }

    /** Where the publisher serves the files of {@code dataset} (a folder URL ending in /). */
    public static URI officialBase(String dataset) {
        return canonical(dataset).equals("mnist") ? MNIST : CIFAR;
    }

    /** Whether the files are archives to unpack after the download (CIFAR-10's tar.gz; MNIST's .gz files are read as they are). */
    static boolean unpacks(String dataset) {
        return canonical(dataset).equals("cifar10");
    }
}
