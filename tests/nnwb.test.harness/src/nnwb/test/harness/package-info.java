/**
 * What every test bundle shares, written once: the compute service of the test runtime, OpenMP's wait policy, and
 * screenshots of the real workbench. Test code only: no product bundle requires this one.
 */
package nnwb.test.harness;
