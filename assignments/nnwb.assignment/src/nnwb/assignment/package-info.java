/**
 * The assignment API: plugins contribute {@link nnwb.core.assignment.AssignmentProvider} services
 * (usually a {@link nnwb.assignment.BundleAssignmentProvider}); {@link nnwb.assignment.Assignments}
 * is the catalog of what is installed now; {@link nnwb.assignment.AssignmentTopics} names the event
 * a part's preset is posted on.
 */
package nnwb.assignment;
