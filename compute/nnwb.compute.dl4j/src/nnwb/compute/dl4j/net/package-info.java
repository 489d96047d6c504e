/** Networks: the layer description mapped onto DL4J's MultiLayerNetwork, training, files. */
package nnwb.compute.dl4j.net;
