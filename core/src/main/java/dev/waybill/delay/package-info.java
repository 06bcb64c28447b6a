/**
 * The verdict engine: from a shipment's timeline, its lane's
 * {@link dev.waybill.delay.TransitProfile}, the {@link dev.waybill.delay.PeakCalendar} and
 * registered {@link dev.waybill.delay.Disruption}s, a {@link dev.waybill.delay.Verdict}: where the
 * parcel is, whether it is on track, at risk, late or lost, why, a revised ETA, whom to recover a
 * loss from and what to do now. Entry point: {@link dev.waybill.delay.VerdictEngine}.
 */
package dev.waybill.delay;
