package io.leadflow.handoff.domain;

/**
 * What became of a deal update from a CRM. UNMATCHED waits for its lead (unknown, or not yet qualified) and is tried
 * again; APPLIED moved the lead; IGNORED names a stage the mapping does not know; REFUSED contradicts what the lead's
 * hand-off already recorded, or lacks what its outcome needs.
 */
public enum CrmDealStatus {
    UNMATCHED,
    APPLIED,
    IGNORED,
    REFUSED
}
