/**
 * Data subjects' requests in the services that hold copies of a lead (scoring, hand-off, nurturing): the consumer of
 * {@code lead.privacy} that erases or exports what a service's {@link io.leadflow.support.privacy.PersonalData} holds
 * about a request's leads and sends the receipt or the export part back to ingestion through the outbox, each exactly
 * once (docs/privacy.md). A service without a {@code PersonalData} bean gets none of it.
 */
package io.leadflow.support.privacy;
