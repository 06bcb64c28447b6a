package dev.waybill.message;

/** Why a case goes to a person instead of an automated reply. */
public enum EscalationReason {
    /** The buyer has reported a problem more often than the policy allows. */
    REPEATED_REPORTS,
    /** Lost, damaged or not received, and worth more than the shop's threshold. */
    HIGH_VALUE_LOSS,
    /** Lost, damaged or not received, and its value cannot be compared with a threshold. */
    UNKNOWN_VALUE_LOSS,
    /** More days late than the policy allows. */
    VERY_LATE,
    /** The buyer's own words are angry (an inquiry read by a conversational agent). */
    BUYER_ANGRY,
    /** The buyer threatens a chargeback, a payment dispute, a bad review or a lawyer. */
    BUYER_THREATENS,
    /** The buyer asks for a person instead of an automated answer. */
    PERSON_REQUESTED
}
