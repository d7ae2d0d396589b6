package dev.saring.pipeline;

import dev.saring.io.InputError;
import dev.saring.io.InputException;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepChainTest {

    private static final Document DOC = Document.ofText("a.jsonl:3", Source.atLine("a.jsonl", 0, 2, 40, 3), "some text");
    private static final Step UPPER = Step.of("upper", d -> Outcome.keep(d.withText(d.text().toUpperCase())));
    private static final Step SHORT = Step.of("short", d -> d.text().length() < 20 ? Outcome.drop(d, "short", "too_short") : Outcome.keep(d));
    private static final Step BROKEN = Step.of("broken", d -> {
        throw new IllegalStateException("boom");
    });

    @Test
    void stepsRunInOrderUntilOneDropsAndEachIsCounted() {
        var stats = new Stats();
        var errors = new ArrayList<InputError>();
        Outcome o = new StepChain(List.of(UPPER, SHORT, UPPER), false).apply(DOC, stats, errors);
        assertThat(o).isInstanceOf(Outcome.Dropped.class);
        var dropped = (Outcome.Dropped) o;
        assertThat(dropped.step()).isEqualTo("short");
        assertThat(dropped.reason()).isEqualTo("too_short");
        assertThat(dropped.document().text()).isEqualTo("SOME TEXT");
        assertThat(stats.get(Stats.STEP_IN, "upper")).isEqualTo(1);
        assertThat(stats.get(Stats.STEP_DROPPED, "short")).isEqualTo(1);
        assertThat(stats.get(Stats.STEP_BYTES_OUT, "upper")).isEqualTo(9);
        assertThat(errors).isEmpty();
    }

    @Test
    void aStepThatThrowsDropsTheDocumentAndSaysWhere() {
        var errors = new ArrayList<InputError>();
        Outcome o = new StepChain(List.of(BROKEN, UPPER), false).apply(DOC, new Stats(), errors);
        assertThat(((Outcome.Dropped) o).reason()).isEqualTo("error:IllegalStateException");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("step-error");
            assertThat(e.file()).isEqualTo("a.jsonl");
            assertThat(e.message()).contains("broken failed on a.jsonl:3").contains("boom");
        });
    }

    @Test
    void failFastStopsAtAStepThatThrows() {
        assertThatThrownBy(() -> new StepChain(List.of(BROKEN), true).apply(DOC, new Stats(), new ArrayList<>()))
                .isInstanceOf(InputException.class);
    }

    @Test
    void aSegmentWithAPassStartsWithItsDeciderNamedAsThePass() {
        Pipeline p = Pipeline.builder().step(UPPER).pass(new LocalRunnerTest.FirstTextWins()).step(SHORT).build();
        Step decider = Step.of("anything", d -> Outcome.drop(d, "x", "y"));
        StepChain chain = StepChain.of(p.segments().get(1), decider, false);
        assertThat(chain.steps()).extracting(Step::name).containsExactly(new LocalRunnerTest.FirstTextWins().name(), "short");
        assertThatThrownBy(() -> StepChain.of(p.segments().get(1), null, false)).isInstanceOf(NullPointerException.class);
    }
}
