package dev.waybill.carriers.yunexpress;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The YunExpress OMS API's credential: {@code Authorization: Basic base64(customerCode&apiSecret)}, the
 * code and the secret joined by {@code &} (not HTTP Basic's {@code :}), UTF-8, standard Base64 with
 * padding, as the open-source clients of the API send it.
 */
final class YunExpressCredentials {

    private YunExpressCredentials() {
    }

    /** The Base64 token: {@code base64(customerCode + "&" + apiSecret)}. */
    static String token(String customerCode, String apiSecret) {
        Objects.requireNonNull(customerCode, "customerCode");
        Objects.requireNonNull(apiSecret, "apiSecret");
        return Base64.getEncoder().encodeToString((customerCode + "&" + apiSecret).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Authorization} header value: {@code "Basic " + token}. */
    static String header(String customerCode, String apiSecret) {
        return "Basic " + token(customerCode, apiSecret);
    }
}
