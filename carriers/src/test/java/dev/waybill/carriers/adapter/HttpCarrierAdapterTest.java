package dev.waybill.carriers.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carriers.dhl.DhlSettings;
import dev.waybill.carriers.dhl.DhlTracking;
import dev.waybill.carriers.seventeentrack.SeventeenTrackSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackTracking;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpCarrierAdapterTest {

    private static final String KEY = "17-test-key-abcdef";

    @Test
    void anAdapterAnswersItsOwnNameAndBatchLimit() {
        SeventeenTrackTracking track17 = SeventeenTrackTracking.of(SeventeenTrackSettings.builder().build());

        assertThat(track17.name()).isEqualTo(SeventeenTrackTracking.NAME);
        assertThat(track17.batchLimit()).isEqualTo(SeventeenTrackTracking.BATCH_LIMIT);
    }

    @Test
    void trackingWithoutAKeySaysWhichAdapterAndWhichSettingBeforeReadingTheNumbers() {
        DhlTracking keyless = DhlTracking.of(DhlSettings.builder().build());

        assertThatThrownBy(() -> keyless.track(List.of(" ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("DhlTracking has no API key: set DhlSettings.apiKey to track");
    }

    @Test
    void toStringNamesTheAdapterAndShowsItsSettingsWithoutTheKey() {
        SeventeenTrackSettings settings = SeventeenTrackSettings.builder().apiKey(KEY).build();

        assertThat(SeventeenTrackTracking.of(settings)).hasToString("SeventeenTrackTracking{" + settings + "}");
        assertThat(SeventeenTrackTracking.of(settings).toString()).doesNotContain(KEY);
    }
}
