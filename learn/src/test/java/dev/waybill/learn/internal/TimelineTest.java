package dev.waybill.learn.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Lane BR = new Lane(CountryCode.parse("BR"), CountryCode.parse("BR"), Mode.ROAD, "correios");

    private static Shipment shipment(String... codesAndTimes) {
        Shipment.Builder builder = Shipment.builder("o1", BR);
        for (int i = 0; i < codesAndTimes.length; i += 2) {
            builder.event(TrackingEvent.of(OffsetDateTime.parse(codesAndTimes[i + 1]),
                    EventCode.valueOf(codesAndTimes[i])));
        }
        return builder.build();
    }

    @Test
    void anOlistOrderIsPickedUpAndDeliveredInTheFirstMileAsTheEngineReadsIt() {
        Timeline timeline = Timeline.of(shipment("LABEL_CREATED", "2017-10-02T11:07:15-03:00",
                "PICKED_UP", "2017-10-04T19:55:00-03:00", "DELIVERED", "2017-10-10T21:25:13-03:00"));
        assertThat(timeline.problem()).isNull();
        assertThat(timeline.entries()).extracting(Timeline.Entry::stage).containsExactly(Stage.FIRST_MILE);
        assertThat(timeline.transitDays()).isCloseTo(6.06, within(0.01));
    }

    @Test
    void aDeliveryBeforeItsPickupIsAContradiction() {
        assertThat(Timeline.of(shipment("PICKED_UP", "2017-10-04T19:55:00-03:00",
                "DELIVERED", "2017-10-01T10:00:00-03:00")).problem()).isEqualTo("delivered before pickup");
    }

    @Test
    void aDeliveryBeforeTheLabelOrAPickupDaysBeforeItAreContradictions() {
        // two real Olist orders: approved (label) after the carrier had them, one even after delivery
        assertThat(Timeline.of(shipment("LABEL_CREATED", "2018-02-04T23:31:47-02:00",
                "PICKED_UP", "2018-01-31T19:48:44-02:00", "DELIVERED", "2018-02-01T20:10:38-02:00")).problem())
                .isEqualTo("delivered before the label");
        assertThat(Timeline.of(shipment("LABEL_CREATED", "2018-02-04T23:31:38-02:00",
                "PICKED_UP", "2018-01-31T19:48:36-02:00", "DELIVERED", "2018-02-08T21:52:09-02:00")).problem())
                .isEqualTo("picked up more than a day before the label");
        assertThat(Timeline.of(shipment("LABEL_CREATED", "2017-04-28T11:41:28-03:00",
                "PICKED_UP", "2017-04-28T10:05:52-03:00", "DELIVERED", "2017-05-15T10:09:22-03:00")).problem())
                .isNull();
    }

    @Test
    void aYearLongTransitIsAContradiction() {
        assertThat(Timeline.of(shipment("PICKED_UP", "2016-10-04T19:55:00-03:00",
                "DELIVERED", "2017-11-01T10:00:00-03:00")).problem()).isEqualTo("transit over 365 days");
    }

    @Test
    void laterStagesAreEnteredInOrder() {
        Timeline timeline = Timeline.of(shipment("PICKED_UP", "2017-10-04T10:00:00-03:00",
                "DEPARTED_ORIGIN", "2017-10-05T10:00:00-03:00", "OUT_FOR_DELIVERY", "2017-10-07T08:00:00-03:00",
                "DELIVERED", "2017-10-07T15:00:00-03:00"));
        assertThat(timeline.entries()).extracting(Timeline.Entry::stage)
                .containsExactly(Stage.FIRST_MILE, Stage.LINEHAUL, Stage.LAST_MILE);
    }
}
