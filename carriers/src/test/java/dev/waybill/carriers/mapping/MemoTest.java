package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void aTextIsComputedOnceWhileRemembered() {
        Memo<String> memo = new Memo<>(2);
        AtomicInteger calls = new AtomicInteger();

        assertThat(memo.get("Processed at LEIPZIG", t -> t + "#" + calls.incrementAndGet())).isEqualTo("Processed at LEIPZIG#1");
        assertThat(memo.get("Processed at LEIPZIG", t -> t + "#" + calls.incrementAndGet())).isEqualTo("Processed at LEIPZIG#1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void pastItsCapacityItForgetsAndStaysBounded() {
        Memo<Integer> memo = new Memo<>(2);
        AtomicInteger calls = new AtomicInteger();

        memo.get("a", t -> calls.incrementAndGet());
        memo.get("b", t -> calls.incrementAndGet());
        memo.get("c", t -> calls.incrementAndGet());   // full: forgets a and b
        memo.get("a", t -> calls.incrementAndGet());

        assertThat(calls).hasValue(4);
    }
}
