package org.colloquy.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The live objects of a JVM by class, as {@code jcmd PID GC.class_histogram} prints them after a full GC. */
record ClassHistogram(long totalBytes, long totalInstances, Map<String, ClassShare> byClass) {

    /** One class's instances and bytes; for a difference of two histograms, their growth. */
    record ClassShare(String className, long instances, long bytes) {
    }

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    static ClassHistogram parse(String jcmdOutput) {
        Map<String, ClassShare> byClass = new HashMap<>();
        Long totalBytes = null;
        long totalInstances = 0;
        for (String line : jcmdOutput.split("\\R")) {
            Matcher row = ROW.matcher(line);
            Matcher total = TOTAL.matcher(line);
            if (row.matches()) {
                // the same name can appear once per class loader: count them together
                byClass.merge(row.group(3), new ClassShare(row.group(3), Long.parseLong(row.group(1)),
                        Long.parseLong(row.group(2))), ClassHistogram::sum);
            } else if (total.matches()) {
                totalInstances = Long.parseLong(total.group(1));
                totalBytes = Long.parseLong(total.group(2));
            }
        }
        if (totalBytes == null) {
            throw new IllegalArgumentException("No Total line in the class histogram:\n" + jcmdOutput);
        }
        return new ClassHistogram(totalBytes, totalInstances, Map.copyOf(byClass));
    }

    /** Arrays the JVM writes into unused heap to keep it parsable; not data, and their amount varies from GC to GC. */
    static final String FILLER = "[Ljdk.internal.vm.FillerElement;";

    /** The total without {@link #FILLER} arrays. */
    long bytesWithoutFillers() {
        ClassShare fillers = byClass.get(FILLER);
        return totalBytes - (fillers == null ? 0 : fillers.bytes());
    }

    /** The classes that grew most in bytes since {@code earlier}, largest first. */
    List<ClassShare> largestGrowthSince(ClassHistogram earlier, int limit) {
        return byClass.values().stream()
                .map(now -> {
                    ClassShare before = earlier.byClass.getOrDefault(now.className(), new ClassShare(now.className(), 0, 0));
                    return new ClassShare(now.className(), now.instances() - before.instances(), now.bytes() - before.bytes());
                })
                .sorted(Comparator.comparingLong(ClassShare::bytes).reversed())
                .limit(limit)
                .toList();
    }

    private static ClassShare sum(ClassShare a, ClassShare b) {
        return new ClassShare(a.className(), a.instances() + b.instances(), a.bytes() + b.bytes());
    }
}
