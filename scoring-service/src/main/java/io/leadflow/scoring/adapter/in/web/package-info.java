/**
 * The REST API of scoring: the lead view and list, and scoring models as versioned documents (JSON or YAML), their
 * publishing, re-scoring progress and backtests. Controllers parse path values and bodies, call driving ports only
 * and answer with response records through a MapStruct mapper; every refusal is an RFC 9457 problem naming the field
 * (for a model: its place in the document). No persistence or messaging here.
 */
package io.leadflow.scoring.adapter.in.web;
