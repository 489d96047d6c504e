/**
 * The assignment API: plugins contribute {@link nnwb.core.assignment.AssignmentProvider} services
 * (usually a {@link nnwb.assignment.BundleAssignmentProvider}); {@link nnwb.assignment.Assignments}
 * is the catalog of what is installed now. A part's preset is posted on the contract topic
 * {@code nnwb.contracts.Topics.PRESET_OPENED}.
 */
package nnwb.assignment;
