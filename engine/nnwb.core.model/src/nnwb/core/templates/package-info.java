/** Bundled {@code .nnet} templates: the coursework networks, LeNet-5, VGG-16 and the torchvision ResNets. */
package nnwb.core.templates;
