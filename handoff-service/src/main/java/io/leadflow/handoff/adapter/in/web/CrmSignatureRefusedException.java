package io.leadflow.handoff.adapter.in.web;

/** A CRM request whose signature, timestamp or secret does not hold: nothing is read from it. */
class CrmSignatureRefusedException extends RuntimeException {

    private final String header;

    CrmSignatureRefusedException(String header, String message) {
        super(message);
        this.header = header;
    }

    String header() {
        return header;
    }
}
