/**
 * The optimizer tool's glue to the compute service: the engine's traces stepped inside the service, and the engine's
 * configurations in the compute API's words. Loaded only where the (optional) compute bundle is installed.
 */
package nnwb.optim.compute;
