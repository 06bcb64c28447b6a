/**
 * The contract's JSON (the {@code waybill} command's wire format, {@code spec/cli.md}) for Java callers,
 * in and out: shipments in the input format of {@code assess}, the verdict line, the returns answer,
 * the buyer message line and the error line of an invalid record.
 *
 * <p>{@link dev.waybill.json.WaybillJson} is the facade; {@link dev.waybill.json.WaybillJsonModule}
 * registers the same codecs on a caller's own Jackson {@code ObjectMapper}. Reading validates every
 * field and fails with a {@link dev.waybill.json.ContractJsonException} that names the field as a path
 * inside the record ({@code events[2].at}) and says what is wrong, in the words the command prints.
 */
package dev.waybill.json;
