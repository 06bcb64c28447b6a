package dev.waybill.delay;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A verdict's explanation: the lines are kept as the values they are written from and written out
 * once, when the explanation is first read, since most verdicts are acted on and never explained.
 * Reads as the unmodifiable list of those lines, exactly as {@code List.copyOf} of them would.
 *
 * <p>Immutable and thread-safe: each line only reads values captured when the rule fired, so two
 * threads that write it out at once write the same text.
 */
final class Explanation extends AbstractList<String> implements RandomAccess {

    private final List<Supplier<String>> lines;
    private volatile List<String> text;

    /** The explanation of {@code lines}, in order; the list is kept as given, so nothing may change it afterwards. */
    Explanation(List<Supplier<String>> lines) {
        this.lines = lines;
    }

    /** The lines, written out on the first call. */
    private List<String> text() {
        List<String> written = text;
        if (written == null) {
            String[] out = new String[lines.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = lines.get(i).get();
            }
            written = List.of(out);
            text = written;
        }
        return written;
    }

    @Override
    public String get(int index) {
        return text().get(index);
    }

    @Override
    public int size() {
        return lines.size();
    }

    @Override
    public Iterator<String> iterator() {
        return text().iterator();
    }

    @Override
    public ListIterator<String> listIterator(int index) {
        return text().listIterator(index);
    }

    @Override
    public List<String> subList(int fromIndex, int toIndex) {
        return text().subList(fromIndex, toIndex);
    }

    @Override
    public boolean contains(Object o) {
        return text().contains(o);
    }

    @Override
    public int indexOf(Object o) {
        return text().indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        return text().lastIndexOf(o);
    }

    @Override
    public Object[] toArray() {
        return text().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return text().toArray(a);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || text().equals(o);
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text().toString();
    }
}
