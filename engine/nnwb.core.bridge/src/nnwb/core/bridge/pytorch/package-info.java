/** From an analysed .nnet network to a readable PyTorch torch.nn.Module. */
package nnwb.core.bridge.pytorch;
