package org.dropinkiosk.bench;

/** The floor for start-up and memory: a JVM that starts, says so, and waits. */
public final class IdleJvm {

    private IdleJvm() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
