package org.bodywork.screening;

import static org.bodywork.screening.Intake.adaptations;
import static org.bodywork.screening.Intake.answers;
import static org.bodywork.screening.Intake.at;
import static org.bodywork.screening.Intake.pregnancy;
import static org.bodywork.screening.Intake.screen;
import static org.bodywork.screening.Intake.verdict;
import static org.bodywork.screening.Technique.DEEP_TISSUE;
import static org.bodywork.screening.Technique.REFLEXOLOGY;
import static org.bodywork.screening.Technique.SHIATSU;
import static org.bodywork.screening.Technique.SWEDISH;
import static org.bodywork.screening.Technique.TRIGGER_POINT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Answers.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TechniquesAndAreasTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);
    private static final List<Technique> BODY = List.of(SWEDISH, DEEP_TISSUE, TRIGGER_POINT, SHIATSU);

    @ParameterizedTest
    @EnumSource(
            value = Area.class,
            names = {"FEET"},
            mode = EnumSource.Mode.EXCLUDE)
    void avoidingAnAreaOtherThanTheFeetModifiesBodyTechniquesAndLeavesReflexologyAlone(Area area) {
        Result result = screen(answers(DAY, at(ConditionCode.BRUISING, area)));

        for (Technique t : BODY) {
            assertEquals(Verdict.MODIFIED, verdict(result, t), t::name);
            assertEquals(List.of("AVOID_AREA:" + area), adaptations(result, t), t::name);
        }
        assertEquals(Verdict.ALLOWED, verdict(result, REFLEXOLOGY));
        assertEquals(List.of(), adaptations(result, REFLEXOLOGY));
    }

    @Test
    void avoidingTheFeetRulesOutReflexology() {
        Result result = screen(answers(DAY, at(ConditionCode.OPEN_WOUND, Area.FEET)));

        assertEquals(Verdict.NOT_ALLOWED, verdict(result, REFLEXOLOGY));
        assertEquals(Verdict.MODIFIED, verdict(result, SWEDISH));
        assertEquals(List.of("AVOID_AREA:FEET"), adaptations(result, SWEDISH));
        assertEquals(List.of(), result.alternatives());
    }

    @ParameterizedTest
    @EnumSource(
            value = Area.class,
            names = {"UPPER_BACK", "LOWER_BACK"})
    void avoidingTheBackOffersReflexologyAsTheAlternative(Area back) {
        Result result = screen(answers(DAY, at(ConditionCode.VARICOSE_VEINS, back)));

        assertEquals(List.of(REFLEXOLOGY), result.alternatives());
        assertTrue(result.advice().stream().anyMatch(a -> a.contains("Reflexology")), () -> "" + result.advice());
    }

    @ParameterizedTest
    @EnumSource(
            value = Area.class,
            names = {"UPPER_BACK", "LOWER_BACK"},
            mode = EnumSource.Mode.EXCLUDE)
    void avoidingAnyOtherAreaOffersNoAlternative(Area area) {
        assertEquals(
                List.of(),
                screen(answers(DAY, at(ConditionCode.BRUISING, area))).alternatives());
    }

    @Test
    void noAlternativeWhenTheBackAndTheFeetAreBothAvoided() {
        Result result = screen(
                answers(DAY, at(ConditionCode.BRUISING, Area.LOWER_BACK), at(ConditionCode.BRUISING, Area.FEET)));

        assertEquals(Verdict.NOT_ALLOWED, verdict(result, REFLEXOLOGY));
        assertEquals(List.of(), result.alternatives());
    }

    @Test
    void noAlternativeWhileTheBackIsAvoidedButEverythingIsBlocked() {
        Result result =
                screen(answers(DAY, at(ConditionCode.BRUISING, Area.LOWER_BACK), Condition.of(ConditionCode.FEVER)));

        assertEquals(Verdict.NOT_ALLOWED, verdict(result, REFLEXOLOGY));
        assertEquals(List.of(), result.alternatives());
    }

    @Test
    void everyAvoidedAreaIsListedAndAdaptsTheBodyTechniques() {
        Result result = screen(answers(DAY, at(ConditionCode.BRUISING, Area.LEGS), Intake.skin(Area.NECK, false)));

        assertEquals(Set.of(Area.NECK, Area.LEGS), result.avoidAreas());
        assertEquals(Set.of("AVOID_AREA:NECK", "AVOID_AREA:LEGS"), Set.copyOf(adaptations(result, SHIATSU)));
        assertEquals(2, adaptations(result, SHIATSU).size());
    }

    @Test
    void theSameAreaAvoidedTwiceIsListedOnce() {
        Result result =
                screen(answers(DAY, at(ConditionCode.BRUISING, Area.ARMS), at(ConditionCode.OPEN_WOUND, Area.ARMS)));

        assertEquals(Set.of(Area.ARMS), result.avoidAreas());
        assertEquals(List.of("AVOID_AREA:ARMS"), adaptations(result, SWEDISH));
    }

    @Test
    void osteoporosisAndFibromyalgiaTogetherGiveEachTechniqueItsMostSevereVerdict() {
        Result result = screen(
                answers(DAY, Condition.of(ConditionCode.OSTEOPOROSIS), Condition.of(ConditionCode.FIBROMYALGIA)));

        assertEquals(Verdict.NOT_ALLOWED, verdict(result, DEEP_TISSUE));
        assertEquals(Verdict.NOT_ALLOWED, verdict(result, TRIGGER_POINT));
        assertEquals(Verdict.MODIFIED, verdict(result, SWEDISH));
        assertEquals(List.of("LIGHT_PRESSURE"), adaptations(result, SWEDISH));
        assertEquals(Verdict.MODIFIED, verdict(result, SHIATSU));
        assertEquals(Verdict.ALLOWED, verdict(result, REFLEXOLOGY));
    }

    @Test
    void theOrderOfConditionsDoesNotChangeAVerdict() {
        Result one = screen(
                answers(DAY, Condition.of(ConditionCode.FIBROMYALGIA), Condition.of(ConditionCode.OSTEOPOROSIS)));
        Result other = screen(
                answers(DAY, Condition.of(ConditionCode.OSTEOPOROSIS), Condition.of(ConditionCode.FIBROMYALGIA)));

        assertEquals(one.techniques(), other.techniques());
    }

    @Test
    void aNotAllowedTechniqueListsNoAdaptations() {
        Result result =
                screen(answers(DAY, Condition.of(ConditionCode.OSTEOPOROSIS), at(ConditionCode.BRUISING, Area.ARMS)));

        assertEquals(Verdict.NOT_ALLOWED, verdict(result, DEEP_TISSUE));
        assertEquals(List.of(), adaptations(result, DEEP_TISSUE));
    }

    @Test
    void lightPressureAndAnAvoidedAreaCombineOnOneTechnique() {
        Result result =
                screen(answers(DAY, Condition.of(ConditionCode.FIBROMYALGIA), at(ConditionCode.BRUISING, Area.ARMS)));

        assertEquals(Verdict.MODIFIED, verdict(result, SWEDISH));
        assertEquals(Set.of("LIGHT_PRESSURE", "AVOID_AREA:ARMS"), Set.copyOf(adaptations(result, SWEDISH)));
    }

    @Test
    void aNotAllowedVerdictOutweighsAModifiedOneFromAnotherCondition() {
        Result result = screen(answers(DAY, Condition.of(ConditionCode.OSTEOARTHRITIS), pregnancy(20)));

        assertEquals(Verdict.NOT_ALLOWED, verdict(result, DEEP_TISSUE));
    }

    @Test
    void nothingToReportAllowsEveryTechniqueWithoutAdaptations() {
        Result result = screen(answers(DAY));

        for (Technique t : Technique.values()) {
            assertEquals(
                    new Result.TechniqueVerdict(Verdict.ALLOWED, List.of()),
                    result.techniques().get(t));
        }
        assertEquals(Set.of(), result.avoidAreas());
        assertEquals(List.of(), result.alternatives());
    }
}
