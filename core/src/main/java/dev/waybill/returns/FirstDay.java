package dev.waybill.returns;

/** Whether the day of the starting event is day 1 of the period. */
public enum FirstDay {
    /**
     * The day of the event is not counted; day 1 is the next day, so a 14-day period after a
     * delivery on the 2nd ends on the 16th (Reg. 1182/71 art. 3(1); China; Korea Civil Act art. 157).
     */
    DAY_AFTER_EVENT,
    /**
     * The day of the event is day 1, so an 8-day period after a delivery on the 2nd ends on the 9th
     * (Japan: "引渡しを受けた日から起算して8日").
     */
    EVENT_DAY
}
