package org.bodywork.screening;

/** The techniques Bodywork books. Reflexology works on the feet only; the others on the body. */
public enum Technique {
    SWEDISH("Swedish massage"),
    DEEP_TISSUE("Deep tissue massage"),
    TRIGGER_POINT("Trigger point therapy"),
    SHIATSU("Shiatsu"),
    REFLEXOLOGY("Reflexology");

    private final String label;

    Technique(String label) {
        this.label = label;
    }

    /** The name people read, for messages built in Java; pages use the bundle. */
    public String label() {
        return label;
    }

    public boolean feetOnly() {
        return this == REFLEXOLOGY;
    }
}
