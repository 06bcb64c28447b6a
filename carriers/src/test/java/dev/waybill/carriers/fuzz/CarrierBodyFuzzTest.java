package dev.waybill.carriers.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every carrier's response and webhook body parser on any bytes ({@link CarrierBodies#readOrRefuse}).
 * Seeds and every finding: {@code src/test/resources/dev/waybill/carriers/fuzz/CarrierBodyFuzzTestInputs/<carrier>/}
 * (sources in its SOURCES.md). A new carrier joins with one method named after it, and a directory of
 * its real bodies.
 */
class CarrierBodyFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void dhl(byte[] body) {
        CarrierBodies.readOrRefuse("dhl", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void aftership(byte[] body) {
        CarrierBodies.readOrRefuse("aftership", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void seventeentrack(byte[] body) {
        CarrierBodies.readOrRefuse("17track", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void easypost(byte[] body) {
        CarrierBodies.readOrRefuse("easypost", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void ups(byte[] body) {
        CarrierBodies.readOrRefuse("ups", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void fedex(byte[] body) {
        CarrierBodies.readOrRefuse("fedex", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void usps(byte[] body) {
        CarrierBodies.readOrRefuse("usps", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void postnl(byte[] body) {
        CarrierBodies.readOrRefuse("postnl", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void cainiao(byte[] body) {
        CarrierBodies.readOrRefuse("cainiao", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void fourpx(byte[] body) {
        CarrierBodies.readOrRefuse("4px", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void yanwen(byte[] body) {
        CarrierBodies.readOrRefuse("yanwen", body);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void yunexpress(byte[] body) {
        CarrierBodies.readOrRefuse("yunexpress", body);
    }
}
