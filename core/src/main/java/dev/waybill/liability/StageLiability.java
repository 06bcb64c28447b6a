package dev.waybill.liability;

import dev.waybill.shipment.Stage;
import java.util.List;
import java.util.Objects;

/**
 * Who answers for a parcel in each stage, and the evidence that proves it: the domain brief's
 * table of the five stages.
 *
 * <p>Immutable and thread-safe. {@code StageLiability.of(Stage.LINEHAUL).party()} gives
 * {@link Party#LINEHAUL_CARRIER}.
 *
 * @param stage    the stage
 * @param party    whom the seller recovers a loss in that stage from
 * @param evidence what to collect to prove it, most useful first
 */
public record StageLiability(Stage stage, Party party, List<Evidence> evidence) {

    /** Validates the parts and copies the evidence list. */
    public StageLiability {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(party, "party");
        evidence = List.copyOf(evidence);
    }

    /**
     * The liability for a loss in {@code stage}. Before pickup the parcel is still the seller's;
     * a parcel lost on its way back is the last-mile carrier's, which took it back.
     */
    public static StageLiability of(Stage stage) {
        return switch (stage) {
            case LABEL_CREATED -> new StageLiability(stage, Party.SELLER, List.of(Evidence.WAREHOUSE_RECORDS));
            case FIRST_MILE -> new StageLiability(stage, Party.FIRST_MILE_CARRIER,
                    List.of(Evidence.PICKUP_RECEIPT, Evidence.WAREHOUSE_RECORDS, Evidence.HANDOVER_SCAN));
            case EXPORT_CUSTOMS -> new StageLiability(stage, Party.EXPORT_BROKER,
                    List.of(Evidence.EXPORT_DECLARATION, Evidence.CUSTOMS_NOTICE));
            case LINEHAUL -> new StageLiability(stage, Party.LINEHAUL_CARRIER,
                    List.of(Evidence.TRANSPORT_DOCUMENT, Evidence.HANDOVER_SCAN));
            case IMPORT_CUSTOMS -> new StageLiability(stage, Party.IMPORT_BROKER,
                    List.of(Evidence.CUSTOMS_NOTICE, Evidence.DUTY_RECEIPT));
            case LAST_MILE, RETURN -> new StageLiability(stage, Party.LAST_MILE_CARRIER,
                    List.of(Evidence.DELIVERY_SCAN, Evidence.PROOF_OF_DELIVERY));
            case DELIVERED -> new StageLiability(stage, Party.LAST_MILE_CARRIER,
                    List.of(Evidence.PROOF_OF_DELIVERY, Evidence.DELIVERY_SCAN));
        };
    }
}
