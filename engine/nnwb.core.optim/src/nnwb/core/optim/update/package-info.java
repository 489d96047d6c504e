/** Optimizers (SGD, momentum, Nesterov, Adam, AdamW, RMSProp, Adagrad, SignSGD, Muon) stepping double[] arrays in place, with their editable hyperparameters and a registry by name. */
package nnwb.core.optim.update;
