/** The estimators and sketches behind {@link dev.waybill.learn}: not part of the API. */
package dev.waybill.learn.internal;
