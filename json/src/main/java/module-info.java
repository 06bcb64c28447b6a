/**
 * The contract's JSON: Jackson codecs for every contract type, in and out, with the contract's
 * error lines. Its readers and writers are internal.
 */
module dev.waybill.json {
    requires transitive dev.waybill.core;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.waybill.json;
}
