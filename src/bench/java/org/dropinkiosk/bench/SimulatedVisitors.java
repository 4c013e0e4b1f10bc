package org.dropinkiosk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * One simulated kiosk's morning: visitor after visitor signs in as someone new (the name typed letter by
 * letter), listens, goes Home, answers a Tell us set of 6 questions, listens again; the same journey as
 * the Chromium kiosk's script (KioskScripts.KIOSK_VISITORS), with the same think time after each tap.
 */
final class SimulatedVisitors implements Runnable {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final SimulatedKiosk kiosk;
    private final int number;
    private final long thinkMs;
    private final BooleanSupplier stop;

    final List<Double> taps = new ArrayList<>();
    final List<Double> listens = new ArrayList<>();
    final Map<String, List<Double>> steps = new TreeMap<>();
    final List<String> errors = new ArrayList<>();
    volatile int rounds;

    SimulatedVisitors(SimulatedKiosk kiosk, int number, long thinkMs, BooleanSupplier stop) {
        this.kiosk = kiosk;
        this.number = number;
        this.thinkMs = thinkMs;
        this.stop = stop;
    }

    @Override
    public void run() {
        while (!stop.getAsBoolean()) {
            try {
                home();
                signIn();
                listen();
                home();
                tellUs();
                listen();
                rounds++;
            } catch (Stuck e) {
                error(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                error(e.toString());
            }
        }
    }

    /** Notes what went wrong (the kiosk's own notes first) and waits a moment before the next visitor. */
    private void error(String what) {
        errors.addAll(kiosk.errors);
        kiosk.errors.clear();
        errors.add(what);
        try {
            Thread.sleep(Math.max(thinkMs, 500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void home() throws Exception {
        if (!"/".equals(kiosk.path()) || !kiosk.screenText().contains("Sign in")) {
            record("Home", kiosk.tapId("kiosk-home"));
        }
        expect("Sign in");
    }

    private void signIn() throws Exception {
        tap("Sign in");
        tap("No");
        for (char c : ("K" + name(number) + "V" + name(rounds)).toCharArray()) {
            tap(String.valueOf(c));
        }
        tap("Next");
        tap("Speak Up group");
        // The picture: sun, or the first offered when another visitor of the same name has it.
        tap(List.of("sun", "star", "flower", "tree", "cat", "dog").stream()
                .filter(kiosk::has)
                .findFirst()
                .orElse("sun"));
        tap("Next");
        tap("Yes");
        expect("You are signed in");
    }

    private void tellUs() throws Exception {
        tap("Tell us");
        tap("Working together with the NHS");
        for (int q = 1; q <= 6; q++) {
            expect("Question " + q + " of 6");
            String[] choices = q == 6 ? new String[] {"GOOD", "BAD"} : new String[] {"GOOD", "BAD", "Not sure"};
            tap(choices[(number + q + rounds) % choices.length]);
            if (kiosk.has("Done")) {
                // "What was bad?": a visitor reads the choices; a press within the repeat guard would be ignored.
                Thread.sleep(Math.max(thinkMs, 1600));
                tap("Skip");
            }
        }
        expect("Did someone help you answer?");
        tap("No");
        expect("Thank you for telling us");
    }

    private void listen() throws Exception {
        double ms = kiosk.listen();
        if (ms < 0) {
            throw new Stuck("Listen had no sound on " + kiosk.path());
        }
        listens.add(ms);
        Thread.sleep(thinkMs);
    }

    private void tap(String name) throws Exception {
        record(name.length() == 1 ? "a letter key" : name, kiosk.tap(name));
    }

    private void record(String step, double ms) throws Exception {
        if (ms < 0) {
            throw new Stuck("the tap on " + step + " failed on " + kiosk.path());
        }
        taps.add(ms);
        steps.computeIfAbsent(step, s -> new ArrayList<>()).add(ms);
        Thread.sleep(thinkMs);
    }

    private void expect(String words) throws Exception {
        while (!kiosk.screenText().contains(words) && kiosk.awaitTimer()) {
            // the screen moves on by itself after a while, as it does for a visitor who waits
        }
        if (!kiosk.screenText().contains(words)) {
            throw new Stuck("expected '" + words + "' on " + kiosk.path() + ", the screen says: " + kiosk.screenText());
        }
    }

    private static String name(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append(LETTERS.charAt(n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    /** A journey that cannot go on: the kiosk goes Home and the next visitor starts. */
    private static final class Stuck extends RuntimeException {
        Stuck(String message) {
            super(message);
        }
    }
}
