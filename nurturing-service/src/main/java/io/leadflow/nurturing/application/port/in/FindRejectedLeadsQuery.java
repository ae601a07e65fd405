package io.leadflow.nurturing.application.port.in;

/**
 * Marketing's view of the leads sales gave back, with reason, note and track: the input for nurturing and for
 * improving the definition of a good lead.
 */
public interface FindRejectedLeadsQuery {

    RejectedLeadPage findRejectedLeads(RejectedLeadsFilter filter);
}
