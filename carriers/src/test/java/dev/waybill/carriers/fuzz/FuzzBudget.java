package dev.waybill.carriers.fuzz;

/** How long one run of the fuzz profile ({@code mvn -Pfuzz}) fuzzes one target; a regression run ignores it. */
final class FuzzBudget {

    /** Per target and run; longer fuzzing is runs in a row, each resuming from the corpus (README, Reliability). */
    static final String PER_TARGET = "2m";

    private FuzzBudget() {
    }
}
