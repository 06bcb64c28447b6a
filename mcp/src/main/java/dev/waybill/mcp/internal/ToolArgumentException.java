package dev.waybill.mcp.internal;

/**
 * An invalid tool argument: {@code field: problem}, in the wording of the command's error, answered
 * to the client as a tool result with {@code isError: true}.
 */
final class ToolArgumentException extends Exception {

    private static final long serialVersionUID = 1L;

    ToolArgumentException(String field, String problem) {
        super(field + ": " + problem);
    }
}
