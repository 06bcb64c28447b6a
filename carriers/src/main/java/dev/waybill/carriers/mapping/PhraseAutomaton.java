package dev.waybill.carriers.mapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over folded phrases: finds every phrase that occurs in a text in one
 * pass over its characters, folding each one on the way ({@link TextFold}), with no copy of the
 * text. A phrase may have to stand as a whole word at its start, its end or both: then a letter or
 * digit (of a script that uses spaces) next to it in the text means it does not occur there.
 *
 * <p>The trie's edges live in one open-addressing table keyed by node and character, so that a
 * step costs one multiplication and, usually, one probe. Immutable and thread-safe.
 */
final class PhraseAutomaton {

    private static final long EMPTY = -1L;

    private final long[] keys;
    private final int[] targets;
    private final int mask;
    private final int[] fail;
    private final int[][] outputs;
    private final int[] lengths;
    private final boolean[] wordStart;
    private final boolean[] wordEnd;
    private final int words;

    /**
     * @param phrases   folded, non-empty phrases, each index its id
     * @param wordStart per phrase, whether it must begin a word
     * @param wordEnd   per phrase, whether it must end a word
     */
    PhraseAutomaton(List<String> phrases, boolean[] wordStart, boolean[] wordEnd) {
        int count = phrases.size();
        this.lengths = new int[count];
        this.wordStart = wordStart.clone();
        this.wordEnd = wordEnd.clone();
        this.words = Math.max(1, (count + 63) >>> 6);

        // the trie, built with a map, then laid into the flat table
        List<Map<Character, Integer>> edges = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        edges.add(new HashMap<>());
        ends.add(new ArrayList<>());
        for (int p = 0; p < count; p++) {
            String phrase = phrases.get(p);
            lengths[p] = phrase.length();
            int node = 0;
            for (int i = 0; i < phrase.length(); i++) {
                Integer next = edges.get(node).get(phrase.charAt(i));
                if (next == null) {
                    next = edges.size();
                    edges.get(node).put(phrase.charAt(i), next);
                    edges.add(new HashMap<>());
                    ends.add(new ArrayList<>());
                }
                node = next;
            }
            ends.get(node).add(p);
        }
        int nodes = edges.size();
        int edgeCount = nodes - 1;
        int capacity = Integer.highestOneBit(Math.max(16, edgeCount * 3)) << 1;
        this.keys = new long[capacity];
        this.targets = new int[capacity];
        this.mask = capacity - 1;
        Arrays.fill(keys, EMPTY);
        for (int node = 0; node < nodes; node++) {
            for (Map.Entry<Character, Integer> edge : edges.get(node).entrySet()) {
                put(key(node, edge.getKey()), edge.getValue());
            }
        }

        // failure links and merged outputs, breadth first
        this.fail = new int[nodes];
        this.outputs = new int[nodes][];
        List<List<Integer>> merged = new ArrayList<>(ends);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : edges.get(0).values()) {
            fail[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            List<Integer> out = new ArrayList<>(ends.get(node));
            out.addAll(merged.get(fail[node]));
            merged.set(node, out);
            outputs[node] = out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
            for (Map.Entry<Character, Integer> edge : edges.get(node).entrySet()) {
                int child = edge.getValue();
                int f = fail[node];
                int next;
                while ((next = step(f, edge.getKey())) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[child] = next < 0 ? 0 : next;
                queue.add(child);
            }
        }
    }

    /** How many longs a set of phrase ids takes. */
    int words() {
        return words;
    }

    /**
     * The phrases that occur in {@code text}, as a bit set of phrase ids in a new array, or null when
     * none does (the common case allocates nothing).
     */
    long[] scan(String text) {
        long[] hits = null;
        int node = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = TextFold.fold(text.charAt(i));
            int next;
            while ((next = step(node, c)) < 0 && node != 0) {
                node = fail[node];
            }
            node = next < 0 ? 0 : next;
            int[] out = outputs[node];
            if (out != null) {
                for (int p : out) {
                    if (stands(text, p, i)) {
                        if (hits == null) {
                            hits = new long[words];
                        }
                        hits[p >>> 6] |= 1L << p;
                    }
                }
            }
        }
        return hits;
    }

    /** Whether phrase {@code p}, ending at {@code end}, has the word boundaries it needs there. */
    private boolean stands(String text, int p, int end) {
        int start = end - lengths[p] + 1;
        if (wordStart[p] && start > 0 && TextFold.isWordChar(text.charAt(start - 1))) {
            return false;
        }
        return !(wordEnd[p] && end + 1 < text.length() && TextFold.isWordChar(text.charAt(end + 1)));
    }

    private int step(int node, char c) {
        long key = key(node, c);
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return targets[slot];
            }
            if (k == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void put(long key, int target) {
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        targets[slot] = target;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }
}
