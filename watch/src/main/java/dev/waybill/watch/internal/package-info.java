/** Implementation of the watch module: the JDBC store, verdict and message calls, JSON. Not API. */
package dev.waybill.watch.internal;
