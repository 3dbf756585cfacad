package org.colloquy.studio.edit;

import java.util.List;

/** Moving one item of an ordered list to another place: what the move buttons and dragging both do. */
public final class Reorder {

    private Reorder() {
    }

    /**
     * Moves {@code item} so that it ends at index {@code to} (0 is first). Returns false, changing nothing, when the
     * item is not in the list, the place is outside it, or the item is already there.
     */
    public static <T> boolean move(List<T> list, T item, int to) {
        int from = indexOf(list, item);
        if (from < 0 || to < 0 || to >= list.size() || from == to) {
            return false;
        }
        list.remove(from);
        list.add(to, item);
        return true;
    }

    /** Where a dragged item goes when dropped on {@code target}: the target's place, or -1 when it cannot. */
    public static <T> int dropPlace(List<T> list, T dragged, T target) {
        int from = indexOf(list, dragged);
        int to = indexOf(list, target);
        return from < 0 || to < 0 || from == to ? -1 : to;
    }

    private static <T> int indexOf(List<T> list, T item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return -1;
    }
}
