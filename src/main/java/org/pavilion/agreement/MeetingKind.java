package org.pavilion.agreement;

/** What kind of meeting was held under an agreement. */
public enum MeetingKind {
    SIGNING, JOINT_CONSULTATIVE, WORKING_LEVEL, VISIT, OTHER
}
