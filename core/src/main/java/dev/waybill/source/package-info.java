/**
 * Where a rule's facts come from, shared by every package that holds rules as data: a
 * {@link dev.waybill.source.Source} (citation, research row, page, note) and its
 * {@link dev.waybill.source.Confidence}, the research legend's mark from {@code V-P} to {@code U}.
 * Liability regimes and marketplace rules carry a {@code Source}; statutory return rules carry their
 * citation and a {@code Confidence} per rule and per caveat.
 *
 * <p>All types are immutable and thread-safe.
 */
package dev.waybill.source;
