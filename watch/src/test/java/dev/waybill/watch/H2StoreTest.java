package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest extends StoreContract {

    @TempDir
    Path dir;
    private int n;

    @Override
    ShipmentStore store() {
        return ShipmentStores.open(dir.resolve("store" + (n++)).toString());
    }

    @Test
    void aBarePathIsAnH2FileCreatedWhenAbsentAndKeptAcrossRestarts() {
        Path file = dir.resolve("shop");
        try (ShipmentStore store = ShipmentStores.open(file.toString())) {
            store.merge(Fixtures.pickedUp("o-1"), T0);
        }
        assertThat(dir.resolve("shop.mv.db")).exists();
        try (ShipmentStore store = ShipmentStores.open(dir.resolve("shop.mv.db").toString())) {
            assertThat(store.find("o-1")).isPresent();
        }
    }

    @Test
    void aBarePathToAFileThatIsNotADatabaseIsRefusedAndNothingIsCreatedBesideIt() throws IOException {
        Path text = Files.writeString(dir.resolve("orders.txt"), "not a database");
        assertThatThrownBy(() -> ShipmentStores.open(text.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining("not an H2 database");
        assertThat(dir.resolve("orders.txt.mv.db")).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedInOneLine() throws IOException {
        Path junk = dir.resolve("junk.mv.db");
        Files.writeString(junk, "this is not a database, just some text that happens to be here\n".repeat(100));
        assertThatThrownBy(() -> ShipmentStores.open(junk.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open or migrate jdbc:h2:file:")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
