package org.colloquy.studio.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What dragging a step or a lesson onto another one does to their order (the buttons move the same way). */
class ReorderTest {

    @Test
    void an_item_dragged_down_onto_a_later_one_takes_its_place_and_the_ones_between_move_up() {
        List<String> steps = new ArrayList<>(List.of("read", "position", "respond", "discuss"));
        int to = Reorder.dropPlace(steps, "read", "respond");

        assertThat(Reorder.move(steps, "read", to)).isTrue();

        assertThat(steps).containsExactly("position", "respond", "read", "discuss");
    }

    @Test
    void an_item_dragged_up_onto_an_earlier_one_goes_before_it() {
        List<String> lessons = new ArrayList<>(List.of("one", "two", "three"));

        assertThat(Reorder.move(lessons, "three", Reorder.dropPlace(lessons, "three", "one"))).isTrue();

        assertThat(lessons).containsExactly("three", "one", "two");
    }

    @Test
    void dropping_an_item_on_itself_or_from_another_list_changes_nothing() {
        List<String> steps = new ArrayList<>(List.of("read", "respond"));

        assertThat(Reorder.dropPlace(steps, "read", "read")).isEqualTo(-1);
        assertThat(Reorder.dropPlace(steps, "elsewhere", "read")).isEqualTo(-1);
        assertThat(Reorder.move(steps, "respond", -1)).isFalse();
        assertThat(Reorder.move(steps, "respond", 2)).isFalse();
        assertThat(steps).containsExactly("read", "respond");
    }

    @Test
    void items_are_found_by_identity_so_two_equal_steps_move_separately() {
        String first = new String("respond");
        String second = new String("respond");
        List<String> steps = new ArrayList<>(List.of(first, second, "read"));

        Reorder.move(steps, second, Reorder.dropPlace(steps, second, "read"));

        assertThat(steps.get(0)).isSameAs(first);
        assertThat(steps.get(2)).isSameAs(second);
    }
}
