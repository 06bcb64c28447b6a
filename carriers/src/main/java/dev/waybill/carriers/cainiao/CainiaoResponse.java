package dev.waybill.carriers.cainiao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The fields of Cainiao's {@code detail.json} answer that Waybill reads; everything else is ignored. */
final class CainiaoResponse {

    private CainiaoResponse() {
    }

    /** {@code {success, module:[...]}}; an error answer has {@code success:false} and may carry a message. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Root(Boolean success, List<Module> module, String errorCode, String errorMsg) {
    }

    /** One number's answer; an unknown number has no {@code status} and an empty {@code detailList}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Module(String mailNo, String status, String statusDesc, String originCountry, String destCountry,
                  String copyRealMailNo, String realMailNo, CpInfo destCpInfo, Trace latestTrace,
                  List<Trace> detailList) {
    }

    /** The destination carrier ({@code cpName} {@code "PostNL"}, {@code cpCode} {@code "POSTNL"}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CpInfo(String cpName, String cpCode) {
    }

    /** An event: {@code time} in epoch milliseconds, {@code timeZone} such as {@code GMT+8} or {@code GMT-03:00}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Trace(String actionCode, Long time, String timeStr, String timeZone, String desc, String standerdDesc,
                 Group group) {
    }

    /** The stage Cainiao's page groups an event under ({@code nodeCode} {@code AE_GROUP_EX_CLEARING_CUSTOMS}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Group(String nodeCode, String nodeDesc) {
    }
}
