/** The processor, its stores' formats and the time-ordered indexes of the watching topology. */
package dev.waybill.streams.internal;
