package org.bodywork.notes;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.bodywork.screening.Area;

/** A set of body areas as one column, e.g. "NECK,SHOULDERS": twelve fixed values need no table. */
@Converter
public class AreasConverter implements AttributeConverter<Set<Area>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Area> areas) {
        return areas.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Area> convertToEntityAttribute(String column) {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Area::valueOf).forEach(areas::add);
        }
        return areas;
    }
}
