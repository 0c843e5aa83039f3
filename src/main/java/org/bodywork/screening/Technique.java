package org.bodywork.screening;

/** The techniques Bodywork books. Reflexology works on the feet only; the others on the body. */
public enum Technique {
    SWEDISH,
    DEEP_TISSUE,
    TRIGGER_POINT,
    SHIATSU,
    REFLEXOLOGY;

    public boolean feetOnly() {
        return this == REFLEXOLOGY;
    }
}
