/**
 * Test support shared by the modules' tests: {@link dev.waybill.testing.LeakGuard}, the extension that
 * fails a test in which a {@link dev.waybill.testing.Secrets secret} reaches a log line or an
 * exception message. Test scope only; not part of the SDK.
 */
package dev.waybill.testing;
