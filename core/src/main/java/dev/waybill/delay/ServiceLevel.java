package dev.waybill.delay;

/** The service class of an air shipment, which sets its transit profile. */
public enum ServiceLevel {
    /** Postal and economy air lines: ePacket-style, Cainiao, YunExpress, Yanwen, 4PX. */
    POSTAL,
    /** Integrated express carriers: DHL Express, FedEx, UPS, SF Express, Aramex. */
    EXPRESS
}
