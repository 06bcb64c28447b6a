package dev.waybill.carriers.fuzz;

/** How long the fuzz profile fuzzes one target ({@code mvn -Pfuzz}); a regression run ignores it. */
final class FuzzBudget {

    /** Per target and run; an hour is twelve runs, or the standalone driver (README, Reliability). */
    static final String PER_TARGET = "2m";

    private FuzzBudget() {
    }
}
