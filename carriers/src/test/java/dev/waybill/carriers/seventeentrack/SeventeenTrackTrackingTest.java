package dev.waybill.carriers.seventeentrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.testing.Fixtures;
import dev.waybill.carriers.testing.LogCapture;
import dev.waybill.carriers.testing.RecordingSleeper;
import dev.waybill.carriers.testing.TestHttp;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeventeenTrackTrackingTest {

    private static final String KEY = "17T-TEST-KEY-4B1C9D2E";
    private static final String YT = "YT2630100055555555";

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private SeventeenTrackTracking track17;

    @BeforeEach
    void start() throws IOException {
        server.start();
        track17 = SeventeenTrackTracking.of(SeventeenTrackSettings.builder().apiKey(KEY).baseUrl(server.url("/"))
                .http(TestHttp.settings(sleeper)).build());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse json(String fixture) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(Fixtures.text(fixture));
    }

    private static MockResponse accepted(String... numbers) {
        StringBuilder body = new StringBuilder("{\"code\":0,\"data\":{\"accepted\":[");
        for (int i = 0; i < numbers.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"origin\":1,\"number\":\"").append(numbers[i]).append("\"}");
        }
        return new MockResponse().setBody(body.append("],\"rejected\":[]}}").toString());
    }

    @Test
    void aBatchRegistersThenReadsWithTheTokenHeaderAndAnArrayBody() throws InterruptedException {
        server.enqueue(accepted(YT, "LB000000000CN", "RR999999999CN"));
        server.enqueue(json("17track/gettrackinfo_ok.json"));

        track17.track(List.of(YT, "LB000000000CN", "RR999999999CN"));

        RecordedRequest register = server.takeRequest();
        assertThat(register.getMethod()).isEqualTo("POST");
        assertThat(register.getRequestUrl().encodedPath()).isEqualTo("/track/v2.4/register");
        assertThat(register.getHeader("17token")).isEqualTo(KEY);
        assertThat(register.getHeader("Content-Type")).startsWith("application/json");
        assertThat(register.getBody().readUtf8()).isEqualTo(
                "[{\"number\":\"" + YT + "\"},{\"number\":\"LB000000000CN\"},{\"number\":\"RR999999999CN\"}]");
        RecordedRequest read = server.takeRequest();
        assertThat(read.getRequestUrl().encodedPath()).isEqualTo("/track/v2.4/gettrackinfo");
        assertThat(read.getHeader("17token")).isEqualTo(KEY);
    }

    @Test
    void trackInfoOfTwoProvidersBecomesOneTimelineWithStageHintsOnTheRightCodes() {
        server.enqueue(accepted(YT, "LB000000000CN", "RR999999999CN"));
        server.enqueue(json("17track/gettrackinfo_ok.json"));

        List<TrackingResult> results = track17.track(List.of(YT, "LB000000000CN", "RR999999999CN"));

        assertThat(results.get(1)).isInstanceOf(TrackingResult.NotYetKnown.class);
        assertThat(results.get(2)).isInstanceOf(TrackingResult.NotYetKnown.class);
        Shipment shipment = ((TrackingResult.Found) results.get(0)).shipment();
        assertThat(shipment.id()).isEqualTo(YT);
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("US"));
        assertThat(shipment.lane().carrier()).hasValue("yunexpress");
        assertThat(shipment.weightKg().orElseThrow()).isEqualByComparingTo(new BigDecimal("0.35"));
        assertThat(shipment.events()).extracting(TrackingEvent::code).containsExactly(EventCode.LABEL_CREATED,
                EventCode.PICKED_UP, EventCode.EXPORT_HELD, EventCode.DEPARTED_ORIGIN, EventCode.ARRIVED_DESTINATION,
                EventCode.IMPORT_HELD, EventCode.IMPORT_CLEARED, EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERY_FAILED);
        assertThat(shipment.events().get(3).detail()).hasValue("InTransit_Departure: 航班已起飞 (Flight departed)");
        assertThat(shipment.events().get(8).reason()).hasValue(Reason.ADDRESS);
    }

    @Test
    void timesComeFromTimeIsoThenTimeUtcThenTimeRawResolvedByCountry() {
        Shipment shipment = track17.parse(Fixtures.bytes("17track/webhook_tracking_updated.json")).get(0);

        TrackingEvent pickedUp = shipment.events().get(1);
        assertThat(pickedUp.timeBasis()).isEqualTo(TimeBasis.ZONE_OF_LOCATION);
        assertThat(pickedUp.at()).isEqualTo(OffsetDateTime.parse("2026-11-04T18:45:00+08:00"));
        TrackingEvent held = shipment.events().get(5);
        assertThat(held.timeBasis()).isEqualTo(TimeBasis.OFFSET_GIVEN);
        assertThat(held.instant()).isEqualTo(OffsetDateTime.parse("2026-11-08T18:20:00Z").toInstant());
        TrackingEvent failed = shipment.events().get(8);
        assertThat(failed.timeBasis()).as("the US has several zones, but LOS ANGELES, CA names one")
                .isEqualTo(TimeBasis.ZONE_OF_LOCATION);
        assertThat(failed.at()).isEqualTo(OffsetDateTime.parse("2026-11-12T15:30:00-08:00"));
    }

    @Test
    void aRejectedNumberFailsAloneAndTheOthersAreRead() {
        server.enqueue(json("17track/register_mixed.json"));
        server.enqueue(json("17track/gettrackinfo_exception_returning.json"));

        List<TrackingResult> results = track17.track(List.of("AA555666777BR", "1234"));

        assertThat(results.get(1)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> {
            assertThat(failed.error()).isInstanceOf(CarrierRequestException.class);
            assertThat(failed.error().carrierCode()).hasValue("-18010012");
        });
        Shipment shipment = ((TrackingResult.Found) results.get(0)).shipment();
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("BR"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("PT"));
        assertThat(shipment.lane().carrier()).hasValue("correios");
        assertThat(shipment.latestEvent().orElseThrow().code()).isEqualTo(EventCode.RETURN_TO_SENDER);
    }

    @Test
    void anAlreadyRegisteredNumberIsStillRead() throws InterruptedException {
        server.enqueue(new MockResponse().setBody(Fixtures.text("17track/register_already_registered.json")
                .replace("AA123456789BR", "AA555666777BR")));
        server.enqueue(json("17track/gettrackinfo_exception_returning.json"));

        assertThat(track17.track("AA555666777BR")).isInstanceOf(TrackingResult.Found.class);
        server.takeRequest();
        assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("[{\"number\":\"AA555666777BR\"}]");
    }

    @Test
    void anUnknownNumberIsNotYetKnown() {
        server.enqueue(accepted("LB000000000CN"));
        server.enqueue(json("17track/gettrackinfo_ok.json"));

        assertThat(track17.track("LB000000000CN")).isInstanceOf(TrackingResult.NotYetKnown.class);
    }

    @Test
    void http401IsAnAuthenticationFailureThatIsNotRetried() {
        server.enqueue(json("17track/error_invalid_key.json").setResponseCode(401));

        assertThat(track17.track(YT)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> {
            assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class)
                    .hasMessageContaining("status: 401").hasMessageContaining("code: -18010002");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anInvalidKeyCodeInA200IsAnAuthenticationFailureToo() {
        server.enqueue(json("17track/error_invalid_key.json"));

        assertThat(track17.track(YT)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class));
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"));
        server.enqueue(accepted(YT));
        server.enqueue(json("17track/gettrackinfo_ok.json"));

        assertThat(track17.track(YT)).isInstanceOf(TrackingResult.Found.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aRetryAfterLongerThanTheCapIsNotWaitedFor() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600"));

        assertThat(track17.track(YT)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).hasMessageContaining("retry after 3600 s"));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }


    @Test
    void malformedJsonIsAResponseFailure() {
        server.enqueue(new MockResponse().setBody("code=0"));

        assertThat(track17.track(YT)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
    }

    @Test
    void truncatedJsonIsAResponseFailure() {
        server.enqueue(accepted(YT));
        String ok = Fixtures.text("17track/gettrackinfo_ok.json");
        server.enqueue(new MockResponse().setBody(ok.substring(0, ok.length() - 40)));

        assertThat(track17.track(YT)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
    }


    @Test
    void fortyFiveNumbersAreSplitIntoFortyAndFiveAndAFailedBatchFailsOnlyItsNumbers() {
        List<String> numbers = IntStream.range(0, 45).mapToObj(i -> String.format("LB%09dCN", i)).toList();
        List<String> registered = new ArrayList<>();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().readUtf8();
                int size = body.split("\"number\"").length - 1;
                if (request.getPath().endsWith("/register")) {
                    synchronized (registered) {
                        registered.add(Integer.toString(size));
                    }
                    return size == 40 ? new MockResponse().setBody("{\"code\":0,\"data\":{\"accepted\":[],\"rejected\":[]}}")
                            : new MockResponse().setResponseCode(500);
                }
                return new MockResponse().setBody("{\"code\":0,\"data\":{\"accepted\":[],\"rejected\":[]}}");
            }
        });

        List<TrackingResult> results = track17.track(numbers);

        assertThat(registered).contains("40", "5");
        assertThat(results.subList(0, 40)).allSatisfy(r -> assertThat(r).isInstanceOf(TrackingResult.NotYetKnown.class));
        assertThat(results.subList(40, 45)).allSatisfy(r -> assertThat(r).isInstanceOf(TrackingResult.Failed.class));
    }

    @Test
    void aWebhookWithAValidSignIsParsed() {
        byte[] body = Fixtures.bytes("17track/webhook_tracking_updated.json");
        WebhookHeaders headers = WebhookHeaders.parse(List.of("Sign: " + SeventeenTrackWebhook.sign(body, KEY)));

        assertThat(track17.parseWebhook(body, headers, KEY)).singleElement()
                .satisfies(shipment -> assertThat(shipment.trackingNumber()).hasValue(YT));
    }

    @Test
    void theSignIsSha256OfBodySlashKey() {
        // computed independently: printf '{}/key' | sha256sum
        assertThat(SeventeenTrackWebhook.sign("{}".getBytes(), "key"))
                .isEqualTo("461a224c100d7b686157238995a9c7bd82a226ec5c8e51a4aa00518eb432f61f");
    }

    @Test
    void aWebhookWithAWrongSignIsRejected() {
        byte[] body = Fixtures.bytes("17track/webhook_tracking_updated.json");
        WebhookHeaders headers = WebhookHeaders.parse(List.of("sign: " + SeventeenTrackWebhook.sign(body, "other")));

        assertThatThrownBy(() -> track17.verifyWebhook(body, headers, KEY))
                .isInstanceOf(WebhookSignatureException.class).hasMessageNotContaining(KEY);
    }

    @Test
    void aWebhookWithoutSignIsRejected() {
        assertThatThrownBy(() -> track17.verifyWebhook(Fixtures.bytes("17track/webhook_tracking_stopped.json"),
                WebhookHeaders.none(), KEY)).isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void aTrackingStoppedWebhookWithoutTrackInfoSaysSoForItsNumberInsteadOfAnEmptyShipment() {
        ParsedBody read = track17.read(Fixtures.bytes("17track/webhook_tracking_stopped.json"));

        assertThat(read.shipments()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.NO_SHIPMENTS);
            assertThat(problem.trackingNumber()).isEqualTo("AA123456789BR");
            assertThat(problem.message()).contains("TRACKING_STOPPED").contains("no track_info");
        });
    }

    @Test
    void latestStatusIsTheShipmentLevelStatusWithItsSubStatusReason() {
        Shipment shipment = track17.parse(Fixtures.bytes("17track/webhook_tracking_updated.json")).get(0);

        assertThat(shipment.carrierStatus().orElseThrow().progress()).isEqualTo(CarrierStatus.Progress.DELIVERY_FAILED);
        assertThat(shipment.carrierStatus().orElseThrow().reason()).hasValue(Reason.ADDRESS);
        assertThat(shipment.carrierStatus().orElseThrow().said()).isEqualTo(
                "17TRACK latest_status 'DeliveryFailure', sub_status 'DeliveryFailure_InvalidAddress'");
    }

    @Test
    void aPushForwardedFlatWithoutItsEnvelopeReadsAsTheEnvelopedPush() throws Exception {
        byte[] enveloped = Fixtures.bytes("17track/webhook_tracking_updated.json");
        byte[] flat = new com.fasterxml.jackson.databind.ObjectMapper().readTree(enveloped).get("data").toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(track17.read(flat).shipments()).isEqualTo(track17.read(enveloped).shipments()).hasSize(1);
    }

    @Test
    void rejectedNumbersOfAnAnswerAreNotFoundProblemsBesideTheAcceptedShipments() {
        ParsedBody read = track17.read(Fixtures.bytes("17track/register_mixed.json"));

        assertThat(read.problems()).extracting(ParsedBody.Problem::kind).contains(ParsedBody.Problem.Kind.NOT_FOUND);
        assertThat(read.problems()).allSatisfy(problem -> assertThat(problem.trackingNumber()).isNotNull());
    }

    @Test
    void anAnswerWithAnErrorCodeIsAnApiErrorNotAnEmptyList() {
        ParsedBody read = track17.read(Fixtures.bytes("17track/error_invalid_key.json"));

        assertThat(read.shipments()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.API_ERROR);
            assertThat(problem.code()).startsWith("-1801");
        });
    }

    @Test
    void anEmptyBodyIsSaidToBeEmpty() {
        assertThat(track17.read(new byte[0]).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.EMPTY_BODY));
    }

    @Test
    void theWholeDocumentedVocabularyIsMappedWithoutWarnings() {
        List<String> statuses = List.of("NotFound", "InfoReceived", "InTransit", "Expired", "AvailableForPickup",
                "OutForDelivery", "DeliveryFailure", "Delivered", "Exception");
        List<String> subStatuses = List.of("NotFound_Other", "NotFound_InvalidCode", "InfoReceived",
                "InTransit_PickedUp", "InTransit_Other", "InTransit_Departure", "InTransit_Arrival",
                "InTransit_CustomsProcessing", "InTransit_CustomsReleased", "InTransit_CustomsRequiringInformation",
                "Expired_Other", "AvailableForPickup_Other", "OutForDelivery_Other", "DeliveryFailure_Other",
                "DeliveryFailure_NoBody", "DeliveryFailure_Security", "DeliveryFailure_Rejected",
                "DeliveryFailure_InvalidAddress", "Delivered_Other", "Exception_Other", "Exception_Returning",
                "Exception_Returned", "Exception_NoBody", "Exception_Security", "Exception_Damage", "Exception_Rejected",
                "Exception_Delayed", "Exception_Lost", "Exception_Destroyed", "Exception_Cancel");
        List<String> keyStages = List.of("InfoReceived", "PickedUp", "Departure", "Arrival", "AvailableForPickup",
                "OutForDelivery", "Delivered", "Returning", "Returned");
        try (LogCapture logs = LogCapture.start()) {
            for (String code : statuses) {
                assertThat(SeventeenTrackStatusMap.TABLE.find(code)).as(code).isPresent();
            }
            for (String code : subStatuses) {
                assertThat(SeventeenTrackStatusMap.map(code, null, "n")).as(code).isNotNull();
            }
            for (String code : keyStages) {
                assertThat(SeventeenTrackStatusMap.map(null, code, "n")).as(code).isNotNull();
            }
            assertThat(subStatuses).hasSize(30);
            assertThat(logs.warnings()).isEmpty();
        }
        assertThat(SeventeenTrackStatusMap.map("InTransit_Departure", null, "n").code()).isEqualTo(EventCode.DEPARTED_ORIGIN);
        assertThat(SeventeenTrackStatusMap.map("InTransit_Arrival", null, "n").code()).isEqualTo(EventCode.ARRIVED_DESTINATION);
        assertThat(SeventeenTrackStatusMap.map("InTransit_Other", "Departure", "n").code()).isEqualTo(EventCode.DEPARTED_ORIGIN);
        assertThat(SeventeenTrackStatusMap.map("InTransit_CustomsRequiringInformation", null, "n").reason())
                .hasValue(Reason.DOCUMENTS);
    }

    @Test
    void anUnmappedFutureSubStatusBecomesUnknownWithAWarning() {
        try (LogCapture logs = LogCapture.start()) {
            assertThat(SeventeenTrackStatusMap.map("InTransit_Teleported", null, "n").code()).isEqualTo(EventCode.UNKNOWN);
            assertThat(logs.warnings()).singleElement().satisfies(l -> assertThat(l).contains("InTransit_Teleported"));
        }
    }

    @Test
    void theApiKeyAppearsInNoLogLineAndNoExceptionMessage() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"code\":-18010002,\"data\":{\"errors\":[{"
                + "\"code\":-18010002,\"message\":\"key " + KEY + " is invalid\"}]}}"));
        try (LogCapture logs = LogCapture.start()) {
            TrackingResult result = track17.track(YT);

            assertThat(((TrackingResult.Failed) result).error().getMessage()).doesNotContain(KEY);
            assertThat(logs.lines()).isNotEmpty().noneSatisfy(line -> assertThat(line).contains(KEY));
            assertThat(track17.toString()).doesNotContain(KEY);
        }
    }
}
