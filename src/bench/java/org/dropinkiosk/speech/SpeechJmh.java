package org.dropinkiosk.speech;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH micro-benchmarks for the normaliser and FreeTTS synthesis; run by SpeechBenchmark, not a test. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpeechJmh {

    static final String NEWSLETTER =
            "The network meeting is on Wednesday 11th January at 12:30pm. The coffee morning is on "
                    + "Thursday 22nd December at 11:00 am. Fill in the NHS survey: https://forms.office.com/e/jJXV4g3HK0 🎉";
    static final String TWELVE_WORDS = "Ask a person with a name badge because they are happy to help.";

    private SpeechNormaliser normaliser;
    private FreeTtsEngine engine;

    @Setup
    public void setUp() {
        normaliser = new SpeechNormaliser(Lexicon.of(Map.of("Gloucestershire", "Gloster sheer")));
        engine = new FreeTtsEngine(1);
        engine.synthesise("Hello.", 140);
    }

    @Benchmark
    public String normalise_a_newsletter_paragraph() {
        return normaliser.normalise(NEWSLETTER);
    }

    @Benchmark
    public Speech synthesise_twelve_words() {
        return engine.synthesise(TWELVE_WORDS, 140);
    }
}
