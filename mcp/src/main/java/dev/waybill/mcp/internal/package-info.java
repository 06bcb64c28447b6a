/** The tools' handlers, argument reading, schemas and the escalation lexicon; not a public API. */
package dev.waybill.mcp.internal;
