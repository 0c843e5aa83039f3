package org.bodywork.qualification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.bodywork.screening.Technique;

/** A set of techniques as one column, e.g. "SWEDISH,SHIATSU": five fixed values need no table. */
@Converter
public class TechniquesConverter implements AttributeConverter<Set<Technique>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Technique> techniques) {
        return techniques.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Technique> convertToEntityAttribute(String column) {
        Set<Technique> techniques = EnumSet.noneOf(Technique.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Technique::valueOf).forEach(techniques::add);
        }
        return techniques;
    }
}
