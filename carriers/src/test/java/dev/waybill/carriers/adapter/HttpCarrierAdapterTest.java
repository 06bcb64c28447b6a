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
        SeventeenTrackTracking track17 = SeventeenTrackTracking.create(SeventeenTrackSettings.builder().build());

        assertThat(track17.name()).isEqualTo(SeventeenTrackTracking.NAME);
        assertThat(track17.batchLimit()).isEqualTo(SeventeenTrackTracking.BATCH_LIMIT);
    }

    @Test
    void trackingWithoutAKeySaysWhichAdapterAndWhichSettingBeforeReadingTheNumbers() {
        DhlTracking keyless = DhlTracking.create(DhlSettings.builder().build());

        assertThatThrownBy(() -> keyless.track(List.of(" ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("DhlTracking has no API key: set DhlSettings.apiKey to track");
    }

    @Test
    void toStringNamesTheAdapterAndShowsItsSettingsWithoutTheKey() {
        SeventeenTrackSettings settings = SeventeenTrackSettings.builder().apiKey(KEY).build();

        assertThat(SeventeenTrackTracking.create(settings)).hasToString("SeventeenTrackTracking{" + settings + "}");
        assertThat(SeventeenTrackTracking.create(settings).toString()).doesNotContain(KEY);
    }
}
