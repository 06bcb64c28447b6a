package dev.waybill.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.delay.Cause;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.liability.ClaimRequest;
import dev.waybill.liability.LossKind;
import dev.waybill.liability.Party;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimRequestsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final Shipment SHIPMENT = Shipment.builder("order-1",
            Lane.of(CountryCode.of("CN"), CountryCode.of("FR"), Mode.AIR)).build();

    private static Verdict verdict(Status status, Stage stage, ExceptionType exception, Party recoverFrom) {
        return new Verdict("order-1", status, stage, exception, Cause.CARRIER, 0, Optional.empty(), 0, recoverFrom, List.of(),
                List.of(), "p", List.of());
    }

    @Test
    void aLostParcelIsClaimedAsALossFromWhomTheVerdictNames() {
        ClaimRequest request = ClaimRequests.from(SHIPMENT,
                verdict(Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Party.LINEHAUL_CARRIER), TODAY).orElseThrow();

        assertThat(request.loss()).isEqualTo(LossKind.LOSS);
        assertThat(request.party()).isEqualTo(Party.LINEHAUL_CARRIER);
        assertThat(request.today()).isEqualTo(TODAY);
        assertThat(request.shipment()).isSameAs(SHIPMENT);
    }

    @Test
    void eachClaimableVerdictMapsToItsLossKind() {
        assertThat(ClaimRequests.lossKindOf(verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.NOT_RECEIVED,
                Party.LAST_MILE_CARRIER))).contains(LossKind.NON_RECEIPT);
        assertThat(ClaimRequests.lossKindOf(verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.DAMAGED,
                Party.LAST_MILE_CARRIER))).contains(LossKind.DAMAGE);
        assertThat(ClaimRequests.lossKindOf(verdict(Status.DELIVERED_LATE, Stage.DELIVERED, ExceptionType.NONE,
                Party.LINEHAUL_CARRIER))).contains(LossKind.DELAY);
        assertThat(ClaimRequests.lossKindOf(verdict(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE,
                Party.NONE))).isEmpty();
    }

    @Test
    void thereIsNoClaimAgainstTheSellerOrWithoutALoss() {
        assertThat(ClaimRequests.from(SHIPMENT,
                verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.NONE, Party.SELLER), TODAY)).isEmpty();
        assertThat(ClaimRequests.from(SHIPMENT,
                verdict(Status.AT_RISK, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD, Party.IMPORT_BROKER), TODAY))
                .isEmpty();
    }
}
