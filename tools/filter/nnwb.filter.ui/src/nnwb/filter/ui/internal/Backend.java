package nnwb.filter.ui.internal;

import java.util.function.Supplier;

import nnwb.compute.NetworkTraining;
import nnwb.compute.TensorOperations;

/** The compute-service roles the canvas uses, as the part has them injected now (either may be absent). */
public record Backend(Supplier<TensorOperations> tensors, Supplier<NetworkTraining> training) {

    public TensorOperations tensorsNow() {
        return tensors.get();
    }

    public NetworkTraining trainingNow() {
        return training.get();
    }
}
