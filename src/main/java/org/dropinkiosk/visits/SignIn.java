package org.dropinkiosk.visits;

/** What happened when a visitor signed in. */
public enum SignIn {
    /** The first sign-in today: counted. */
    SIGNED_IN,
    /** They were here already today: nothing new is counted. */
    ALREADY_SIGNED_IN
}
