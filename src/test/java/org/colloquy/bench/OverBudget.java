package org.colloquy.bench;

import java.util.List;

/**
 * What a benchmark does with figures over its budget: it fails, unless {@code -Dbench.failOverBudget=false} says to
 * go on ({@code bench/run-all} does, so one figure over budget does not keep the others from being measured; the
 * summary then names it).
 */
final class OverBudget {

    static final String GO_ON = "bench.failOverBudget";

    private OverBudget() {
    }

    /** @throws IllegalStateException naming every figure over budget, unless the run is told to go on */
    static void enforce(List<String> overBudget) {
        if (overBudget.isEmpty()) {
            return;
        }
        String message = "Over budget: " + String.join("; ", overBudget);
        if (Boolean.parseBoolean(System.getProperty(GO_ON, "true"))) {
            throw new IllegalStateException(message);
        }
        System.out.println(message + " (" + GO_ON + "=false: the run goes on)");
    }
}
