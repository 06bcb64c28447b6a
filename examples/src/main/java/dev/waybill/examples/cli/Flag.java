package dev.waybill.examples.cli;

/**
 * One flag of a subcommand, as declared for parsing and for {@code --help}.
 *
 * @param name  the flag without its leading dashes ({@code now})
 * @param label the value's label in the help ({@code INSTANT}); null for a switch that takes no value
 * @param help  one line saying what it does
 */
record Flag(String name, String label, String help) {

    /** A flag that takes a value; given more than once, the last value counts (or all, where repeatable). */
    static Flag value(String name, String label, String help) {
        return new Flag(name, label, help);
    }

    /** A switch: present or not, no value. */
    static Flag toggle(String name, String help) {
        return new Flag(name, null, help);
    }

    /** True when the flag takes a value. */
    boolean takesValue() {
        return label != null;
    }
}
