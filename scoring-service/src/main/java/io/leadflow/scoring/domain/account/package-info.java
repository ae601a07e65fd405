/**
 * Accounts: the companies leads work for, one per company domain, with the firmographics marketing keeps and the rep
 * who owns the account. Plain Java; how a lead finds its account (by domain, or by a person's override) is decided
 * here, storing and announcing it is the application's.
 */
package io.leadflow.scoring.domain.account;
