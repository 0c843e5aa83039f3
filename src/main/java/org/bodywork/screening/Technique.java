package org.bodywork.screening;

import org.bodywork.shared.Words;

/** The techniques Bodywork books. Reflexology works on the feet only; the others on the body. */
public enum Technique {
    SWEDISH,
    DEEP_TISSUE,
    TRIGGER_POINT,
    SHIATSU,
    REFLEXOLOGY;

    /** The name people read ("Swedish massage"), for texts built in Java. */
    public String label() {
        return Words.text("technique." + name());
    }

    public boolean feetOnly() {
        return this == REFLEXOLOGY;
    }
}
