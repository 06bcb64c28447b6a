/**
 * Waybill's core: shipments, verdicts, liability, return rules, remedies and messages as pure
 * values and engines, with no I/O and no dependency. {@code Carriers.load} finds carrier adapters
 * through {@link dev.waybill.carrier.CarrierAdapterProvider} ({@code waybill-carriers} provides eleven).
 */
module dev.waybill.core {
    exports dev.waybill;
    exports dev.waybill.carrier;
    exports dev.waybill.delay;
    exports dev.waybill.liability;
    exports dev.waybill.message;
    exports dev.waybill.remedy;
    exports dev.waybill.returns;
    exports dev.waybill.shipment;
    exports dev.waybill.source;

    uses dev.waybill.carrier.CarrierAdapterProvider;
}
