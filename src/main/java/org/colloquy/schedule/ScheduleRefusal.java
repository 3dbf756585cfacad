package org.colloquy.schedule;

import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Text;

/** A date or choice refused, with the field it belongs to. */
public class ScheduleRefusal extends Refusal {

    private final ScheduleField field;

    ScheduleRefusal(ScheduleField field, String key, Object... arguments) {
        super(Text.of(key, arguments));
        this.field = field;
    }

    public ScheduleField field() {
        return field;
    }
}
