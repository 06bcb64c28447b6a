package dev.waybill.carriers.mapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over folded phrases: finds every phrase that occurs in a text in one
 * pass over its characters, folding each one on the way ({@link TextFold}), with no copy of the
 * text. A phrase may have to stand as a whole word at its start, its end or both: then a letter or
 * digit (of a script that uses spaces) next to it in the text means it does not occur there.
 *
 * <p>Laid out for the common case: a character that is in no phrase sends the automaton straight
 * back to the root; the root's edges are one array indexed by character; every other node keeps its
 * few edges side by side (most nodes have one), so that a step is a compare or two on memory that the
 * previous step already touched. Immutable and thread-safe.
 */
final class PhraseAutomaton {

    private final long[] alphabet;
    private final int[] rootNext;
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
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
        this.alphabet = new long[(Character.MAX_VALUE + 1) >>> 6];

        // the trie, built with maps, then laid out flat
        List<TreeMap<Character, Integer>> edges = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        edges.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        char maxFirst = 0;
        for (int p = 0; p < count; p++) {
            String phrase = phrases.get(p);
            lengths[p] = phrase.length();
            maxFirst = (char) Math.max(maxFirst, phrase.charAt(0));
            int node = 0;
            for (int i = 0; i < phrase.length(); i++) {
                char c = phrase.charAt(i);
                alphabet[c >>> 6] |= 1L << c;
                Integer next = edges.get(node).get(c);
                if (next == null) {
                    next = edges.size();
                    edges.get(node).put(c, next);
                    edges.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                }
                node = next;
            }
            ends.get(node).add(p);
        }
        int nodes = edges.size();
        this.rootNext = new int[maxFirst + 1];
        edges.get(0).forEach((c, target) -> rootNext[c] = target);
        this.edgeStart = new int[nodes + 1];
        this.edgeChar = new char[nodes - 1];
        this.edgeTarget = new int[nodes - 1];
        int at = 0;
        for (int node = 0; node < nodes; node++) {
            edgeStart[node] = at;
            if (node == 0) {
                continue;   // the root's edges are rootNext
            }
            for (Map.Entry<Character, Integer> edge : edges.get(node).entrySet()) {
                edgeChar[at] = edge.getKey();
                edgeTarget[at] = edge.getValue();
                at++;
            }
        }
        edgeStart[nodes] = at;

        // failure links and merged outputs, breadth first
        this.fail = new int[nodes];
        this.outputs = new int[nodes][];
        List<List<Integer>> merged = new ArrayList<>(ends);
        ArrayDeque<Integer> queue = new ArrayDeque<>(edges.get(0).values());
        while (!queue.isEmpty()) {
            int node = queue.poll();
            List<Integer> out = new ArrayList<>(ends.get(node));
            out.addAll(merged.get(fail[node]));
            merged.set(node, out);
            outputs[node] = out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
            for (Map.Entry<Character, Integer> edge : edges.get(node).entrySet()) {
                int child = edge.getValue();
                fail[child] = node == 0 ? 0 : next(fail[node], edge.getKey());
                queue.add(child);
            }
        }
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
            if ((alphabet[c >>> 6] & (1L << c)) == 0) {
                node = 0;
                continue;
            }
            node = next(node, c);
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

    /** The state after {@code c} from {@code node}: its edge, else its failure link's, down to the root. */
    private int next(int node, char c) {
        while (node != 0) {
            for (int e = edgeStart[node], end = edgeStart[node + 1]; e < end; e++) {
                if (edgeChar[e] == c) {
                    return edgeTarget[e];
                }
            }
            node = fail[node];
        }
        return c < rootNext.length ? rootNext[c] : 0;
    }

    /** Whether phrase {@code p}, ending at {@code end}, has the word boundaries it needs there. */
    private boolean stands(String text, int p, int end) {
        int start = end - lengths[p] + 1;
        if (wordStart[p] && start > 0 && TextFold.isWordChar(text.charAt(start - 1))) {
            return false;
        }
        return !(wordEnd[p] && end + 1 < text.length() && TextFold.isWordChar(text.charAt(end + 1)));
    }
}
